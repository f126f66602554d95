import type { Container } from '../container/types.js';
import { type BuildInfo, type Module, readBuildInfo } from '../go/buildinfo.js';
import { type CompileUnit, parseProducer, readCompileUnits } from '../go/dwarf-producers.js';
import { type PackageHash, exportedGoSymbols, readPluginAbi, recoverLinkOrder } from '../go/pkghash.js';
import { readPclnFiles } from '../go/pclntab.js';
import { readRuntimeVersion } from '../go/runtime-version.js';
import { type Deployment, type NativeFacts, readNativeFacts } from './native.js';
import { type PathFacts, analysePaths } from './paths.js';

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
  paths: PathFacts | null;
  pluginPath: string | null;
  /** The import path of the main package (the default plugin path). */
  mainPackage: string | null;
  /** Plugins: the link-ordered table the runtime checks. Hosts: the exported hashes, by name. */
  packageHashes: PackageHash[];
  /** Where `packageHashes` came from. */
  packageHashSource: 'link-table' | 'rodata-link-order' | 'rodata-approximate-order' | 'dynamic-exports' | 'symbol-table-exports' | null;
  /** Hashes exported to the dynamic linker (what later plugins are checked against). */
  exportedHashes: PackageHash[];
  symbolSpelling: 'go:link.' | 'go.link.' | null;
  /** For hosts: can this binary call plugin.Open successfully at all? */
  pluginSupport: { supported: boolean; reason: string } | null;
  /** Plugins: top-level names exported for plugin.Lookup, under `<pluginPath>.`. */
  exportedSymbols: string[];
  /** Plugins: names exported under the main package's symbol prefix. */
  mainPackageSymbols: string[];
  fatArches?: string[];
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

/** Reads every build fact from one opened container. Throws BinaryFormatError on damage. */
export function readBuildFacts(file: string, c: Container): BuildFacts {
  const bi = readBuildInfo(c);
  const abi = readPluginAbi(c);
  const pcln = readPclnFiles(c);
  const units: CompileUnit[] = readCompileUnits(c) ?? [];
  // One entry per Go package: the linker may split a package over several
  // units, and cgo packages add units whose producer is the C compiler.
  const seen = new Set<string>();
  const compileUnits = units.flatMap((u) => {
    const p = parseProducer(u.producer);
    const key = `${u.name}\0${u.producer}`;
    if (p.goVersion === null || seen.has(key)) return [];
    seen.add(key);
    return [{ package: u.name, goVersion: p.goVersion, flags: p.flags }];
  });
  const buildInfo = bi ? { path: bi.path, main: bi.main, deps: bi.deps, settings: bi.settings } : null;

  let goVersion: string | null = null;
  let goVersionSource: BuildFacts['goVersionSource'] = null;
  if (bi) {
    goVersion = bi.goVersion;
    goVersionSource = 'buildinfo';
  } else {
    const fromDwarf = majority(compileUnits.map((u) => u.goVersion));
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
  const buildmode = setting(buildInfo, '-buildmode');
  const isShared = c.kind === 'shared-object' || c.kind === 'dylib' || c.kind === 'bundle';
  const hasPluginMarks = abi.linkTable !== null || abi.pluginPath !== null;
  const hasGoShlibNote = !!c.section('.note.go.pkg-list') || !!c.section('.go.shlibdeps');
  // Not a Go binary at all: no build info, no Go pclntab, no Go compile units, no hash symbols.
  const isGo = bi !== null || pcln !== null || compileUnits.length > 0 || abi.spelling !== null || goVersion !== null;
  let kind: GoKind;
  if (!isGo) kind = 'unknown';
  else if (buildmode === 'plugin' || hasPluginMarks || (isShared && abi.exported.size > 0 && !hasGoShlibNote && buildmode === undefined)) kind = 'plugin';
  else if (c.kind === 'executable' || c.kind === 'pie') kind = 'executable';
  else if (isShared) kind = 'shared-library';
  else kind = 'unknown';

  const linkage: BuildFacts['linkage'] = c.interpreter || c.needed.length > 0 || isShared ? 'dynamic' : 'static';
  // Build info is exact (android vs linux, ios vs darwin); the container's marks are the fallback.
  const goos = setting(buildInfo, 'GOOS') ?? c.goos ?? goosFromFiles(files) ?? (c.needed.some((n) => n.startsWith('libc.so')) ? 'linux' : null);

  // The main package: build info names it; otherwise the plugin's first link-table entry is its own package.
  const mainPackage = buildInfo?.path || (kind === 'plugin' ? abi.linkTable?.[0]?.package ?? null : null) || null;
  const pluginPath = kind === 'plugin' ? abi.pluginPath ?? pluginPathFromLdflags(buildInfo) ?? mainPackage ?? mainFromSymbols(c, abi.exported) : null;

  const exportedHashes = [...abi.exported.entries()]
    .map(([pkg, hash]) => ({ package: pkg, hash }))
    .sort((a, b) => a.package.localeCompare(b.package));
  let packageHashes: PackageHash[] = [];
  let packageHashSource: BuildFacts['packageHashSource'] = null;
  const recovered = kind === 'plugin' && !abi.linkTable ? recoverLinkOrder(c, abi.exported) : null;
  if (kind === 'plugin' && abi.linkTable) {
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
  const dwarf = !!(c.section('.debug_info') ?? c.section('.zdebug_info'));
  let pluginSupport: BuildFacts['pluginSupport'] = null;
  if (kind === 'executable') pluginSupport = hostPluginSupport(c, files, abi.exported, linkage);
  else if (!isGo) pluginSupport = { supported: false, reason: 'is not a Go program' };

  return {
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
    tables: { symbols: hasSyms, dynamicSymbols: c.hasDynamicSymbolTable(), dwarf, pclntab: pcln !== null, buildInfo: bi !== null },
    stripped: !hasSyms,
    goVersion,
    goVersionSource,
    buildInfo,
    compileUnits,
    compilerFlags: summariseFlags(compileUnits),
    paths: pcln ? analysePaths(files) : null,
    goVersionRange: goVersion ? null : versionRange(pcln?.format ?? null, abi.spelling),
    pluginPath,
    mainPackage,
    packageHashes,
    packageHashSource,
    exportedHashes,
    symbolSpelling: abi.spelling,
    pluginSupport,
    exportedSymbols: kind === 'plugin' && pluginPath ? exportedGoSymbols(c, pluginPath) : [],
    mainPackageSymbols: kind === 'plugin' && mainPackage ? exportedGoSymbols(c, mainPackage) : [],
    ...(c.fatArches ? { fatArches: c.fatArches } : {}),
  };
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
  const found = c.dynamicSymbols().filter((s) => s.section !== null && s.name.endsWith('.main')).map((s) => s.name.slice(0, -5)).filter((p) => exported.has(p) && !std(p));
  return found.length === 1 ? found[0]! : null;
}

/** `-ldflags=-pluginpath=x` recorded in build info. */
function pluginPathFromLdflags(bi: BuildFacts['buildInfo']): string | null {
  const ld = setting(bi, '-ldflags');
  if (!ld) return null;
  const m = /(?:^|\s)-?-pluginpath[= ]("[^"]*"|'[^']*'|\S+)/.exec(ld);
  return m ? m[1]!.replace(/^["']|["']$/g, '') : null;
}

/**
 * A host can load plugins only if it is dynamically linked and links the
 * dlopen implementation of package plugin; a static build gets the stub that
 * returns "plugin: not implemented".
 */
function hostPluginSupport(c: Container, files: string[], exported: Map<string, string>, linkage: string): { supported: boolean; reason: string } {
  const dlopenImpl = files.some((f) => /(?:^|\/)plugin\/plugin_dlopen\.go$/.test(f));
  const stubImpl = files.some((f) => /(?:^|\/)plugin\/plugin_stubs\.go$/.test(f));
  const importsPlugin = dlopenImpl || stubImpl || exported.has('plugin') || c.symbols().some((s) => s.name === 'plugin.Open');
  if (linkage === 'static') {
    return {
      supported: false,
      reason: importsPlugin
        ? 'statically linked (built with CGO_ENABLED=0): package plugin is the stub that returns "plugin: not implemented"'
        : 'statically linked and does not import package plugin',
    };
  }
  if (stubImpl && !dlopenImpl) return { supported: false, reason: 'links the stub of package plugin (built without cgo)' };
  if (!importsPlugin && files.length > 0) return { supported: false, reason: 'does not import package plugin, so it never calls plugin.Open' };
  if (exported.size === 0) return { supported: false, reason: 'exports no package hashes to the dynamic linker, so plugins cannot be checked against it' };
  return { supported: true, reason: 'dynamically linked, imports package plugin and exports its package hashes' };
}

export type { Module };
