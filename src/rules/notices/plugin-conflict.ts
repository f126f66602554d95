import type { Verdict } from '../../check/simulate.js';
import type { BuildFacts } from '../../facts/build-facts.js';
import { requireVersions } from '../causes/module-version.js';
import { moduleOf, shortFile } from '../query.js';
import { finding, type Finding, type RuleMeta } from '../types.js';

export const pluginConflictMeta: RuleMeta = {
  id: 'GPC202', name: 'plugin-vs-plugin', severity: 'warning',
  summary: 'Two plugins carry a package the host does not have, at different builds: the first one loaded wins and the other fails.',
};

/**
 * Packages that two plugins carry at different builds, and which the host
 * does not fix. Load order decides which plugin fails, so both orders are named.
 */
export function pluginConflicts(verdicts: Verdict[], files: string[], factsOf: (i: number) => BuildFacts | null = () => null): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const v of verdicts) {
    const byOwner = new Map<number, string[]>();
    for (const d of v.differences) {
      if (d.owner.kind !== 'plugin') continue;
      // push, not spread: copying the list per package made this quadratic in the differences.
      const list = byOwner.get(d.owner.index);
      if (list) list.push(d.package);
      else byOwner.set(d.owner.index, [d.package]);
    }
    for (const [owner, pkgs] of byOwner) {
      const first = shortFile(files[owner]!);
      const me = shortFile(files[v.index]!);
      const ownerFailed = verdicts[owner]!.failure !== null;
      const list = out.get(v.index) ?? [];
      list.push(finding(pluginConflictMeta, {
        message:
          `${pkgs.length === 1 ? 'package ' + pkgs[0] + ' is' : pkgs.length + ' packages are'} not in the host and ${first}, loaded earlier, carries ${pkgs.length === 1 ? 'it' : 'them'} at another build` +
          (ownerFailed
            ? ` — even though ${first} itself failed to load: a failed plugin stays mapped and its packages still count`
            : `. In the other order ${first} would be the one to fail`),
        packages: pkgs,
        evidence: { reference: `${first} (loaded first)`, plugin: me },
        ...alignWith(factsOf(owner), factsOf(v.index), pkgs, first),
      }));
      out.set(v.index, list);
    }
  }
  return out;
}

/**
 * The fix: this plugin's module at the version the earlier plugin carries
 * (`go get module@version` in this plugin's module, then rebuild), when both
 * builds say which module the packages come from; else the general advice.
 */
function alignWith(owner: BuildFacts | null, me: BuildFacts | null, pkgs: string[], first: string): { fix: string; commands?: string[] } {
  const general = 'build both plugins against the same version of the shared module, or link the package into the host so the host fixes its version';
  if (!owner || !me) return { fix: general };
  // Two builds of one plugin (its own main package among the packages): no module to align, one build too many.
  if (owner.pluginPath && owner.pluginPath === me.pluginPath) {
    return { fix: `${first} is another build of this same plugin (plugin path ${me.pluginPath}): load only one of them — remove the stale or failed build from where the host loads plugins` };
  }
  const wanted = new Map<string, string>();
  for (const p of pkgs) {
    const theirs = moduleOf(owner, p);
    const mine = moduleOf(me, p);
    // A replaced or local module has no version to ask the go command for.
    if (!theirs || !mine || theirs.replace || !/^v\d/.test(theirs.version) || theirs.version === mine.version) return { fix: general };
    wanted.set(theirs.path, theirs.version);
  }
  const at = [...wanted].map(([m, v]) => `${m}@${v}`);
  return {
    fix: `in this plugin's module, require ${at.join(', ')} like ${first} and rebuild (or link the package into the host so the host fixes its version)`,
    commands: requireVersions(at),
  };
}
