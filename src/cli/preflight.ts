import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GoCommandError, readLocalGo } from '../preflight/go-env.js';
import { plannedFacts, splitFlags } from '../preflight/planned-facts.js';
import { type PreflightReport, runPreflight } from '../preflight/run-preflight.js';
import { InputError, loadHost } from './load-host.js';
import { UsageError, formatOption } from './options.js';
import { forLog, jsonForLog, terminalText } from '../report/escape.js';

function preflightText(r: PreflightReport): string {
  const lines = [
    terminalText(`module ${r.module.path ?? '?'} in ${r.module.dir} (${r.module.goVersion ?? 'unknown Go'}) against host ${r.host.file} (${r.host.goVersion ?? 'unknown Go'}, ${r.host.goos}/${r.host.goarch})`),
    `${r.sharedPackages} packages of this build would be shared with the host.`,
    r.prediction.loads ? 'prediction: the plugin built here would load.' : `prediction: it would NOT load (${r.prediction.failure?.kind}${r.prediction.failure?.package ? `: ${r.prediction.failure.package}` : ''}).`,
    '',
  ];
  if (r.findings.length === 0) lines.push('✓ nothing found that would make the plugin differ from the host.');
  for (const f of r.findings) {
    lines.push(`${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : '·'} ${f.rule} ${terminalText(f.message)}`);
    if (f.packages?.length) lines.push(`    packages: ${terminalText(f.packages.slice(0, 6).join(', '))}${f.packages.length > 6 ? `, … (${f.packages.length})` : ''}`);
    if (f.fix) lines.push(`    fix: ${terminalText(f.fix)}`);
    for (const c of f.commands ?? []) lines.push(`      $ ${terminalText(c)}`);
  }
  lines.push('', 'build the plugin with:', `  $ ${terminalText(r.buildCommand)}`);
  return lines.join('\n') + '\n';
}

export async function runPreflightCli(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { host: { type: 'string' }, format: { type: 'string', default: 'text' }, 'build-flags': { type: 'string', default: '' } },
  });
  const format = formatOption(values.format, ['text', 'json']);
  if (!values.host) throw new UsageError('preflight needs --host HOST|MANIFEST');
  if (positionals.length > 1) throw new UsageError('preflight takes at most one DIR');
  const dir = resolve(positionals[0] ?? '.');
  try {
    const host = loadHost(values.host);
    const buildFlags = splitFlags(values['build-flags'] ?? '');
    const local = await readLocalGo(dir, buildFlags);
    const report = runPreflight(host.facts, plannedFacts(dir, local, buildFlags));
    process.stdout.write(format === 'json' ? jsonForLog(JSON.stringify(report, null, 2)) + '\n' : forLog(preflightText(report)));
    return report.ok ? 0 : 1;
  } catch (err) {
    if (err instanceof InputError || err instanceof GoCommandError) {
      process.stderr.write(forLog(`go-plugin-compat preflight: ${terminalText(err.message)}\n`));
      return 2;
    }
    throw err;
  }
}
