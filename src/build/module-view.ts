import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseJsonStream } from '../preflight/go-env.js';
import { type GoCommand, mustGo } from './go-run.js';
import { authorTags } from './plan.js';

export interface ListedModule {
  Path: string;
  Version?: string;
  Main?: boolean;
  Dir?: string;
  Replace?: { Path: string; Version?: string; Dir?: string };
}

/** What the plugin's module looks like to the toolchain the plan uses. */
export interface ModuleView {
  /** Absolute directory of the main package. */
  dir: string;
  importPath: string;
  mainModule: { path: string; dir: string };
  /** Non-main modules providing packages the plugin links, with their selected version and replacement. */
  linked: ListedModule[];
  env: Record<string, string>;
  /** vendor/modules.txt in the main module. */
  vendored: boolean;
}

const ENV_KEYS = ['GOVERSION', 'GOMODCACHE', 'GOFLAGS', 'GOWORK', 'GOOS', 'GOARCH', 'GOEXPERIMENT', 'GOFIPS140', 'CGO_ENABLED', 'GOMOD', 'CC'];

interface ListedPackage {
  ImportPath: string;
  Name?: string;
  Module?: ListedModule;
}

/**
 * `go env` and `go list -deps` of the main package (with the tags the build
 * will use: they select files and imports). Reading must not write: with
 * -mod=mod, go list records missing sums in go.sum, so it reads a scratch
 * copy of go.mod/go.sum (-modfile) instead of the module's own.
 */
export async function readModuleView(cmd: GoCommand, dir: string, tags: string[]): Promise<ModuleView> {
  const env = JSON.parse(await mustGo(cmd, ['env', '-json', ...ENV_KEYS], dir)) as Record<string, string>;
  if (!env.GOMOD || env.GOMOD === '/dev/null') throw new Error(`${dir} is not inside a Go module (no go.mod): build aligns a module's go.mod with the host; a plugin built in GOPATH mode (GO111MODULE=off) needs one first: go mod init <its import path> in its package directory (GPC120)`);
  const scratch = mkdtempSync(join(tmpdir(), 'gpc-modfile-'));
  let pkgs: ListedPackage[];
  try {
    copyFileSync(env.GOMOD, join(scratch, 'go.mod'));
    const sum = join(dirname(env.GOMOD), 'go.sum');
    if (existsSync(sum)) copyFileSync(sum, join(scratch, 'go.sum'));
    // The build's tags: the host's and the author's own (GOFLAGS), as planBuild sets them.
    const all = [...tags, ...authorTags(env.GOFLAGS ?? '').filter((t) => !tags.includes(t))];
    const args = ['list', '-deps', `-modfile=${join(scratch, 'go.mod')}`, '-json=ImportPath,Name,Module', ...(all.length ? [`-tags=${all.join(',')}`] : []), '.'];
    pkgs = parseJsonStream<ListedPackage>(await mustGo(cmd, args, dir));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const main = pkgs[pkgs.length - 1];
  if (!main || main.Name !== 'main') throw new Error(`${dir} is package ${main?.Name ?? '?'}, not a main package: a plugin is built from package main`);
  const byPath = new Map<string, ListedModule>();
  for (const p of pkgs) if (p.Module && !p.Module.Main) byPath.set(p.Module.Path, p.Module);
  const mainDir = main.Module?.Dir ?? dir;
  return {
    dir,
    importPath: main.ImportPath,
    mainModule: { path: main.Module?.Path ?? main.ImportPath, dir: mainDir },
    linked: [...byPath.values()],
    env,
    vendored: existsSync(join(mainDir, 'vendor', 'modules.txt')),
  };
}
