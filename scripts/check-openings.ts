// How often `check` opens each plugin, and what reading, judging and reporting them costs warm:
// as now (the host's guess of which plugins it rejects, src/check/explain-likely.ts, and build
// directories read only to place a finding) and as before (every plugin's directories read for
// the report, by reopening its file). Interleaved rounds in one process; medians.
//
// Usage: npx tsx scripts/check-openings.ts [--host HOST] [--rounds N] PLUGIN...
//   (default host: the corpus's linux/amd64 go1.26.8 host-base)
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCheck } from '../src/check/run-check.js';
import { readPlugins } from '../src/cli/check.js';
import { loadHost } from '../src/cli/load-host.js';
import { FileSource } from '../src/io/file-source.js';
import { checkJson } from '../src/report/check-json.js';
import { compose } from '../src/report/compose.js';
import { indexGoMods } from '../src/workspace/go-mods.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { host: { type: 'string' }, rounds: { type: 'string', default: '8' } },
});
if (positionals.length === 0) throw new Error('usage: check-openings.ts [--host HOST] [--rounds N] PLUGIN...');
const files = positionals.map((p) => resolve(p));
const host = loadHost(values.host ?? join(import.meta.dirname, '../fixtures/bin/linux-amd64/go1.26.8/host-base'), null, { lazy: true });

/**
 * A check's reading, judging and JSON report. `before`: as until this change, every plugin's
 * build directories read for the report (source.dirs), no host guidance. `now`: as check runs.
 */
function judge(mode: 'before' | 'now'): void {
  const plugins = readPlugins(files, host.facts.goarch, mode === 'now' ? [host.facts] : []);
  const report = runCheck(host.facts, host.source, plugins);
  if (mode === 'before') for (const p of report.plugins) void p.source.dirs;
  checkJson(compose([report], { workspace: process.cwd(), goMods: () => indexGoMods(process.cwd()) }));
}

let opened = 0;
const { close } = FileSource.prototype;
FileSource.prototype.close = function (this: FileSource) {
  if (files.includes(this.path)) opened++;
  return close.call(this);
};
const times: Record<'before' | 'now', number[]> = { before: [], now: [] };
const openings: Record<'before' | 'now', number> = { before: 0, now: 0 };
for (let r = 0; r < Number(values.rounds); r++) {
  for (const mode of ['before', 'now'] as const) {
    opened = 0;
    const t0 = performance.now();
    judge(mode);
    times[mode].push(performance.now() - t0);
    openings[mode] = opened;
  }
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
for (const mode of ['before', 'now'] as const) {
  console.log(`${mode.padEnd(6)}  ${files.length} plugins, ${openings[mode]} openings, median ${median(times[mode]).toFixed(1)} ms of ${times[mode].length} rounds (${times[mode].map((t) => t.toFixed(0)).join(' ')})`);
}
