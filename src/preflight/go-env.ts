import { getExecOutput } from '@actions/exec';

/** What the local Go command says about a module directory: toolchain, environment, module graph. */
export interface LocalGo {
  version: string;
  env: Record<string, string>;
  modules: GoListModule[];
}

export interface GoListModule {
  Path: string;
  Version?: string;
  Main?: boolean;
  Dir?: string;
  Sum?: string;
  Replace?: { Path: string; Version?: string; Dir?: string; Sum?: string };
}

const ENV_KEYS = ['GOVERSION', 'GOROOT', 'GOMODCACHE', 'GOFLAGS', 'GOEXPERIMENT', 'CGO_ENABLED', 'GOOS', 'GOARCH', 'GOAMD64', 'GOARM64', 'GOARM', 'CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS', 'GOWORK'];

export class GoCommandError extends Error {}

async function go(args: string[], cwd: string): Promise<string> {
  let out;
  try {
    out = await getExecOutput('go', args, { cwd, silent: true, ignoreReturnCode: true });
  } catch (err) {
    throw new GoCommandError(`cannot run go: ${(err as Error).message}`);
  }
  if (out.exitCode !== 0) throw new GoCommandError(`go ${args.join(' ')} failed in ${cwd}: ${out.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return out.stdout;
}

/** `go list -m -json all` prints a stream of JSON objects, not an array. */
export function parseJsonStream<T>(text: string): T[] {
  const out: T[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') {
      if (depth++ === 0) start = i;
    } else if (ch === '}' && --depth === 0) out.push(JSON.parse(text.slice(start, i + 1)) as T);
  }
  return out;
}

/** Runs the go command in `dir` (so go.mod's toolchain line and GOFLAGS apply, as they will for the build). */
export async function readLocalGo(dir: string): Promise<LocalGo> {
  const env = JSON.parse(await go(['env', '-json', ...ENV_KEYS], dir)) as Record<string, string>;
  const modules = parseJsonStream<GoListModule>(await go(['list', '-m', '-json', 'all'], dir));
  return { version: env.GOVERSION ?? '', env, modules };
}
