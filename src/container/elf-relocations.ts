/** What the loader writes at an address: a value (null when the symbol is undefined here) and the symbol it binds, if any. */
export interface Relocated {
  value: number | null;
  symbol: string | null;
}

export interface RelocationContext {
  bits: 32 | 64;
  littleEndian: boolean;
  /** The machine's RELATIVE and word-sized ABSOLUTE relocation types. */
  relative: number | undefined;
  absolute: number | undefined;
  /** Entries in the dynamic symbol table (including the null entry), entry i of it, and its address and section alone. */
  dynamicCount: number;
  dynamicSymbol: (i: number) => { name: string; value: number; section: number | null };
  dynamicValue: (i: number) => { value: number; section: number | null };
  /** REL keeps the addend in the relocated word itself. */
  implicitAddend: (addr: number) => number;
}

const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Table {
  data: DataView;
  rela: boolean;
  ent: number;
}

/**
 * The dynamic relocations of an ELF file, looked up by address: what a
 * pointer in a position-independent binary really holds (the file has 0
 * there). The sections stay as read, and an open-addressing hash of typed
 * arrays maps each relocated address to its entry (linkers interleave
 * relocation kinds, so the sections are not in address order), instead of
 * one object per relocation (PIE binaries have 10⁵–10⁶). Among entries for
 * one address the last one applied wins (later entries, later sections), and
 * only the two kinds we model count: RELATIVE, and ABSOLUTE against a symbol
 * the dynamic table has.
 */
export class ElfRelocations {
  private readonly tables: Table[];
  private readonly w: number;
  /** Address of each slot (NaN: empty), and the entry there: its index and its table. */
  private readonly keys: Float64Array;
  private readonly entry: Uint32Array;
  private readonly table: Uint16Array;
  private readonly mask: number;

  constructor(
    sections: { data: Buffer; rela: boolean }[],
    private readonly ctx: RelocationContext,
    /** Memory for the index (the file's own, reused after it: see FileSource.scratch). */
    memory: (bytes: number) => Buffer = Buffer.allocUnsafeSlow,
  ) {
    this.w = ctx.bits / 8;
    this.tables = sections.map(({ data, rela }) => ({ data: new DataView(data.buffer, data.byteOffset, data.length), rela, ent: (rela ? 3 : 2) * this.w }));
    // Sized for every entry (at most half full), so one pass fills it.
    const all = this.tables.reduce((n, t) => n + Math.floor(t.data.byteLength / t.ent), 0);
    let size = 8;
    while (size < 2 * all) size *= 2;
    this.mask = size - 1;
    // One block, widest first (8-byte aligned); only slots with a key are ever read in entry and table.
    const mem = memory(size * 14);
    this.keys = new Float64Array(mem.buffer, mem.byteOffset, size).fill(NaN);
    this.entry = new Uint32Array(mem.buffer, mem.byteOffset + size * 8, size);
    this.table = new Uint16Array(mem.buffer, mem.byteOffset + size * 12, size);
    this.tables.forEach((t, s) => {
      if (!this.indexRela64(t, s)) this.indexAny(t, s);
    });
  }

  private put(s: number, i: number, addr: number): void {
    const slot = this.slot(addr);
    this.keys[slot] = addr;
    this.entry[slot] = i;
    this.table[slot] = s;
  }

  /** Entries of a kind we model, in the order the loader applies them (any width, order or kind of table). */
  private indexAny(t: Table, s: number): void {
    const count = Math.floor(t.data.byteLength / t.ent);
    for (let i = 0; i < count; i++) {
      const o = i * t.ent;
      const type = this.type(t, o);
      if (type === this.ctx.relative || (type === this.ctx.absolute && this.symIndex(t, o) > 0 && this.symIndex(t, o) < this.ctx.dynamicCount)) {
        this.put(s, i, this.word(t, o));
      }
    }
  }

  /**
   * The same for the common table (64-bit little-endian RELA on a little-endian
   * machine, 4-aligned): read as 32-bit words in one loop without a call per entry read, which
   * matters in a short process whose code is not yet optimised (a plugin has
   * 10⁴ relocations, a PIE 10⁵–10⁶). False when the table is not of that kind.
   */
  private indexRela64(t: Table, s: number): boolean {
    if (this.w !== 8 || !t.rela || !this.ctx.littleEndian || !HOST_LE || t.data.byteOffset % 4 !== 0) return false;
    const u = new Uint32Array(t.data.buffer, t.data.byteOffset, Math.floor(t.data.byteLength / 24) * 6);
    const { relative, absolute, dynamicCount } = this.ctx;
    for (let i = 0, o = 0; o < u.length; i++, o += 6) {
      const type = u[o + 2]!;
      const sym = u[o + 3]!;
      if (type !== relative && (type !== absolute || sym === 0 || sym >= dynamicCount)) continue;
      this.put(s, i, u[o + 1]! * 0x1_0000_0000 + u[o]!);
    }
    return true;
  }

  /** The slot holding `addr`, or the empty slot where it would go (linear probing; the table is at most half full). */
  private slot(addr: number): number {
    const lo = addr >>> 0;
    const hi = Math.floor(addr / 0x1_0000_0000) >>> 0;
    let h = Math.imul((lo >>> 3) ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[h]!;
      if (k === addr || Number.isNaN(k)) return h;
      h = (h + 1) & this.mask;
    }
  }

  private word(t: Table, o: number): number {
    const le = this.ctx.littleEndian;
    if (this.w === 4) return t.data.getUint32(o, le);
    // hi·2³² + lo rounds once, exactly as Number(BigInt) of the same word does.
    const lo = t.data.getUint32(le ? o : o + 4, le);
    const hi = t.data.getUint32(le ? o + 4 : o, le);
    return hi * 0x1_0000_0000 + lo;
  }

  /** r_info's type and symbol: the low and high halves of a 64-bit word, the low byte and the rest of a 32-bit one. */
  private type(t: Table, o: number): number {
    const le = this.ctx.littleEndian;
    return this.w === 8 ? t.data.getUint32(le ? o + 8 : o + 12, le) : t.data.getUint32(o + 4, le) & 0xff;
  }
  private symIndex(t: Table, o: number): number {
    const le = this.ctx.littleEndian;
    return this.w === 8 ? t.data.getUint32(le ? o + 12 : o + 8, le) : t.data.getUint32(o + 4, le) >>> 8;
  }

  /**
   * The relocated addresses in [lo, hi) where the loader writes `target`, in
   * no particular order: each slot's value read where it is (no second hash
   * lookup, no object per entry; a plugin's data holds 10⁴ relocations).
   */
  addressesSetTo(lo: number, hi: number, target: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.keys.length; k++) {
      const a = this.keys[k]!;
      if (a >= lo && a < hi && this.valueIn(k) === target) out.push(a);
    }
    return out;
  }

  /** The value the loader writes by the relocation in slot `slot` (null: its symbol is undefined here). */
  private valueIn(slot: number): number | null {
    const t = this.tables[this.table[slot]!]!;
    const o = this.entry[slot]! * t.ent;
    const addend = t.rela ? this.word(t, o + 2 * this.w) : this.ctx.implicitAddend(this.keys[slot]!);
    if (this.type(t, o) === this.ctx.relative) return addend;
    const sym = this.ctx.dynamicValue(this.symIndex(t, o));
    return sym.section !== null ? sym.value + addend : null;
  }

  /** The symbol an ABSOLUTE relocation in slot `slot` binds (null for a RELATIVE one). */
  private symbolIn(slot: number): string | null {
    const t = this.tables[this.table[slot]!]!;
    const o = this.entry[slot]! * t.ent;
    return this.type(t, o) === this.ctx.relative ? null : this.ctx.dynamicSymbol(this.symIndex(t, o)).name;
  }

  /** What the loader writes at `addr` (undefined: no relocation we model, the file's word stands), without naming a symbol. */
  valueAt(addr: number): number | null | undefined {
    return this.lookup(addr, false)?.value;
  }

  /** The relocation the loader applies at `addr`, if one of the two kinds we model does. */
  at(addr: number): Relocated | undefined {
    return this.lookup(addr, true);
  }

  /** The relocation at `addr`; the symbol an ABSOLUTE one binds is named only when `named` (decoding the name costs). */
  private lookup(addr: number, named: boolean): Relocated | undefined {
    const slot = this.slot(addr);
    if (this.keys[slot] !== addr) return undefined;
    return { value: this.valueIn(slot), symbol: named ? this.symbolIn(slot) : null };
  }
}
