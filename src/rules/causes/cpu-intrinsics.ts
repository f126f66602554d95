import { intrinsicLevelDifference } from '../cpu-intrinsics.js';
import { isStd } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellAssign, shellCommand } from '../../report/shell-quote.js';

/**
 * GOPPC64 across power10, GORISCV64 across rva22u64: the compiler's set of
 * intrinsics differs, so inlining and export data of standard-library
 * packages differ (src/rules/cpu-intrinsics.ts). Packages of other modules
 * that change only through them are left to GPC198.
 */
export const cpuIntrinsics: CauseRule = {
  meta: {
    id: 'GPC119', name: 'cpu-level-intrinsics', severity: 'error',
    summary: 'Host and plugin were built for CPU levels (GOPPC64, GORISCV64) that change which functions the compiler makes intrinsics, and with them the standard library\'s export data.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const d = intrinsicLevelDifference(reference, plugin);
    if (!d) return null;
    const claimed = packages.filter(isStd);
    if (claimed.length === 0) return null;
    return {
      packages: claimed,
      message: `${d.key}=${d.b} in the plugin, ${d.a} in the ${referenceName}: from level ${d.from} the compiler makes more functions intrinsics (byte reversal, …), which changes inlining and the export data of ${claimed.length === 1 ? claimed[0] : `${claimed.length} standard-library packages`}`,
      evidence: { reference: `${d.key}=${d.a}`, plugin: `${d.key}=${d.b}` },
      fix: `build the plugin with ${shellAssign(d.key, d.a)}, the ${referenceName}'s level`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [[d.key, d.a]], tail: '…' })],
    };
  },
};
