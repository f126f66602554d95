import { parseArgs } from 'node:util';
import { runCheck } from '../check/run-check.js';
import type { PluginInput } from '../check/simulate.js';
import { analyseFile } from '../facts/analyse.js';
import { checkGithub } from '../report/github.js';
import { checkJson } from '../report/check-json.js';
import { checkSarif } from '../report/sarif.js';
import { checkText } from '../report/check-text.js';
import { InputError, loadHost } from './load-host.js';
import { UsageError, formatOption } from './options.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** Reads plugins, picking the slice of a universal binary that matches the host. */
export function readPlugins(files: string[], arch: string | null): PluginInput[] {
  return files.map((file) => {
    const results = analyseFile(file);
    const pick = results.find((r) => r.facts?.goarch === arch) ?? results[0]!;
    return { file, facts: pick.facts, error: pick.error };
  });
}

export function runCheck_(args: string[]): number {
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
  let host;
  try {
    host = loadHost(values.host);
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`go-plugin-compat check: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const plugins = readPlugins(positionals, host.facts.goarch);
  const report = runCheck(host.facts, host.source, plugins, values['require-symbol'] ?? []);
  const render = { text: checkText, json: checkJson, sarif: checkSarif, github: checkGithub }[format];
  process.stdout.write(render(report));
  if (plugins.some((p) => p.facts === null)) return 2;
  return report.compatible ? 0 : 1;
}

export { runCheck_ as runCheck };
