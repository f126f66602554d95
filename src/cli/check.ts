import { parseArgs } from 'node:util';
import { multiHost } from '../check/multi-host.js';
import { nameOnlyReason, parseRequiredSymbol } from '../check/required-symbol.js';
import { explainLikely } from '../check/explain-likely.js';
import { type CheckReport, runCheck } from '../check/run-check.js';
import type { PluginInput } from '../check/simulate.js';
import { type Analysis, AnalysisCache } from '../facts/analyse.js';
import type { BuildFacts } from '../facts/build-facts.js';
import { checkGithub } from '../report/github.js';
import { checkJson } from '../report/check-json.js';

import { checkText } from '../report/check-text.js';
import { checkMatrixText } from '../report/check-matrix.js';
import { colorEnabled, painter } from '../report/color.js';
import { compose, problemLine } from '../report/compose.js';
import { forLog, terminalText } from '../report/escape.js';
import { appendStepSummary } from '../report/summary.js';
import { indexGoMods } from '../workspace/go-mods.js';
import { InputError, type LoadedHost, loadHostSlices, pickHostSlice } from './load-host.js';
import { UsageError, deploymentOptions, formatOption, glibcNote } from './options.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** Picks the slice of a universal binary that matches the host's architecture. */
function pickSlice(file: string, results: Analysis[], arch: string | null): PluginInput {
  const pick = results.find((r) => r.facts?.goarch === arch) ?? results[0]!;
  return { file, facts: pick.facts, error: pick.error, ...(pick.facts === null && pick.loaderOutcome ? { loaderOutcome: pick.loaderOutcome } : {}) };
}

/**
 * Plugins' facts for the verdict: each distinct file read once, and what only
 * explains a rejected package (paths, DWARF units) read when a rule asks.
 */
export function readPlugins(files: string[], arch: string | null, hosts: readonly BuildFacts[] = []): PluginInput[] {
  const cache = new AnalysisCache(files, { lazy: true, ...(hosts.length ? { explainLikely: explainLikely(hosts) } : {}) });
  return files.map((file) => pickSlice(file, cache.analyse(file), arch));
}

export async function runCheckCli(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: {
      host: { type: 'string', multiple: true },
      'require-symbol': { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      glibc: { type: 'string' },
      'asan-options': { type: 'string' },
    },
  });
  const deployment = deploymentOptions(values.glibc, values['asan-options']);
  const format = formatOption(values.format, CHECK_FORMATS);
  const hostFiles = values.host ?? [];
  if (hostFiles.length === 0) throw new UsageError('check needs --host HOST|MANIFEST');
  if (positionals.length === 0) throw new UsageError('check needs at least one PLUGIN');
  for (const spec of values['require-symbol'] ?? []) {
    try {
      parseRequiredSymbol(spec);
    } catch (err) {
      throw new UsageError(`--require-symbol must be NAME or NAME=TYPE (the type the host asserts, as Go prints it: 'New=func() sdk.Plugin'): ${(err as Error).message}`);
    }
    const why = nameOnlyReason(spec);
    if (why) process.stderr.write(forLog(`go-plugin-compat check: --require-symbol: ${terminalText(why)}\n`));
  }
  // The hosts first, so that a plugin they will probably reject has what explains it read while its
  // file is open; a universal host is then judged by the slice for the plugins' architecture.
  const hostSlices: LoadedHost[][] = [];
  for (const hostFile of hostFiles) {
    try {
      hostSlices.push(loadHostSlices(hostFile, { lazy: true }));
    } catch (err) {
      if (err instanceof InputError) {
        process.stderr.write(forLog(`go-plugin-compat check: ${terminalText(err.message)}\n`));
        return 2;
      }
      throw err;
    }
  }
  const cache = new AnalysisCache(positionals, { lazy: true, explainLikely: explainLikely(hostSlices.flat().map((h) => h.facts)) });
  const analysed = positionals.map((file) => ({ file, results: cache.analyse(file) }));
  const firstArch = analysed.map((a) => a.results.find((r) => r.facts)?.facts?.goarch).find(Boolean) ?? null;
  const hosts = hostSlices.map((slices) => pickHostSlice(slices, firstArch));
  const reports: CheckReport[] = [];
  let plugins: PluginInput[] = [];
  for (const host of hosts) {
    const note = glibcNote(host.facts.native?.glibcNeeded, deployment.glibc);
    if (note) process.stderr.write(forLog(`go-plugin-compat check: ${terminalText(note)}\n`));
    // Every host is its own process: the plugins are loaded into each, in the order given.
    plugins = analysed.map((a) => pickSlice(a.file, a.results, host.facts.goarch));
    reports.push(runCheck(host.facts, host.source, plugins, values['require-symbol'] ?? [], { deployment }));
  }
  for (const h of hosts) if (h.facts.lazyReadError) process.stderr.write(forLog(`go-plugin-compat check: note: the host's explanation facts could not be read (${terminalText(h.facts.lazyReadError)}); explanations may be less precise\n`));
  const unreadablePlugin = plugins.some((p) => p.facts === null) || reports.some((r) => r.plugins.some((p) => p.failure?.kind === 'unreadable'));
  const code = unreadablePlugin ? 2 : reports.every((r) => r.compatible) ? 0 : 1;
  // The workspace is the current directory: findings go on the plugin's go.mod line when it is under it.
  const cwd = process.cwd();
  const c = compose(reports, { workspace: cwd, cwd, goMods: () => indexGoMods(cwd) });
  // Why a finding stayed on the plugin file (two go.mod files for one module, an unreadable directory).
  for (const p of c.problems.slice(0, 5)) process.stderr.write(forLog(`go-plugin-compat check: note: ${terminalText(problemLine(p))}\n`));
  if (c.problems.length > 5) process.stderr.write(`go-plugin-compat check: note: ${c.problems.length - 5} more problems of the go.mod search\n`);
  if (format === 'github') {
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) appendStepSummary(summaryFile, multiHost(reports), c);
    // A failing step adds its own error annotation ("Process completed with exit code 1"): it counts.
    process.stdout.write(checkGithub(c, { reserveErrors: code === 0 ? 0 : 1, overflowWhere: summaryFile ? 'the job summary' : 'the output of `go-plugin-compat check --format text`' }));
  } else if (format === 'text') {
    const text = checkText(c, { paint: painter(colorEnabled(process.stdout)) });
    process.stdout.write(forLog(reports.length > 1 ? checkMatrixText(multiHost(reports), text) : text));
  } else {
    // SARIF's renderer (and node:crypto, for its fingerprints: ~3 ms to load) only when asked for.
    process.stdout.write(format === 'json' ? checkJson(c) : (await import('../report/sarif.js')).checkSarif(c));
  }
  return code;
}
