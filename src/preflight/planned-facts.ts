import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { type BuildFacts, pluginPathFromLdflags } from '../facts/build-facts.js';
import type { Module } from '../go/buildinfo.js';
import { matchPattern, raceOf, setting, tagsOf } from '../rules/query.js';
import { type FileSelection, type GoListModule, type LocalGo, compiledFiles } from './go-env.js';
import { linkOrder } from './link-order.js';

/** Splits GOFLAGS / --build-flags into words, keeping quoted values together. */
export function splitFlags(s: string): string[] {
  const words = [...s.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((m) => m[0].replace(/^(-[\w-]+=)?["'](.*)["']$/, '$1$2'));
  // `-tags x` and `-tags=x` are one flag to the go command: joined, so every reader sees one form.
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (VALUE_FLAGS.has(w.replace(/^--/, '-')) && next !== undefined) {
      out.push(`${w}=${next}`);
      i++;
    } else out.push(w);
  }
  return out;
}

/** `go build` flags that take a value (`go help build`), which may follow as the next word. */
const VALUE_FLAGS = new Set(['-tags', '-gcflags', '-ldflags', '-asmflags', '-gccgoflags', '-mod', '-modfile', '-overlay', '-pgo', '-pkgdir', '-toolexec', '-covermode', '-coverpkg', '-compiler', '-installsuffix', '-p', '-o', '-C']);

function flagValue(flags: string[], name: string): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!.replace(/^--/, '-');
    // The last occurrence wins, as with the go command.
    if (f === name) out = flags[i + 1] && !flags[i + 1]!.startsWith('-') && !BOOL_FLAGS.has(name) ? flags[i + 1] : 'true';
    else if (f.startsWith(name + '=')) out = f.slice(name.length + 1);
  }
  return out;
}
/** -covermode, whose default is atomic under -race and set otherwise. */
function coverModeOf(flag: string | undefined, race: boolean): 'set' | 'count' | 'atomic' {
  return flag === 'count' || flag === 'atomic' || flag === 'set' ? flag : race ? 'atomic' : 'set';
}
const BOOL_FLAGS = new Set(['-race', '-msan', '-asan', '-trimpath', '-cover']);

/**
 * The build facts the plugin *will* have if built here now, shaped like facts
 * read from a binary so that check's cause rules and simulation judge it:
 * the packages are exactly those `go list -deps` says the build links (not
 * every module of `go list -m all`), with the import graph; build settings as
 * `go build` would record them (flags, GOFLAGS, GOEXPERIMENT against the
 * toolchain's defaults, GOFIPS140, -pgo including an automatic default.pgo,
 * -cover with the packages -coverpkg selects); go.work modules as build info
 * lists them (`(devel)`, no replacement).
 */
export function plannedFacts(dir: string, local: LocalGo, buildFlags: string[]): BuildFacts {
  const flags = [...splitFlags(local.env.GOFLAGS ?? ''), ...buildFlags];
  const mainPkg = local.packages.find((p) => !p.DepOnly) ?? local.packages[local.packages.length - 1];
  const mainMod = mainPkg?.Module ?? local.modules.find((m) => m.Main);
  const trimmed = flagValue(flags, '-trimpath') === 'true';
  const sums = new Map(local.modules.map((m) => [m.Path, m.Sum ?? '']));
  const sumOf = (path: string, version: string) => sums.get(path) || local.goSum.get(`${path}@${version}`) || '';
  const vendoredMods = new Set(local.packages.filter((p) => !p.Standard && p.Dir?.includes('/vendor/') && p.Module).map((p) => p.Module!.Path));
  const toModule = (m: GoListModule): Module => {
    // Other main modules are go.work `use` directories.
    if (m.Main) return { path: m.Path, version: '(devel)', sum: '', replace: null };
    const same = local.sameAsCache.get(m.Path);
    // A local copy byte-identical to the cached version compiles to the same package once paths are trimmed.
    if (same && m.Replace && !m.Replace.Version && trimmed) return { path: m.Path, version: same, sum: sumOf(m.Path, same), replace: null };
    const version = m.Version ?? '(devel)';
    // Build info records no checksum for vendored modules; an unedited vendored copy compiles like the cached one.
    const sum = m.Replace ? '' : vendoredMods.has(m.Path) && !same ? '' : sumOf(m.Path, version);
    return {
      path: m.Path, version, sum,
      replace: m.Replace ? { path: m.Replace.Path, version: m.Replace.Version ?? '(devel)', sum: m.Replace.Sum ?? '', replace: null } : null,
    };
  };
  const deps = new Map<string, Module>();
  for (const p of local.packages) {
    if (p.Standard || !p.Module || p.Module.Path === mainMod?.Path || deps.has(p.Module.Path)) continue;
    deps.set(p.Module.Path, toModule(p.Module));
  }
  const linked = local.packages.filter((p) => p.ImportPath !== 'unsafe' && p.ImportPath !== 'C').map((p) => p.ImportPath);

  const settings: { key: string; value: string }[] = [{ key: '-buildmode', value: flagValue(flags, '-buildmode') ?? 'plugin' }];
  for (const k of ['-race', '-msan', '-asan', '-tags', '-gcflags', '-ldflags', '-trimpath']) {
    const v = flagValue(flags, k);
    if (v !== undefined) settings.push({ key: k, value: v });
  }
  // -pgo=auto (the default since go1.21) uses default.pgo in the main package's directory.
  const pgoFlag = flagValue(flags, '-pgo') ?? 'auto';
  const mainDir = mainPkg?.Dir ?? dir;
  const profile = pgoFlag === 'off' ? null : pgoFlag === 'auto' ? (existsSync(join(mainDir, 'default.pgo')) ? join(mainDir, 'default.pgo') : null) : isAbsolute(pgoFlag) ? pgoFlag : join(dir, pgoFlag);
  if (profile) settings.push({ key: '-pgo', value: profile });
  const cover = flagValue(flags, '-cover') === 'true' || flagValue(flags, '-coverpkg') !== undefined;
  let coveredPackages: string[] | undefined;
  if (cover) {
    settings.push({ key: '-cover', value: 'true' });
    const pats = (flagValue(flags, '-coverpkg') ?? '').split(',').filter(Boolean);
    const main = mainPkg?.ImportPath ?? null;
    coveredPackages = pats.length ? linked.filter((p) => pats.some((pat) => matchPattern(pat, p, main))) : main ? [main] : [];
  }
  // The import graph, its keys in the order the linker will list the packages (the order
  // plugin.Open compares them in).
  const race = flagValue(flags, '-race') === 'true';
  const order = mainPkg ? linkOrder(local.packages, mainPkg.ImportPath, {
    goVersion: local.version,
    race,
    msan: flagValue(flags, '-msan') === 'true',
    asan: flagValue(flags, '-asan') === 'true',
    covered: new Set(coveredPackages ?? []),
    coverMode: coverModeOf(flagValue(flags, '-covermode'), race),
  }) : [];
  // go list also names what the go command offers the linker but nothing imports (runtime/coverage
  // under -coverpkg without main): the linker never loads those, and they carry no hash.
  const imports: Record<string, string[]> = {};
  const listed = new Map(local.packages.map((p) => [p.ImportPath, p]));
  for (const path of order.length ? order : linked) {
    if (path in imports || !listed.has(path)) continue;
    imports[path] = (listed.get(path)!.Imports ?? []).filter((i) => i !== 'C' && i !== 'unsafe');
  }
  for (const k of ['CGO_ENABLED', 'CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS', 'GOARCH', 'GOOS', 'GOAMD64', 'GOARM64', 'GOARM', 'GOFIPS140']) {
    const v = local.env[k];
    if (v !== undefined && (v !== '' || k.startsWith('CGO_')) && !(k === 'GOFIPS140' && v === 'off')) settings.push({ key: k, value: v });
  }
  if (local.experiment) settings.push({ key: 'GOEXPERIMENT', value: local.experiment });
  const vendored = local.packages.some((p) => !p.Standard && p.Dir?.includes('/vendor/'));
  const mainModDir = mainMod?.Dir ?? dir;
  const depList = [...deps.values()];
  const pluginPath = pluginPathFromLdflags({ path: '', main: null, deps: [], settings }) ?? mainPkg?.ImportPath ?? null;
  const buildmode = flagValue(flags, '-buildmode') ?? 'plugin';
  return {
    file: dir,
    format: local.env.GOOS === 'darwin' ? 'macho' : 'elf',
    goos: local.env.GOOS ?? null,
    goarch: local.env.GOARCH ?? null,
    bits: /64|amd64|s390x/.test(local.env.GOARCH ?? '') ? 64 : 32,
    byteOrder: /^(ppc64|mips|mips64|s390x)$/.test(local.env.GOARCH ?? '') ? 'big' : 'little',
    machine: `${local.env.GOOS}/${local.env.GOARCH}`,
    kind: buildmode === 'plugin' ? 'plugin' : 'executable',
    containerKind: 'shared-object',
    linkage: 'dynamic',
    interpreter: null,
    needed: [],
    tables: { symbols: true, dynamicSymbols: true, dwarf: false, pclntab: false, buildInfo: true },
    stripped: false,
    goVersion: local.version || null,
    goVersionSource: 'buildinfo',
    goVersionRange: null,
    buildInfo: {
      path: mainPkg?.ImportPath ?? mainMod?.Path ?? '',
      main: mainMod ? { path: mainMod.Path, version: '(devel)', sum: '', replace: null } : null,
      deps: depList,
      settings,
    },
    compileUnits: [],
    compilerFlags: { common: [], perPackage: [] },
    paths: {
      trimmed,
      goroot: local.env.GOROOT ?? null,
      modcache: local.env.GOMODCACHE ?? null,
      modules: depList.filter((m) => m.version !== '(devel)' && !m.replace).map((m) => ({ path: m.path, version: m.version })),
      localDirs: [...new Set([mainDir, mainModDir])],
      vendorDirs: vendored ? [join(mainModDir, 'vendor')] : [],
    },
    pluginPath,
    mainPackage: mainPkg?.ImportPath ?? null,
    packageHashes: [],
    packageHashSource: null,
    exportedHashes: [],
    symbolSpelling: null,
    pluginSupport: null,
    // plugin.Open resolves exports as <pluginpath>.<name>: a -pluginpath that renames them leaves none under it.
    exportedSymbols: pluginPath === mainPkg?.ImportPath ? ['(exports)'] : [],
    mainPackageSymbols: ['(exports)'],
    ...(local.filesByTags ? { tagFiles: local.filesByTags } : {}),
    ...(coveredPackages ? { coveredPackages } : {}),
    ...(local.fingerprints ? { compiledHashes: local.fingerprints } : {}),
    ...(local.filesUnderHost ? { fileSelection: { own: Object.fromEntries(local.packages.map((p) => [p.ImportPath, compiledFiles(p)])), underHost: local.filesUnderHost } } : {}),
    imports,
  };
}

/** The host's file-selecting settings (tags, instrumentation, GOEXPERIMENT, CPU level), from its build facts. */
export function hostFileSelection(host: BuildFacts): FileSelection {
  const r = raceOf(host);
  return {
    tags: tagsOf(host) ?? [],
    ...r,
    experiment: setting(host, 'GOEXPERIMENT') ?? '',
    cpu: ['GOAMD64', 'GOARM64', 'GOARM', 'GO386', 'GOPPC64', 'GORISCV64', 'GOMIPS', 'GOMIPS64', 'GOWASM'].map((k) => [k, setting(host, k) ?? ''] as [string, string]),
  };
}

/**
 * Whether the plugin's fingerprints depend on something the source tree
 * does not show, so that preflight compiles (without linking) to read
 * them instead of guessing: -l or -N in either side's -gcflags, or a PGO
 * profile (which packages then export other inline bodies depends on the
 * compiler's inlining budget), or another GOFIPS140 (the go command then
 * compiles a frozen snapshot of the FIPS module from the module cache).
 */
export function needsCompiledFingerprints(host: BuildFacts, dir: string, buildFlags: string[], env: Record<string, string | undefined>): string | null {
  const flags = [...splitFlags(env.GOFLAGS ?? ''), ...buildFlags];
  // -pgo=auto (the default) uses the main package's default.pgo.
  if ((flagValue(flags, '-pgo') ?? 'auto') === 'auto' && existsSync(join(dir, 'default.pgo'))) return 'the plugin builds with PGO (default.pgo)';
  const inl = (gc: string | undefined) => !!gc && /(^|[\s=])-(l|N)\b/.test(gc);
  const fips = (v: string | undefined) => (v === 'off' ? '' : v ?? '');
  if (fips(setting(host, 'GOFIPS140')) !== fips(env.GOFIPS140)) return 'GOFIPS140 differs from the host\'s';
  if (inl(setting(host, '-gcflags'))) return 'the host was built with -l or -N in -gcflags';
  if (inl(flagValue(flags, '-gcflags'))) return 'the plugin builds with -l or -N in -gcflags';
  const hostPgo = setting(host, '-pgo');
  if (hostPgo && hostPgo !== 'off') return 'the host was built with PGO';
  const pgo = flagValue(flags, '-pgo');
  if (pgo && pgo !== 'off' && pgo !== 'auto') return 'the plugin builds with PGO';
  return null;
}
