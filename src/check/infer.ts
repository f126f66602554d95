import type { BuildFacts } from '../facts/build-facts.js';
import { CAUSE_RULES } from '../rules/causes/index.js';
import { isStd, moduleOf } from '../rules/query.js';
import { type Finding, finding } from '../rules/types.js';

/**
 * Without fingerprints to compare, predict from build facts alone: the host
 * packages the plugin would share (the standard library and every package
 * of a module both builds select), and which of them a recorded difference
 * would change. Used before building (preflight) and when a plugin's hash
 * tables are unreadable.
 */
export function inferDifferences(host: BuildFacts, plugin: BuildFacts, prefix: string, skipRules: ReadonlySet<string> = new Set()): { shared: string[]; findings: Finding[]; packages: string[] } {
  // What the build will link (preflight: `go list -deps`), else every package of a module both select.
  const linked = plugin.imports ? new Set(Object.keys(plugin.imports)) : null;
  const shared = host.exportedHashes.map((h) => h.package).filter((p) => p !== 'main' && (linked ? linked.has(p) : isStd(p) || moduleOf(plugin, p) !== null));
  const pair = { reference: host, referenceName: 'host', plugin };
  const findings: Finding[] = [];
  const claimed: string[] = [];
  const claimedBy = new Map<string, string>();
  let left = shared;
  for (const rule of CAUSE_RULES) {
    // GPC199 needs real fingerprints; GPC109 cannot tell from flags alone which packages use C definitions.
    if (rule.meta.id === 'GPC199' || rule.meta.id === 'GPC109' || skipRules.has(rule.meta.id) || left.length === 0) continue;
    const e = rule.explain(pair, left, claimedBy);
    if (!e || e.packages.length === 0) continue;
    const taken = new Set(e.packages); // a Set: includes() per package was quadratic
    left = left.filter((p) => !taken.has(p));
    for (const p of e.packages) {
      claimed.push(p);
      claimedBy.set(p, rule.meta.id);
    }
    findings.push(finding(rule.meta, {
      message: `${prefix}${e.message}`, packages: e.packages, evidence: { ...e.evidence, referenceName: 'host' }, fix: e.fix,
      ...(e.commands ? { commands: e.commands } : {}),
    }));
  }
  return { shared, findings, packages: claimed };
}
