import { isTrimmed, mainModuleDir, moduleOf, replaceDir } from '../query.js';
import type { BuildFacts } from '../../facts/build-facts.js';
import { shellCommand, shellWord } from '../../report/shell-quote.js';
import type { CauseRule } from '../types.js';

/** Where a side's build read a module from: its replace directory or, for its main module, its directory. */
function moduleDir(f: BuildFacts, pkg: string): { module: string; dir: string } | null {
  const m = moduleOf(f, pkg);
  if (!m) return null;
  const dir = replaceDir(f, m) ?? (m === f.buildInfo?.main ? mainModuleDir(f) : null);
  return dir ? { module: m.path, dir } : null;
}

/**
 * A plugin without build info (go1.19 and older write none into plugins)
 * still names its source directories in the pclntab. When the reference
 * side read a shared module from a local directory, find where the plugin
 * read it: the plugin directory that ends in the package's path inside the
 * module (`…/core` for `<module>/core`), else, for the module's root
 * package, the root its other packages came from.
 */
export const localDirPaths: CauseRule = {
  meta: {
    id: 'GPC118', name: 'local-module-dir-mismatch', severity: 'error',
    summary: 'Without -trimpath, a plugin without build info read a shared module from another local directory than the other side (from its source paths).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (plugin.buildInfo || !plugin.paths || plugin.paths.trimmed || isTrimmed(reference) !== false) return null;
    const dirs = plugin.paths.localDirs;
    const claimed: string[] = [];
    const roots = new Map<string, string>();
    let ev: { reference: string; plugin: string } | null = null;
    const pending: { pkg: string; module: string; refDir: string }[] = [];
    const cachedHere = new Set(plugin.paths.modules.map((m) => m.path));
    let fromElsewhere: { module: string; version: string } | null = null;
    for (const pkg of packages) {
      const r = moduleDir(reference, pkg);
      if (!r) {
        // The reference read it from the module cache; the plugin's paths name no <module>@<version> at all:
        // it compiled the module from a local directory (a directory replacement).
        const m = moduleOf(reference, pkg);
        if (m && !m.replace && m.version !== '(devel)' && !cachedHere.has(m.path) && plugin.paths.vendorDirs.length === 0 && dirs.length) {
          claimed.push(pkg);
          fromElsewhere ??= { module: m.path, version: m.version };
        }
        continue;
      }
      const sub = pkg === r.module ? '' : pkg.slice(r.module.length + 1);
      const refPkgDir = sub ? `${r.dir}/${sub}` : r.dir;
      if (dirs.includes(refPkgDir)) continue; // same directory: not this cause
      if (!sub) {
        pending.push({ pkg, module: r.module, refDir: r.dir });
        continue;
      }
      const found = dirs.filter((d) => d.endsWith('/' + sub));
      if (found.length !== 1) continue;
      const root = found[0]!.slice(0, -sub.length - 1);
      roots.set(r.module, root);
      claimed.push(pkg);
      ev ??= { reference: r.dir, plugin: root };
    }
    for (const p of pending) {
      // The root package's directory is the module root: where its sibling packages were read, if any.
      const root = roots.get(p.module) ?? null;
      if (root === p.refDir) continue;
      claimed.push(p.pkg);
      ev ??= { reference: p.refDir, plugin: root ?? `another directory (the plugin's source dirs: ${dirs.join(', ')})` };
    }
    if (!ev && fromElsewhere) {
      const { module, version } = fromElsewhere;
      return {
        packages: claimed,
        message: `the plugin (no build info; from its source paths) did not compile ${module} from the module cache, where the ${referenceName} read ${module}@${version}: its sources came from a local directory (a replace => directory), one of ${dirs.join(', ')}; without -trimpath the directory is part of the package`,
        evidence: { reference: `${module}@${version} (module cache)`, plugin: 'a local directory' },
        fix: `drop the plugin's directory replacement of ${module} and require ${version} like the ${referenceName}, or build both with -trimpath from identical sources`,
        commands: [shellCommand(['go', 'mod', 'edit', `-dropreplace=${module}`]), shellCommand(['go', 'mod', 'edit', `-require=${module}@${version}`])],
      };
    }
    if (!ev || claimed.length === 0) return null;
    return {
      packages: claimed,
      message: `the plugin (no build info; from its source paths) read the shared module from ${ev.plugin}, the ${referenceName} from ${ev.reference}; without -trimpath the directory is part of every package`,
      evidence: ev,
      fix: `build the plugin with the shared module at ${shellWord(ev.reference)} (point its replace directive there, and build with GOWORK=off: a go.work's use directive overrides it), or build both with -trimpath`,
      commands: [shellCommand(['go', 'mod', 'edit', `-replace=${moduleOf(reference, claimed[0]!)!.path}=${ev.reference}`])],
    };
  },
};
