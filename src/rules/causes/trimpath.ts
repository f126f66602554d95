import { isTrimmed, mainModuleDir } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellAssign, shellWord } from '../../report/shell-quote.js';

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
    // The host's own module's directory matters only for its packages the plugin also links (an SDK in the host's repository).
    const hostMain = reference.buildInfo?.main?.path;
    const linksHostModule = !!hostMain && hostMain !== 'command-line-arguments' && packages.some((p) => p === hostMain || p.startsWith(`${hostMain}/`));
    const checkout = linksHostModule ? mainModuleDir(reference) : null;
    const where = [
      reference.paths?.modcache ? `its module cache at the same path, ${shellAssign('GOMODCACHE', reference.paths.modcache)}` : null,
      checkout ? `${hostMain} from its checkout at ${shellWord(checkout)}` : null,
    ].filter(Boolean);
    return {
      packages,
      message: a
        ? `the ${referenceName} was built with -trimpath and the plugin was not, so every package records different source paths`
        : `the plugin was built with -trimpath and the ${referenceName} was not, so every package records different source paths`,
      evidence: { reference: a ? '-trimpath' : 'absolute paths', plugin: b ? '-trimpath' : 'absolute paths' },
      fix: a
        ? 'build the plugin with -trimpath'
        : `build the plugin without -trimpath, from the same paths as the ${referenceName}${where.length ? ` (${where.join('; ')})` : ''}, or rebuild both with -trimpath`,
      commands: [a ? 'go build -buildmode=plugin -trimpath …' : 'go build -buildmode=plugin …   # no -trimpath'],
    };
  },
};
