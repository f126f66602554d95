import { BinaryFormatError } from '../io/errors.js';
import { LIMITS } from '../io/limits.js';

/**
 * NUL-terminated names in a string table, decoded in linear time overall.
 * A hostile table without NULs would make each lookup scan and copy to the
 * end of the table (quadratic in the number of symbols); here each name is
 * cut at `maxName` bytes, and the bytes
 * scanned by all lookups together may not exceed a small multiple of the
 * table (real tables share suffixes, never more).
 */
export class StringTable {
  private scanned = 0;
  private readonly scanBudget: number;

  constructor(
    readonly data: Buffer,
    readonly what: string,
    readonly maxName: number = LIMITS.nameBytesMax,
  ) {
    this.scanBudget = 4 * data.length + (1 << 20);
  }

  get(off: number): string {
    const end = this.end(off);
    return end <= off ? '' : this.data.toString('utf8', off, end);
  }

  /** Where the name at `off` ends (bounded and charged like `get`), for tests on its bytes without decoding it. */
  end(off: number): number {
    if (off < 0 || off >= this.data.length) return off;
    const limit = Math.min(this.data.length, off + this.maxName);
    // Searched in place (a subarray per name was most of the garbage of a symbol search); the
    // search may run past the cut, so the budget is charged for the bytes it really looked at.
    const nul = this.data.indexOf(0, off);
    const end = nul < 0 || nul > limit ? limit : nul;
    this.scanned += (nul < 0 ? this.data.length : nul) - off + 1;
    if (this.scanned > this.scanBudget) {
      throw new BinaryFormatError(`${this.what}: names overlap far more than any real string table (hostile or damaged)`);
    }
    return end;
  }
}

/** One NUL-terminated string at `off`, at most `max` bytes (a header field, not a table). */
export function cString(buf: Buffer, off: number, max: number = LIMITS.nameBytesMax): string {
  if (off < 0 || off >= buf.length) return '';
  const limit = Math.min(buf.length, off + max);
  const nul = buf.subarray(off, limit).indexOf(0);
  return buf.toString('utf8', off, nul < 0 ? limit : off + nul);
}

/**
 * Where a substring occurs in a string table, found natively, and which
 * names hold it: for each occurrence, where its name starts (after the last
 * NUL before it, looked for within one name length). Symbol tables test
 * each entry's name start against it (`containing`) without decoding names.
 */
export class Occurrences {
  private constructor(
    private readonly hits: number[],
    private readonly starts: number[],
    private readonly length: number,
  ) {}

  /** Null when `needle` does not occur (or is empty, or holds a NUL: no name can). */
  static of(table: StringTable, needle: Buffer): Occurrences | null {
    if (needle.length === 0 || needle.includes(0)) return null;
    const s = table.data;
    const hits: number[] = [];
    for (let h = s.indexOf(needle); h >= 0; h = s.indexOf(needle, h + 1)) hits.push(h);
    if (hits.length === 0) return null;
    const starts = hits.map((h) => {
      const from = Math.max(0, h - table.maxName);
      const nul = s.subarray(from, h).lastIndexOf(0);
      return nul < 0 ? from : from + nul + 1;
    });
    return new Occurrences(hits, starts, needle.length);
  }

  /**
   * Whether the name starting at `nameStart` holds an occurrence that ends
   * by `cutEnd` (where the name is cut): the first occurrence at or after
   * its start, if no NUL lies between.
   */
  inName(nameStart: number, cutEnd: number): boolean {
    let lo = 0, hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid]! < nameStart) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.hits.length && this.starts[lo]! <= nameStart && this.hits[lo]! + this.length <= cutEnd;
  }
}

/**
 * Names that start with one of some prefixes, compared in place in a string
 * table: prefixes hold no NUL, so equal bytes are within the name, and most
 * names fail on their first byte. Shared by the ELF and Mach-O symbol tables.
 */
export class PrefixMatcher {
  /** Every name matches (an empty prefix was given). */
  readonly all: boolean;
  /** No name can match (no usable prefix). */
  readonly none: boolean;
  private readonly want: Buffer[];
  private readonly firsts = new Uint8Array(256);

  constructor(private readonly table: StringTable, prefixes: readonly string[]) {
    this.want = prefixes.map((p) => Buffer.from(p, 'utf8')).filter((p) => p.length <= table.maxName && !p.includes(0));
    this.all = this.want.some((p) => p.length === 0);
    this.none = this.want.length === 0;
    for (const p of this.want) if (p.length) this.firsts[p[0]!] = 1;
  }

  /** Whether the name at `off` starts with one of the prefixes. */
  at(off: number): boolean {
    const s = this.table.data;
    const len = s.length;
    if (off >= len || this.firsts[s[off]!] === 0) return false;
    // Indexed, not for-of: this runs once per entry, before the code is optimised too.
    for (let w = 0; w < this.want.length; w++) {
      const p = this.want[w]!;
      if (off + p.length > len) continue;
      let k = 0;
      while (k < p.length && s[off + k] === p[k]) k++;
      if (k === p.length) return true;
    }
    return false;
  }
}

