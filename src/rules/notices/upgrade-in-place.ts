import { finding, type Finding, type RuleMeta } from '../types.js';
import type { BuildFacts } from '../../facts/build-facts.js';

export const upgradeMeta: RuleMeta = {
  id: 'GPC203', name: 'upgrade-needs-new-name', severity: 'notice',
  summary: 'plugin.Open caches by file path and never unloads: replacing the file in place does nothing until the host restarts.',
};

/** A plugin file name without a version invites in-place upgrades, which a running host never sees. */
export function upgradeInPlace(file: string, plugin: BuildFacts): Finding[] {
  const name = file.split('/').pop() ?? file;
  if (/\d+\.\d+|[-_.]v\d+/.test(name)) return [];
  return [finding(upgradeMeta, {
    message: `${name} has no version in its name: a new build copied over it is ignored by a running host (plugin.Open caches by path; plugins never unload)`,
    fix: `restart the host to upgrade; for live upgrades ship each release under a new file name AND a new plugin path (now ${plugin.pluginPath ?? 'unknown'}), or it fails with "plugin already loaded"`,
  })];
}
