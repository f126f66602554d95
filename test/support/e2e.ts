// Helpers for test/fix-e2e.test.ts: recreate a corpus plugin's source variant
// the way fixtures/gen/build-linux-amd64.mjs did, build it, and run the shell
// commands and the `rebuild` line that `check` prints, as a user would.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ROOT } from './fixtures.js';

/** The generator's fixed directories (see fixtures/README.md, "Builds are reproducible"). */
export const W = '/tmp/gpc-fixtures';
export const WORK = `${W}/work`;
export const PLUGINS = `${WORK}/plugins`;
export const SDK = `${WORK}/sdk`;
export const MODCACHE = `${W}/modcache`;
export const GOCACHE = `${W}/gocache`;
export const GO126 = '/usr/local/go/bin/go';

/** The generator's base build environment (build-linux-amd64.mjs `base`). */
export const BASE_ENV: Readonly<Record<string, string>> = {
  GOENV: 'off',
  GOFLAGS: '-mod=mod -buildvcs=false',
  GOMODCACHE: MODCACHE,
  GOCACHE,
  GOTOOLCHAIN: 'local',
  GOSUMDB: 'off',
  CGO_ENABLED: '1',
};

/** This process's environment without any GO* or CGO_ENABLED variable (the generator's `cleanEnv`). */
export function cleanEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('GO') || k === 'CGO_ENABLED') continue;
    out[k] = v;
  }
  return out;
}

export const goEnv = (extra: Record<string, string> = {}): Record<string, string> => ({ ...cleanEnv(), ...BASE_ENV, ...extra });

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string>; timeout?: number }): RunResult {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env, encoding: 'utf8', timeout: opts.timeout ?? 300_000, maxBuffer: 64 << 20 });
  const err = r.error ? `\n${String(r.error)}` : '';
  return { code: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + err };
}

/** run(), throwing with everything a reader needs when the command fails. */
export function mustRun(cmd: string, args: string[], opts: { cwd: string; env: Record<string, string>; timeout?: number }): RunResult {
  const r = run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`\`${[cmd, ...args].join(' ')}\` (cwd ${opts.cwd}) exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** `go version` of the `go` found on PATH, or null when there is none. */
export function goOnPathVersion(): string | null {
  const r = run('go', ['env', 'GOVERSION'], { cwd: ROOT, env: { ...cleanEnv(), GOTOOLCHAIN: 'local' }, timeout: 60_000 });
  return r.code === 0 ? r.stdout.trim() : null;
}

function sameTree(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  for (const e of readdirSync(a, { withFileTypes: true })) {
    const pa = join(a, e.name), pb = join(b, e.name);
    if (e.isDirectory()) {
      if (!sameTree(pa, pb)) return false;
    } else if (!existsSync(pb) || !statSync(pb).isFile() || !readFileSync(pa).equals(readFileSync(pb))) return false;
  }
  return true;
}

/**
 * Makes sure the generator's sdk copy exists with fixtures/src/sdk's content
 * (the plugins' `replace example.com/sdk => ../../sdk` points there, and the
 * untrimmed hosts were built from it). Never deletes anything.
 */
export function ensureSdk(): void {
  const src = join(ROOT, 'fixtures/src/sdk');
  mkdirSync(PLUGINS, { recursive: true });
  if (!sameTree(src, SDK)) cpSync(src, SDK, { recursive: true, force: true });
}

/** The name of the test's own source dir for a case: PLUGINS/fixcheck-<id>. */
export const fixcheckDir = (id: string): string => join(PLUGINS, `fixcheck-${id}`);

/** Removes one of this test's own fixcheck-* dirs (and nothing else). */
export function removeFixcheckDir(dir: string): void {
  const rel = relative(PLUGINS, dir);
  if (rel.includes('/') || !basename(dir).startsWith('fixcheck-')) throw new Error(`refusing to remove ${dir}: not a fixcheck-* dir under ${PLUGINS}`);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh copy of fixtures/src/plugins/greeter at PLUGINS/fixcheck-<id>, with
 * the generator's `go mod edit` arguments applied (go1.26.8, base env).
 */
export function prepareSource(id: string, modEdit: string[]): string {
  const dir = fixcheckDir(id);
  removeFixcheckDir(dir);
  cpSync(join(ROOT, 'fixtures/src/plugins/greeter'), dir, { recursive: true });
  if (modEdit.length) mustRun(GO126, ['mod', 'edit', ...modEdit], { cwd: dir, env: goEnv() });
  return dir;
}

/**
 * Splits a POSIX shell word list: whitespace separates words; '…' and "…"
 * quote; backslash escapes. Anything needing a real shell (operators,
 * expansions, comments) is refused rather than guessed at.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const j = line.indexOf("'", i + 1);
      if (j < 0) throw new Error(`unterminated ' in: ${line}`);
      cur += line.slice(i + 1, j);
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1]!)) j++;
        else if ('$`'.includes(line[j]!)) throw new Error(`expansion inside "…" is not supported: ${line}`);
        cur += line[j];
      }
      if (j >= line.length) throw new Error(`unterminated " in: ${line}`);
      i = j;
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw new Error(`trailing backslash in: ${line}`);
      cur += line[++i];
    } else if (';&|<>()$`#*?[]{}~\n'.includes(c)) {
      throw new Error(`shell syntax ${JSON.stringify(c)} is not supported: ${line}`);
    } else cur += c;
  }
  if (inWord) words.push(cur);
  return words;
}

/** `A=1 B=2 go build …` → ({A:'1', B:'2'}, ['go', 'build', …]). */
export function parseCommandLine(line: string): { env: Record<string, string>; argv: string[] } {
  const words = shellWords(line);
  const env: Record<string, string> = {};
  let i = 0;
  for (; i < words.length; i++) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(words[i]!);
    if (!m) break;
    env[m[1]!] = m[2]!;
  }
  const argv = words.slice(i);
  if (!argv.length) throw new Error(`no command in: ${line}`);
  return { env, argv };
}

/** Replaces the value of `-o X` / `-o=X` / `--o…` in a go command line; throws when there is none. */
export function retargetOutput(argv: string[], out: string): string[] {
  const res = [...argv];
  for (let i = 0; i < res.length; i++) {
    const a = res[i]!;
    if ((a === '-o' || a === '--o') && i + 1 < res.length) {
      res[i + 1] = out;
      return res;
    }
    if (a.startsWith('-o=') || a.startsWith('--o=')) {
      res[i] = `${a.slice(0, a.indexOf('='))}=${out}`;
      return res;
    }
  }
  throw new Error(`no -o in: ${argv.join(' ')}`);
}

/**
 * Where `go` finds toolchain `version` (e.g. go1.27.3) when GOTOOLCHAIN names
 * it, in the base env's module cache.
 */
export const toolchainDir = (version: string): string => join(MODCACHE, `golang.org/toolchain@v0.0.1-${version}.linux-amd64`);

/**
 * Puts toolchain `version` into the base env's module cache, so that a
 * `GOTOOLCHAIN=<version> go …` line can run in the base env. The base env has
 * GOSUMDB=off, and Go refuses to download a toolchain unverified ("checksum
 * database disabled by GOSUMDB=off") unless GOPROXY is a single file:// proxy.
 * So: take it from the machine's default module cache when that holds it
 * (file:// proxy, offline), else download it with the checksum database on.
 * Returns null on success, else why not.
 */
export function provideToolchain(version: string): string | null {
  if (existsSync(join(toolchainDir(version), 'bin/go'))) return null;
  const attempts: Record<string, string>[] = [];
  const dflt = run('go', ['env', 'GOMODCACHE'], { cwd: ROOT, env: { ...cleanEnv(), GOTOOLCHAIN: 'local' } }).stdout.trim();
  const zip = join(dflt, `cache/download/golang.org/toolchain/@v/v0.0.1-${version}.linux-amd64.zip`);
  if (dflt && existsSync(zip)) attempts.push({ GOPROXY: `file://${join(dflt, 'cache/download')}` });
  attempts.push({ GOSUMDB: 'sum.golang.org', GOPROXY: 'https://proxy.golang.org' });
  const errors: string[] = [];
  for (const extra of attempts) {
    const r = run('go', ['env', 'GOVERSION'], { cwd: WORK, env: goEnv({ GOTOOLCHAIN: version, ...extra }), timeout: 300_000 });
    if (r.code === 0 && r.stdout.trim() === version) return null;
    errors.push(`${JSON.stringify(extra)}: exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' / ')}`);
  }
  return `cannot put ${version} into ${MODCACHE}: ${errors.join('; ')}`;
}
