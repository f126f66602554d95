import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ToolingError } from '../build/go-run.js';
import { BuildFailure, runBuild } from '../build/run-build.js';
import { buildText } from '../report/build-text.js';
import { InputError, loadHost } from './load-host.js';
import { UsageError, deploymentOptions, formatOption } from './options.js';
import { forLog, jsonForLog, terminalText } from '../report/escape.js';

export async function runBuildCli(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: {
      host: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      go: { type: 'string' },
      format: { type: 'string', default: 'text' },
      glibc: { type: 'string' },
      'asan-options': { type: 'string' },
    },
  });
  const deployment = deploymentOptions(values.glibc, values['asan-options']);
  const format = formatOption(values.format, ['text', 'json']);
  if (!values.host) throw new UsageError('build needs --host HOST|MANIFEST');
  if (positionals.length > 1) throw new UsageError('build takes at most one DIR');
  const dryRun = values['dry-run'] ?? false;
  try {
    const host = loadHost(values.host);
    const report = await runBuild(host, {
      dir: resolve(positionals[0] ?? '.'), output: values.output, go: values.go, dryRun, cwd: process.cwd(), deployment,
    });
    process.stdout.write(format === 'json' ? jsonForLog(JSON.stringify(report, null, 2)) + '\n' : forLog(buildText(report, dryRun)));
    if (dryRun) return report.plan.unaligned.some((f) => f.severity === 'error') ? 1 : 0;
    return report.check?.compatible ? 0 : 1;
  } catch (err) {
    // --format json keeps stdout JSON even when go fails: the plan and what failed.
    if (err instanceof BuildFailure && format === 'json') process.stdout.write(jsonForLog(JSON.stringify(err.report, null, 2)) + '\n');
    if (err instanceof InputError || err instanceof ToolingError || (err instanceof Error && !(err instanceof UsageError) && /not inside a Go module|not a main package/.test(err.message))) {
      process.stderr.write(forLog(`go-plugin-compat build: ${terminalText(err.message)}\n`));
      return 2;
    }
    throw err;
  }
}
