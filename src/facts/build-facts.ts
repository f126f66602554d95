import { describeError } from '../io/errors.js';
import type { Container } from '../container/types.js';
import { type BuildInfo, type Module, readBuildInfo } from '../go/buildinfo.js';
import { type CompileUnit, parseProducer, readCompileUnits } from '../go/dwarf-producers.js';
import { type PackageHash, exportedGoSymbols, readPluginAbi, recoverLinkOrder } from '../go/pkghash.js';
import { readModuleData } from '../go/moduledata.js';
import { readPclnFiles } from '../go/pclntab.js';
import { readRuntimeVersion } from '../go/runtime-version.js';
import { type Deployment, type NativeFacts, readNativeFacts } from './native.js';
import { type PathFacts, analysePaths } from './paths.js';
import { type PluginIdentity, pluginIdentity } from './plugin-identity.js';
import { shellWord } from '../report/shell-quote.js';

export type GoKind = 'executable' | 'plugin' | 'shared-library' | 'unknown';

/** Flags in every Go producer of a dynamically linked build; not worth reporting. */
const ROUTINE_FLAGS = new Set(['-shared', '-dynlink', 'regabi']);

export interface CompilerFlags {
  /** Flags every compile unit was built with (beyond the routine ones). */
  common: string[];
  /** Packages whose flags differ from `common`, e.g. only main built with -N -l. */
  perPackage: { package: string; flags: string[] }[];
}

/**
 * Everything we know about one Go binary: the middle of the data path
 * (container → Go decoders → build facts → rules). Plain data, so that a
 * host's facts can be written to a manifest and read back unchanged.
 */
export interface BuildFacts {
  file: string;
  format: 'elf' | 'macho';
  goos: string | null;
  goarch: string | null;
  bits: 32 | 64;
  byteOrder: 'little' | 'big';
  machine: string;
  kind: GoKind;
  containerKind: string;
  linkage: 'dynamic' | 'static';
  interpreter: string | null;
  needed: string[];
  /** C library, symbol versions and sanitizer runtimes, as the dynamic loader sees them (absent in old manifests). */
  native?: NativeFacts;
  /** The system the host runs on, where it differs from what the binary shows (manifest --glibc / --asan-options). */
  deployment?: Deployment;
  tables: { symbols: boolean; dynamicSymbols: boolean; dwarf: boolean; pclntab: boolean; buildInfo: boolean };
  stripped: boolean;
  goVersion: string | null;
  goVersionSource: 'buildinfo' | 'dwarf' | 'runtime-string' | null;
  /** When the exact version is written nowhere: the releases whose table formats the binary uses. */
  goVersionRange: { min: string; max: string | null } | null;
  buildInfo: Omit<BuildInfo, 'goVersion' | 'raw'> | null;
  compileUnits: { package: string; goVersion: string | null; flags: string[] }[];
  compilerFlags: CompilerFlags;
  /**
   * Set when a lazy fact could not be read on first use (the file changed or
   * went away after the first pass, or that part is damaged): what went
   * wrong, naming the file. The fact then holds its "unknown" value.
   */
  lazyReadError?: string;
  paths: PathFacts | null;
  pluginPath: string | null;
  /** The import path of the main package (the default plugin path). */
  mainPackage: string | null;
  /** Plugins: the link-ordered table the runtime checks. Hosts: the exported hashes, by name. */
  packageHashes: PackageHash[];
  /** Where `packageHashes` came from. */
  packageHashSource: 'module-data' | 'link-table' | 'rodata-link-order' | 'rodata-approximate-order' | 'dynamic-exports' | 'symbol-table-exports' | null;
  /** Hashes exported to the dynamic linker (what later plugins are checked against). */
  exportedHashes: PackageHash[];
  symbolSpelling: 'go:link.' | 'go.link.' | null;
  /** For hosts: can this binary call plugin.Open successfully at all? */
  pluginSupport: PluginSupport | null;
  /** Plugins: identity from the runtime's module data, cross-checked with the symbol table. */
  identity?: PluginIdentity | null;
  /** Plugins: top-level names exported for plugin.Lookup, under `<pluginPath>.`. */
  exportedSymbols: string[];
  /** Plugins: names exported under the main package's symbol prefix. */
  mainPackageSymbols: string[];
  fatArches?: string[];
  /** Packages compiled with coverage instrumentation (`<pkg>.goCover_*` symbols; -cover/-coverpkg). */
  coveredPackages?: string[];
  /** Import graph (package → its imports), when known: preflight reads it from `go list -deps`; binaries do not record it. */
  imports?: Record<string, string[]>;
  /** Preflight with -tags: each package's source files under some tag sets (which packages the tags change). */
  tagFiles?: { tags: string[]; files: Record<string, string[]> }[];
  /** Preflight only: each linked package's compiled files as this build selects them, and under the host's file-selecting settings. */
  fileSelection?: { own: Record<string, string[]>; underHost: Record<string, string[]> };
  /** Preflight only, when it compiled (no link): each package's fingerprint as the compiler wrote it. */
  compiledHashes?: Record<string, string>;
}

/**
 * Whether plugin.Open can work in this host, and if not what happens instead:
 * `no-plugin-support` returns "plugin: not implemented"; `host-crash` kills the
 * process inside the first plugin.Open.
 */
export interface PluginSupport {
  supported: boolean;
  reason: string;
  outcome?: 'no-plugin-support' | 'host-crash';
  /** The build change that makes the host able to load plugins. */
  fix?: { flag: string; command: string };
}

function setting(bi: BuildFacts['buildInfo'], key: string): string | undefined {
  return bi?.settings.find((s) => s.key === key)?.value;
}

function majority(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function summariseFlags(units: BuildFacts['compileUnits']): CompilerFlags {
  const relevant = units.filter((u) => u.package !== '');
  if (relevant.length === 0) return { common: [], perPackage: [] };
  const keys = relevant.map((u) => u.flags.filter((f) => !ROUTINE_FLAGS.has(f)).join(' '));
  const common = majority(keys) ?? '';
  const perPackage = relevant
    .map((u, i) => ({ package: u.package, key: keys[i]! }))
    .filter((x) => x.key !== common)
    .map((x) => ({ package: x.package, flags: x.key.split(' ').filter(Boolean) }));
  return { common: common.split(' ').filter(Boolean), perPackage };
}

function goosFromFiles(files: string[]): string | null {
  for (const f of files) {
    const m = /(?:^|\/)runtime\/os_(linux|darwin|freebsd|netbsd|openbsd|dragonfly|solaris|illumos|aix|android|ios|windows|plan9)\.go$/.exec(f);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * Reads the container again (the same file, the same architecture) and runs
 * `read` on it; how lazy facts get their bytes after the first pass closed the file.
 */
export type Reopen = <T>(read: (c: Container) => T) => T;

/** The facts that only explain a rejected package: source paths and per-unit compiler flags. */
type LazyKey = 'paths' | 'compileUnits' | 'compilerFlags';

function unitsOf(c: Container, firstGoUnit = false): BuildFacts['compileUnits'] {
  const units: CompileUnit[] = readCompileUnits(c, { firstGoUnit }) ?? [];
  // One entry per Go package: the linker may split a package over several
  // units, and cgo packages add units whose producer is the C compiler.
  const seen = new Set<string>();
  return units.flatMap((u) => {
    const p = parseProducer(u.producer);
    const key = `${u.name}\0${u.producer}`;
    if (p.goVersion === null || seen.has(key)) return [];
    seen.add(key);
    return [{ package: u.name, goVersion: p.goVersion, flags: p.flags }];
  });
}

/**
 * Reads the build facts of one opened container. Throws BinaryFormatError on
 * damage. Every fact is computed once. With `reopen`, the facts that only
 * explain a rejected package (`paths`, `compileUnits`, `compilerFlags`: the
 * pclntab file table and every DWARF unit, most of the bytes we would read)
 * are left out of this pass and computed on first access through `reopen`;
 * the verdict needs headers, symbols, hash tables and build info only.
 */
export function readBuildFacts(file: string, c: Container, reopen?: Reopen): BuildFacts {
  // DWARF first, in a scope of its own: its bytes (MBs inflated) are reused by the tables read after it.
  // Without DWARF (-ldflags=-w, the corpus's hosts, most release builds) there is nothing to defer: no reopening later.
  const hasDwarf = !!(c.section('.debug_info') ?? c.section('.zdebug_info'));
  const compileUnits = reopen && hasDwarf ? null : c.source.scoped(() => unitsOf(c));
  const bi = readBuildInfo(c);
  // check (`reopen`) judges a plugin by its module data, as plugin.Open does: the static symbol
  // table's link table and plugin path then serve only GPC020's cross-check, and reading that
  // table is ~15% of a check (docs/performance.md). Read when module data is not found.
  // An executable (build info: -buildmode=exe or pie) has no link table at all: its static table would only
  // confirm that (17 of the 31 MB a 121 MB KrakenD host costs a check).
  const builtAsPlugin = setting(bi, '-buildmode') === 'plugin';
  // (go1.18–1.19 record -buildmode only when it is not the default: absent means exe or pie, never plugin.)
  const mode = setting(bi, '-buildmode');
  const builtAsExe = bi !== null && (mode === undefined || mode === 'exe' || mode === 'pie') && (c.kind === 'executable' || c.kind === 'pie');
  let abi = readPluginAbi(c, { linkTable: !(reopen && (builtAsPlugin || builtAsExe)) });
  // Hosts need their file names for the verdict (which implementation of package plugin they link).
  const hostLike = c.kind === 'executable' || c.kind === 'pie';
  const filesRead = !reopen || hostLike;
  const pcln = readPclnFiles(c, filesRead);
  // Lazily: the first Go unit gives the version every Go unit has, when build info does not.
  const firstUnits = compileUnits ?? (bi ? [] : c.source.scoped(() => unitsOf(c, true)));
  const buildInfo = bi ? { path: bi.path, main: bi.main, deps: bi.deps, settings: bi.settings } : null;

  let goVersion: string | null = null;
  let goVersionSource: BuildFacts['goVersionSource'] = null;
  if (bi) {
    goVersion = bi.goVersion;
    goVersionSource = 'buildinfo';
  } else {
    const fromDwarf = majority((compileUnits ?? firstUnits).map((u) => u.goVersion));
    if (fromDwarf) {
      goVersion = fromDwarf;
      goVersionSource = 'dwarf';
    } else {
      const rt = readRuntimeVersion(c);
      if (rt) {
        goVersion = rt;
        goVersionSource = 'runtime-string';
      }
    }
  }

  const files = pcln?.files ?? [];
  const pathFacts: PathFacts | null | undefined = !pcln ? null : filesRead ? analysePaths(files) : undefined;
  const buildmode = setting(buildInfo, '-buildmode');
  const isShared = c.kind === 'shared-object' || c.kind === 'dylib' || c.kind === 'bundle';
  const hasPluginMarks = abi.linkTable !== null || abi.pluginPath !== null;
  const hasGoShlibNote = !!c.section('.note.go.pkg-list') || !!c.section('.go.shlibdeps');
  // Not a Go binary at all: no build info, no Go pclntab, no Go compile units, no hash symbols.
  const isGo = bi !== null || pcln !== null || (compileUnits ?? firstUnits).length > 0 || abi.spelling !== null || goVersion !== null;
  let kind: GoKind;
  if (!isGo) kind = 'unknown';
  else if (buildmode === 'plugin' || hasPluginMarks || (isShared && abi.exported.size > 0 && !hasGoShlibNote && buildmode === undefined)) kind = 'plugin';
  else if (c.kind === 'executable' || c.kind === 'pie') kind = 'executable';
  else if (isShared) kind = 'shared-library';
  else kind = 'unknown';

  const linkage: BuildFacts['linkage'] = c.interpreter || c.needed.length > 0 || isShared ? 'dynamic' : 'static';
  // Build info is exact (android vs linux, ios vs darwin); the container's marks are the fallback.
  const goos = setting(buildInfo, 'GOOS') ?? c.goos ?? goosFromFiles(filesRead ? files : readPclnFiles(c)?.files ?? []) ?? (c.needed.some((n) => n.startsWith('libc.so')) ? 'linux' : null);

  // The runtime's own record: module data (pluginpath, link-ordered hashes, exports).
  // Only a plugin's module data is compared by plugin.Open (an executable's decided nothing here, and cost a go1.19 host its static table).
  const md = kind === 'plugin' ? readModuleData(c, goVersion) : null;
  if (kind === 'plugin' && !md && abi.linkTable === null && reopen && builtAsPlugin) abi = readPluginAbi(c);
  const biPath = buildInfo?.path || null;
  let identity: PluginIdentity | null = null;
  if (kind === 'plugin') {
    // Without module data (another release's layout): build info, unless the plugin was built from files.
    const fallback = pluginPathFromLdflags(buildInfo) ?? (biPath && biPath !== 'command-line-arguments' ? biPath : null) ?? mainFromSymbols(c, abi.exported);
    identity = pluginIdentity(c, md, abi, biPath, fallback);
  }
  const mainPackage = kind === 'plugin' ? identity!.mainPackage : biPath;
  const pluginPath = identity?.pluginPath ?? null;

  const exportedHashes = [...abi.exported.entries()]
    .map(([pkg, hash]) => ({ package: pkg, hash }))
    // Code-unit order, as Go sorts import paths (localeCompare also costs ICU's start-up, ~7 ms).
    .sort((a, b) => (a.package < b.package ? -1 : a.package > b.package ? 1 : 0));
  let packageHashes: PackageHash[] = [];
  let packageHashSource: BuildFacts['packageHashSource'] = null;
  const recovered = kind === 'plugin' && !abi.linkTable && !identity?.linkOrder ? recoverLinkOrder(c, abi.exported) : null;
  if (kind === 'plugin' && identity?.linkOrder) {
    packageHashes = identity.linkOrder;
    packageHashSource = 'module-data';
  } else if (kind === 'plugin' && abi.linkTable) {
    packageHashes = abi.linkTable;
    packageHashSource = 'link-table';
  } else if (recovered) {
    packageHashes = recovered;
    // go1.19.8 lays the same array out in a slightly different order (measured): a good guess only.
    packageHashSource = abi.spelling === 'go:link.' ? 'rodata-link-order' : 'rodata-approximate-order';
  } else if (exportedHashes.length) {
    packageHashes = exportedHashes;
    packageHashSource = abi.exportedFromDynsym ? 'dynamic-exports' : 'symbol-table-exports';
  }

  const hasSyms = c.hasSymbolTable();
  let pluginSupport: BuildFacts['pluginSupport'] = null;
  if (kind === 'executable') pluginSupport = hostPluginSupport(c, files, abi.exported, linkage, buildInfo);
  else if (!isGo) pluginSupport = { supported: false, reason: 'is not a Go program' };

  const facts: BuildFacts = {
    file,
    format: c.format,
    goos,
    goarch: c.goarch,
    bits: c.bits,
    byteOrder: c.littleEndian ? 'little' : 'big',
    machine: c.machineName,
    kind,
    containerKind: c.kind,
    linkage,
    interpreter: c.interpreter,
    needed: c.needed,
    native: readNativeFacts(c),
    tables: { symbols: hasSyms, dynamicSymbols: c.hasDynamicSymbolTable(), dwarf: hasDwarf, pclntab: pcln !== null, buildInfo: bi !== null },
    stripped: !hasSyms,
    goVersion,
    goVersionSource,
    buildInfo,
    compileUnits: compileUnits ?? [],
    compilerFlags: summariseFlags(compileUnits ?? []),
    paths: pathFacts ?? null,
    goVersionRange: goVersion ? null : versionRange(pcln?.format ?? null, abi.spelling),
    pluginPath,
    mainPackage,
    packageHashes,
    packageHashSource,
    exportedHashes,
    symbolSpelling: abi.spelling,
    pluginSupport,
    identity,
    // What plugin.Lookup can return: ptab names dlsym resolves under the plugin path.
    exportedSymbols: identity?.exports ? identity.exports.filter((e) => e.resolves).map((e) => e.name).sort() : kind === 'plugin' && pluginPath ? exportedGoSymbols(c, pluginPath) : [],
    mainPackageSymbols: identity?.exports && mainPackage ? exportsUnder(c, mainPackage, identity.exports) : kind === 'plugin' && mainPackage ? exportedGoSymbols(c, mainPackage) : [],
    ...(c.fatArches ? { fatArches: c.fatArches } : {}),
    ...coverage(c),
  };
  if (reopen) deferFacts(facts, reopen, compileUnits === null, pathFacts === undefined);
  return facts;
}

/**
 * Installs the lazy facts. A function of its own so that the getters' closures hold only
 * `reopen`: closures made inside readBuildFacts would share its scope, and with it the
 * container (its tables, indexes and section list) of every file of a batch until the end.
 */
function deferFacts(facts: BuildFacts, reopen: Reopen, units: boolean, paths: boolean): void {
  if (units) {
    let read: BuildFacts['compileUnits'] | undefined;
    const all = () => (read ??= reopen((c2) => c2.source.scoped(() => unitsOf(c2))));
    lazy(facts, 'compileUnits', all, []);
    lazy(facts, 'compilerFlags', () => summariseFlags(all()), summariseFlags([]));
  }
  if (paths) {
    let pathFacts: PathFacts | null | undefined;
    lazy(facts, 'paths', () => (pathFacts ??= analysePaths(reopen((c2) => readPclnFiles(c2)?.files ?? []))), null);
  }
}

/** The ptab exports that the dynamic symbol table also has under `pkg.` (one prefix scan, not one per export). */
function exportsUnder(c: Container, pkg: string, exports: { name: string }[]): string[] {
  const have = new Set(c.symbolsWithPrefix('dynamic', [`${pkg}.`]).map((s) => s.name));
  return exports.filter((e) => have.has(`${pkg}.${e.name}`)).map((e) => e.name).sort();
}

/**
 * Makes `facts[key]` computed on first read (then a plain value); enumerable, so JSON and spreads
 * see it. A read that fails settles to `unknown` and says why in `lazyReadError`: a getter that
 * threw would abort the whole report from inside whatever rule asked first.
 */
function lazy<K extends LazyKey>(facts: BuildFacts, key: K, compute: () => BuildFacts[K], unknown: BuildFacts[K]): void {
  const settle = (value: BuildFacts[K]) => {
    Object.defineProperty(facts, key, { value, enumerable: true, writable: true, configurable: true });
    return value;
  };
  const get = () => {
    try {
      return settle(compute());
    } catch (err) {
      const why = describeError(err);
      facts.lazyReadError ??= why.includes(facts.file) ? why : `${facts.file}: ${why}`;
      return settle(unknown);
    }
  };
  Object.defineProperty(facts, key, { enumerable: true, configurable: true, get, set: settle });
}

/** `-cover` leaves `<pkg>.goCover_<hash>_…` variables in every covered package; they are exported, so they survive stripping. */
function coverage(c: Container): { coveredPackages?: string[] } {
  const out = new Set<string>();
  for (const s of c.symbolsContaining('dynamic', '.goCover_')) {
    const i = s.name.indexOf('.goCover_');
    if (i > 0) out.add(s.name.slice(0, i));
  }
  return out.size ? { coveredPackages: [...out].sort() } : {};
}

/** The pclntab layout and the link-symbol spelling bound the Go release of a binary. */
function versionRange(format: string | null, spelling: string | null): BuildFacts['goVersionRange'] {
  const byFormat: Record<string, [string, string | null]> = {
    'go1.2': ['go1.2', 'go1.15'], 'go1.16': ['go1.16', 'go1.17'], 'go1.18': ['go1.18', 'go1.19'], 'go1.20': ['go1.20', null],
  };
  let r: [string, string | null] | undefined = format ? byFormat[format] : undefined;
  if (spelling === 'go.link.') r = r ? [r[0], r[1] && r[1] < 'go1.19' ? r[1] : 'go1.19'] : ['go1.8', 'go1.19'];
  if (spelling === 'go:link.') r = r ? [r[0] < 'go1.20' ? 'go1.20' : r[0], r[1]] : ['go1.20', null];
  return r ? { min: r[0], max: r[1] } : null;
}

/**
 * A stripped plugin without build info still exports its main package's
 * `main` function: the one non-standard package with both a hash and a
 * `<pkg>.main` dynamic symbol is the plugin path (absent if -pluginpath renamed it).
 */
function mainFromSymbols(c: Container, exported: Map<string, string>): string | null {
  const std = (p: string) => !(p.split('/')[0] ?? '').includes('.');
  const found = c.symbolsContaining('dynamic', '.main').filter((s) => s.section !== null && s.name.endsWith('.main')).map((s) => s.name.slice(0, -5)).filter((p) => exported.has(p) && !std(p));
  return found.length === 1 ? found[0]! : null;
}

/** `-ldflags=-pluginpath=x` recorded in build info. */
export function pluginPathFromLdflags(bi: BuildFacts['buildInfo']): string | null {
  const ld = setting(bi, '-ldflags');
  if (!ld) return null;
  const m = /(?:^|\s)-?-pluginpath[= ]("[^"]*"|'[^']*'|\S+)/.exec(ld);
  return m ? m[1]!.replace(/^["']|["']$/g, '') : null;
}

/** What the linker must export for a plugin's module data to join the host's list. */
const RUNTIME_EXPORTS = ['runtime.lastmoduledatap', 'runtime.firstmoduledata'];
// One POSIX quoting for every suggested command (src/report/shell-quote.ts).
const quote = shellWord;

/**
 * The host's own build line with external linking: its -ldflags without
 * -linkmode and without a static -extldflags, plus -linkmode=external; the
 * settings that change package hashes (-trimpath, -tags, -gcflags, -race…) kept,
 * so plugins built for the old host still match.
 */
function externalLinkFix(bi: BuildFacts['buildInfo'], file: string): PluginSupport['fix'] {
  const ld = (setting(bi, '-ldflags') ?? '')
    .replace(/(^|\s)--?linkmode[= ]\S+/g, ' ')
    .replace(/(^|\s)--?extldflags[= ]("[^"]*"|'[^']*'|\S+)/g, (m) => (/static/.test(m) ? ' ' : m))
    .trim();
  const flags: string[] = [];
  if (setting(bi, '-buildmode') === 'pie') flags.push('-buildmode=pie');
  if (setting(bi, '-trimpath') === 'true') flags.push('-trimpath');
  for (const k of ['-race', '-msan', '-asan']) if (setting(bi, k) === 'true') flags.push(k);
  const tags = setting(bi, '-tags');
  if (tags) flags.push(`-tags=${quote(tags)}`);
  const gc = setting(bi, '-gcflags');
  if (gc) flags.push(`-gcflags=${quote(gc)}`);
  flags.push(`-ldflags=${quote([ld, '-linkmode=external'].filter(Boolean).join(' '))}`);
  flags.push('-o', quote(file.split('/').pop() || 'host'));
  // Run in the host's main package; the binary replaces the old host.
  return { flag: '-ldflags=-linkmode=external', command: `CGO_ENABLED=1 go build ${flags.join(' ')} .` };
}

/**
 * Whether plugin.Open can work in this host. The stub of package plugin
 * (CGO_ENABLED=0) returns "plugin: not implemented". With the dlopen
 * implementation, a plugin's runtime.addmoduledata appends its module to the
 * list behind runtime.lastmoduledatap; the plugin finds the host's list only
 * through the host's dynamic symbol table. Go passes -rdynamic only when it
 * links externally, so an internally linked host (also -buildmode=pie with
 * -linkmode=internal) and a statically linked cgo host do not export it: the
 * plugin appends to its own copy and the host throws "runtime: no plugin
 * module data" (measured on go1.19.8, go1.26.8, go1.27.3).
 */
function hostPluginSupport(c: Container, files: string[], exported: Map<string, string>, linkage: string, bi: BuildFacts['buildInfo']): PluginSupport {
  const dlopenImpl = files.some((f) => /(?:^|\/)plugin\/plugin_dlopen\.go$/.test(f));
  const stubImpl = files.some((f) => /(?:^|\/)plugin\/plugin_stubs\.go$/.test(f));
  // The static symbol table (MBs in a large host) only when the file table cannot tell (pclntab unreadable).
  const importsPlugin = dlopenImpl || stubImpl || exported.has('plugin') ||
    c.symbolsWithPrefix('static', ['plugin.Open', 'plugin.open']).some((s) => s.name === 'plugin.Open' || s.name.startsWith('plugin.open'));
  const cgo = setting(bi, 'CGO_ENABLED');
  // A static host without cgo (the usual CGO_ENABLED=0 build) has the stub even when pclntab is unreadable.
  const stub = (stubImpl && !dlopenImpl) || (cgo === '0' && importsPlugin) || (linkage === 'static' && !dlopenImpl && cgo !== '1');
  if (!importsPlugin && files.length > 0) return { supported: false, reason: 'does not import package plugin, so it never calls plugin.Open', outcome: 'no-plugin-support' };
  if (stub) {
    return {
      supported: false, outcome: 'no-plugin-support',
      reason: linkage === 'static' ? 'is statically linked (built with CGO_ENABLED=0): package plugin is the stub that returns "plugin: not implemented"' : 'links the stub of package plugin (built without cgo)',
      fix: { flag: 'CGO_ENABLED=1', command: 'CGO_ENABLED=1 go build …   # the host' },
    };
  }
  const exportedRuntime = new Set(c.symbolsWithPrefix('dynamic', RUNTIME_EXPORTS).filter((s) => s.section !== null).map((s) => s.name));
  const missing = RUNTIME_EXPORTS.filter((n) => !exportedRuntime.has(n));
  if (missing.length) {
    const ld = setting(bi, '-ldflags') ?? '';
    const how = linkage === 'static'
      ? 'is statically linked (-extldflags=-static), so it has no dynamic symbol table'
      : /linkmode[= ]internal/.test(ld) || !c.hasDynamicSymbolTable() || c.dynamicSymbols().filter((s) => s.section !== null).length < 200
        ? `was linked internally${/-buildmode=pie/.test(setting(bi, '-buildmode') ?? '') || c.kind === 'pie' ? ' (PIE)' : ''}, and Go exports runtime symbols to the dynamic linker only when it links externally`
        : 'does not export them';
    return {
      supported: false, outcome: 'host-crash',
      reason: `does not export ${missing.join(' and ')} in its dynamic symbol table: it ${how}. A plugin's module data then joins the plugin's own copy of the module list, and the host dies in plugin.Open with "fatal error: runtime: no plugin module data"`,
      fix: externalLinkFix(bi, c.source.path),
    };
  }
  return { supported: true, reason: 'dynamically linked, imports package plugin and exports its module list and package hashes to the dynamic linker' };
}

export type { Module };
