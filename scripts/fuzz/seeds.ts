import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openContainers } from '../../src/container/open.js';
import { formatModInfo } from '../../src/go/buildinfo.js';
import { readCompileUnits } from '../../src/go/dwarf-producers.js';
import { readPclnFiles } from '../../src/go/pclntab.js';
import { readBuildFacts } from '../../src/facts/build-facts.js';
import { toManifest } from '../../src/facts/manifest.js';
import { buildFat, goElf, goMacho, type GoBinarySpec } from '../../test/hostile/build.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/bin');

/** Corpus files, smallest first (they are the cheapest to mutate whole). */
export function corpusFiles(max = 1000): string[] {
  if (!existsSync(FIXTURES)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(FIXTURES);
  return out.sort((a, b) => statSync(a).size - statSync(b).size).slice(0, max);
}

/**
 * The corpus distilled: each real binary's tables (its build info, first
 * file names, compile units, package hashes, plugin path) rewritten into a
 * miniature ELF and Mach-O of a few KB with the same layouts, so the fuzzer
 * starts from real content at a thousand times the speed of whole binaries.
 */
export function distilledSeeds(files: string[]): Buffer[] {
  const seeds: Buffer[] = [];
  for (const file of files) {
    let cs;
    try {
      cs = openContainers(file);
    } catch {
      continue;
    }
    try {
      const c = cs[0]!;
      const f = readBuildFacts(file, c);
      const spec: GoBinarySpec = {
        goVersion: f.goVersion ?? 'go1.26.8',
        modinfo: f.buildInfo ? formatModInfo(f.buildInfo) : null,
        files: (readPclnFiles(c)?.files ?? []).slice(0, 24),
        units: (readCompileUnits(c) ?? []).slice(0, 12),
        packages: f.packageHashes.slice(0, 16),
        pluginPath: f.kind === 'plugin' ? f.pluginPath : null,
        exports: f.exportedSymbols.slice(0, 4),
      };
      seeds.push(goElf(spec), goElf({ ...spec, compressDwarf: true }), goElf({ ...spec, compressDwarf: 'zstd' }));
      if (f.kind === 'plugin') seeds.push(goMacho(spec));
    } catch {
      // a corpus file our readers reject is still a raw seed
    } finally {
      cs[0]?.source.close();
    }
  }
  if (seeds.length > 0) {
    const m = seeds.find((s) => s.readUInt32LE(0) === 0xfeedfacf);
    if (m) seeds.push(buildFat([{ cpu: 0x01000007, data: m }, { cpu: 0x0100000c, data: m }]));
  }
  return seeds;
}

/** Host manifests made from real hosts, for the manifest target. */
export function manifestSeeds(files: string[]): Buffer[] {
  const out: Buffer[] = [];
  for (const file of files) {
    try {
      const cs = openContainers(file);
      try {
        const f = readBuildFacts(file, cs[0]!);
        if (f.kind !== 'executable') continue;
        // Trim long lists: the reader's cost is what matters, not the size of the seed.
        const small = { ...f, exportedHashes: f.exportedHashes.slice(0, 12), packageHashes: f.packageHashes.slice(0, 12), compileUnits: f.compileUnits.slice(0, 6) };
        out.push(Buffer.from(JSON.stringify(toManifest(small, 'fuzz'))));
      } finally {
        cs[0]?.source.close();
      }
    } catch {
      // not a host
    }
    if (out.length >= 4) break;
  }
  return out;
}
