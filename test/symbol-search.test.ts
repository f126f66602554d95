// Symbol searches by name bytes (elf-symbols.ts, macho-symbols.ts) and relocations by address
// (elf-relocations.ts) against the straightforward definitions they replace: decode every entry,
// then filter its name; apply every relocation in order into a map. Random tables, shared
// suffixes, names cut at the name-length limit, duplicate and unordered relocations.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ElfRelocations } from '../src/container/elf-relocations.js';
import { ElfSymbolTable } from '../src/container/elf-symbols.js';
import { MachoSymbolTable } from '../src/container/macho-symbols.js';
import { StringTable } from '../src/container/string-table.js';
import type { Section } from '../src/container/types.js';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = Buffer.from('go:link._.ab\0\0');

function randomStrings(r: () => number, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = ALPHABET[Math.floor(r() * ALPHABET.length)]!;
  b[0] = 0;
  return b;
}

function elfTable(r: () => number, strs: Buffer, count: number): Buffer {
  const data = Buffer.alloc(24 * count);
  for (let i = 1; i < count; i++) {
    data.writeUInt32LE(Math.floor(r() * strs.length), i * 24);
    data[i * 24 + 4] = Math.floor(r() * 256);
    data.writeUInt16LE(Math.floor(r() * 5), i * 24 + 6);
    data.writeBigUInt64LE(BigInt(Math.floor(r() * 1e6)), i * 24 + 8);
    data.writeBigUInt64LE(BigInt(Math.floor(r() * 100)), i * 24 + 16);
  }
  return data;
}

const NEEDLES = ['go:link.', 'go', 'o:l', 'k._', '.', 'a', 'ab', 'go:link.ab', ''];

describe('symbol searches by name bytes', () => {
  test('ELF: prefixes and substrings find exactly what decoding every name finds', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      // A small name limit makes cut names common.
      const strs = new StringTable(randomStrings(r, 200 + Math.floor(r() * 400)), 'strtab', 4 + Math.floor(r() * 12));
      const t = new ElfSymbolTable(elfTable(r, strs.data, 50 + Math.floor(r() * 100)), strs, 64, true, 'symtab');
      const all = t.all();
      for (const p of NEEDLES) {
        assert.deepEqual(t.withPrefix([p]), all.filter((s) => s.name.startsWith(p)), `seed ${seed} prefix ${JSON.stringify(p)}`);
        assert.deepEqual(t.containing(p), all.filter((s) => s.name.includes(p)), `seed ${seed} needle ${JSON.stringify(p)}`);
      }
      assert.deepEqual(t.withPrefix(['go:', 'ab']), all.filter((s) => s.name.startsWith('go:') || s.name.startsWith('ab')));
    }
  });

  test('ELF: a name stored as the tail of another (a shared suffix) is found by its own start', () => {
    const strs = new StringTable(Buffer.from('\0foo.go:link.x\0bar\0'), 'strtab');
    const data = Buffer.alloc(24 * 4);
    [1, 5, 15].forEach((off, i) => data.writeUInt32LE(off, (i + 1) * 24));
    const t = new ElfSymbolTable(data, strs, 64, true, 'symtab');
    assert.deepEqual(t.withPrefix(['go:link.']).map((s) => s.name), ['go:link.x']);
    assert.deepEqual(t.containing('link').map((s) => s.name), ['foo.go:link.x', 'go:link.x']);
    assert.deepEqual(t.containing('bar').map((s) => s.name), ['bar']);
  });

  test('Mach-O: the same, after the leading underscore, with sizes from the next defined address', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = rng(seed);
      const strs = new StringTable(randomStrings(r, 300), 'strtab', 6 + Math.floor(r() * 10));
      const count = 60;
      const data = Buffer.alloc(16 * count);
      for (let i = 0; i < count; i++) {
        data.writeUInt32LE(Math.floor(r() * strs.data.length), i * 16);
        data[i * 16 + 4] = [0x0e, 0x0f, 0x01, 0x20, 0xe0][Math.floor(r() * 5)]!;
        data[i * 16 + 5] = Math.floor(r() * 3);
        data.writeBigUInt64LE(BigInt(Math.floor(r() * 1000)), i * 16 + 8);
      }
      const sections = [{ addr: 0, size: 600 }, { addr: 600, size: 600 }] as Section[];
      const t = new MachoSymbolTable(data, strs, 64, sections);
      const all = t.all();
      // Sizes as the full decode defined them: the next higher defined address, or the section's end.
      const defined = all.filter((s) => s.section !== null).map((s) => s.value).sort((a, b) => a - b);
      for (const s of all.filter((x) => x.section !== null)) {
        const sec = sections[s.section!];
        const next = defined.find((v) => v > s.value);
        const end = sec ? sec.addr + sec.size : s.value;
        assert.equal(s.size, Math.max(0, (next !== undefined ? Math.min(next, end) : end) - s.value));
      }
      for (const p of NEEDLES) {
        assert.deepEqual(t.withPrefix([p]), all.filter((s) => s.name.startsWith(p)), `seed ${seed} prefix ${JSON.stringify(p)}`);
        assert.deepEqual(t.containing(p), all.filter((s) => s.name.includes(p)), `seed ${seed} needle ${JSON.stringify(p)}`);
      }
      assert.deepEqual(t.withPrefix(['go:', 'ab']), all.filter((s) => s.name.startsWith('go:') || s.name.startsWith('ab')));
    }
  });
});

describe('relocations by address', () => {
  test('the last RELATIVE or ABSOLUTE entry for an address wins, across unordered sections', () => {
    const RELATIVE = 8, ABSOLUTE = 1;
    for (let seed = 1; seed <= 30; seed++) {
      const r = rng(seed);
      const syms = Array.from({ length: 10 }, (_, i) => ({ name: `s${i}`, value: 1000 * i, section: i % 3 === 0 ? null : 1 }));
      const sections = [0, 1].map(() => {
        const n = 20 + Math.floor(r() * 40);
        const data = Buffer.alloc(24 * n);
        for (let i = 0; i < n; i++) {
          data.writeBigUInt64LE(BigInt(8 * Math.floor(r() * 30)), i * 24);
          data.writeUInt32LE([RELATIVE, ABSOLUTE, 6, 7][Math.floor(r() * 4)]!, i * 24 + 8);
          data.writeUInt32LE(Math.floor(r() * 12), i * 24 + 12);
          data.writeBigUInt64LE(BigInt(Math.floor(r() * 500)), i * 24 + 16);
        }
        return { data, rela: true };
      });
      // The definition: apply every entry in order.
      const expect = new Map<number, { value: number | null; symbol: string | null }>();
      for (const { data } of sections) {
        for (let o = 0; o < data.length; o += 24) {
          const off = Number(data.readBigUInt64LE(o));
          const type = data.readUInt32LE(o + 8);
          const sym = data.readUInt32LE(o + 12);
          const addend = Number(data.readBigUInt64LE(o + 16));
          if (type === RELATIVE) expect.set(off, { value: addend, symbol: null });
          else if (type === ABSOLUTE && sym > 0 && syms[sym - 1]) {
            const s = syms[sym - 1]!;
            expect.set(off, { value: s.section !== null ? s.value + addend : null, symbol: s.name });
          }
        }
      }
      const rel = new ElfRelocations(sections, {
        bits: 64, littleEndian: true, relative: RELATIVE, absolute: ABSOLUTE,
        dynamicCount: syms.length + 1, dynamicSymbol: (i) => syms[i - 1]!, dynamicValue: (i) => syms[i - 1]!,
        implicitAddend: () => 0,
      });
      for (let addr = 0; addr < 8 * 32; addr += 4) {
        assert.deepEqual(rel.at(addr), expect.get(addr), `seed ${seed} at ${addr}`);
        assert.equal(rel.valueAt(addr), expect.get(addr)?.value, `seed ${seed} value at ${addr}`);
      }
      // Every address set to a value, found by value alone, and only within the range asked for.
      for (const target of new Set([...expect.values()].map((e) => e.value))) {
        if (target === null) continue;
        const want = [...expect].filter(([a, e]) => e.value === target && a >= 16 && a < 200).map(([a]) => a).sort((a, b) => a - b);
        assert.deepEqual(rel.addressesSetTo(16, 200, target).sort((a, b) => a - b), want, `seed ${seed} set to ${target}`);
      }
    }
  });
});
