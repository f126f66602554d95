import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { openContainers } from '../src/container/open.js';
import { analyseFile } from '../src/facts/analyse.js';
import { cli, cliJson } from './support/cli.js';
import { binPath, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);
const dir = mkdtempSync(join(tmpdir(), 'gpc-damaged-'));
const ELF = 'linux-amd64/go1.26.8/greeter-base.so';
const MACHO = 'darwin-arm64/go1.26.8/greeter-base.so';

/** A copy of a fixture with `edit` applied to its bytes. */
function damaged(name: string, from: string, edit: (b: Buffer) => void): string {
  const b = readFileSync(binPath(from));
  edit(b);
  const p = join(dir, name);
  writeFileSync(p, b);
  return p;
}

function sectionHeader(b: Buffer, name: string): number {
  const shoff = Number(b.readBigUInt64LE(40));
  const shnum = b.readUInt16LE(60);
  const shstrndx = b.readUInt16LE(62);
  const strOff = Number(b.readBigUInt64LE(shoff + shstrndx * 64 + 24));
  for (let i = 0; i < shnum; i++) {
    const ent = shoff + i * 64;
    const n = b.readUInt32LE(ent);
    const end = b.indexOf(0, strOff + n);
    if (b.toString('latin1', strOff + n, end) === name) return ent;
  }
  throw new Error(`no section ${name}`);
}

const CASES: [string, string, (b: Buffer) => void, RegExp][] = [
  ['elf-shoff-past-end', ELF, (b) => b.writeBigUInt64LE(BigInt(b.length + 4096), 40), /section headers: range .* outside the file/],
  ['elf-shnum-huge', ELF, (b) => b.writeUInt16LE(0xfff0, 60), /sections cannot fit|outside the file/],
  ['elf-phentsize', ELF, (b) => b.writeUInt16LE(7, 54), /program header size 7/],
  ['elf-bad-class', ELF, (b) => (b[4] = 9), /invalid class 9/],
  ['elf-shstrndx', ELF, (b) => b.writeUInt16LE(0xfeee, 62), /section name table index/],
  ['elf-symtab-size', ELF, (b) => b.writeBigUInt64LE(BigInt(b.length * 2), sectionHeader(b, '.symtab') + 32), /\.symtab extends past the end/],
  ['elf-symtab-offset', ELF, (b) => b.writeBigUInt64LE(BigInt(b.length - 10), sectionHeader(b, '.dynsym') + 24), /\.dynsym extends past the end/],
  ['elf-debug-info-garbage', ELF, (b) => {
    const off = Number(b.readBigUInt64LE(sectionHeader(b, '.debug_info') + 24));
    b.fill(0x5a, off + 24, off + 4000);
  }, /\.debug_info: corrupt compressed data/],
  ['elf-buildinfo-version-length', ELF, (b) => {
    // The inline encoding: 32-byte header, then a varint length and the Go version.
    const off = Number(b.readBigUInt64LE(sectionHeader(b, '.go.buildinfo') + 24));
    b[off + 32] = 0xff;
    b[off + 33] = 0xff;
    b[off + 34] = 0x7f;
  }, /build info at 0x[0-9a-f]+ is damaged: the Go version string runs outside the file/],
  ['elf-buildinfo-version-text', ELF, (b) => {
    const off = Number(b.readBigUInt64LE(sectionHeader(b, '.go.buildinfo') + 24));
    b.write('XX', off + 33, 'latin1');
  }, /build info at 0x[0-9a-f]+ is damaged: Go version "XX/],
  ['elf-symbol-name-offset', ELF, (b) => {
    const symtab = Number(b.readBigUInt64LE(sectionHeader(b, '.symtab') + 24));
    b.writeUInt32LE(0x7ffffff0, symtab + 24 * 5);
  }, /\.symtab: symbol 5 has name offset 2147483632 outside its string table/],
  ['macho-ncmds-huge', MACHO, (b) => b.writeUInt32LE(0xffffffff, 16), /load commands cannot fit/],
  ['macho-cmdsize-zero', MACHO, (b) => b.writeUInt32LE(0, 32 + 4), /load command 0 has invalid size 0/],
  ['macho-sizeofcmds', MACHO, (b) => b.writeUInt32LE(0x7fffffff, 20), /do not fit in the file/],
  ['not-a-binary', ELF, (b) => b.write('hello world, not a binary', 0), /not an ELF or Mach-O binary/],
  ['fat-too-many', MACHO, (b) => { b.writeUInt32BE(0xcafebabe, 0); b.writeUInt32BE(5000, 4); }, /5000 architectures/],
  ['fat-slice-outside', MACHO, (b) => { b.writeUInt32BE(0xcafebabe, 0); b.writeUInt32BE(1, 4); b.writeUInt32BE(0x0100000c, 8); b.writeUInt32BE(16384, 16); b.writeUInt32BE(0x7fffffff, 20); }, /slice 0 lies outside the file/],
];

describe('damaged files give one clear error each, and nothing else', () => {
  for (const [name, from, edit, want] of CASES) {
    test(name, () => {
      const p = damaged(name, from, edit);
      const [r] = analyseFile(p);
      assert.ok(r!.error, `expected an error for ${name}`);
      assert.match(r!.error!, want);
    });
  }
  for (const len of [0, 3, 17, 63, 200, 5000]) {
    test(`truncated to ${len} bytes`, () => {
      const p = join(dir, `trunc-${len}`);
      copyFileSync(binPath(ELF), p);
      truncateSync(p, len);
      const [r] = analyseFile(p);
      assert.ok(r!.error);
      assert.match(r!.error!, /too small|truncated|outside the file|ended early/);
    });
  }
  test('truncated to half: section data lies outside the file', () => {
    const p = join(dir, 'trunc-half');
    copyFileSync(binPath(ELF), p);
    truncateSync(p, Math.floor(readFileSync(p).length / 2));
    const [r] = analyseFile(p);
    assert.match(r!.error ?? '', /outside the file|past the end/);
  });

  test('inspect reports each file, exit 2, no stack trace', () => {
    const bad = damaged('cli-bad', ELF, (b) => b.writeBigUInt64LE(BigInt(b.length + 1), 40));
    const r = cliJson(['inspect', '--format', 'json', bad, binPath(ELF), join(dir, 'missing-file'), dir]);
    assert.equal(r.code, 2);
    const [a, b, c, d] = r.json.binaries;
    assert.match(a.error, /outside the file/);
    assert.equal(a.file, bad);
    assert.equal(b.error, null);
    assert.equal(b.kind, 'plugin');
    assert.equal(c.error, 'no such file');
    assert.equal(d.error, 'is a directory, not a regular file');
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  test('check: an unreadable plugin is reported, the others are still judged', () => {
    const bad = damaged('cli-bad2', ELF, (b) => b.writeUInt16LE(7, 54));
    const r = cliJson(['check', '--format', 'json', '--host', binPath('linux-amd64/go1.26.8/host-base'), bad, binPath(ELF)]);
    assert.equal(r.code, 2);
    assert.equal(r.json.plugins[0].failure.kind, 'unreadable');
    assert.match(r.json.plugins[0].failure.message, /program header size 7/);
    assert.equal(r.json.plugins[1].loads, true);
  });

  test('check: an unreadable host is a clear usage-level error', () => {
    const r = cli(['check', '--host', join(dir, 'nope'), binPath(ELF)]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read host .*nope: no such file/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mutation fuzzing of headers and tables', () => {
  for (const from of [ELF, MACHO, 'linux-amd64/go1.19.8/greeter-base.so']) {
    test(`200 mutations of ${from}: errors are descriptive, never crashes or hangs`, () => {
      const orig = readFileSync(binPath(from));
      const rand = rng(from.length * 7919);
      const c = openContainers(binPath(from))[0]!;
      // Regions that structure the file: headers, section table, buildinfo, symbol and pclntab headers.
      const regions: [number, number][] = [[0, 4096]];
      for (const s of c.sections) if (s.inFile && /buildinfo|symtab|dynsym|gopclntab|debug_abbrev|dynamic|strtab/.test(s.name)) regions.push([s.offset, Math.min(s.size, 256)]);
      if (c.format === 'elf') regions.push([Number(orig.readBigUInt64LE(40)), orig.readUInt16LE(60) * 64]);
      c.source.close();
      const p = join(dir, 'fuzz');
      for (let i = 0; i < 200; i++) {
        const b = Buffer.from(orig);
        const flips = 1 + Math.floor(rand() * 4);
        for (let k = 0; k < flips; k++) {
          const [start, len] = regions[Math.floor(rand() * regions.length)]!;
          const at = start + Math.floor(rand() * Math.max(1, len));
          b[at] = Math.floor(rand() * 256);
        }
        writeFileSync(p, b);
        const t0 = performance.now();
        const results = analyseFile(p);
        const ms = performance.now() - t0;
        assert.ok(ms < 5000, `mutation ${i} took ${ms} ms`);
        for (const r of results) {
          if (r.error) assert.doesNotMatch(r.error, /Cannot read|undefined|is not a function|is not iterable|Maximum call stack/, `mutation ${i}: ${r.error}`);
        }
      }
    });
  }
});
