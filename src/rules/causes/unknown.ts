import type { BuildFacts } from '../../facts/build-facts.js';
import type { CauseRule } from '../types.js';

/** The facts the cause rules read that a binary does not carry: what GPC199 could not look at. */
export function missingFacts(f: BuildFacts, side: string): string[] {
  const out: string[] = [];
  if (!f.buildInfo) out.push(`${side} has no build info (module versions, flags and settings${f.goVersion && /^go1\.1\d\b/.test(f.goVersion) ? '; go1.19 and older write none into plugins' : ''})`);
  if (!f.tables.dwarf) out.push(`${side} has no DWARF (per-package compiler flags; built with -w or stripped)`);
  if (!f.paths) out.push(`${side} has no readable source paths (pclntab)`);
  else if (f.paths.trimmed && !f.buildInfo) out.push(`${side}'s source paths are trimmed (module directories unknown)`);
  return out;
}

/** The fallback: the hash differs and no recorded fact explains it. */
export const unknownCause: CauseRule = {
  meta: {
    id: 'GPC199', name: 'unexplained-hash-mismatch', severity: 'error',
    summary: 'A shared package differs and no recorded build fact explains why; the finding lists the facts that were missing.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (packages.length === 0) return null;
    const gv = (f: typeof plugin) => `${f.goVersion ?? 'unknown Go'}${f.buildInfo ? '' : ', no build info'}`;
    const missing = [...missingFacts(plugin, 'the plugin'), ...missingFacts(reference, `the ${referenceName}`)];
    return {
      packages,
      message: `cause unknown: nothing that both binaries record (toolchain, module versions, sums and replacements, workspace, flags, tags, PGO, coverage, FIPS, cgo settings, source paths) explains the difference; ${
        missing.length ? `missing facts: ${missing.join('; ')}` : 'every such fact was present and equal'
      }. The package was built differently in a way Go does not record (e.g. -toolexec instrumentation, a patched toolchain or GOROOT, an edited module cache)`,
      evidence: { reference: gv(reference), plugin: gv(plugin) },
      fix: `rebuild the plugin from the same sources and toolchain as the ${referenceName}, without -toolexec or source rewriting`,
    };
  },
};
