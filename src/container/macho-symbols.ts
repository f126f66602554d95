import { u64 } from './elf-symbols.js';
import { Occurrences, PrefixMatcher, type StringTable } from './string-table.js';
import type { Section, SymbolEntry } from './types.js';

const N_STAB = 0xe0;
const N_TYPE = 0x0e;
const N_EXT = 0x01;
const N_SECT = 0x0e;
const UNDERSCORE = 0x5f;

/**
 * A Mach-O nlist table read once, whose entries are decoded only when asked
 * for: searches compare name bytes in the string table (after Mach-O's
 * leading `_`), as for ELF (elf-symbols.ts). Mach-O records no symbol
 * sizes; a symbol's size is the distance to the next higher address of a
 * defined symbol (or its section's end), so the addresses of the defined
 * symbols are kept sorted, once, for a bisection per decoded entry.
 */
export class MachoSymbolTable {
  readonly count: number;
  private readonly ent: number;
  private sortedValues: Float64Array | null = null;

  constructor(
    private readonly data: Buffer,
    private readonly strs: StringTable,
    private readonly bits: 32 | 64,
    private readonly sections: readonly Section[],
  ) {
    this.ent = bits === 64 ? 16 : 12;
    this.count = Math.floor(data.length / this.ent);
  }

  private type(i: number): number {
    return this.data[i * this.ent + 4]!;
  }
  private sect(i: number): number {
    return this.data[i * this.ent + 5]!;
  }
  private value(i: number): number {
    const o = i * this.ent + 8;
    return this.bits === 64 ? u64(this.data, o, true) : this.data.readUInt32LE(o);
  }
  private defined(i: number): boolean {
    return (this.type(i) & N_TYPE) === N_SECT && this.sect(i) > 0;
  }
  /** Where entry i's name starts, after the leading `_`. */
  private nameStart(i: number): number {
    const off = this.data.readUInt32LE(i * this.ent);
    return this.strs.data[off] === UNDERSCORE && off < this.strs.data.length ? off + 1 : off;
  }

  /** Entry i, decoded (null for debugging stabs, which are not symbols). */
  private entry(i: number): SymbolEntry | null {
    const type = this.type(i);
    if (type & N_STAB) return null;
    const value = this.value(i);
    let name = this.strs.get(this.data.readUInt32LE(i * this.ent));
    if (name.startsWith('_')) name = name.slice(1);
    const defined = this.defined(i);
    const section = defined ? this.sect(i) - 1 : null;
    let size = 0;
    if (section !== null) {
      const sec = this.sections[section];
      const secEnd = sec ? sec.addr + sec.size : value;
      const next = this.nextAbove(value);
      const end = next !== null ? Math.min(next, secEnd) : secEnd;
      size = Math.max(0, end - value);
    }
    return { name, value, size, section, global: (type & N_EXT) !== 0 };
  }

  /** The lowest address of a defined symbol above `value`. */
  private nextAbove(value: number): number | null {
    if (!this.sortedValues) {
      const vs: number[] = [];
      for (let i = 0; i < this.count; i++) if (!(this.type(i) & N_STAB) && this.defined(i)) vs.push(this.value(i));
      this.sortedValues = Float64Array.from(vs).sort();
    }
    const s = this.sortedValues;
    let lo = 0, hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo < s.length ? s[lo]! : null;
  }

  /** Every symbol, in table order. */
  all(): SymbolEntry[] {
    const out: SymbolEntry[] = [];
    for (let i = 0; i < this.count; i++) {
      const e = this.entry(i);
      if (e) out.push(e);
    }
    return out;
  }

  /** Symbols whose name starts with one of `prefixes`, in table order (name bytes compared in place). */
  withPrefix(prefixes: readonly string[]): SymbolEntry[] {
    const m = new PrefixMatcher(this.strs, prefixes);
    if (m.all) return this.all();
    const out: SymbolEntry[] = [];
    for (let i = 0; i < this.count && !m.none; i++) {
      if (!m.at(this.nameStart(i))) continue;
      const e = this.entry(i);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * Symbols whose name contains `needle`, in table order: its occurrences in
   * the string table are found natively, and a name holds one when the first
   * occurrence at or after the name's start has no NUL before it (within the
   * name-length cut).
   */
  containing(needle: string): SymbolEntry[] {
    const want = Buffer.from(needle, 'utf8');
    if (want.length === 0) return this.all();
    const found = Occurrences.of(this.strs, want);
    if (!found) return [];
    const out: SymbolEntry[] = [];
    for (let i = 0; i < this.count; i++) {
      const raw = this.data.readUInt32LE(i * this.ent);
      // The name is cut at maxName bytes from its raw start (the `_` included), as StringTable.get cuts it.
      if (found.inName(this.nameStart(i), raw + this.strs.maxName)) {
        const e = this.entry(i);
        if (e) out.push(e);
      }
    }
    return out;
  }
}
