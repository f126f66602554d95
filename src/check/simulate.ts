import { realpathSync } from 'node:fs';
import type { BuildFacts } from '../facts/build-facts.js';
import { baseVersion, inRange, sameMinor } from '../rules/query.js';
import { type Deployment } from '../facts/native.js';
import { type NativeOutcome, glibcRisk, judgeNative } from './native.js';
import { assertionFailure, parseRequiredSymbol } from './required-symbol.js';

export type FailureKind =
  | 'package-mismatch'
  | 'already-loaded'
  | 'no-plugin-support'
  | 'platform-mismatch'
  | 'symbol-resolution'
  | 'symbol-missing'
  | 'host-crash'
  | 'not-a-plugin'
  | 'unreadable';

/** A package whose hash in the plugin differs from the one already in the process. */
export interface Difference {
  package: string;
  pluginHash: string;
  processHash: string;
  /** Who put the process's hash there: the host, or an earlier plugin's file. */
  owner: { kind: 'host' } | { kind: 'plugin'; index: number; file: string };
}

export interface PluginInput {
  file: string;
  facts: BuildFacts | null;
  error: string | null;
  /** An unreadable file the dynamic linker still maps, and what it then does (a truncated file: SIGBUS). */
  loaderOutcome?: string;
}

export interface Verdict {
  file: string;
  index: number;
  /** plugin.Open (and, with --require-symbol, Lookup) succeeds. */
  loads: boolean;
  /** plugin.Open itself succeeds, even if a required symbol is missing. */
  opened: boolean;
  failure: { kind: FailureKind; package: string | null; packages: string[]; message: string } | null;
  differences: Difference[];
  /** Why the verdict could not be read from hash tables, when it was inferred. */
  inferred: string | null;
  /** Same file opened earlier: plugin.Open returns the cached result. */
  cachedFrom: number | null;
  /** Plugin with the same plugin path loaded earlier. */
  collidesWith: number | null;
  /** The process does not get past this plugin: the runtime throws (exit) or plugin.Open never returns. */
  fatal: boolean;
  /** Never opened: the process died loading the plugin at this index. */
  notReachedAfter: number | null;
  /** Initialised, then failed resolving its symbols: cached half-open (a second open blocks). */
  halfOpened: boolean;
  /** dlopen refused the plugin or aborted the process before Go saw it: C library, glibc versions, sanitizer runtimes. */
  native?: NativeOutcome;
  /** The plugin needs a newer glibc than the host binary, and the deployment system's glibc was not stated. */
  glibcRisk?: { hostNeeds: string; version: string; library: string };
  /** Why the process dies in this plugin.Open (failure kind host-crash). */
  crash?: 'toolchain' | 'host-cannot-load' | 'no-new-module' | 'truncated';
  /** Why the file could not be read (crash 'truncated'). */
  readError?: string;
  /**
   * A shared object that is not a Go plugin (a C library, a c-shared Go library), which dlopen
   * loads: no module joins the host's list, so plugin.Open judges the last one there, that of
   * the plugin at `lastModule` (null: none, the host's own is never taken).
   */
  foreign?: { lastModule: number | null };
}

export interface SimulationOptions {
  /** `NAME` or `NAME=TYPE` (./required-symbol.ts). */
  requireSymbols?: string[];
  /** The deployment system, where it differs from the host binary's needs (overrides the manifest's). */
  deployment?: Partial<Deployment>;
}

type Owner = Difference['owner'];

/** The runtime's order: the plugin's link table, or its exported hashes when the table was stripped. */
function pluginHashes(f: BuildFacts): { hashes: { package: string; hash: string }[]; ordered: boolean } {
  if (f.packageHashSource === 'module-data' || f.packageHashSource === 'link-table' || f.packageHashSource === 'rodata-link-order') return { hashes: f.packageHashes, ordered: true };
  if (f.packageHashSource === 'rodata-approximate-order') return { hashes: f.packageHashes, ordered: false };
  return { hashes: f.exportedHashes, ordered: false };
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * What glibc's dlopen says of a file for another platform (elf/dl-load.c, open_verify): not ELF,
 * "invalid ELF header"; the other word size, "wrong ELF class"; another machine or byte order is
 * skipped as if the file were not there. Observed on glibc 2.36 (test/platform-refusal.test.ts:
 * Mach-O, linux/arm64, i386 and s390x files in a linux/amd64 host; s390x, ppc64le and arm64 among
 * themselves under qemu-user). plugin.Open passes the file's real path. Null for other loaders.
 */
function glibcRefusal(host: BuildFacts, f: BuildFacts, real: string): string | null {
  if (host.format !== 'elf' || host.goos !== 'linux' || host.native?.libc !== 'glibc') return null;
  if (f.format !== 'elf') return `${real}: invalid ELF header`;
  if (f.bits !== host.bits) return `${real}: wrong ELF class: ELFCLASS${f.bits}`;
  if (f.goarch !== host.goarch || f.byteOrder !== host.byteOrder) return `${real}: cannot open shared object file: No such file or directory`;
  return null;
}

/** Container kinds dlopen maps (an ELF shared object, a Mach-O dylib or bundle); it refuses executables and object files. */
const LOADABLE = new Set(['shared-object', 'dylib', 'bundle']);

/** glibc's words for an executable given to dlopen (elf/dl-load.c; position-independent ones since glibc 2.30). */
function executableRefusal(host: BuildFacts, f: BuildFacts, real: string): string | null {
  if (host.format !== 'elf' || host.goos !== 'linux' || host.native?.libc !== 'glibc') return null;
  if (f.containerKind === 'pie') return `${real}: cannot dynamically load position-independent executable`;
  if (f.containerKind === 'executable') return `${real}: cannot dynamically load executable`;
  return null;
}

function platformOf(f: BuildFacts): string {
  return `${f.format} ${f.bits}-bit ${f.goos ?? '?'}/${f.goarch ?? '?'}`;
}

/** Which platforms a plugin and its host are for, when they differ (the failure where the loader's words are not known, and GPC004's). */
export function platformMismatchText(plugin: BuildFacts, host: BuildFacts): string {
  return `the plugin is ${platformOf(plugin)} but the host is ${platformOf(host)}: the dynamic loader rejects it`;
}

/**
 * Replays what plugin.Open does in one process: dlopen (platform, file
 * cache), then runtime.plugin_lastmoduleinit (plugin path collision, then
 * the package hashes in link order against whatever definition the dynamic
 * linker finds first: the host's, else the earliest loaded plugin's — a
 * plugin that failed the hash check stays mapped, so its definitions count
 * too), then the lookup of the plugin's own exported symbols.
 */
export function simulate(host: BuildFacts, plugins: PluginInput[], opts: SimulationOptions = {}): Verdict[] {
  const process = new Map<string, { hash: string; owner: Owner }>();
  for (const h of host.exportedHashes) process.set(h.package, { hash: h.hash, owner: { kind: 'host' } });
  const activePaths = new Map<string, number>();
  // The last module in the host's list (runtime.firstmoduledata.next…): every plugin dlopen maps
  // appends its own, and a plugin that fails its checks leaves it there marked bad.
  let lastModule: { index: number; bad: boolean } | null = null;
  const opened = new Map<string, number>();
  const verdicts: Verdict[] = [];
  // Parsed once for the batch: the same symbols are required of every plugin.
  const required = (opts.requireSymbols ?? []).map(parseRequiredSymbol);

  plugins.forEach((p, index) => {
    const v: Verdict = {
      file: p.file, index, loads: false, opened: false, failure: null, differences: [],
      inferred: null, cachedFrom: null, collidesWith: null, fatal: false, notReachedAfter: null, halfOpened: false,
    };
    verdicts.push(v);
    const dead = verdicts.find((x) => x.fatal);
    if (dead) {
      v.notReachedAfter = dead.index;
      v.failure = { kind: dead.failure!.kind, package: null, packages: [], message: `not reached: the process ${dead.cachedFrom !== null ? 'hangs' : 'exits'} while loading ${plugins[dead.index]!.file}` };
      return;
    }
    const fail = (kind: FailureKind, message: string, pkg: string | null = null, packages: string[] = []) => {
      v.failure = { kind, package: pkg, packages, message };
    };
    if (!p.facts && !p.loaderOutcome) return fail('unreadable', p.error ?? 'unreadable');

    const support = host.pluginSupport;
    // A host that cannot join a plugin's module data crashes later, in plugin_lastmoduleinit.
    const hostCannotJoin = support && !support.supported && support.outcome === 'host-crash';
    if (support && !support.supported && !hostCannotJoin) {
      return fail('no-plugin-support', 'plugin: not implemented');
    }
    if (!p.facts) {
      // dlopen maps what is there and the process dies touching the rest: later plugins are not reached.
      v.fatal = true;
      v.crash = 'truncated';
      v.readError = p.error ?? undefined;
      return fail('host-crash', `${p.loaderOutcome} (${p.error})`);
    }
    const f = p.facts;
    // A shared object without Go or libc marks names no OS: dlopen does not ask (ELF OSABI SYSV).
    const otherOs = f.goos !== host.goos && !(f.goos === null && f.kind === 'unknown');
    if (f.format !== host.format || otherOs || f.goarch !== host.goarch || f.bits !== host.bits || f.byteOrder !== host.byteOrder) {
      return fail('platform-mismatch', glibcRefusal(host, f, realpathOr(p.file)) ?? platformMismatchText(f, host));
    }

    // dlopen maps the plugin's libraries, checks symbol versions, relocates and runs
    // its initialisers before Go looks at it. A failure here is not cached.
    const deployment = { ...host.deployment, ...opts.deployment };
    const risk = glibcRisk(host, f, deployment);
    if (risk) v.glibcRisk = risk;
    const native = judgeNative(host, f, p.file, deployment);
    if (native) {
      v.native = native;
      if (native.kind === 'host-crash') v.fatal = true;
      return fail(native.kind, native.message);
    }

    // plugin.Open caches by real path: a second open returns the first result.
    const real = realpathOr(p.file);
    const prev = opened.get(real);
    if (prev !== undefined) {
      const first = verdicts[prev]!;
      v.cachedFrom = prev;
      v.opened = first.opened;
      v.differences = first.differences;
      v.inferred = first.inferred;
      if (first.halfOpened) {
        // The first open failed after registering a placeholder it never completes: a second open waits on it forever.
        v.failure = { ...first.failure!, message: 'plugin.Open never returns: the first open of this file failed half way and a second one waits for it forever' };
        v.fatal = true; // observed: the host hangs here (case symbol-resolution-reopen-hangs)
      } else if (first.failure) {
        v.failure = { ...first.failure, message: `${first.failure.message} (previous failure)` };
      } else v.loads = first.loads;
      return;
    }

    if (f.kind !== 'plugin') {
      if (!LOADABLE.has(f.containerKind)) {
        const what = f.kind === 'executable' ? 'an executable' : 'not a Go plugin';
        return fail('not-a-plugin', executableRefusal(host, f, real) ?? `the file is ${what}: dlopen or the Go runtime rejects it`);
      }
      // dlopen maps it and runs its initialisers, but no Go module joins the host's list:
      // runtime.plugin_lastmoduleinit takes the last one there. None, or one marked bad (a failed
      // plugin): it throws. A good one is already initialised: "plugin already loaded", cached by
      // path like any result of lastmoduleinit (observed with a C library and a c-shared Go
      // library, before and after a plugin, by a helper session's KrakenD-style host).
      opened.set(real, index);
      v.foreign = { lastModule: lastModule?.index ?? null };
      if (!lastModule || lastModule.bad) {
        v.fatal = true;
        v.crash = 'no-new-module';
        return fail('host-crash', 'fatal error: runtime: no plugin module data');
      }
      return fail('already-loaded', 'plugin already loaded');
    }
    opened.set(real, index);

    // From here the library is mapped: its exported hashes join the global scope
    // (after everything already there), whether or not the Go checks pass.
    const { hashes, ordered } = pluginHashes(f);
    if (hashes.length === 0) v.inferred = 'the plugin has no readable package hash table';
    if (host.exportedHashes.length === 0) v.inferred = 'the host exports no package hashes';
    if (!f.pluginPath) v.inferred ??= 'the plugin path is unknown (symbols stripped)';

    const mapIn = () => {
      for (const h of f.exportedHashes.length ? f.exportedHashes : hashes) {
        if (!process.has(h.package)) process.set(h.package, { hash: h.hash, owner: { kind: 'plugin', index, file: p.file } });
      }
    };
    // Its module joins the list (marked bad below if a check fails).
    lastModule = { index, bad: false };
    for (const h of hashes) {
      const cur = process.get(h.package);
      if (cur && cur.hash !== h.hash) v.differences.push({ package: h.package, pluginHash: h.hash, processHash: cur.hash, owner: cur.owner });
    }
    if (!ordered && v.differences.length > 1) v.inferred ??= "the plugin's link-ordered hash table was stripped, so which differing package the runtime names first is a guess";

    // runtime.plugin_lastmoduleinit, in its order. First: the plugin's module
    // must have joined the host's module list. The plugin's own
    // runtime.addmoduledata, run by dlopen, stores its module at the `next`
    // field of the host's last one, at the offset of the plugin's release. It
    // cannot when the host does not export that list (link mode), nor when the
    // plugin's release lays moduledata out differently (another minor release);
    // then the runtime throws "runtime: no plugin module data" and the process
    // exits (observed for every such host and all six pairings of go1.19.8,
    // go1.26.8 and go1.27.3, and go1.25.14 into go1.26.8). A patch release never
    // changes moduledata: the module joins, and the package hashes decide
    // (observed: go1.26.7 and go1.26.0 plugins in a go1.26.8 host, the first
    // loads, the second fails on internal/runtime/syscall/linux).
    if (hostCannotJoin) {
      v.fatal = true;
      v.crash = 'host-cannot-load';
      v.inferred = null;
      mapIn();
      return fail('host-crash', 'fatal error: runtime: no plugin module data');
    }
    const hv = baseVersion(host.goVersion);
    const pv = baseVersion(f.goVersion);
    // Without an exact version, the plugin's table formats bound its release.
    const outOfRange = hv && !pv && f.goVersionRange && !inRange(hv, f.goVersionRange);
    if ((hv && pv && hv !== pv && !sameMinor(hv, pv)) || outOfRange) {
      v.fatal = true;
      v.crash = 'toolchain';
      mapIn();
      if (outOfRange) v.inferred ??= `the plugin's exact Go version is not recorded; its formats say ${f.goVersionRange!.min}…${f.goVersionRange!.max ?? ''}, which excludes the host's ${hv}`;
      return fail('host-crash', 'fatal error: runtime: no plugin module data', null, v.differences.map((d) => d.package));
    }
    // Then the plugin path against the active (successfully loaded) modules.
    const clash = f.pluginPath ? activePaths.get(f.pluginPath) : undefined;
    if (clash !== undefined) {
      v.collidesWith = clash;
      // The plugin's own packages (its main module's) move with the fix GPC002 prints, a new plugin
      // path: their differences from the earlier plugin explain nothing, and are not in its way then.
      const mainModule = f.buildInfo?.main?.path;
      const own = (pkg: string) => pkg === f.pluginPath || pkg === f.mainPackage || (!!mainModule && (pkg === mainModule || pkg.startsWith(`${mainModule}/`)));
      v.differences = v.differences.filter((d) => !own(d.package));
      mapIn();
      lastModule.bad = true;
      return fail('already-loaded', 'plugin already loaded');
    }
    // Then the package hashes, in link order; a failed plugin stays mapped.
    mapIn();
    if (v.differences.length) {
      const first = v.differences[0]!.package;
      lastModule.bad = true;
      return fail('package-mismatch', `plugin was built with a different version of package ${first}`, first, v.differences.map((d) => d.package));
    }

    // The module is now initialised and active.
    if (f.pluginPath) activePaths.set(f.pluginPath, index);
    v.opened = true;

    // plugin.Open looks up every exported symbol as `<pluginpath>.<name>`.
    const unresolved = f.identity?.exports ? f.identity.exports.filter((e) => !e.resolves).map((e) => e.name)
      : f.pluginPath && f.mainPackage && f.pluginPath !== f.mainPackage && f.exportedSymbols.length === 0 ? f.mainPackageSymbols : [];
    if (f.pluginPath && unresolved.length > 0) {
      v.opened = false;
      v.halfOpened = true;
      const sym = unresolved[0]!;
      // The runtime names whichever exported symbol its map yields first.
      return fail('symbol-resolution', `could not find symbol ${sym}: ${real}: undefined symbol: ${f.pluginPath}.${sym}`);
    }
    const missing = required.filter((s) => !f.exportedSymbols.includes(s.name));
    if (missing.length) {
      return fail('symbol-missing', `plugin: symbol ${missing[0]!.name} not found in plugin ${f.pluginPath ?? p.file}`);
    }
    // Lookup succeeds; the host's type assertion then compares the symbol's dynamic type (from ptab) with its own.
    for (const s of required) {
      const failure = assertionFailure(s, f.identity?.exports?.find((e) => e.name === s.name));
      if (failure) return fail('symbol-missing', failure);
    }
    v.loads = true;
  });
  return verdicts;
}
