import { parseArgs } from 'node:util';
import { runCheck } from '../check/run-check.js';
import type { PluginInput } from '../check/simulate.js';
import { type Analysis, analyseFile } from '../facts/analyse.js';
import { checkGithub } from '../report/github.js';
import { checkJson } from '../report/check-json.js';
import { checkSarif } from '../report/sarif.js';
import { checkText } from '../report/check-text.js';
import { InputError, loadHost } from './load-host.js';
import { UsageError, formatOption } from './options.js';

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
      host: { type: 'string' },
      'require-symbol': { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
    },
  });
  const format = formatOption(values.format, CHECK_FORMATS);
  if (!values.host) throw new UsageError('check needs --host HOST|MANIFEST');
  if (positionals.length === 0) throw new UsageError('check needs at least one PLUGIN');
  // A universal host is judged by the slice for the plugins' architecture.
  const analysed = positionals.map((file) => ({ file, results: analyseFile(file) }));
  const firstArch = analysed.map((a) => a.results.find((r) => r.facts)?.facts?.goarch).find(Boolean) ?? null;
  let host;
  try {
    host = loadHost(values.host, firstArch);
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`go-plugin-compat check: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const plugins = analysed.map((a) => pickSlice(a.file, a.results, host.facts.goarch));
  const report = runCheck(host.facts, host.source, plugins, values['require-symbol'] ?? []);
  const render = { text: checkText, json: checkJson, sarif: checkSarif, github: checkGithub }[format];
  process.stdout.write(render(report));
  if (plugins.some((p) => p.facts === null)) return 2;
  return report.compatible ? 0 : 1;
}
