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
  if (/\d+\.\d+|[-_.]v\d+/.test(name)) return [];
  return [finding(upgradeMeta, {
    message: `${name} has no version in its name: while a host runs, a new build renamed over it (mv, install) is ignored (plugin.Open caches by path; plugins never unload), and one copied over it in place (cp) crashes the host (SIGSEGV at its next garbage collection: the file is mapped)`,
    fix: `replace the file by renaming a new one over it (mv), never by writing into it, and restart the host to upgrade; for live upgrades ship each release under a new file name AND a new plugin path (now ${plugin.pluginPath ?? 'unknown'}), or it fails with "plugin already loaded"`,
  })];
}
