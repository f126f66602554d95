import { isTrimmed, mainModuleDir } from '../query.js';
import type { CauseRule } from '../types.js';

/** Source positions are part of export data: trimmed and untrimmed paths never match. */
export const trimpath: CauseRule = {
  meta: {
    id: 'GPC104', name: 'trimpath-mismatch', severity: 'error',
    summary: 'Only one of host and plugin was built with -trimpath.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const a = isTrimmed(reference);
    const b = isTrimmed(plugin);
    if (a === null || b === null || a === b) return null;
    return {
      packages,
      message: a
        ? `the ${referenceName} was built with -trimpath and the plugin was not, so every package records different source paths`
        : `the plugin was built with -trimpath and the ${referenceName} was not, so every package records different source paths`,
      evidence: { reference: a ? '-trimpath' : 'absolute paths', plugin: b ? '-trimpath' : 'absolute paths' },
      fix: a
        ? 'build the plugin with -trimpath'
        : `build the plugin without -trimpath, from the same paths as the ${referenceName}` +
          (reference.paths?.modcache ? ` (GOMODCACHE=${reference.paths.modcache}` + (mainModuleDir(reference) ? `, its sources were under ${mainModuleDir(reference)}` : '') + ')' : '') +
          ', or rebuild both with -trimpath',
      commands: [a ? 'go build -buildmode=plugin -trimpath …' : 'go build -buildmode=plugin …   # no -trimpath'],
    };
  },
};
