import path from 'node:path/posix';
import semver from 'semver';
import type { BuildFacts } from '../facts/build-facts.js';
import type { Module } from '../go/buildinfo.js';

/** Reads of build facts shared by the rules. All pure. */

export function setting(f: BuildFacts, key: string): string | undefined {
  return f.buildInfo?.settings.find((s) => s.key === key)?.value;
}

/** Standard-library packages have no dot in their first path element. */
export function isStd(pkg: string): boolean {
  const first = pkg.split('/')[0] ?? '';
  return !first.includes('.') && pkg !== 'main';
}

/** `go1.26.8` → `1.26.8` for semver; null for devel or unknown versions. */
export function goSemver(v: string | null): string | null {
  if (!v) return null;
  const m = /^go(\d+)\.(\d+)(?:\.(\d+))?((?:rc|beta)\d+)?/.exec(v);
  if (!m) return null;
  const pre = m[4] ? `-${m[4]}` : '';
  return semver.valid(`${m[1]}.${m[2]}.${m[3] ?? '0'}${pre}`);
}

/** `go1.26.8 X:boringcrypto` → `go1.26.8`: experiments are compared separately (GPC102). */
export function baseVersion(v: string | null): string | null {
  if (!v) return null;
  return /^go\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?/.exec(v)?.[0] ?? v;
}

/** Is `version` (`go1.26.8`) inside a release range such as go1.18…go1.19? */
export function inRange(version: string, range: { min: string; max: string | null }): boolean {
  const v = goSemver(version);
  const lo = goSemver(range.min);
  const hi = range.max ? goSemver(range.max) : null;
  if (!v || !lo) return true;
  const minor = (x: string) => semver.major(x) * 1000 + semver.minor(x);
  return minor(v) >= minor(lo) && (!hi || minor(v) <= minor(hi));
}

export function sameMinor(a: string | null, b: string | null): boolean {
  const x = goSemver(a);
  const y = goSemver(b);
  return !!x && !!y && semver.major(x) === semver.major(y) && semver.minor(x) === semver.minor(y);
}

/** All modules of a build: main, then dependencies. From build info, else from source paths. */
export function modules(f: BuildFacts): Module[] {
  if (f.buildInfo) return [...(f.buildInfo.main ? [f.buildInfo.main] : []), ...f.buildInfo.deps];
  return (f.paths?.modules ?? []).map((m) => ({ path: m.path, version: m.version, sum: '', replace: null }));
}

/** The module providing a package: the longest module path that prefixes it. */
export function moduleOf(f: BuildFacts, pkg: string): Module | null {
  let best: Module | null = null;
  for (const m of modules(f)) {
    if ((pkg === m.path || pkg.startsWith(m.path + '/')) && (!best || m.path.length > best.path.length)) best = m;
  }
  return best;
}

export function moduleLabel(m: Module | null): string {
  if (!m) return 'not in the build';
  const base = `${m.path} ${m.version}`;
  if (!m.replace) return base;
  return `${base} => ${m.replace.path}${m.replace.version && m.replace.version !== '(devel)' ? ' ' + m.replace.version : ''}`;
}

/**
 * Built in GOPATH mode (GO111MODULE=off): build info without a main module
 * (`go version -m` prints no `mod` line) and without dependencies. Module
 * mode records the main module for a package build; `go build file.go`
 * records none in either mode, and then GOPATH mode shows in where the build
 * read a non-standard package (`…/src/<import path>`, untrimmed only), as it
 * does for plugins without build info (go1.19 and older).
 */
export function gopathMode(f: BuildFacts): boolean {
  const bi = f.buildInfo;
  if (bi && (bi.main || bi.deps.length)) return false;
  if (bi && bi.path !== 'command-line-arguments') return true;
  // Without build info (go1.19 plugins) the same evidence, and no module read from a module cache.
  if (!bi && (!f.paths || f.paths.modules.length)) return false;
  return f.packageHashes.some((h) => !isStd(h.package) && gopathRoot(f, h.package) !== null);
}

/** Where a GOPATH build read `pkg`: the GOPATH whose `src/<pkg>` is among its source directories (untrimmed builds). */
export function gopathRoot(f: BuildFacts, pkg: string): string | null {
  const tail = `/src/${pkg}`;
  const dir = f.paths?.localDirs.find((d) => d.endsWith(tail));
  return dir ? dir.slice(0, -tail.length) || '/' : null;
}

export function isTrimmed(f: BuildFacts): boolean | null {
  const s = setting(f, '-trimpath');
  if (s !== undefined) return s === 'true';
  return f.paths ? f.paths.trimmed : null;
}

export function tagsOf(f: BuildFacts): string[] | null {
  if (!f.buildInfo) return null;
  // The go command adds `fips140vX.Y` itself for GOFIPS140 (GPC115 compares that setting).
  return (setting(f, '-tags') ?? '').split(',').map((t) => t.trim()).filter((t) => t && !/^fips140v\d/.test(t)).sort();
}

export function raceOf(f: BuildFacts): { race: boolean; msan: boolean; asan: boolean } {
  // Build info, else the DWARF producer, else the package only instrumented builds link (runtime/race, …).
  const linked = (pkg: string) => f.exportedHashes.some((h) => h.package === pkg) || f.packageHashes.some((h) => h.package === pkg);
  // The sanitizer runtime itself shows too: libasan needed, __msan_*/__tsan_* symbols (race links tsan).
  const native: string[] = [...(f.native?.sanitizerProvides ?? []), ...(f.native?.sanitizerRequires ?? []).map((r) => r.runtime)];
  const runtimeOf: Record<string, string> = { '-race': 'tsan', '-msan': 'msan', '-asan': 'asan' };
  // Build info records -race/-msan/-asan whenever they are on (go1.18+): with it, DWARF (read and
  // inflated only for this) adds nothing; without it (go1.19 plugins) DWARF's producer flags tell.
  const flagged = (name: string) =>
    setting(f, name) === 'true' || (!f.buildInfo && f.compilerFlags.common.includes(name)) || linked(`runtime/${name.slice(1)}`) || native.includes(runtimeOf[name]!);
  return { race: flagged('-race'), msan: flagged('-msan'), asan: flagged('-asan') };
}

/** Compiler flags of one package, from DWARF (exact) when present. */
export function packageFlags(f: BuildFacts, pkg: string): string[] | null {
  const units = f.compileUnits.filter((u) => u.package === pkg);
  if (units.length === 0) return null;
  const flags = new Set<string>();
  for (const u of units) for (const fl of u.flags) if (!['-shared', '-dynlink', 'regabi', '-race', '-msan', '-asan'].includes(fl)) flags.add(fl);
  return [...flags].sort();
}

export function gcflagsSetting(f: BuildFacts): string | undefined {
  return setting(f, '-gcflags');
}

/** The directory of the main module, from the main package's source files. */
export function mainModuleDir(f: BuildFacts): string | null {
  const dirs = f.paths?.localDirs ?? [];
  if (dirs.length === 0) return null;
  const main = f.buildInfo?.main?.path;
  const pkg = f.buildInfo?.path;
  const sub = main && pkg && pkg.startsWith(main + '/') ? pkg.slice(main.length + 1) : '';
  const candidates = sub ? dirs.filter((d) => d.endsWith('/' + sub)).map((d) => d.slice(0, -sub.length - 1)) : dirs;
  const last = (pkg ?? '').split('/').pop();
  return candidates.find((d) => path.basename(d) === last) ?? candidates[0] ?? null;
}

/** Where a replaced module's sources were, resolving a relative replace against the main module dir. */
export function replaceDir(f: BuildFacts, m: Module | null): string | null {
  if (!m?.replace || m.replace.version !== '(devel)' && m.replace.version !== '') return null;
  const target = m.replace.path;
  if (target.startsWith('/')) return target;
  const base = mainModuleDir(f);
  return base ? path.normalize(path.join(base, target)) : null;
}

export function cgoEnabled(f: BuildFacts): string | undefined {
  return setting(f, 'CGO_ENABLED');
}

export function shortFile(file: string): string {
  return file.split('/').slice(-1)[0] ?? file;
}

/** The profile a build used for PGO (`-pgo=<file>`), or null (`off`, absent, or releases before go1.21). */
export function pgoOf(f: BuildFacts): string | null {
  const v = setting(f, '-pgo');
  return v && v !== 'off' ? v : null;
}

/**
 * The FIPS 140 module a build compiled in: a frozen snapshot (`v1.0.0-c2097c7c`)
 * replaces crypto/internal/fips140/... and so changes every package above it;
 * `latest` and `off` compile the tree's own sources (measured: equal hashes).
 */
export function fipsSnapshot(f: BuildFacts): string | null {
  const v = setting(f, 'GOFIPS140');
  return v && v !== 'off' && v !== 'latest' ? v : null;
}

/** The GOFIPS140 value that selects a recorded snapshot: `v1.0.0-c2097c7c` → `v1.0.0`. */
export function fipsEnvValue(snapshot: string | null): string {
  return snapshot ? snapshot.replace(/-[0-9a-f]{6,}$/, '') : 'off';
}

/** Modules a go.work workspace supplied: build info lists them as `(devel)` without a replacement. */
export function workspaceModules(f: BuildFacts): Module[] {
  return (f.buildInfo?.deps ?? []).filter((m) => m.version === '(devel)' && !m.replace);
}

/** Compiler flags that change no export data: diagnostics and bounds-check removal (measured: -m, -B). */
const HARMLESS_GCFLAGS = /^-(?:m(?:=\d+)?|B|v|json(?:=.*)?|S|W|live|h|bench=.*|d=(?:ssa\/check_bce|checkptr=0).*)$/;

export const harmlessGcflag = (f: string): boolean => HARMLESS_GCFLAGS.test(f);

/** `-gcflags` setting → `[pattern, flags]`; a value without `pattern=` applies to the packages named on the command line (the main package). */
export function gcflagsEntries(value: string | undefined): { pattern: string | null; flags: string[] }[] {
  if (!value) return [];
  const m = /^([^\s=-][^\s=]*)=(.*)$/s.exec(value);
  const split = (s: string) => s.split(/\s+/).filter(Boolean);
  return m ? [{ pattern: m[1]!, flags: split(m[2]!) }] : [{ pattern: null, flags: split(value) }];
}

/** Does a go package pattern (`all`, `std`, `example.com/x/...`, an import path) match a package? */
export function matchPattern(pattern: string, pkg: string, mainPkg: string | null): boolean {
  if (pattern === 'all') return true;
  if (pattern === 'std') return isStd(pkg);
  if (pattern === 'cmd') return pkg === 'cmd' || pkg.startsWith('cmd/');
  if (pattern === 'main' || pattern === '.') return pkg === mainPkg;
  if (!pattern.includes('...')) return pattern === pkg;
  // `x/...` also matches x itself; `...` matches any string.
  if (pattern.endsWith('/...') && pkg === pattern.slice(0, -4)) return true;
  const parts = pattern.split('...');
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const j = i === 0 ? (pkg.startsWith(p) ? 0 : -1) : pkg.indexOf(p, at);
    if (j < 0) return false;
    at = j + p.length;
  }
  return parts[parts.length - 1] === '' || pkg.endsWith(parts[parts.length - 1]!);
}

/** The export-data-relevant compiler flags the `-gcflags` build setting gave one package. */
export function gcflagsFor(f: BuildFacts, pkg: string): string[] {
  let flags: string[] = [];
  for (const e of gcflagsEntries(gcflagsSetting(f))) {
    if (e.pattern === null ? pkg === f.mainPackage || pkg === f.buildInfo?.path : matchPattern(e.pattern, pkg, f.mainPackage)) flags = e.flags;
  }
  return flags.filter((x) => !HARMLESS_GCFLAGS.test(x));
}
