import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { multiHost } from '../check/multi-host.js';
import { runCheck, type CheckReport } from '../check/run-check.js';
import { readPlugins } from '../cli/check.js';
import { InputError, loadHost } from '../cli/load-host.js';
import { checkJson } from '../report/check-json.js';
import { checkSarif } from '../report/sarif.js';
import { checkText } from '../report/check-text.js';
import { buildPlugins } from './build-step.js';
import { expandGlob } from './glob.js';
import { matrixMarkdown } from './matrix-summary.js';

const FAIL_ON = ['error', 'warning', 'never'] as const;

function summaryMarkdown(r: CheckReport): string {
  const rows = r.plugins.map((p) => {
    const cause = p.findings.filter((f) => f.rule.startsWith('GPC1')).map((f) => `${f.rule}: ${f.message}`).join('<br>');
    return `| ${p.loads ? '✅' : '❌'} | \`${p.file}\` | ${p.failure ? p.failure.message.replace(/\|/g, '\\|') : 'loads'} | ${cause.replace(/\|/g, '\\|') || '—'} |`;
  });
  return [
    `### go-plugin-compat: ${r.compatible ? 'every plugin loads' : `${r.summary.failing} of ${r.summary.plugins} plugins will not load`}`,
    '',
    `Host \`${r.host.file}\` (${r.host.goVersion ?? 'unknown Go'}, ${r.host.goos}/${r.host.goarch}${r.host.source === 'manifest' ? ', from manifest' : ''})`,
    '',
    '| | plugin | plugin.Open | why |',
    '|---|---|---|---|',
    ...rows,
    '',
    `${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices.`,
  ].join('\n');
}

/** The GitHub Action: the same analysis as `check`, reported as annotations, a job summary, JSON and SARIF. */
export async function run(): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // Several lines: several hosts (or manifests); every plugin is checked against each.
  const hostInputs = [...core.getMultilineInput('manifest'), ...core.getMultilineInput('host')];
  if (hostInputs.length === 0) throw new InputError('set either the `host` or the `manifest` input');
  const patterns = core.getMultilineInput('plugins');
  const buildDirs = core.getMultilineInput('build');
  const failOn = (core.getInput('fail-on') || 'error') as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) throw new InputError(`fail-on must be one of ${FAIL_ON.join(', ')}`);
  const format = core.getInput('format') || 'text';
  const requireSymbols = core.getMultilineInput('require-symbols').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);

  const hosts = hostInputs.map((input) => ({ input, loaded: loadHost(resolve(cwd, input)) }));
  // Plugin modules are built for the first host, then checked first, before the `plugins` files.
  const built = buildDirs.length ? await buildPlugins(buildDirs, hosts[0]!.loaded, cwd) : [];
  for (const b of built) {
    for (const f of b.unaligned) (f.severity === 'error' ? core.error : core.warning)(`${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}`, { file: b.dir, title: `${f.rule} ${f.name}` });
  }
  const files = [...built.map((b) => relative(cwd, b.file)), ...patterns.flatMap((p) => expandGlob(p, cwd))];
  if (files.length === 0) throw new InputError(`no plugin matches ${JSON.stringify(patterns)}`);

  const reports = hosts.map((h) => {
    const plugins = readPlugins(files.map((f) => resolve(cwd, f)), h.loaded.facts.goarch).map((p, i) => ({ ...p, file: files[i]! }));
    return runCheck({ ...h.loaded.facts, file: h.input }, h.loaded.source, plugins, requireSymbols);
  });
  const several = reports.length > 1;
  const multi = multiHost(reports);

  for (const report of reports) {
    for (const p of report.plugins) {
      for (const f of p.findings) {
        const text = `${several ? `host ${report.host.file}: ` : ''}${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}${f.commands?.length ? '\n' + f.commands.map((c) => `  $ ${c}`).join('\n') : ''}`;
        const props = { file: p.file, title: `${f.rule} ${f.name}` };
        if (f.severity === 'error') core.error(text, props);
        else if (f.severity === 'warning') core.warning(text, props);
        else core.notice(text, props);
      }
    }
  }
  const json = several ? JSON.stringify(multi, null, 2) + '\n' : checkJson(reports[0]!);
  core.info(format === 'json' ? json : reports.map(checkText).join('\n'));

  const reportPath = join(process.env.RUNNER_TEMP ?? cwd, 'go-plugin-compat-report.json');
  writeFileSync(reportPath, json);
  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) {
    const logs = reports.map((r) => JSON.parse(checkSarif(r)) as { runs: unknown[] });
    writeFileSync(resolve(cwd, sarifFile), JSON.stringify({ ...logs[0], runs: logs.flatMap((l) => l.runs) }, null, 2) + '\n');
  }
  const summary = several ? [matrixMarkdown(multi), ...reports.map(summaryMarkdown)].join('\n\n') : summaryMarkdown(reports[0]!);
  await core.summary.addRaw(summary, true).write();

  const total = (k: 'errors' | 'warnings' | 'failing' | 'plugins') => reports.reduce((n, r) => n + r.summary[k], 0);
  const report = { summary: { errors: total('errors'), warnings: total('warnings'), failing: total('failing'), plugins: total('plugins') } };
  core.setOutput('compatible', String(multi.compatible));
  core.setOutput('report', reportPath);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('built', built.map((b) => relative(cwd, b.file)).join('\n'));

  const failing = failOn === 'error' ? report.summary.errors : failOn === 'warning' ? report.summary.errors + report.summary.warnings : 0;
  if (failing > 0) core.setFailed(`${report.summary.failing} of ${report.summary.plugins} ${several ? 'host/plugin pairs' : 'plugins'} will not load (${report.summary.errors} errors, ${report.summary.warnings} warnings)`);
}

run().catch((err: unknown) => core.setFailed(err instanceof Error ? err.message : String(err)));
