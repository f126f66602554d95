import { moduleOf, workspaceModules } from '../query.js';
import type { CauseRule } from '../types.js';

/**
 * Inside a go.work workspace, modules named by `use` replace the versions
 * go.mod requires (and the go.mod's own replace directives): build info
 * lists them as `(devel)` without a replacement.
 */
export const workspace: CauseRule = {
  meta: {
    id: 'GPC116', name: 'workspace-mismatch', severity: 'error',
    summary: 'A shared module came from a go.work workspace on one side (or from another workspace).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const wa = new Set(workspaceModules(reference).map((m) => m.path));
    const wb = new Set(workspaceModules(plugin).map((m) => m.path));
    if (wa.size === 0 && wb.size === 0) return null;
    const claimed: string[] = [];
    const mods = new Set<string>();
    for (const pkg of packages) {
      const a = moduleOf(reference, pkg);
      const b = moduleOf(plugin, pkg);
      if (!a || !b || a.path !== b.path) continue;
      if (wa.has(a.path) === wb.has(b.path)) continue;
      claimed.push(pkg);
      mods.add(a.path);
    }
    if (claimed.length === 0) return null;
    const list = [...mods].join(', ');
    const pluginInWs = claimed.some((p) => wb.has(moduleOf(plugin, p)!.path));
    return {
      packages: claimed,
      message: pluginInWs
        ? `the plugin was built inside a go.work workspace that supplies ${list} from a local directory; the ${referenceName} used its go.mod's requirement`
        : `the ${referenceName} was built inside a go.work workspace that supplies ${list}; the plugin used its go.mod's requirement`,
      evidence: { reference: pluginInWs ? 'go.mod' : `go.work: ${list}`, plugin: pluginInWs ? `go.work: ${list}` : 'go.mod' },
      fix: pluginInWs
        ? `build the plugin with GOWORK=off (its go.mod then decides, like the ${referenceName}'s), or build both in the same workspace`
        : `build the plugin in the same go.work workspace as the ${referenceName} (same directories)`,
      commands: [pluginInWs ? 'GOWORK=off go build -buildmode=plugin …' : 'go work use …   # the module directories of the host\'s workspace, then go build -buildmode=plugin'],
    };
  },
};
