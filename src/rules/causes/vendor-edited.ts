import { isTrimmed, moduleOf } from '../query.js';
import type { CauseRule } from '../types.js';

/**
 * `-mod=vendor` compiles vendor/ as it is on disk. Build info keeps the
 * module version but no checksum for vendored modules; with the paths equal
 * (both -trimpath) a vendored package that still differs from the same
 * version was edited in vendor/.
 */
export const vendorEdited: CauseRule = {
  meta: {
    id: 'GPC117', name: 'vendored-code-edited', severity: 'error',
    summary: 'A shared module was compiled from a vendor/ copy that differs from the module version it claims (edited vendored code).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (!reference.buildInfo || !plugin.buildInfo) return null;
    const claimed: string[] = [];
    const mods = new Set<string>();
    let pluginSide = true;
    for (const pkg of packages) {
      const a = moduleOf(reference, pkg);
      const b = moduleOf(plugin, pkg);
      if (!a || !b || a.path !== b.path || a.version !== b.version || a.replace || b.replace) continue;
      const va = !a.sum && a.version !== '(devel)';
      const vb = !b.sum && b.version !== '(devel)';
      if (va === vb && !va) continue;
      // Different paths explain it when untrimmed (GPC112); here the copy's content must differ.
      if (isTrimmed(reference) === false && isTrimmed(plugin) === false && (reference.paths?.vendorDirs.join() ?? '') !== (plugin.paths?.vendorDirs.join() ?? '')) continue;
      claimed.push(pkg);
      mods.add(`${a.path}@${a.version}`);
      pluginSide = vb;
    }
    if (claimed.length === 0) return null;
    const list = [...mods].join(', ');
    const who = pluginSide ? 'the plugin' : `the ${referenceName}`;
    return {
      packages: claimed,
      message: `${who} compiled ${list} from vendor/ (-mod=vendor) and the vendored code differs from that version: vendor/ was edited, or is stale`,
      evidence: { reference: pluginSide ? `${list} (module cache)` : `${list} (vendor/)`, plugin: pluginSide ? `${list} (vendor/)` : `${list} (module cache)` },
      fix: pluginSide
        ? `restore vendor/ from the module versions (go mod vendor) and rebuild the plugin; an intended patch must go into a replace used by both builds`
        : `build the plugin from the ${referenceName}'s vendored sources, or rebuild the ${referenceName} after go mod vendor`,
      commands: pluginSide ? ['go mod vendor'] : [],
    };
  },
};
