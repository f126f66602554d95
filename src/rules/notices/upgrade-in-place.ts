import { finding, type Finding, type RuleMeta } from '../types.js';
import type { BuildFacts } from '../../facts/build-facts.js';

export const upgradeMeta: RuleMeta = {
  id: 'GPC203', name: 'upgrade-needs-new-name', severity: 'notice',
  summary: 'plugin.Open caches by file path and never unloads: a new build renamed over the file is ignored until the host restarts, and one copied over it in place crashes the host.',
};

/**
 * A plugin file name without a version invites upgrades that replace the file. Measured on
 * go1.19.8/go1.26.8/go1.27.3 (test/upgrade-in-place-e2e.test.ts, FINDINGS, "Replacing a loaded plugin's file"): renamed over
 * (a new inode) the host keeps the old plugin; overwritten in place (cp: O_TRUNC, same inode)
 * the host's mapping of the file changes under it and it dies at its next GC.
 */
export function upgradeInPlace(file: string, plugin: BuildFacts): Finding[] {
  const name = file.split('/').pop() ?? file;
  if (ownVersionIn(name, plugin)) return [];
  return [finding(upgradeMeta, {
    message: `${name} has no version in its name: while a host runs, a new build renamed over it (mv, install) is ignored (plugin.Open caches by path; plugins never unload), and one copied over it in place (cp) crashes the host (SIGSEGV at its next garbage collection: the file is mapped)`,
    fix: `replace the file by renaming a new one over it (mv), never by writing into it, and restart the host to upgrade; for live upgrades ship each release under a new file name AND a new plugin path (now ${plugin.pluginPath ?? 'unknown'}), or it fails with "plugin already loaded"`,
  })];
}

/** Version-like parts of a file name: `1.2`, `v1.2.3` (a pre-release suffix is not needed to tell), `-v2`. */
const VERSIONS = /v?\d+\.\d+(?:\.\d+)?|(?<=[-_.])v\d+(?!\d|\.\d)/g;

/**
 * Whether the file name holds a version of the plugin's own: one that is not
 * the Go release (`go1.26`) and not the version of a module it depends on
 * (`gin-v1.10.0`), neither of which changes with a new build of the plugin.
 * The main module's own version counts even when a dependency shares it.
 */
export function ownVersionIn(name: string, plugin: BuildFacts): boolean {
  const bare = (v: string) => v.replace(/^v/, '');
  const own = plugin.buildInfo?.main?.version ? bare(plugin.buildInfo.main.version) : null;
  const deps = new Set((plugin.buildInfo?.deps ?? []).map((d) => bare(d.version)));
  for (const m of name.matchAll(VERSIONS)) {
    if (/go$/i.test(name.slice(0, m.index))) continue;
    const v = bare(m[0]);
    if (v === own || !deps.has(v)) return true;
  }
  return false;
}
