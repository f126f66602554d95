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
