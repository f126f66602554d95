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
    const nul = this.data.subarray(off, limit).indexOf(0);
    const end = nul < 0 ? limit : off + nul;
    this.scanned += end - off + 1;
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
