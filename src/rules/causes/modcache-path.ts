import { isTrimmed, moduleOf } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellAssign, shellCommand } from '../../report/shell-quote.js';

/** Without -trimpath, modules from the cache carry the cache's absolute path in their positions. */
export const modcachePath: CauseRule = {
  meta: {
    id: 'GPC110', name: 'modcache-path-mismatch', severity: 'error',
    summary: 'Without -trimpath, shared modules were read from module caches at different paths (GOMODCACHE/GOPATH).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (isTrimmed(reference) !== false || isTrimmed(plugin) !== false) return null;
    const a = reference.paths?.modcache;
    const b = plugin.paths?.modcache;
    if (!a || !b || a === b) return null;
    const claimed = packages.filter((p) => {
      const ma = moduleOf(reference, p);
      const mb = moduleOf(plugin, p);
      return ma && mb && !ma.replace && !mb.replace && ma.version !== '(devel)';
    });
    if (claimed.length === 0) return null;
    return {
      packages: claimed,
      message: `the module cache is ${b} for the plugin but ${a} for the ${referenceName}; without -trimpath its path is part of every cached package`,
      evidence: { reference: a, plugin: b },
      fix: `build the plugin with ${shellAssign('GOMODCACHE', a)}, or build both with -trimpath`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOMODCACHE', a]], tail: '…' })],
    };
  },
};
