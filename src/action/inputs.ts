import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRequiredSymbol, splitRequiredSymbols } from '../check/required-symbol.js';
import { isInside } from '../workspace/go-mods.js';

export class ActionInputError extends Error {}

/** `require-symbols`: NAME or NAME=TYPE per line (names alone may share a line, comma-separated). */
function requiredSymbols(value: string): string[] {
  const specs = splitRequiredSymbols(value);
  for (const s of specs) {
    try {
      parseRequiredSymbol(s);
    } catch (err) {
      throw new ActionInputError(`input \`require-symbols\`: ${(err as Error).message}`);
    }
  }
  return specs;
}

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export const LOG_FORMATS = ['text', 'json'] as const;

export interface ActionInputs {
  workspace: string;
  /** Absolute working directory (inside the workspace): relative inputs are resolved here. */
  cwd: string;
  temp: string | null;
  /** Hosts (binaries or manifests), each judged as its own process. */
  hosts: { input: string; path: string }[];
  plugins: string[];
  /** Plugin module directories to align and build before the check. */
  build: string[];
  requireSymbols: string[];
  failOn: (typeof FAIL_ON)[number];
  format: (typeof LOG_FORMATS)[number];
  sarifFile: string | null;
  sarifCategory: string | null;
  reportFile: string | null;
}

/** The toolkit's getInput, without its trimming surprises: `INPUT_<NAME>` with spaces as `_`, upper-cased. */
export function input(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], dflt: T): T {
  const v = (value || dflt) as T;
  if (!allowed.includes(v)) throw new ActionInputError(`input \`${name}\` must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
  return v;
}

/**
 * Reads and checks every input before anything runs: enumerations,
 * host/manifest, and a working directory that stays inside the workspace.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = realpathOr(resolve(env.GITHUB_WORKSPACE ?? process.cwd()));
  const wd = input('working-directory', env) || '.';
  const cwd = resolve(workspace, wd);
  if (!isInside(cwd, workspace) || !isInside(realpathOr(cwd), workspace)) {
    throw new ActionInputError(`input \`working-directory\` (${JSON.stringify(wd)}) must be inside the workspace ${workspace}`);
  }
  const lines = (name: string) => (env[`INPUT_${name.toUpperCase()}`] ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  // Several lines: several hosts (manifests first); every plugin is checked against each.
  const hosts = [...lines('manifest'), ...lines('host')];
  if (hosts.length === 0) throw new ActionInputError('set the `host` input (the host binary) or the `manifest` input (its published ABI manifest)');
  const plugins = lines('plugins');
  const build = lines('build');
  if (plugins.length === 0 && build.length === 0) throw new ActionInputError('set the `plugins` input (plugin files or globs, one per line, in load order) or the `build` input');
  const temp = env.RUNNER_TEMP ? realpathOr(resolve(env.RUNNER_TEMP)) : null;
  return {
    workspace,
    cwd,
    temp,
    hosts: hosts.map((h) => ({ input: h, path: resolve(cwd, h) })),
    plugins,
    build,
    requireSymbols: requiredSymbols(env['INPUT_REQUIRE-SYMBOLS'] ?? ''),
    failOn: oneOf('fail-on', input('fail-on', env), FAIL_ON, 'error'),
    format: oneOf('format', input('format', env), LOG_FORMATS, 'text'),
    sarifFile: input('sarif-file', env) ? resolve(cwd, input('sarif-file', env)) : null,
    sarifCategory: input('sarif-category', env) || null,
    reportFile: input('report-file', env) ? resolve(cwd, input('report-file', env)) : null,
  };
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
