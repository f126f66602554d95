import { BinaryFormatError } from '../io/errors.js';
import { Occurrences, PrefixMatcher, type StringTable } from './string-table.js';
import type { SymbolEntry } from './types.js';

/**
 * One ELF symbol table (SHT_SYMTAB or SHT_DYNSYM) read once, whose entries
 * are decoded only when asked for. Go binaries hold 10⁴–10⁶ symbols and the
 * readers want a few dozen of them: a search compares name bytes in the
 * string table (prefixes in place, substrings by the string table's own
 * native search), and only the entries that match become objects.
 */
export class ElfSymbolTable {
  /** Entries, including the null entry 0. */
  readonly count: number;
  /** Each entry's name offset, validated once against the string table. */
  private readonly nameOffs: Uint32Array;
  /** Results of earlier prefix searches (readers ask some twice). */
  private readonly memo = new Map<string, SymbolEntry[]>();

  constructor(
    private readonly data: Buffer,
    private readonly strs: StringTable,
    private readonly bits: 32 | 64,
    private readonly littleEndian: boolean,
    what: string,
    /** Memory for the index (the file's own, reused after it: see FileSource.scratch). */
    memory: (bytes: number) => Buffer = Buffer.allocUnsafeSlow,
  ) {
    const ent = bits === 64 ? 24 : 16;
    this.count = Math.floor(data.length / ent);
    const mem = memory(this.count * 4);
    this.nameOffs = new Uint32Array(mem.buffer, mem.byteOffset, this.count);
    if (this.count) this.nameOffs[0] = 0;
    const strLen = strs.data.length;
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    for (let i = 1; i < this.count; i++) {
      const nameOff = view.getUint32(i * ent, littleEndian);
      if (nameOff >= strLen && nameOff !== 0) {
        throw new BinaryFormatError(`${what}: symbol ${i} has name offset ${nameOff} outside its string table (${strLen} bytes)`);
      }
      this.nameOffs[i] = nameOff;
    }
  }

  /** Entry `i` (1 ≤ i < count), decoded. */
  entry(i: number): SymbolEntry {
    const d = this.data;
    const le = this.littleEndian;
    let info: number, shndx: number, value: number, size: number;
    if (this.bits === 64) {
      const o = i * 24;
      info = d[o + 4]!;
      shndx = le ? d.readUInt16LE(o + 6) : d.readUInt16BE(o + 6);
      value = u64(d, o + 8, le);
      size = u64(d, o + 16, le);
    } else {
      const o = i * 16;
      value = le ? d.readUInt32LE(o + 4) : d.readUInt32BE(o + 4);
      size = le ? d.readUInt32LE(o + 8) : d.readUInt32BE(o + 8);
      info = d[o + 12]!;
      shndx = le ? d.readUInt16LE(o + 14) : d.readUInt16BE(o + 14);
    }
    return {
      name: this.strs.get(this.nameOffs[i]!),
      value,
      size,
      section: shndx === 0 || shndx >= 0xff00 ? null : shndx,
      global: info >> 4 !== 0,
      weak: info >> 4 === 2,
    };
  }

  /** Entry i's address and section, without decoding its name. */
  valueOf(i: number): { value: number; section: number | null } {
    const d = this.data;
    const le = this.littleEndian;
    let shndx: number, value: number;
    if (this.bits === 64) {
      const o = i * 24;
      shndx = le ? d.readUInt16LE(o + 6) : d.readUInt16BE(o + 6);
      value = u64(d, o + 8, le);
    } else {
      const o = i * 16;
      value = le ? d.readUInt32LE(o + 4) : d.readUInt32BE(o + 4);
      shndx = le ? d.readUInt16LE(o + 14) : d.readUInt16BE(o + 14);
    }
    return { value, section: shndx === 0 || shndx >= 0xff00 ? null : shndx };
  }

  /** Every entry, in table order. */
  all(): SymbolEntry[] {
    const out: SymbolEntry[] = [];
    for (let i = 1; i < this.count; i++) out.push(this.entry(i));
    return out;
  }

  /**
   * Entries whose name starts with one of `prefixes`, in table order. The
   * prefixes hold no NUL, so equal bytes are within the name: no name's end
   * need be found for the entries that do not match (most fail on the first byte).
   */
  withPrefix(prefixes: readonly string[]): SymbolEntry[] {
    const key = prefixes.join('\0');
    const known = this.memo.get(key);
    if (known) return known.slice();
    const m = new PrefixMatcher(this.strs, prefixes);
    const out: SymbolEntry[] = [];
    for (let i = 1; i < this.count && !m.none; i++) if (m.all || m.at(this.nameOffs[i]!)) out.push(this.entry(i));
    this.memo.set(key, out);
    return out.slice();
  }

  /**
   * Entries whose name contains `needle`, in table order. The occurrences in
   * the string table are found natively; a name starting at `off` contains
   * the needle iff the first occurrence at or after `off` ends within the
   * name (no NUL between, within the name-length cut).
   */
  containing(needle: string): SymbolEntry[] {
    const want = Buffer.from(needle, 'utf8');
    if (want.length === 0) return this.all();
    const found = Occurrences.of(this.strs, want);
    if (!found) return [];
    const out: SymbolEntry[] = [];
    for (let i = 1; i < this.count; i++) {
      const off = this.nameOffs[i]!;
      if (found.inName(off, off + this.strs.maxName)) out.push(this.entry(i));
    }
    return out;
  }
}

/** A 64-bit word as a number: hi·2³² + lo rounds once, as Number(BigInt) does, without allocating a BigInt. */
export function u64(d: Buffer, o: number, littleEndian: boolean): number {
  const lo = littleEndian ? d.readUInt32LE(o) : d.readUInt32BE(o + 4);
  const hi = littleEndian ? d.readUInt32LE(o + 4) : d.readUInt32BE(o);
  return hi * 0x1_0000_0000 + lo;
}
