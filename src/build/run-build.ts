import { exec } from '@actions/exec';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultOutputName } from './output-name.js';
import { type CheckReport, runCheck } from '../check/run-check.js';
import type { Deployment } from '../facts/native.js';
import { analyseFile } from '../facts/analyse.js';
import type { BuildFacts } from '../facts/build-facts.js';
import type { BuildRecipe } from '../facts/build-recipe.js';
import { type GoCommand, ToolingError, execEnv } from './go-run.js';
import { readModuleView } from './module-view.js';
import { type BuildPlan, leftovers, planBuild } from './plan.js';
import { findToolchain } from './toolchain.js';
import { guardedStream } from '../report/guarded-stream.js';
import { forLog, terminalText } from '../report/escape.js';
import { shellCommand } from '../report/shell-quote.js';

export interface BuildReport {
  schemaVersion: 1;
  plan: BuildPlan;
  output: string | null;
  check: CheckReport | null;
  /** Set when go failed after the plan was made (exit 2): what failed. */
  error?: string;
}

/** A go command failed after planning: the plan is still worth printing. */
export class BuildFailure extends ToolingError {
  constructor(message: string, readonly report: BuildReport) {
    super(message);
  }
}

export interface BuildOptions {
  dir: string;
  /** -o as given (relative to cwd), or undefined for go build's name. */
  output?: string;
  go?: string;
  dryRun: boolean;
  cwd: string;
  /** The deployment system, for the final check (as check's --glibc and --asan-options). */
  deployment?: Partial<Deployment>;
}

export { defaultOutputName } from './output-name.js';

/** go's own output goes to stderr, so stdout can stay pure JSON. */
async function streamGo(cmd: GoCommand, args: string[], cwd: string): Promise<number> {
  try {
    // Passed through the log guard: under GitHub Actions no line of go's output may become a runner command.
    const sink = guardedStream(process.stderr);
    try {
      // @actions/exec echoes `[command]…`, which the Actions log renders as a command line; a terminal has our own line (runGo).
      const write = (d: Buffer) => void sink.write(d);
      const output = process.env.GITHUB_ACTIONS === 'true' ? { outStream: sink, errStream: sink } : { silent: true, listeners: { stdout: write, stderr: write } };
      return await exec(cmd.go, args, { cwd, env: execEnv(cmd.env), ignoreReturnCode: true, ...output });
    } finally {
      sink.end();
    }
  } catch (err) {
    throw new ToolingError(`cannot run ${cmd.go}: ${(err as Error).message}`);
  }
}

/** Plan (always), then — unless a dry run — edit go.mod, build, and check the result against the host. */
export async function runBuild(host: { facts: BuildFacts; source: 'binary' | 'manifest'; recipe: BuildRecipe }, opts: BuildOptions): Promise<BuildReport> {
  const h = host.facts;
  const recipe = host.recipe;
  const tc = await findToolchain(recipe.goVersion ?? h.goVersion, { go: opts.go, cwd: opts.dir, goos: recipe.goos ?? process.platform, goarch: recipe.goarch ?? 'amd64' });
  const tags = recipe.settings.tags;
  const view = await readModuleView(tc, opts.dir, tags).catch((err: unknown) => {
    // A module that needs a newer Go than the host's cannot be built for it at all.
    const need = /requires go >= (\S+)/.exec((err as Error).message)?.[1];
    if (need) throw new ToolingError(`the plugin's go.mod requires go >= ${need}, but the host was built with ${tc.version}: lower the go line (go mod edit -go=${tc.version.replace(/^go/, '')}) if the code and its dependencies allow it, or the host must move to a newer release first\n${(err as Error).message}`);
    throw err;
  });
  const output = path.resolve(opts.cwd, opts.output ?? defaultOutputName(view.importPath));
  const plan = planBuild(h, recipe, view, tc, output);
  if (opts.dryRun) return { schemaVersion: 1, plan, output: null, check: null };

  const cmd = { go: tc.go, env: plan.env };
  // go.mod and go.sum as they were: a build that fails after the edits puts them back, so a failed
  // attempt does not leave the module changed (a dropped replace of a modified fork, lowered versions).
  const saved = plan.goModCommands.length ? saveModFiles(plan.module.dir) : null;
  const fail = (message: string): never => {
    const note = saved && restoreModFiles(saved) ? ' (go.mod and go.sum are restored as they were)' : '';
    throw new BuildFailure(message + note, { schemaVersion: 1, plan, output: null, check: null, error: message + note });
  };
  for (const args of plan.goModCommands) {
    // Module paths and versions come from the host or its manifest: quoted for the shell, escaped for the log.
    const line = shellCommand(['go', ...args]);
    process.stderr.write(forLog(terminalText(`go-plugin-compat build: ${line}`)) + '\n');
    if ((await streamGo(cmd, args, plan.module.dir)) !== 0) fail(`${line} failed in ${plan.module.dir} (its output is above)`);
  }
  if (plan.goModCommands.length) plan.unaligned.push(...leftovers(recipe, await readModuleView(cmd, opts.dir, tags)));
  process.stderr.write(forLog(terminalText(`go-plugin-compat build: ${shellCommand(['go', ...plan.buildArgs])}`)) + '\n');
  const code = await streamGo(cmd, plan.buildArgs, opts.dir);
  if (code !== 0) fail(`go build failed (exit ${code}; its output is above): ${plan.command}`);
  const analysed = analyseFile(output)[0]!;
  const check = runCheck(h, host.source, [{ file: output, facts: analysed.facts, error: analysed.error }], [], opts.deployment ? { deployment: opts.deployment } : {});
  return { schemaVersion: 1, plan, output, check };
}

type SavedModFiles = { file: string; data: Buffer | null }[];

function saveModFiles(dir: string): SavedModFiles {
  return ['go.mod', 'go.sum'].map((name) => {
    const file = path.join(dir, name);
    return { file, data: existsSync(file) ? readFileSync(file) : null };
  });
}

/** Writes back what saveModFiles read (and removes a go.sum the edits created); whether anything had changed. */
function restoreModFiles(saved: SavedModFiles): boolean {
  let changed = false;
  for (const { file, data } of saved) {
    const now = existsSync(file) ? readFileSync(file) : null;
    if (data === null ? now === null : now !== null && now.equals(data)) continue;
    changed = true;
    if (data === null) rmSync(file, { force: true });
    else writeFileSync(file, data);
  }
  return changed;
}
