import { changesIntrinsics, cpuLevelNumber, effectiveLevel, intrinsicLevelDifference } from '../cpu-intrinsics.js';
import { setting } from '../query.js';
import { finding, type Finding, type RuleMeta } from '../types.js';
import type { BuildFacts } from '../../facts/build-facts.js';
import { shellAssign, shellCommand } from '../../report/shell-quote.js';

export const cpuLevelMeta: RuleMeta = {
  id: 'GPC201', name: 'cpu-level-above-host', severity: 'notice',
  summary: 'The plugin targets a higher CPU level (GOAMD64, GOARM64, GOARM, …) than the host: it loads, but only runs on CPUs that have it.',
};

const LEVEL_KEYS = ['GOAMD64', 'GOARM64', 'GOARM', 'GOPPC64', 'GORISCV64'];

/**
 * A higher level needs a newer CPU. Most levels change no hash (observed: GOAMD64=v3 loads into a
 * v1 host); GOPPC64 and GORISCV64 across their intrinsic thresholds do, and GPC119 says so instead.
 */
export function cpuLevel(host: BuildFacts, plugin: BuildFacts): Finding[] {
  if (!host.buildInfo || !plugin.buildInfo) return [];
  if (intrinsicLevelDifference(host, plugin)) return [];
  for (const key of LEVEL_KEYS) {
    const a = changesIntrinsics(key) ? effectiveLevel(host, key) : setting(host, key);
    const b = changesIntrinsics(key) ? effectiveLevel(plugin, key) : setting(plugin, key);
    const la = a ? cpuLevelNumber(a) : null;
    const lb = b ? cpuLevelNumber(b) : null;
    if (la !== null && lb !== null && lb > la) {
      return [finding(cpuLevelMeta, {
        message: `${key}=${b} in the plugin, ${a} in the host: the level changes the instructions the compiler chooses, not export data (observed for GOAMD64=v3 into a v1 host), but the plugin's code uses ${b} instructions, which CPUs the host supports may lack`,
        evidence: { reference: `${key}=${a}`, plugin: `${key}=${b}` },
        fix: `build the plugin with ${shellAssign(key, a!)} unless every machine running the host supports ${b}`,
        commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [[key, a!]], tail: '…' })],
      })];
    }
  }
  return [];
}
