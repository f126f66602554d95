import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { runCheck, type CheckReport } from '../check/run-check.js';
import { readPlugins } from '../cli/check.js';
import { InputError, loadHost } from '../cli/load-host.js';
import { checkJson } from '../report/check-json.js';
import { checkSarif } from '../report/sarif.js';
import { checkText } from '../report/check-text.js';
import { expandGlob } from './glob.js';

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
  const hostInput = core.getInput('manifest') || core.getInput('host');
  if (!hostInput) throw new InputError('set either the `host` or the `manifest` input');
  const patterns = core.getMultilineInput('plugins');
  const files = patterns.flatMap((p) => expandGlob(p, cwd));
  if (files.length === 0) throw new InputError(`no plugin matches ${JSON.stringify(patterns)}`);
  const failOn = (core.getInput('fail-on') || 'error') as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) throw new InputError(`fail-on must be one of ${FAIL_ON.join(', ')}`);
  const format = core.getInput('format') || 'text';
  const requireSymbols = core.getMultilineInput('require-symbols').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);

  const host = loadHost(resolve(cwd, hostInput));
  const plugins = readPlugins(files.map((f) => resolve(cwd, f)), host.facts.goarch).map((p, i) => ({ ...p, file: files[i]! }));
  const report = runCheck({ ...host.facts, file: hostInput }, host.source, plugins, requireSymbols);

  for (const p of report.plugins) {
    for (const f of p.findings) {
      const text = `${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}${f.commands?.length ? '\n' + f.commands.map((c) => `  $ ${c}`).join('\n') : ''}`;
      const props = { file: p.file, title: `${f.rule} ${f.name}` };
      if (f.severity === 'error') core.error(text, props);
      else if (f.severity === 'warning') core.warning(text, props);
      else core.notice(text, props);
    }
  }
  core.info(format === 'json' ? checkJson(report) : checkText(report));

  const reportPath = join(process.env.RUNNER_TEMP ?? cwd, 'go-plugin-compat-report.json');
  writeFileSync(reportPath, checkJson(report));
  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) writeFileSync(resolve(cwd, sarifFile), checkSarif(report));
  await core.summary.addRaw(summaryMarkdown(report), true).write();

  core.setOutput('compatible', String(report.compatible));
  core.setOutput('report', reportPath);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));

  const failing = failOn === 'error' ? report.summary.errors : failOn === 'warning' ? report.summary.errors + report.summary.warnings : 0;
  if (failing > 0) core.setFailed(`${report.summary.failing} of ${report.summary.plugins} plugins will not load (${report.summary.errors} errors, ${report.summary.warnings} warnings)`);
}

run().catch((err: unknown) => core.setFailed(err instanceof Error ? err.message : String(err)));
