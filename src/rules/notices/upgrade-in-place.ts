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
    message: `${name} has no version in its name: if a new build replaces it in place, a running host keeps the old code (plugin.Open caches by path and plugins are never unloaded); loading the new build under another name fails with "plugin already loaded" unless its plugin path (${plugin.pluginPath ?? 'unknown'}) changes too`,
    fix: 'upgrade by restarting the host; for live upgrades, ship each release under a new file name and a new plugin path (e.g. a /v2 main package path)',
  })];
}
