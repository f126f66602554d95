import { getExecOutput } from '@actions/exec';

/** A go command and the environment it runs with (added to this process's). */
export interface GoCommand {
  go: string;
  env: Record<string, string>;
}

export class ToolingError extends Error {}

/**
 * This process's environment with `extra` on top. GOROOT is dropped: a go
 * binary finds its own, and a GOROOT left over from another release would
 * make it compile against the wrong standard library.
 */
export function execEnv(extra: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'GOROOT') out[k] = v;
  return { ...out, ...extra };
}

/** Runs go quietly; resolves with its output whatever the exit code (errors are the caller's to word). */
export async function runGo(cmd: GoCommand, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await getExecOutput(cmd.go, args, { cwd, env: execEnv(cmd.env), silent: true, ignoreReturnCode: true });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    return { code: -1, stdout: '', stderr: `cannot run ${cmd.go}: ${(err as Error).message}` };
  }
}

/** runGo, throwing a ToolingError that quotes go's last lines when it fails. */
export async function mustGo(cmd: GoCommand, args: string[], cwd: string): Promise<string> {
  const r = await runGo(cmd, args, cwd);
  if (r.code !== 0) {
    const tail = r.stderr.trim().split('\n').slice(-4).join('\n  ');
    throw new ToolingError(`${cmd.go} ${args.join(' ')} failed in ${cwd}:\n  ${tail}`);
  }
  return r.stdout;
}
