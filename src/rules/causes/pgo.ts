import { pgoOf } from '../query.js';
import { shellCommand } from '../../report/shell-quote.js';
import type { CauseRule } from '../types.js';

/**
 * Profile-guided optimisation (go1.21+) changes inlining, and inlined bodies
 * are export data: any package the profile touches differs (measured: the
 * hot package and the packages that import it). `go build` uses a
 * `default.pgo` in the main package's directory automatically (-pgo=auto).
 */
export const pgo: CauseRule = {
  meta: {
    id: 'GPC113', name: 'pgo-mismatch', severity: 'error',
    summary: 'Host and plugin were built with different PGO profiles (-pgo, or a default.pgo picked up automatically).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (!reference.buildInfo || !plugin.buildInfo) return null;
    const a = pgoOf(reference);
    const b = pgoOf(plugin);
    if (a === b) return null;
    const auto = (p: string | null) => (p && p.endsWith('/default.pgo') ? ' (a default.pgo in the main package directory is used automatically)' : '');
    const desc = (p: string | null) => (p ? `-pgo=${p}${auto(p)}` : 'no profile');
    return {
      packages,
      message: `profile-guided optimisation differs: the plugin was built with ${desc(b)}, the ${referenceName} with ${desc(a)}; the profile changes what is inlined, and inlined bodies are part of each package`,
      evidence: { reference: a ?? 'off', plugin: b ?? 'off' },
      fix: a
        ? `build the plugin with the ${referenceName}'s profile (the same file content): -pgo=${a}`
        : `build the plugin with -pgo=off (or remove default.pgo from its main package directory), like the ${referenceName}`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin', `-pgo=${a ?? 'off'}`], { tail: '…' })],
    };
  },
};
