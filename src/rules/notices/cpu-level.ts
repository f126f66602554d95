import { setting } from '../query.js';
import { finding, type Finding, type RuleMeta } from '../types.js';
import type { BuildFacts } from '../../facts/build-facts.js';

export const cpuLevelMeta: RuleMeta = {
  id: 'GPC201', name: 'cpu-level-above-host', severity: 'notice',
  summary: 'The plugin targets a higher CPU level (GOAMD64, GOARM64, GOARM, …) than the host: it loads, but only runs on CPUs that have it.',
};

const LEVEL_KEYS = ['GOAMD64', 'GOARM64', 'GOARM', 'GO386', 'GOPPC64', 'GORISCV64'];

/** Does not change any hash (observed: GOAMD64=v3 loads into a v1 host), but needs a newer CPU. */
export function cpuLevel(host: BuildFacts, plugin: BuildFacts): Finding[] {
  if (!host.buildInfo || !plugin.buildInfo) return [];
  for (const key of LEVEL_KEYS) {
    const a = setting(host, key);
    const b = setting(plugin, key);
    if (a && b && a !== b && b > a) {
      return [finding(cpuLevelMeta, {
        message: `${key}=${b} in the plugin, ${a} in the host: it loads, but the plugin's code needs a ${key} ${b} CPU and dies with an illegal instruction on older ones`,
        evidence: { reference: `${key}=${a}`, plugin: `${key}=${b}` },
        fix: `build the plugin with ${key}=${a} unless every machine running the host supports ${b}`,
        commands: [`${key}=${a} go build -buildmode=plugin …`],
      })];
    }
  }
  return [];
}
