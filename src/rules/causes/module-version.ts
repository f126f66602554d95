import { moduleLabel, moduleOf } from '../query.js';
import type { Module } from '../../go/buildinfo.js';
import type { CauseRule } from '../types.js';
import { shellCommand } from '../../report/shell-quote.js';

/** A shared package comes from another version (or sum) of its module. */
export const moduleVersion: CauseRule = {
  meta: {
    id: 'GPC105', name: 'module-version-mismatch', severity: 'error', locate: 'module',
    summary: 'A shared package comes from a different version of its module.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const claimed: string[] = [];
    const lines = new Map<string, { ref: string; plug: string; version: string }>();
    for (const pkg of packages) {
      const a = moduleOf(reference, pkg);
      const b = moduleOf(plugin, pkg);
      if (!a || !b || !versionDiffers(a, b)) continue;
      claimed.push(pkg);
      lines.set(a.path, { ref: moduleLabel(a), plug: moduleLabel(b), version: a.version });
    }
    if (claimed.length === 0) return null;
    const mods = [...lines.values()];
    return {
      packages: claimed,
      message: mods.map((m) => `the plugin has ${m.plug}, the ${referenceName} has ${m.ref}`).join('; '),
      evidence: { reference: mods.map((m) => m.ref).join(', '), plugin: mods.map((m) => m.plug).join(', ') },
      fix: `require the ${referenceName}'s versions in the plugin's go.mod and rebuild`,
      commands: requireVersions([...lines].map(([path, m]) => `${path}@${m.version}`)),
    };
  },
};

/** One module, not replaced on either side, at another version or sum (what this rule explains; GPC101 leaves it here). */
export function versionDiffers(a: Module, b: Module): boolean {
  if (a.path !== b.path || a.replace || b.replace) return false;
  return a.version !== b.version || (!!a.sum && !!b.sum && a.sum !== b.sum);
}

/**
 * The commands that make a plugin's module require these `module@version`s (also GPC202's and
 * GPC106's). `go get`, not `go mod edit -require`: when another dependency of the plugin needs a
 * higher version (x/crypto needing a newer x/sys), `go mod tidy` silently puts the higher one back,
 * while `go get` also lowers that dependency to a version that fits, as `build` does (observed:
 * the -require lines left x/sys at v0.50.0 and the plugin failing; `go get` made it load).
 */
export function requireVersions(at: string[]): string[] {
  return [shellCommand(['go', 'get', ...at]), 'go mod tidy'];
}
