import type { Analysis } from '../facts/analyse.js';
import type { BuildFacts } from '../facts/build-facts.js';

export const SCHEMA_VERSION = 1;

/**
 * The `inspect` JSON entry for one binary: the contract fields of BRIEF.md
 * first, then everything else we know under names of their own.
 */
export function inspectEntry(a: Analysis): Record<string, unknown> {
  if (a.error !== null) {
    return {
      file: a.file, error: a.error, format: null, goos: null, goarch: null, kind: 'unknown',
      goVersion: null, goVersionSource: null, buildInfo: null, pluginPath: null, packageHashes: [],
    };
  }
  const f: BuildFacts = a.facts;
  return {
    file: f.file,
    error: null,
    format: f.format,
    goos: f.goos,
    goarch: f.goarch,
    kind: f.kind,
    goVersion: f.goVersion,
    goVersionSource: f.goVersionSource,
    buildInfo: f.buildInfo,
    pluginPath: f.pluginPath,
    packageHashes: f.packageHashes,
    // Extensions (schema v1 allows more fields).
    goVersionRange: f.goVersionRange,
    packageHashSource: f.packageHashSource,
    exportedHashes: f.exportedHashes.length === f.packageHashes.length && f.packageHashSource !== 'link-table' && f.packageHashSource !== 'module-data' ? undefined : f.exportedHashes,
    container: {
      kind: f.containerKind, bits: f.bits, byteOrder: f.byteOrder, machine: f.machine, linkage: f.linkage,
      interpreter: f.interpreter, needed: f.needed, tables: f.tables, stripped: f.stripped,
      ...(f.native ? { soname: f.native.soname, versionNeeds: f.native.versionNeeds } : {}),
      ...(f.fatArches ? { universal: f.fatArches } : {}),
    },
    mainPackage: f.mainPackage,
    symbolSpelling: f.symbolSpelling,
    pluginSupport: f.pluginSupport,
    ...(f.identity ? { identity: { ...f.identity, linkOrder: undefined } } : {}),
    exportedSymbols: f.exportedSymbols,
    compilerFlags: f.compilerFlags,
    compileUnits: f.compileUnits,
    paths: f.paths,
    ...(f.native ? { native: { libc: f.native.libc, libcEvidence: f.native.libcEvidence, glibcNeeded: f.native.glibcNeeded, sanitizerProvides: f.native.sanitizerProvides, sanitizerRequires: f.native.sanitizerRequires } } : {}),
  };
}

export function inspectJson(results: Analysis[]): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, binaries: results.map(inspectEntry) }, null, 2) + '\n';
}

/**
 * Writes the `inspect` document one binary at a time, byte for byte what
 * `inspectJson` prints for the whole batch, so that nothing accumulates.
 */
export class InspectJsonWriter {
  private count = 0;

  constructor(private readonly write: (text: string) => void) {
    write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "binaries": [`);
  }

  add(a: Analysis): void {
    const body = JSON.stringify(inspectEntry(a), null, 2).replaceAll('\n', '\n    ');
    this.write(`${this.count++ ? ',' : ''}\n    ${body}`);
  }

  end(): void {
    this.write(this.count ? '\n  ]\n}\n' : ']\n}\n');
  }
}
