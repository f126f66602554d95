import type { CauseRule } from '../types.js';

/** The fallback: the hash differs and no recorded fact explains it. */
export const unknownCause: CauseRule = {
  meta: {
    id: 'GPC199', name: 'unexplained-hash-mismatch', severity: 'error',
    summary: 'A shared package differs and no recorded build fact explains why.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (packages.length === 0) return null;
    const gv = (f: typeof plugin) => `${f.goVersion ?? 'unknown Go'}${f.buildInfo ? '' : ', no build info'}`;
    return {
      packages,
      message: `cause unknown: nothing that both binaries record (toolchain, module versions and replacements, flags, tags, cgo settings, source paths) explains the difference; the package was built differently in a way Go does not record (e.g. -toolexec instrumentation, a patched toolchain or GOROOT, an edited module cache or vendor/ contents)`,
      evidence: { reference: gv(reference), plugin: gv(plugin) },
      fix: `rebuild the plugin from the same sources and toolchain as the ${referenceName}, without -toolexec or source rewriting`,
    };
  },
};
