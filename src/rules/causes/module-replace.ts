import { mainModuleDir, moduleLabel, moduleOf } from '../query.js';
import { requireVersions } from './module-version.js';
import type { CauseRule } from '../types.js';
import type { Module } from '../../go/buildinfo.js';
import { shellCommand, shellWord } from '../../report/shell-quote.js';

const target = (m: Module) => (m.replace ? `${m.replace.path}${m.replace.version && m.replace.version !== '(devel)' ? '@' + m.replace.version : ''}` : '');

/** One side replaces the module (other version, fork or local dir) and the other does not, or differently. */
export const moduleReplace: CauseRule = {
  meta: {
    id: 'GPC106', name: 'module-replace-mismatch', severity: 'error', locate: 'module',
    summary: 'A shared module is replaced (another version, a fork or a local directory) on one side only.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const claimed: string[] = [];
    const found = new Map<string, { ref: string; plug: string; cmds: string[] }>();
    for (const pkg of packages) {
      const a = moduleOf(reference, pkg);
      const b = moduleOf(plugin, pkg);
      if (!a || !b || a.path !== b.path || (!a.replace && !b.replace)) continue;
      const localBoth = a.replace && b.replace && a.replace.version === '(devel)' && b.replace.version === '(devel)';
      // Two local directory replacements: whether they differ is a question of paths (GPC111).
      if (localBoth) continue;
      if (a.replace && b.replace && a.replace.path === b.replace.path && a.replace.version === b.replace.version) continue;
      // `replace m => m vX` where the other side requires m vX compiles the same cached module.
      const eff = (m: typeof a) => (m.replace ? (m.replace.version && m.replace.version !== '(devel)' ? `${m.replace.path}@${m.replace.version}` : null) : `${m.path}@${m.version}`);
      if (eff(a) !== null && eff(a) === eff(b)) continue;
      claimed.push(pkg);
      let cmds: string[];
      if (a.replace) cmds = [shellCommand(['go', 'mod', 'edit', `-replace=${a.path}=${target(a)}`])];
      else if (!a.version || a.version === '(devel)') {
        // The reference builds the module from its own checkout (its main module, or a module without
        // a version): no version exists to require, so the plugin must replace it with that checkout.
        const dir = reference.buildInfo?.main?.path === a.path ? mainModuleDir(reference) : null;
        // No module path or file name in the template's comment: quoting does nothing there (see shellCommand).
        cmds = [dir ? shellCommand(['go', 'mod', 'edit', `-replace=${a.path}=${dir}`]) : `go mod edit -replace=${shellWord(a.path)}=…   # the directory it was built from`];
      } else cmds = [shellCommand(['go', 'mod', 'edit', `-dropreplace=${a.path}`]), ...requireVersions([`${a.path}@${a.version}`]).slice(0, -1)];
      found.set(a.path, { ref: moduleLabel(a), plug: moduleLabel(b), cmds });
    }
    if (claimed.length === 0) return null;
    const mods = [...found.values()];
    // A plugin-side directory replace is usually a fork with changes the plugin needs: dropping it loses them.
    const pluginDirs = [...new Set(claimed.map((p) => moduleOf(plugin, p)).filter((m) => m?.replace && (!m.replace.version || m.replace.version === '(devel)')).map((m) => m!.path))];
    return {
      packages: claimed,
      message: mods.map((m) => `the plugin uses ${m.plug}, the ${referenceName} uses ${m.ref}`).join('; '),
      evidence: { reference: mods.map((m) => m.ref).join(', '), plugin: mods.map((m) => m.plug).join(', ') },
      fix: `make the plugin's replace directives match the ${referenceName}'s (same target and version), then rebuild` +
        (pluginDirs.length ? `; if the plugin needs changes made in its local copy of ${pluginDirs.join(', ')}, the ${referenceName} must be built with the same replace instead (a plugin cannot bring its own build of a package the ${referenceName} links)` : ''),
      commands: [...mods.flatMap((m) => m.cmds), 'go mod tidy'],
    };
  },
};
