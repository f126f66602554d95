import { existsSync, statSync } from 'node:fs';
import semver from 'semver';
import path from 'node:path';
import type { BuildFacts } from '../facts/build-facts.js';
import type { BuildRecipe } from '../facts/build-recipe.js';
import { hostDirReplace, hostPathUnreproducible, localReplaceDropped, moduleNotAligned, pgoProfileMissing, unsafeHostFlags } from '../rules/build/index.js';
import { type Finding, finding } from '../rules/types.js';
import { goSemver } from '../rules/query.js';
import { noPluginSupport } from '../rules/verdict/rules.js';
import type { ListedModule, ModuleView } from './module-view.js';
import { safeCflags, safeGcflags } from './safe-flags.js';
import { commandLine, shellQuote } from './shell.js';
import type { Toolchain } from './toolchain.js';
import { onlyOursOnTheWay } from './trusted-dir.js';
import { shellAssign, shellCommand, shellWord } from '../report/shell-quote.js';

/** One thing the plan makes match the host, in words, with the host's value. */
export interface Alignment {
  dimension: 'toolchain' | 'module' | 'setting' | 'path' | 'platform';
  name: string;
  host: string;
  plugin: string;
  action: string;
}

export interface BuildPlan {
  host: { file: string; goVersion: string | null; goos: string | null; goarch: string | null; trimpath: boolean | null };
  module: { path: string; dir: string; package: string };
  toolchain: { version: string; go: string; how: string };
  /** go.mod/go.sum edits, in order, run in the main module's directory with `env`. */
  goModCommands: string[][];
  /** Environment the go commands run with (on top of the caller's). */
  env: Record<string, string>;
  /** `go build` arguments (after the go command). */
  buildArgs: string[];
  /** The build as one shell line, quoted: cd DIR && ENV go build … */
  command: string;
  output: string;
  alignments: Alignment[];
  /** What could not be aligned, as findings with a fix. */
  unaligned: Finding[];
}

type RecipeModule = BuildRecipe['modules'][number];
const modLabel = (version: string | undefined, r: { Path: string; Version?: string } | RecipeModule['replace'] | undefined | null) => {
  const v = version ?? '';
  if (!r) return v;
  const p = 'Path' in r ? r.Path : r.path;
  const rv = 'Path' in r ? r.Version : r.version;
  return `${v} => ${p}${rv && rv !== '(devel)' ? ` ${rv}` : ''}`;
};

/** A plain absolute path: no control characters, no `..`, nothing normalising would change. */
const plainAbsolute = (p: string) => path.isAbsolute(p) && !/[\0-\x1f\x7f]/.test(p) && path.normalize(p) === p && !p.split('/').includes('..');

/**
 * Whether `build` may point GOMODCACHE at the module cache an untrimmed host
 * names (read from a binary or a manifest: untrusted). go downloads into it
 * and compiles what it finds there, so only a plain absolute path that is
 * already a module cache, or has go's own layout (`$GOPATH/pkg/mod`), and that
 * no other user can have planted or can change, is used; anything else the
 * user sets.
 */
export function usableModcache(mc: string): boolean {
  if (!plainAbsolute(mc) || !onlyOursOnTheWay(mc)) return false;
  if (mc.endsWith('/pkg/mod')) return true;
  try {
    return statSync(path.join(mc, 'cache', 'download')).isDirectory();
  } catch {
    return false;
  }
}

/** The host's -pgo profile, when it is a plain absolute path to a regular file here. */
function usableProfile(pgo: string): boolean {
  try {
    return plainAbsolute(pgo) && statSync(pgo).isFile();
  } catch {
    return false;
  }
}

/** Go flags the plan sets itself, so GOFLAGS must not carry them too. */
const PLANNED_FLAGS = /^--?(trimpath|tags|gcflags|race|msan|asan|pgo|buildmode|o)(=|$)/;
const MOD_FLAG = /^--?mod(=|$)/;

/** `-tags=a,b` in GOFLAGS: the author's own tags, kept next to the host's. */
export function authorTags(goflags: string): string[] {
  const t = /(?:^|\s)--?tags=(\S*)/.exec(goflags)?.[1] ?? '';
  return t.split(',').map((x) => x.trim()).filter(Boolean);
}

/** A directory replacement's version in build info is "(devel)" (or empty before go1.18). */
const isDirReplace = (r: RecipeModule['replace']) => !!r && (r.version === '(devel)' || r.version === '');

/**
 * Everything the plugin's build must share with the host's, as edits, env
 * and flags: pure, from the host's build recipe (its facts, or its
 * manifest's `buildRecipe`) and what go says about the module.
 */
export function planBuild(host: BuildFacts, recipe: BuildRecipe, view: ModuleView, tc: Toolchain, output: string): BuildPlan {
  const alignments: Alignment[] = [];
  const unaligned: Finding[] = [];
  const env: Record<string, string> = { ...tc.env };
  const flags: string[] = ['-buildmode=plugin'];
  const set = recipe.settings;
  const hostTrimmed = set.trimpath;
  const local = view.env;

  alignments.push({ dimension: 'toolchain', name: 'Go release', host: tc.version, plugin: tc.version, action: tc.how });

  if (host.pluginSupport && !host.pluginSupport.supported) {
    unaligned.push(finding(noPluginSupport.meta, {
      message: `the host cannot load any plugin (${host.pluginSupport.reason}); no plugin build can change that`,
      fix: 'rebuild the host with cgo and external linking (CGO_ENABLED=1 go build -ldflags=-linkmode=external), dynamically linked',
    }));
  }
  if (recipe.goos && recipe.goarch && (recipe.goos !== local.GOOS || recipe.goarch !== local.GOARCH)) {
    env.GOOS = recipe.goos;
    env.GOARCH = recipe.goarch;
    alignments.push({ dimension: 'platform', name: 'GOOS/GOARCH', host: `${recipe.goos}/${recipe.goarch}`, plugin: `${local.GOOS}/${local.GOARCH}`, action: 'set GOOS and GOARCH (cgo needs a C cross-compiler in CC)' });
  }

  // ---- build settings ----
  env.CGO_ENABLED = '1';
  if (local.CGO_ENABLED !== '1') alignments.push({ dimension: 'setting', name: 'CGO_ENABLED', host: set.cgoEnabled ?? '1', plugin: local.CGO_ENABLED ?? '', action: '-buildmode=plugin needs cgo' });
  const localFlags = (local.GOFLAGS ?? '').split(/\s+/).filter(Boolean);
  // -mod is the plan's only when the module is vendored (it then picks the sources).
  const planned = (f: string) => PLANNED_FLAGS.test(f) || (view.vendored && MOD_FLAG.test(f));
  const keptFlags = localFlags.filter((f) => !planned(f));
  if (keptFlags.length !== localFlags.length) {
    env.GOFLAGS = keptFlags.join(' ');
    alignments.push({ dimension: 'setting', name: 'GOFLAGS', host: '(the settings below)', plugin: local.GOFLAGS ?? '', action: `dropped ${localFlags.filter(planned).join(' ')}: the plan sets these itself` });
  }
  const addFlag = (name: string, value: string | null, hostValue: string, why: string) => {
    flags.push(value === null ? name : `${name}=${value}`);
    alignments.push({ dimension: 'setting', name, host: hostValue, plugin: '', action: why });
  };
  if (hostTrimmed) addFlag('-trimpath', null, 'true', 'the host was built with -trimpath: source paths are part of every package hash');
  if (set.race) addFlag('-race', null, 'true', 'instrumentation changes runtime packages');
  if (set.msan) {
    addFlag('-msan', null, 'true', 'instrumentation changes runtime packages');
    // -fsanitize=memory exists only in clang: gcc, go's default C compiler, rejects it.
    if (!/clang/.test(local.CC ?? '')) {
      env.CC = 'clang';
      alignments.push({ dimension: 'setting', name: 'CC', host: 'clang', plugin: local.CC || '(default)', action: '-msan needs clang (gcc has no -fsanitize=memory)' });
    }
  }
  if (set.asan) addFlag('-asan', null, 'true', 'instrumentation changes runtime packages (the host needs ASAN_OPTIONS=detect_odr_violation=0 to load asan plugins)');
  const own = authorTags(local.GOFLAGS ?? '').filter((t) => !set.tags.includes(t));
  const tags = [...set.tags, ...own];
  if (set.tags.length) addFlag('-tags', tags.join(','), set.tags.join(','), 'tags select the files of shared packages');
  else if (own.length) flags.push(`-tags=${own.join(',')}`);
  if (own.length) alignments.push({ dimension: 'setting', name: '-tags (yours)', host: set.tags.join(',') || '(none)', plugin: own.join(','), action: 'kept, not checked here: if they select other files of a package the host links (a dependency\'s build tag), the plugin cannot load; the check after the build names that package' });
  const gc = set.gcflags;
  if (gc && safeGcflags(gc)) addFlag('-gcflags', gc, gc, 'compiler flags change the export data of the packages they apply to');
  else if (gc) {
    unaligned.push(finding(unsafeHostFlags, {
      message: `the host was built with -gcflags=${gc}; not applied: it holds flags that could make the compiler read or write other files`,
      fix: 'review the flags and pass them yourself: go build -buildmode=plugin -gcflags=… (or use the host binary instead of a manifest you do not trust)',
    }));
  }
  const pgo = set.pgo;
  // -pgo exists from go1.20 (default.pgo is used automatically from go1.21); older releases have no profiles at all.
  const v = goSemver(tc.version);
  const hasPgo = v !== null && semver.gte(v, '1.20.0');
  if (!hasPgo) {
    // nothing to align
  } else if (pgo && pgo !== 'off') {
    if (usableProfile(pgo)) addFlag('-pgo', pgo, pgo, 'a profile changes inlining, so the export data of the packages it covers');
    else {
      flags.push('-pgo=off');
      unaligned.push(finding(pgoProfileMissing, {
        message: `the host was built with the PGO profile ${JSON.stringify(pgo)}, which is not a file at an absolute path on this machine; packages the profile covers will differ if the plugin shares them`,
        fix: `copy the host's profile to ${shellQuote(pgo)} (or anywhere, and pass the same file with -pgo), then run build again`,
      }));
    }
  } else if (existsSync(path.join(view.dir, 'default.pgo'))) {
    flags.push('-pgo=off');
    alignments.push({ dimension: 'setting', name: '-pgo', host: 'off', plugin: 'default.pgo', action: 'the host used no profile; the plugin\'s default.pgo would change shared packages' });
  }
  for (const [k, v] of Object.entries(set.cgoFlags)) {
    if (v !== '' && v !== local[k] && !safeCflags(v)) {
      unaligned.push(finding(unsafeHostFlags, {
        severity: 'warning',
        message: `the host was built with ${k}=${v}; not applied: it holds flags that could make the C compiler or linker read other files or run other programs (C flags change only cgo packages outside the standard library)`,
        fix: `review the flags and set ${k} yourself if the plugin shares a cgo package with the host`,
      }));
    } else if (v !== '' && v !== local[k]) {
      env[k] = v;
      alignments.push({ dimension: 'setting', name: k, host: v, plugin: local[k] ?? '', action: 'cgo packages hash their C flags' });
    }
  }
  const hostExp = set.goexperiment;
  if (hostExp !== (local.GOEXPERIMENT ?? '')) {
    env.GOEXPERIMENT = hostExp;
    alignments.push({ dimension: 'setting', name: 'GOEXPERIMENT', host: hostExp || '(none)', plugin: local.GOEXPERIMENT || '(none)', action: 'experiments change runtime and compiler packages' });
  }
  // Unset, empty (releases before go1.24) and "off" all mean no FIPS module.
  const hostFips = set.gofips140 || 'off';
  if ((local.GOFIPS140 || 'off') !== hostFips) {
    env.GOFIPS140 = hostFips;
    alignments.push({ dimension: 'setting', name: 'GOFIPS140', host: hostFips, plugin: local.GOFIPS140 ?? '', action: 'selects the crypto/internal/fips140 sources' });
  }
  if (local.GOWORK && local.GOWORK !== 'off') {
    env.GOWORK = 'off';
    alignments.push({ dimension: 'setting', name: 'GOWORK', host: 'off', plugin: local.GOWORK, action: 'a workspace can replace shared modules behind go.mod\'s back; the plan edits go.mod instead' });
  }
  const hostVendored = recipe.pathPrefixes.vendorDirs.length > 0;
  if (view.vendored && !hostVendored) {
    flags.push('-mod=mod');
    alignments.push({ dimension: 'setting', name: '-mod', host: 'mod', plugin: 'vendor', action: 'the host built shared modules from the module cache; vendored copies are at other paths and may be edited' });
  } else if (view.vendored) flags.push('-mod=vendor');

  // ---- path prefixes (untrimmed host) ----
  if (hostTrimmed === false) {
    const mc = recipe.pathPrefixes.modcache;
    if (mc && mc !== local.GOMODCACHE && !usableModcache(mc)) {
      unaligned.push(finding(unsafeHostFlags, {
        message: `the host was built without -trimpath from the module cache ${JSON.stringify(mc)}; not used: go would download modules into it and compile what it finds there, and it is not a module cache on this machine, or a …/pkg/mod path, that only you (or root) can write on the way to`,
        fix: `if you trust that path, run build again with ${shellAssign('GOMODCACHE', mc)}; or build the host with -trimpath (and the plugin follows)`,
      }));
    } else if (mc && mc !== local.GOMODCACHE) {
      env.GOMODCACHE = mc;
      alignments.push({ dimension: 'path', name: 'GOMODCACHE', host: mc, plugin: local.GOMODCACHE ?? '', action: 'the host was built without -trimpath, so module sources must sit at the same absolute paths (go downloads into the new cache)' });
    }
    if (hostVendored) {
      unaligned.push(finding(hostPathUnreproducible, {
        message: `the host was built without -trimpath from vendored sources in ${recipe.pathPrefixes.vendorDirs.join(', ')}; a plugin can only match those packages if built from that very directory`,
        fix: 'host-side: build the host with -trimpath (and the plugin follows with -trimpath); or build the plugin inside the host\'s checkout at that path',
      }));
    }
  }

  // ---- modules the host also links ----
  const hostMain = recipe.pathPrefixes.mainModule;
  const hostDeps = new Map(recipe.modules.map((m) => [m.path, m]));
  const edits: string[] = [];
  const gets: string[] = [];
  const touched: string[] = [];
  for (const m of view.linked) {
    if (m.Path === hostMain?.path) {
      const dir = hostMain.dir;
      // Already built from the host's own checkout (the replace GPC302 would print): aligned.
      const replacedDir = m.Replace && !m.Replace.Version ? path.resolve(view.mainModule.dir, m.Replace.Dir ?? m.Replace.Path) : null;
      if (dir && hostTrimmed === false && replacedDir === path.resolve(dir)) continue;
      unaligned.push(finding(hostPathUnreproducible, {
        message: `the plugin links packages of the host's own module ${m.Path}; the host built them from its checkout${dir ? ` at ${dir}` : ''}, the plugin would take ${m.Version ?? 'another copy'}`,
        fix: dir && hostTrimmed === false
          ? `build against the host's checkout at exactly ${dir} (go mod edit -replace=${m.Path}=${dir}), or host-side: build the host with -trimpath`
          : `replace ${m.Path} with a checkout of the host's exact commit (go mod edit -replace=${m.Path}=DIR)`,
      }));
      continue;
    }
    const h = hostDeps.get(m.Path);
    if (!h) continue;
    const want = modLabel(h.version, h.replace);
    const have = modLabel(m.Version, m.Replace);
    if (isDirReplace(h.replace)) {
      planDirReplace(h, m, hostTrimmed, view, edits, touched, unaligned, alignments);
      continue;
    }
    const replaceOk = h.replace ? m.Replace?.Path === h.replace.path && m.Replace?.Version === h.replace.version : !m.Replace;
    const versionOk = m.Version === h.version;
    if (replaceOk && versionOk) continue;
    if (!replaceOk) edits.push(h.replace ? `-replace=${m.Path}=${h.replace.path}@${h.replace.version}` : `-dropreplace=${m.Path}`);
    if (!replaceOk && m.Replace && !m.Replace.Version) {
      // A directory (a fork, a patched copy): what it changes is lost, and code that needs it stops compiling.
      const dir = m.Replace.Dir ?? path.resolve(view.mainModule.dir, m.Replace.Path);
      unaligned.push(finding(localReplaceDropped, {
        message: `the plugin replaced ${m.Path} with the directory ${JSON.stringify(dir)}; to match the host, the plugin is built with ${want} instead, so changes made in that directory are not in the plugin`,
        fix: `if the plugin needs those changes, the host must be built with the same replace (then every plugin uses that directory); otherwise nothing to do`,
      }));
    }
    if (!versionOk) gets.push(`${m.Path}@${h.version}`);
    touched.push(m.Path);
    alignments.push({ dimension: 'module', name: m.Path, host: want, plugin: have, action: 'go.mod/go.sum edited in place' });
  }
  const goModCommands: string[][] = [];
  if (edits.length) goModCommands.push(['mod', 'edit', ...edits]);
  if (gets.length) goModCommands.push(['get', ...gets]);
  if (touched.length) goModCommands.push(['mod', 'download', ...touched]);

  const buildArgs = ['build', ...flags, '-o', output, '.'];
  const command = `cd ${shellQuote(view.dir)} && ${commandLine(env, [tc.go, ...buildArgs])}`;
  return {
    host: { file: host.file, goVersion: host.goVersion, goos: host.goos, goarch: host.goarch, trimpath: hostTrimmed },
    module: { path: view.mainModule.path, dir: view.mainModule.dir, package: view.importPath },
    toolchain: { version: tc.version, go: tc.go, how: tc.how },
    goModCommands,
    env,
    buildArgs,
    command,
    output,
    alignments,
    unaligned,
  };
}

/**
 * A host module built from a local directory: the plugin must build the
 * same sources, and an untrimmed host fixed their absolute path as well.
 */
function planDirReplace(
  h: RecipeModule, m: ListedModule, hostTrimmed: boolean | null, view: ModuleView,
  edits: string[], touched: string[], unaligned: Finding[], alignments: Alignment[],
): void {
  const target = h.replace!.path;
  const hostDir = h.replace!.dir;
  const have = m.Replace?.Dir ?? (m.Replace ? path.resolve(view.mainModule.dir, m.Replace.Path) : null);
  if (hostDir && have === hostDir) return;
  if (hostDir && existsSync(hostDir)) {
    edits.push(`-replace=${m.Path}=${hostDir}`);
    touched.push(m.Path);
    alignments.push({ dimension: 'module', name: m.Path, host: `=> ${target} (${hostDir})`, plugin: have ? `=> ${have}` : m.Version ?? '', action: hostTrimmed === false ? 'replaced with the host\'s directory, at the same absolute path (the host was built without -trimpath)' : 'replaced with the host\'s directory' });
    return;
  }
  if (hostDir) {
    unaligned.push(finding(hostDirReplace, {
      message: `the host built ${m.Path} from the directory ${hostDir} (replace => ${target}), which is not on this machine; the plugin builds it from ${have ?? m.Version ?? 'elsewhere'}`,
      fix: hostTrimmed === false
        ? `put the host's exact sources of ${m.Path} at ${shellWord(hostDir)} and run build again (the host was built without -trimpath, so the path must be the same); host-side: build the host with -trimpath, or require a published version of ${m.Path} instead of a directory`
        : `put the host's exact sources of ${m.Path} at ${hostDir} and run build again; host-side: require a published version instead of a directory`,
      commands: [shellCommand(['go', 'mod', 'edit', `-replace=${m.Path}=${hostDir}`])],
    }));
    return;
  }
  // A trimmed host does not say where the directory was; only the sources matter then.
  unaligned.push(finding(hostDirReplace, {
    severity: have ? 'warning' : 'error',
    message: have
      ? `the host built ${m.Path} from a local directory (replace => ${target}); the plugin uses ${have}, which must hold exactly the host's sources (nothing records them to compare)`
      : `the host built ${m.Path} from a local directory (replace => ${target}) that is not recorded in full; the plugin takes ${m.Version ?? 'another copy'}`,
    fix: `point the plugin at a checkout of the host's exact sources of ${m.Path}: go mod edit -replace=${m.Path}=DIR; host-side: require a published version instead of a directory`,
  }));
}

/** After the edits: modules whose selection still differs from the host's (MVS raised them again, …). */
export function leftovers(recipe: BuildRecipe, view: ModuleView): Finding[] {
  const out: Finding[] = [];
  const hostDeps = new Map(recipe.modules.map((d) => [d.path, d]));
  for (const m of view.linked) {
    const h = hostDeps.get(m.Path);
    if (!h || isDirReplace(h.replace)) continue;
    const replaceOk = h.replace ? m.Replace?.Path === h.replace.path && m.Replace?.Version === h.replace.version : !m.Replace;
    if (replaceOk && m.Version === h.version) continue;
    out.push(finding(moduleNotAligned, {
      message: `after the go.mod edits the plugin still selects ${m.Path} ${modLabel(m.Version, m.Replace)}; the host has ${modLabel(h.version, h.replace)}`,
      fix: `find what requires the other version (go mod graph | grep ${m.Path}) and align that module with the host too`,
      commands: [shellCommand(['go', 'mod', 'why', '-m', m.Path])],
    }));
  }
  return out;
}
