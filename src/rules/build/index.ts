import type { RuleMeta } from '../types.js';

/**
 * Rules of `build`: what a plan could not align with the host. They are
 * findings of the plan, not of a built binary; check's rules judge the result.
 */
export const hostDirReplace: RuleMeta = {
  id: 'GPC301', name: 'host-directory-replace', severity: 'error',
  summary: 'The host built a shared module from a local directory that this machine cannot provide.',
};
export const hostPathUnreproducible: RuleMeta = {
  id: 'GPC302', name: 'host-path-unreproducible', severity: 'error',
  summary: 'The host was built without -trimpath from a directory a plugin build cannot use (work dir, vendor/).',
};
export const pgoProfileMissing: RuleMeta = {
  id: 'GPC303', name: 'pgo-profile-missing', severity: 'warning',
  summary: 'The host was built with a PGO profile that is not on this machine.',
};
export const moduleNotAligned: RuleMeta = {
  id: 'GPC304', name: 'module-not-aligned', severity: 'error',
  summary: 'After the go.mod edits, the plugin still selects another version or replacement of a module the host links.',
};

export const unsafeHostFlags: RuleMeta = {
  id: 'GPC305', name: 'host-flags-not-applied', severity: 'error',
  summary: 'The host\'s recorded compiler or C flags include words that could read or write other files or run programs, or its module cache is a path go should not download into; build does not apply them.',
};

export const localReplaceDropped: RuleMeta = {
  id: 'GPC306', name: 'local-replace-dropped', severity: 'warning',
  summary: 'The plugin replaced a shared module with a local directory; build drops that replace, so changes in the directory are not in the plugin.',
};

export const BUILD_RULES: RuleMeta[] = [hostDirReplace, hostPathUnreproducible, pgoProfileMissing, moduleNotAligned, unsafeHostFlags, localReplaceDropped];
