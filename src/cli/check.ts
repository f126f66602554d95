import { parseArgs } from 'node:util';
import { multiHost } from '../check/multi-host.js';
import { type CheckReport, runCheck } from '../check/run-check.js';
import type { PluginInput } from '../check/simulate.js';
import { type Analysis, analyseFile } from '../facts/analyse.js';
import { checkGithub } from '../report/github.js';
import { checkJson } from '../report/check-json.js';
import { checkSarif } from '../report/sarif.js';

import { checkText } from '../report/check-text.js';
import { checkMatrixText } from '../report/check-matrix.js';
import { InputError, loadHost } from './load-host.js';
import { UsageError, deploymentOptions, formatOption } from './options.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** Picks the slice of a universal binary that matches the host's architecture. */
function pickSlice(file: string, results: Analysis[], arch: string | null): PluginInput {
  const pick = results.find((r) => r.facts?.goarch === arch) ?? results[0]!;
  return { file, facts: pick.facts, error: pick.error };
}

export function readPlugins(files: string[], arch: string | null): PluginInput[] {
  return files.map((file) => pickSlice(file, analyseFile(file), arch));
}

export function runCheckCli(args: string[]): number {
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
  // A universal host is judged by the slice for the plugins' architecture.
  const analysed = positionals.map((file) => ({ file, results: analyseFile(file) }));
  const firstArch = analysed.map((a) => a.results.find((r) => r.facts)?.facts?.goarch).find(Boolean) ?? null;
  const reports: CheckReport[] = [];
  let plugins: PluginInput[] = [];
  for (const hostFile of hostFiles) {
    let host;
    try {
      host = loadHost(hostFile, firstArch);
    } catch (err) {
      if (err instanceof InputError) {
        process.stderr.write(`go-plugin-compat check: ${err.message}\n`);
        return 2;
      }
      throw err;
    }
    // Every host is its own process: the plugins are loaded into each, in the order given.
    plugins = analysed.map((a) => pickSlice(a.file, a.results, host.facts.goarch));
    reports.push(runCheck(host.facts, host.source, plugins, values['require-symbol'] ?? [], { deployment }));
  }
  if (reports.length === 1) {
    const render = { text: checkText, json: checkJson, sarif: checkSarif, github: checkGithub }[format];
    process.stdout.write(render(reports[0]!));
  } else {
    const multi = multiHost(reports);
    if (format === 'json') process.stdout.write(JSON.stringify(multi, null, 2) + '\n');
    else if (format === 'text') process.stdout.write(checkMatrixText(multi, reports));
    // Annotations sit on the plugin file: say which host each one is about.
    else if (format === 'github') process.stdout.write(reports.map((r) => checkGithub({ ...r, plugins: r.plugins.map((p) => ({ ...p, findings: p.findings.map((f) => ({ ...f, message: `host ${r.host.file}: ${f.message}` })) })) })).join(''));
    else process.stdout.write(checkSarifMulti(reports));
  }
  const report = multiHost(reports);
  if (plugins.some((p) => p.facts === null)) return 2;
  return report.compatible ? 0 : 1;
}

/** One SARIF log, one run per host (each run is one host's process). */
function checkSarifMulti(reports: CheckReport[]): string {
  const logs = reports.map((r) => JSON.parse(checkSarif(r)) as { runs: unknown[] });
  return JSON.stringify({ ...logs[0], runs: logs.flatMap((l) => l.runs) }, null, 2) + '\n';
}
