import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildFacts } from '../facts/build-facts.js';
import type { Module } from '../go/buildinfo.js';
import type { LocalGo } from './go-env.js';

/** Splits GOFLAGS / --build-flags into words, keeping quoted values together. */
export function splitFlags(s: string): string[] {
  return [...s.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((m) => m[0].replace(/^(-[\w-]+=)?["'](.*)["']$/, '$1$2'));
}

function flagValue(flags: string[], name: string): string | undefined {
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!.replace(/^--/, '-');
    if (f === name) return flags[i + 1] && !flags[i + 1]!.startsWith('-') ? flags[i + 1] : 'true';
    if (f.startsWith(name + '=')) return f.slice(name.length + 1);
  }
  return undefined;
}

/**
 * The build facts the plugin *will* have if built here now: what `go env` and
 * `go list -m all` say, plus the planned flags, shaped like facts read from a
 * binary so the same cause rules can compare them with the host.
 */
export function plannedFacts(dir: string, local: LocalGo, buildFlags: string[]): BuildFacts {
  const flags = [...splitFlags(local.env.GOFLAGS ?? ''), ...buildFlags];
  const main = local.modules.find((m) => m.Main);
  const toModule = (m: LocalGo['modules'][number]): Module => ({
    path: m.Path,
    version: m.Version ?? '(devel)',
    sum: m.Sum ?? '',
    replace: m.Replace ? { path: m.Replace.Path, version: m.Replace.Version ?? '(devel)', sum: m.Replace.Sum ?? '', replace: null } : null,
  });
  const settings: { key: string; value: string }[] = [{ key: '-buildmode', value: 'plugin' }];
  const trimpath = flagValue(flags, '-trimpath');
  for (const k of ['-race', '-msan', '-asan', '-tags', '-gcflags', '-ldflags', '-trimpath']) {
    const v = flagValue(flags, k);
    if (v !== undefined) settings.push({ key: k, value: v });
  }
  for (const k of ['CGO_ENABLED', 'CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS', 'GOARCH', 'GOEXPERIMENT', 'GOOS', 'GOAMD64', 'GOARM64', 'GOARM']) {
    const v = local.env[k];
    if (v !== undefined && (v !== '' || k.startsWith('CGO_'))) settings.push({ key: k, value: v });
  }
  const mod = flagValue(flags, '-mod');
  const vendored = mod === 'vendor' || (mod === undefined && existsSync(join(dir, 'vendor', 'modules.txt')));
  const modules = local.modules.filter((m) => !m.Main);
  return {
    file: dir,
    format: local.env.GOOS === 'darwin' ? 'macho' : 'elf',
    goos: local.env.GOOS ?? null,
    goarch: local.env.GOARCH ?? null,
    bits: /64|amd64|s390x/.test(local.env.GOARCH ?? '') ? 64 : 32,
    byteOrder: /^(ppc64|mips|mips64|s390x)$/.test(local.env.GOARCH ?? '') ? 'big' : 'little',
    machine: `${local.env.GOOS}/${local.env.GOARCH}`,
    kind: 'plugin',
    containerKind: 'shared-object',
    linkage: 'dynamic',
    interpreter: null,
    needed: [],
    tables: { symbols: true, dynamicSymbols: true, dwarf: false, pclntab: false, buildInfo: true },
    stripped: false,
    goVersion: local.version || null,
    goVersionSource: 'buildinfo',
    goVersionRange: null,
    buildInfo: { path: main?.Path ?? '', main: main ? { path: main.Path, version: '(devel)', sum: '', replace: null } : null, deps: modules.map(toModule), settings },
    compileUnits: [],
    compilerFlags: { common: [], perPackage: [] },
    paths: {
      trimmed: trimpath === 'true',
      goroot: local.env.GOROOT ?? null,
      modcache: local.env.GOMODCACHE ?? null,
      modules: modules.filter((m) => m.Version).map((m) => ({ path: m.Path, version: m.Version! })),
      localDirs: main?.Dir ? [main.Dir] : [dir],
      vendorDirs: vendored ? [join(main?.Dir ?? dir, 'vendor')] : [],
    },
    pluginPath: main?.Path ?? null,
    mainPackage: main?.Path ?? null,
    packageHashes: [],
    packageHashSource: null,
    exportedHashes: [],
    symbolSpelling: null,
    pluginSupport: null,
    exportedSymbols: [],
    mainPackageSymbols: [],
  };
}
