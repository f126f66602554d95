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
  pluginFailed: (index: number) => boolean = () => false,
): Finding[] {
  const groups = new Map<string, { pair: Pair; packages: string[]; residueOf: string | null }>();
  for (const d of differences) {
    const key = d.owner.kind === 'host' ? 'host' : `p${d.owner.index}`;
    let g = groups.get(key);
    if (!g) {
      const reference = d.owner.kind === 'host' ? host : pluginFacts(d.owner.index);
      if (!reference) continue;
      const referenceName = d.owner.kind === 'host' ? 'host' : `earlier plugin ${shortFile(files[d.owner.index]!)}`;
      const residueOf = d.owner.kind === 'plugin' && pluginFailed(d.owner.index) ? files[d.owner.index]! : null;
      g = { pair: { reference, referenceName: residueOf ? `${referenceName} (which failed to load)` : referenceName, plugin }, packages: [], residueOf };
      groups.set(key, g);
    }
    g.packages.push(d.package);
  }
  const out: Finding[] = [];
  for (const { pair, packages, residueOf } of groups.values()) {
    let left = [...packages];
    const explained = new Map<string, string>();
    for (const rule of CAUSE_RULES) {
      if (left.length === 0) break;
      const e = rule.explain(pair, left, explained);
      if (!e || e.packages.length === 0) continue;
      const claimed = new Set(e.packages); // a Set: includes() per package was quadratic
      left = left.filter((p) => !claimed.has(p));
      for (const p of e.packages) explained.set(p, rule.meta.id);
      out.push(finding(rule.meta, {
        message: e.message,
        packages: e.packages,
        evidence: { ...e.evidence, referenceName: pair.referenceName },
        // A failed plugin stays mapped: its build, not this plugin's, is usually the one to fix.
        fix: residueOf
          ? `fix or stop loading ${residueOf}: it failed to load but stays mapped, and its build of these packages now decides; only if ${residueOf} is the right build: ${e.fix}`
          : e.fix,
        ...(e.commands && !residueOf ? { commands: e.commands, ...(e.commandsFor ? { commandsFor: e.commandsFor } : {}) } : {}),
      }));
    }
  }
  return out;
}
