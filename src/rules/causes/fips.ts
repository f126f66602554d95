import { fipsEnvValue, fipsSnapshot } from '../query.js';
import { shellAssign, shellCommand } from '../../report/shell-quote.js';
import type { CauseRule } from '../types.js';

/**
 * GOFIPS140 is an environment setting (go1.24+), recorded as a build
 * setting, not chosen with -tags: a frozen module version (`v1.0.0`)
 * replaces the crypto/internal/fips140 tree, so crypto/... and everything
 * importing it differ. `latest` and `off` build the same packages (measured).
 */
export const fips: CauseRule = {
  meta: {
    id: 'GPC115', name: 'fips140-mismatch', severity: 'error',
    summary: 'Host and plugin compiled different FIPS 140 crypto modules (GOFIPS140).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (!reference.buildInfo || !plugin.buildInfo) return null;
    const a = fipsSnapshot(reference);
    const b = fipsSnapshot(plugin);
    if (fipsEnvValue(a) === fipsEnvValue(b)) return null;
    const desc = (s: string | null) => (s ? `the frozen FIPS 140 module ${s} (GOFIPS140=${fipsEnvValue(s)})` : 'the standard library\'s own crypto (GOFIPS140 off or latest)');
    const env = fipsEnvValue(a);
    return {
      packages,
      message: `the plugin compiled ${desc(b)}, the ${referenceName} ${desc(a)}`,
      evidence: { reference: a ?? 'off', plugin: b ?? 'off' },
      fix: `build the plugin with the environment variable ${shellAssign('GOFIPS140', env)} (not a build tag), like the ${referenceName}`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOFIPS140', env]], tail: '…' })],
    };
  },
};
