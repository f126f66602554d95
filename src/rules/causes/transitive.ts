import { modules } from '../query.js';
import type { CauseRule } from '../types.js';

/**
 * A package's fingerprint covers what it exports, and that includes what it
 * re-exports and inlines from its imports: a package whose own build facts
 * are equal still differs when a package it imports changed (measured:
 * -gcflags or -coverpkg on example.com/csdk/core also changes example.com/csdk).
 * With the import graph (preflight: `go list -deps`) only importers of a
 * changed package are claimed; from binaries, which record no imports, the
 * packages left once another package's cause is known.
 */
export const transitive: CauseRule = {
  meta: {
    id: 'GPC198', name: 'changed-through-import', severity: 'error',
    summary: 'A shared package differs only because a package it imports changed (see that package\'s cause).',
  },
  explain({ reference, plugin, referenceName }, packages, explained) {
    let changed = [...(explained?.keys() ?? [])];
    const ruleOf = new Map(explained ?? []);
    if (changed.length === 0) {
      // Nothing differing in this pair was explained, but a module both link is at other versions: the
      // changed package itself may be shared only by these two (so not listed), its importers still differ.
      const ver = new Map(modules(reference).map((m) => [m.path, m.replace?.version || m.version]));
      changed = modules(plugin).filter((m) => ver.has(m.path) && ver.get(m.path) !== (m.replace?.version || m.version)).map((m) => `${m.path} (${ver.get(m.path)} vs ${m.replace?.version || m.version})`);
      // A plugin without build info whose source paths name no cached copy of a module it links read it from a directory.
      if (!plugin.buildInfo && plugin.paths) {
        const here = new Set(modules(plugin).map((m) => m.path));
        const links = (mod: string) => plugin.packageHashes.some((h) => h.package === mod || h.package.startsWith(mod + '/'));
        for (const m of modules(reference)) {
          if (!here.has(m.path) && !m.replace && m.version !== '(devel)' && links(m.path)) changed.push(`${m.path} (${m.version} from the module cache vs a local directory)`);
        }
      }
      for (const c of changed) ruleOf.set(c, 'its module differs');
      if (changed.length === 0 || plugin.imports) return null;
    }
    const graph = plugin.imports;
    let claimed: string[];
    const via = new Map<string, string>();
    if (graph) {
      // Fixed point over the import graph: a package whose imports include a changed one.
      const bad = new Set(changed);
      let grew = true;
      while (grew) {
        grew = false;
        for (const p of packages) {
          if (bad.has(p)) continue;
          const hit = (graph[p] ?? []).find((i) => bad.has(i));
          if (hit) {
            bad.add(p);
            via.set(p, via.get(hit) ?? hit);
            grew = true;
          }
        }
      }
      claimed = packages.filter((p) => via.has(p));
    } else claimed = [...packages];
    if (claimed.length === 0) return null;
    const roots = graph ? [...new Set(claimed.map((p) => via.get(p)!))] : changed;
    const rules = [...new Set(roots.map((r) => ruleOf.get(r) ?? '').filter(Boolean))];
    return {
      packages: claimed,
      // From binaries these packages do differ; from the import graph (preflight, nothing built yet) an importer
      // differs only if its export data inlines or re-exports from the changed package, which only the build shows.
      message: graph
        ? `${claimed.join(', ')} ${claimed.length > 1 ? 'are' : 'is'} built the same way on both sides but ${claimed.length > 1 ? 'import' : 'imports'} changed packages (${roots.slice(0, 4).join(', ')}${roots.length > 4 ? ', …' : ''}; ${rules.join(', ')}), so ${claimed.length > 1 ? 'they' : 'it'} may differ too: an importer differs when its export data inlines or re-exports from a changed package, which only the build shows (check the built plugin for the exact list)`
        : `${claimed.join(', ')} ${claimed.length > 1 ? 'are' : 'is'} built the same way on both sides but ${claimed.length > 1 ? 'import (or inline from)' : 'imports (or inlines from)'} changed packages (${roots.slice(0, 4).join(', ')}${roots.length > 4 ? ', …' : ''}; ${rules.join(', ')}): a changed import changes the importer's export data too`,
      evidence: { reference: `as built by the ${referenceName}`, plugin: `through ${roots.slice(0, 4).join(', ')}` },
      fix: `fix the cause of ${roots.slice(0, 4).join(', ')} (${rules.join(', ')}); these packages then match too`,
    };
  },
};
