import { baseVersion, inRange } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellCommand } from '../../report/shell-quote.js';

/** Different Go toolchains: every package's export data differs. */
export const toolchain: CauseRule = {
  meta: {
    id: 'GPC101', name: 'toolchain-mismatch', severity: 'error', locate: 'toolchain',
    summary: 'The plugin was built with a different Go toolchain than the host.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const a = baseVersion(reference.goVersion);
    const range = plugin.goVersionRange;
    const b = baseVersion(plugin.goVersion) ?? (a && range && !inRange(a, range) ? `${range.min}…${range.max ?? ''}` : null);
    if (!a || !b || a === b) return null;
    return {
      packages,
      message: `built with ${b}, but the ${referenceName} was built with ${a}: every package differs, and the runtime of one cannot register the other's module`,
      evidence: { reference: a, plugin: b },
      fix: `rebuild the plugin with exactly ${a} (GOTOOLCHAIN=${a} fetches and verifies it: GOSUMDB must not be off; or install it with go install golang.org/dl/${a}@latest && ${a} download)`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOTOOLCHAIN', a]], tail: '…' })],
    };
  },
};
