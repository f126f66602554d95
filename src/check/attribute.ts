import type { BuildFacts } from '../facts/build-facts.js';
import { CAUSE_RULES } from '../rules/causes/index.js';
import { shortFile } from '../rules/query.js';
import { type Finding, type Pair, finding } from '../rules/types.js';
import type { Difference } from './simulate.js';

/**
 * Explains differing packages: groups them by who fixed the process's hash
 * (host or an earlier plugin), then lets each cause rule, in priority order,
 * claim the packages its difference accounts for.
 */
export function attribute(
  host: BuildFacts,
  plugin: BuildFacts,
  differences: Difference[],
  pluginFacts: (index: number) => BuildFacts | null,
  files: string[],
): Finding[] {
  const groups = new Map<string, { pair: Pair; packages: string[] }>();
  for (const d of differences) {
    const key = d.owner.kind === 'host' ? 'host' : `p${d.owner.index}`;
    let g = groups.get(key);
    if (!g) {
      const reference = d.owner.kind === 'host' ? host : pluginFacts(d.owner.index);
      if (!reference) continue;
      const referenceName = d.owner.kind === 'host' ? 'host' : `earlier plugin ${shortFile(files[d.owner.index]!)}`;
      g = { pair: { reference, referenceName, plugin }, packages: [] };
      groups.set(key, g);
    }
    g.packages.push(d.package);
  }
  const out: Finding[] = [];
  for (const { pair, packages } of groups.values()) {
    let left = [...packages];
    for (const rule of CAUSE_RULES) {
      if (left.length === 0) break;
      const e = rule.explain(pair, left);
      if (!e || e.packages.length === 0) continue;
      left = left.filter((p) => !e.packages.includes(p));
      out.push(finding(rule.meta, {
        message: e.message,
        packages: e.packages,
        evidence: { ...e.evidence, referenceName: pair.referenceName },
        fix: e.fix,
        ...(e.commands ? { commands: e.commands } : {}),
      }));
    }
  }
  return out;
}
