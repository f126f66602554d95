import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getExecOutput } from '@actions/exec';
import { escapeModulePath } from '../facts/paths.js';
import { exportFingerprint } from '../go/export-fingerprint.js';

/** What the local Go command says about a module directory: toolchain, environment, what the build links. */
export interface LocalGo {
  version: string;
  env: Record<string, string>;
  /** `go list -m -json all` (for checksums; empty when building from vendor/). */
  modules: GoListModule[];
  /** `go list -deps -json` of the main package with the build's flags: every package the build may link (sorted imports: not the linker's order, see link-order.ts). */
  packages: GoListPackage[];
  /** GOEXPERIMENT as the build records it (experiments that differ from the toolchain's defaults), or null when it changes nothing. */
  experiment: string | null;
  /** Module path → checksum from go.sum (go1.19's `go list -m` prints none). */
  goSum: Map<string, string>;
  /** Modules compiled from a local copy (directory replacement, vendor/) whose linked packages are byte-identical to a version in the module cache: path → that version. */
  sameAsCache: Map<string, string>;
  /** With -tags: each linked package's source files under the build's tags and under no tags (which packages the tags really change). */
  filesByTags: { tags: string[]; files: Record<string, string[]> }[] | null;
  /** Given the host: each linked package's compiled files under the host's configuration (see FileSelection). */
  filesUnderHost: Record<string, string[]> | null;
  /** When asked to compile: each package's fingerprint as the compiler wrote it (`go list -export`, no link). */
  fingerprints: Record<string, string> | null;
}

/**
 * The settings of a build that select source files: tags, instrumentation
 * (the race/msan/asan tags), GOEXPERIMENT (goexperiment.* tags) and the
 * CPU level (amd64.v3 …). A package whose compiled files differ under the
 * host's settings compiles to other export data; one whose files do not
 * differ can change only through what it imports.
 */
export interface FileSelection {
  tags: string[];
  race: boolean;
  msan: boolean;
  asan: boolean;
  /** GOEXPERIMENT as build info records it (differences from the toolchain's defaults), '' for none. */
  experiment: string;
  /** GOAMD64, GOARM64 …: [name, value], value '' for the default. */
  cpu: [string, string][];
}

export interface GoListPackage {
  ImportPath: string;
  Name?: string;
  GoFiles?: string[];
  CgoFiles?: string[];
  SFiles?: string[];
  Standard?: boolean;
  DepOnly?: boolean;
  Dir?: string;
  Imports?: string[];
  /** Source import path → resolved import path (std's vendored packages), identity entries omitted. */
  ImportMap?: Record<string, string>;
  Module?: GoListModule;
}

export interface GoListModule {
  Path: string;
  GoMod?: string;
  Version?: string;
  Main?: boolean;
  Dir?: string;
  Sum?: string;
  Replace?: { Path: string; Version?: string; Dir?: string; Sum?: string };
}

const ENV_KEYS = ['GOVERSION', 'GOROOT', 'GOMODCACHE', 'GOFLAGS', 'GOEXPERIMENT', 'CGO_ENABLED', 'GOOS', 'GOARCH', 'GOAMD64', 'GOARM64', 'GOARM', 'CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS', 'GOWORK', 'GOFIPS140'];

export class GoCommandError extends Error {}

/** How to run go: another binary (a toolchain's bin/go) or environment than this process's. */
export interface GoRunner {
  go?: string;
  env?: Record<string, string>;
}

async function goIn(args: string[], cwd: string, runner: GoRunner = {}): Promise<string> {
  let out;
  try {
    out = await getExecOutput(runner.go ?? 'go', args, { cwd, silent: true, ignoreReturnCode: true, ...(runner.env ? { env: runner.env } : {}) });
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

/** Build flags `go list` takes too: all but the output file. */
export function listFlags(buildFlags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < buildFlags.length; i++) {
    const f = buildFlags[i]!;
    if (f === '-o') i++;
    else if (!f.startsWith('-o=') && !f.startsWith('-buildmode')) out.push(f);
  }
  return out;
}

const experimentTags = (tags: string) => tags.split(/\s+/).filter((t) => t.startsWith('goexperiment.')).map((t) => t.slice(13));

/**
 * Runs the go command in `dir` (so go.mod's toolchain line, go.work and
 * GOFLAGS apply, as they will for the build): the environment, and the
 * packages `go build -buildmode=plugin <flags> .` will link.
 */
export async function readLocalGo(dir: string, buildFlags: string[] = [], runner: GoRunner = {}, host: FileSelection | null = null, compile = false): Promise<LocalGo> {
  const go = (args: string[], cwd: string, env?: Record<string, string>) => goIn(args, cwd, env ? { ...runner, env } : runner);
  const env = JSON.parse(await go(['env', '-json', ...ENV_KEYS], dir)) as Record<string, string>;
  const flags = listFlags(buildFlags);
  const packages = parseJsonStream<GoListPackage>(
    await go(['list', '-deps', '-json=ImportPath,Name,Standard,DepOnly,Dir,Imports,ImportMap,GoFiles,CgoFiles,SFiles,Module', '-buildmode=plugin', ...flags, '.'], dir),
  );
  const vendored = [...flags, ...(env.GOFLAGS ?? '').split(/\s+/)].some((f) => f === '-mod=vendor');
  let modules: GoListModule[] = [];
  // Only for checksums: with vendor/ (explicit or by default) there are none, as in the build's own record.
  if (!vendored) modules = parseJsonStream<GoListModule>(await go(['list', '-m', '-json', ...flags.filter((f) => f.startsWith('-mod')), 'all'], dir).catch(() => ''));
  // A GOEXPERIMENT that spells out the defaults changes nothing: compare the experiment tags with and without it.
  let experiment: string | null = null;
  if (env.GOEXPERIMENT) {
    const tags = (e: Record<string, string> | undefined) => go(['list', '-f', '{{join context.ToolTags " "}}', 'runtime'], dir, e);
    const on = new Set(experimentTags(await tags(undefined)));
    const base = new Set(experimentTags(await tags({ ...((runner.env ?? process.env) as Record<string, string>), GOEXPERIMENT: '' })));
    const diff = [...[...on].filter((x) => !base.has(x)), ...[...base].filter((x) => !on.has(x)).map((x) => `no${x}`)].sort();
    experiment = diff.length ? diff.join(',') : null;
  }
  const goSum = readGoSum(packages.find((p) => !p.DepOnly)?.Module?.GoMod ?? join(dir, 'go.mod'));
  const sameAsCache = new Map<string, string>();
  for (const p of packages) {
    const m = p.Module;
    if (p.Standard || !m || m.Main || !m.Version || !p.Dir || sameAsCache.has(m.Path)) continue;
    const local = m.Replace && !m.Replace.Version ? m.Replace.Dir : p.Dir.includes('/vendor/') ? p.Dir.slice(0, p.Dir.indexOf('/vendor/') + 8) + m.Path : null;
    if (!local || !env.GOMODCACHE) continue;
    const cached = join(env.GOMODCACHE, `${escapeModulePath(m.Path)}@${m.Version}`);
    const pkgs = packages.filter((q) => q.Module?.Path === m.Path).map((q) => q.ImportPath.slice(m.Path.length));
    if (pkgs.every((sub) => sameFiles(join(local, sub), join(cached, sub)))) sameAsCache.set(m.Path, m.Version);
  }
  let filesByTags: LocalGo['filesByTags'] = null;
  // GOFLAGS apply to every go command here too (the command line's flags after them): its -tags count.
  const goflags = (env.GOFLAGS ?? '').split(/\s+/).filter(Boolean);
  const tagFlag = [...goflags, ...flags].filter((f) => /^--?tags=/.test(f)).pop();
  if (tagFlag) {
    const fields = '-json=ImportPath,GoFiles,CgoFiles,SFiles';
    const files = (ps: GoListPackage[]) => Object.fromEntries(ps.map((q) => [q.ImportPath, [...(q.GoFiles ?? []), ...(q.CgoFiles ?? []), ...(q.SFiles ?? [])].sort()]));
    const withTags = parseJsonStream<GoListPackage>(await go(['list', '-deps', fields, '-buildmode=plugin', ...flags, '.'], dir));
    const without = parseJsonStream<GoListPackage>(await go(['list', '-deps', fields, '-buildmode=plugin', ...flags.filter((f) => !f.startsWith('-tags')), '-tags=', '.'], dir));
    const tags = (tagFlag.split('=')[1] ?? '').split(',').filter(Boolean).sort();
    filesByTags = [{ tags, files: files(withTags) }, { tags: [], files: files(without) }];
  }
  let filesUnderHost: LocalGo['filesUnderHost'] = null;
  if (host) {
    // The plugin's own flags, with the host's file-selecting settings in place of its own.
    const own: string[] = [];
    for (let i = 0; i < flags.length; i++) {
      if (/^--?tags$/.test(flags[i]!)) i++;
      else if (!/^--?(tags=|race$|msan$|asan$)/.test(flags[i]!)) own.push(flags[i]!);
    }
    // Spelled out even when off: GOFLAGS (-tags=…, -race) would otherwise put the plugin's own back.
    const hostFlags = [...own, `-tags=${host.tags.join(',')}`, ...(['race', 'msan', 'asan'] as const).map((k) => `-${k}=${host[k]}`)];
    const hostEnv: Record<string, string> = { ...((runner.env ?? process.env) as Record<string, string>), GOEXPERIMENT: host.experiment };
    for (const [k, v] of host.cpu) hostEnv[k] = v;
    const listed = parseJsonStream<GoListPackage>(await go(['list', '-deps', '-json=ImportPath,GoFiles,CgoFiles,SFiles', '-buildmode=plugin', ...hostFlags, '.'], dir, hostEnv).catch(() => ''));
    filesUnderHost = Object.fromEntries(listed.map((q) => [q.ImportPath, compiledFiles(q)]));
  }
  let fingerprints: LocalGo['fingerprints'] = null;
  if (compile) {
    // Compiles every package the build links, exactly as `go build` will (same action, so the
    // build cache serves both), without linking; the fingerprint ends each export data.
    const out = await go(['list', '-export', '-deps', '-f', '{{.ImportPath}}\t{{.Export}}', '-buildmode=plugin', ...flags, '.'], dir);
    fingerprints = {};
    for (const line of out.split('\n')) {
      const [pkg, file] = line.split('\t');
      const fp = pkg && file ? exportFingerprint(file) : null;
      if (fp) fingerprints[pkg!] = fp;
    }
  }
  return { version: env.GOVERSION ?? '', env, modules, packages, experiment, goSum, sameAsCache, filesByTags, filesUnderHost, fingerprints };
}

/** The files the compiler and assembler get for a package, in one comparable list. */
export function compiledFiles(p: GoListPackage): string[] {
  return [...(p.GoFiles ?? []), ...(p.CgoFiles ?? []), ...(p.SFiles ?? [])].sort();
}

/** `module version h1:…` lines of go.sum next to go.mod. */
function readGoSum(goMod: string): Map<string, string> {
  const out = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(goMod.replace(/go\.mod$/, 'go.sum'), 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const [path, version, sum] = line.split(' ');
    if (path && version && sum && !version.endsWith('/go.mod')) out.set(`${path}@${version}`, sum);
  }
  return out;
}

/** Same compiled sources in two package directories (names and bytes of the files the compiler reads). */
function sameFiles(a: string, b: string): boolean {
  const list = (d: string) => {
    try {
      return readdirSync(d, { withFileTypes: true }).filter((e) => e.isFile() && /\.(go|s|c|h|syso)$/.test(e.name) && !e.name.endsWith('_test.go')).map((e) => e.name).sort();
    } catch {
      return null;
    }
  };
  const x = list(a);
  const y = list(b);
  if (!x || !y || x.join('/') !== y.join('/')) return false;
  return x.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}
