import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { runCheck } from '../check/run-check.js';
import type { PluginInput } from '../check/simulate.js';
import { readPlugins } from '../cli/check.js';
import { InputError, loadHost } from '../cli/load-host.js';
import { multiHost } from '../check/multi-host.js';
import { type Annotation, PER_JOB, planAnnotations, workflowCommands } from '../report/annotations.js';
import { checkJson } from '../report/check-json.js';
import { checkText } from '../report/check-text.js';
import { compose, problemLine } from '../report/compose.js';
import { guardRunnerCommands, workflowData } from '../report/escape.js';
import { checkSarif } from '../report/sarif.js';
import { appendStepSummary } from '../report/summary.js';
import { indexGoMods } from '../workspace/go-mods.js';
import { buildPlugins } from './build-step.js';
import { displayPath, expandPatterns } from './glob.js';
import { nameOnlyReason } from '../check/required-symbol.js';
import { ActionInputError, readInputs } from './inputs.js';
import { UnsafePathError, writeInside } from './safe-write.js';
import { holdYoungGeneration } from '../io/young-generation.js';

const out = (s: string) => process.stdout.write(s);

/** The step's failure message: an error annotation of its own (it counts against the 10). */
function fail(message: string): void {
  out(`::error::${workflowData(message)}\n`);
  process.exitCode = 1;
}

/**
 * Untrusted text for the log: guarded line by line, and between
 * stop-commands markers with a fresh token, so that even a missed case cannot
 * become a runner command.
 */
function logUntrusted(text: string): void {
  const token = randomUUID();
  out(`::stop-commands::${token}\n${guardRunnerCommands(text)}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`);
}

/** Annotations earlier steps of ours made in this job (RUNNER_TEMP is per job). */
function jobAnnotationsUsed(temp: string | null): number {
  if (!temp) return 0;
  try {
    const n = Number.parseInt(readFileSync(join(temp, 'go-plugin-compat-annotations'), 'utf8'), 10);
    return Number.isFinite(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

/** The GitHub Action: the same analysis and the same composition of findings as `check`, as annotations, summary, JSON and SARIF. */
export async function run(): Promise<void> {
  holdYoungGeneration();
  core.setCommandEcho(false);
  const inputs = readInputs();
  const { workspace, cwd } = inputs;
  for (const why of inputs.requireSymbols.map(nameOnlyReason)) if (why) logUntrusted(`go-plugin-compat: require-symbols: ${why}`);
  const roots = [workspace, ...(inputs.temp ? [inputs.temp] : [])];

  const hosts = inputs.hosts.map((h) => ({ ...h, loaded: loadHost(h.path, undefined, { lazy: true }) }));
  // Plugin modules are built for the first host, then checked first, before the `plugins` files.
  const built = inputs.build.length ? await buildPlugins(inputs.build, hosts[0]!.loaded, cwd) : [];
  const buildAnnotations: Annotation[] = built.flatMap((b) => b.unaligned.map((f) => ({
    level: f.severity, file: displayPath(resolve(cwd, b.dir), workspace), title: `${f.rule} ${f.name}`,
    message: `${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}`,
  })));
  const expansion = expandPatterns(inputs.plugins, cwd, workspace);
  const files = [...built.map((b) => resolve(cwd, b.file)), ...expansion.files];
  // Problems of the inputs are entries of their own: reported, counted, never skipped.
  const problems: PluginInput[] = expansion.problems.map((p) => ({ file: p.path, facts: null, error: p.message }));
  const reports = hosts.map((h) => {
    const read = readPlugins(files, h.loaded.facts.goarch, [h.loaded.facts]);
    const plugins: PluginInput[] = [...read, ...problems].map((p) => ({ ...p, file: isAbsolute(p.file) ? displayPath(p.file, workspace) : p.file }));
    return runCheck({ ...h.loaded.facts, file: displayPath(h.path, workspace) }, h.loaded.source, plugins, inputs.requireSymbols);
  });
  const c = compose(reports, { workspace, cwd: workspace, goMods: () => indexGoMods(workspace) });
  const several = reports.length > 1;

  logUntrusted(inputs.format === 'json' ? checkJson(c) : checkText(c));
  // Why a finding stayed on the plugin file (two go.mod files for one module, an unreadable directory).
  for (const p of c.problems.slice(0, 5)) logUntrusted(`go-plugin-compat: note: ${problemLine(p)}`);

  const reportPath = writeInside(inputs.reportFile ?? join(inputs.temp ?? workspace, 'go-plugin-compat-report.json'), checkJson(c), roots, 'report-file');
  if (inputs.sarifFile) writeInside(inputs.sarifFile, checkSarif(c, inputs.sarifCategory ? { automationId: `${inputs.sarifCategory}/` } : {}), roots, 'sarif-file');
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    appendStepSummary(summaryFile, multiHost(reports), c, { reportPath: displayPath(reportPath, workspace) });
  }

  const total = (k: 'errors' | 'warnings' | 'failing' | 'plugins') => reports.reduce((n, r) => n + r.summary[k], 0);
  const s = { errors: total('errors'), warnings: total('warnings'), failing: total('failing'), plugins: total('plugins') };
  core.setOutput('compatible', String(reports.every((r) => r.compatible)));
  core.setOutput('report', reportPath);
  core.setOutput('errors', String(s.errors));
  core.setOutput('warnings', String(s.warnings));
  core.setOutput('built', built.map((b) => displayPath(resolve(cwd, b.file), workspace)).join('\n'));

  const failing = inputs.failOn === 'error' ? s.errors : inputs.failOn === 'warning' ? s.errors + s.warnings : 0;
  const used = jobAnnotationsUsed(inputs.temp);
  const buildErrors = buildAnnotations.filter((a) => a.level === 'error').length;
  const plan = planAnnotations(c, {
    reserveErrors: (failing > 0 ? 1 : 0) + buildErrors,
    reserveWarnings: buildAnnotations.length - buildErrors,
    jobBudget: Math.max(0, PER_JOB - used - buildAnnotations.length),
    overflowWhere: summaryFile ? 'the job summary' : `the JSON report (${displayPath(reportPath, workspace)})`,
  });
  out(workflowCommands({ annotations: [...buildAnnotations.slice(0, PER_JOB - used), ...plan.annotations], hidden: plan.hidden }));
  if (inputs.temp) {
    try {
      writeInside(join(inputs.temp, 'go-plugin-compat-annotations'), String(used + buildAnnotations.length + plan.annotations.length + (failing > 0 ? 1 : 0)), [inputs.temp], 'annotation count');
    } catch {
      // Only a budget hint for later steps.
    }
  }
  if (failing > 0) {
    fail(`${s.failing} of ${s.plugins} ${several ? 'host/plugin pairs' : 'plugins'} will not load (${s.errors} errors, ${s.warnings} warnings); fail-on: ${inputs.failOn}`);
  }
}

run().catch((err: unknown) => {
  const known = err instanceof ActionInputError || err instanceof InputError || err instanceof UnsafePathError;
  fail(known ? (err as Error).message : `internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
});
