import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseGoMod } from '../gomod/modfile.js';
import { type Location, locateInGoMod } from '../report/compose.js';
import type { GoModEntry } from '../workspace/go-mods.js';
import { parseArgs } from 'node:util';
import { GoCommandError, readLocalGo } from '../preflight/go-env.js';
import { needsCompiledFingerprints, hostFileSelection, plannedFacts, splitFlags } from '../preflight/planned-facts.js';
import { type PreflightReport, runPreflight } from '../preflight/run-preflight.js';
import { InputError, loadHost } from './load-host.js';
import { UsageError, formatOption } from './options.js';
import { forLog, jsonForLog, terminalText } from '../report/escape.js';

type Located = PreflightReport & { findings: (PreflightReport['findings'][number] & { location?: Location })[] };

/** The module's own go.mod (DIR or the nearest parent holding one), parsed; null when there is none or it cannot be read. */
function moduleGoMod(dir: string): GoModEntry | null {
  for (let d = dir; ; d = dirname(d)) {
    const file = join(d, 'go.mod');
    if (existsSync(file)) {
      try {
        return { file, dir: d, mod: parseGoMod(readFileSync(file, 'utf8')) };
      } catch {
        return null;
      }
    }
    if (dirname(d) === d) return null;
  }
}

/** Findings about a requirement or the toolchain get the line of the module's go.mod, as in `check`. */
function locate(r: PreflightReport, dir: string): Located {
  const entry = moduleGoMod(dir);
  if (!entry) return r;
  const pkg = r.prediction.failure?.package ?? null;
  return { ...r, findings: r.findings.map((f) => {
    const l = locateInGoMod(f, pkg, entry, process.cwd());
    return l ? { ...f, location: l[0]! } : f;
  }) };
}

function preflightText(r: Located): string {
  const lines = [
    terminalText(`module ${r.module.path ?? '?'} in ${r.module.dir} (${r.module.goVersion ?? 'unknown Go'}) against host ${r.host.file} (${r.host.goVersion ?? 'unknown Go'}, ${r.host.goos}/${r.host.goarch})`),
    `${r.sharedPackages} packages of this build would be shared with the host.`,
    ...(r.fingerprints.source === 'compiled' ? [terminalText(`fingerprints compiled (go list -export, no link): ${r.fingerprints.reason ?? 'the build settings make them depend on the compiler'}, so only the compiler knows them.`)] : []),
    r.prediction.loads ? 'prediction: the plugin built here would load.' : `prediction: it would NOT load (${r.prediction.failure?.kind}${r.prediction.failure?.package ? `: ${r.prediction.failure.package}` : ''}).`,
    '',
  ];
  if (r.findings.length === 0) lines.push('✓ nothing found that would make the plugin differ from the host.');
  for (const f of r.findings) {
    lines.push(`${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : '·'} ${f.rule} ${terminalText(f.message)}`);
    if (f.location) lines.push(`    at ${terminalText(`${f.location.file}:${f.location.line}`)}`);
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
    const compile = needsCompiledFingerprints(host.facts, dir, buildFlags, process.env);
    const local = await readLocalGo(dir, buildFlags, {}, hostFileSelection(host.facts), compile !== null);
    const report = locate(runPreflight(host.facts, plannedFacts(dir, local, buildFlags), compile), dir);
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
