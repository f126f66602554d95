import type { BuildFacts } from './build-facts.js';
import { baseVersion, isTrimmed, mainModuleDir, raceOf, replaceDir, setting, tagsOf } from '../rules/query.js';

/**
 * How the host was built, as far as a plugin must repeat it: the part of a
 * host's facts that `build` turns into go.mod edits, environment and flags.
 * Written into manifests (`buildRecipe`) so that a plugin author can align a
 * build with a published host without its binary; derived from the facts
 * whenever a manifest predates it.
 */
export interface BuildRecipe {
  /** Exact release without experiment suffix, e.g. go1.26.8; null when unknown. */
  goVersion: string | null;
  goos: string | null;
  goarch: string | null;
  settings: {
    trimpath: boolean | null;
    race: boolean;
    msan: boolean;
    asan: boolean;
    tags: string[];
    gcflags: string | null;
    /** The profile's path as recorded (-pgo setting), or null. */
    pgo: string | null;
    cgoEnabled: string | null;
    cgoFlags: Record<string, string>;
    goexperiment: string;
    gofips140: string | null;
  };
  /** Every module the host links (not its main module), with its replacement; `dir` resolves a directory replacement where the binary says where it was. */
  modules: { path: string; version: string; replace: { path: string; version: string; dir: string | null } | null }[];
  /** Untrimmed hosts: the absolute prefixes of their sources. */
  pathPrefixes: {
    modcache: string | null;
    mainModule: { path: string; dir: string | null } | null;
    vendorDirs: string[];
  };
}

export function buildRecipe(h: BuildFacts): BuildRecipe {
  const inst = raceOf(h);
  const trimmed = isTrimmed(h);
  const cgoFlags: Record<string, string> = {};
  for (const k of ['CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS']) {
    const v = setting(h, k);
    if (v) cgoFlags[k] = v;
  }
  const dirReplace = (v: string) => v === '(devel)' || v === '';
  const main = h.buildInfo?.main ?? null;
  return {
    goVersion: baseVersion(h.goVersion),
    goos: h.goos,
    goarch: h.goarch,
    settings: {
      trimpath: trimmed,
      race: inst.race,
      msan: inst.msan,
      asan: inst.asan,
      tags: tagsOf(h) ?? [],
      gcflags: setting(h, '-gcflags') ?? null,
      pgo: setting(h, '-pgo') ?? null,
      cgoEnabled: setting(h, 'CGO_ENABLED') ?? null,
      cgoFlags,
      goexperiment: setting(h, 'GOEXPERIMENT') ?? /\bX:(\S+)/.exec(h.goVersion ?? '')?.[1] ?? '',
      gofips140: setting(h, 'GOFIPS140') ?? null,
    },
    modules: (h.buildInfo?.deps ?? []).map((m) => ({
      path: m.path,
      version: m.version,
      replace: m.replace
        ? {
          path: m.replace.path,
          version: m.replace.version,
          // Where the directory was: known from an untrimmed binary's source paths, or when the replace is absolute.
          dir: dirReplace(m.replace.version) ? (trimmed === false ? replaceDir(h, m) : m.replace.path.startsWith('/') ? m.replace.path : null) : null,
        }
        : null,
    })),
    pathPrefixes: {
      modcache: trimmed === false ? h.paths?.modcache ?? null : null,
      mainModule: main ? { path: main.path, dir: trimmed === false ? mainModuleDir(h) : null } : null,
      vendorDirs: trimmed === false ? h.paths?.vendorDirs ?? [] : [],
    },
  };
}
