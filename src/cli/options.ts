export class UsageError extends Error {}

export function formatOption<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  const v = (value ?? allowed[0]) as T;
  if (!allowed.includes(v)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, not "${value}"`);
  return v;
}

/**
 * --glibc X.Y and --asan-options S: the deployment system where it differs from
 * what the host binary shows (its glibc; the ASAN_OPTIONS the host runs with).
 */
export function deploymentOptions(glibc: string | undefined, asanOptions: string | undefined): { glibc?: string; asanOptions?: string } {
  const out: { glibc?: string; asanOptions?: string } = {};
  if (glibc !== undefined) {
    const m = /^(?:GLIBC_)?(\d+\.\d+(?:\.\d+)?)$/.exec(glibc.trim());
    if (!m) throw new UsageError(`--glibc must be a glibc version such as 2.31, not "${glibc}"`);
    out.glibc = m[1]!;
  }
  if (asanOptions !== undefined) out.asanOptions = asanOptions;
  return out;
}

/** A stated glibc older than the host binary itself needs: the host would not start there. */
export function glibcNote(hostNeeds: string | null | undefined, stated: string | undefined): string | null {
  if (!hostNeeds || !stated) return null;
  const a = hostNeeds.split('.').map(Number);
  const b = stated.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d > 0) return `note: --glibc ${stated} is older than the glibc ${hostNeeds} the host binary itself needs: the host does not start on such a system`;
    if (d < 0) return null;
  }
  return null;
}
