import { BinaryFormatError } from './errors.js';

/**
 * Per-file limits. Every input may come from an attacker, so each reader
 * works within a budget derived from the file's own size and from what real
 * Go binaries need (docs/limits.md gives the numbers' reasons). Exceeding a
 * budget is a per-file error naming the limit, never a crash or a hang.
 */
export const LIMITS = {
  /** One read never allocates more than this (Buffer and readSync top out near 2 GiB). */
  singleReadBytes: 256 << 20,
  /** Bytes read from one file by all readers together: the file's size times this, ... */
  readFactor: 3,
  /** ... plus this slack, ... */
  readSlack: 1 << 20,
  /** ... but never more than this (the largest Go binaries are a few hundred MB). */
  readBytesMax: 768 << 20,
  /**
   * Bytes inflated from compressed DWARF of one file: the file's size times
   * this plus the slack, at most the max. zlib allows 1032:1, but Go's DWARF
   * inflates to about a quarter of the file's size (measured on the corpus):
   * far more is a bomb.
   */
  inflateRatio: 8,
  inflateSlack: 32 << 20,
  inflateBytesMax: 512 << 20,
  /** Entries (symbols, names, compile units, abbreviations, file names) decoded from one file: bounds memory (~250 MB at this count). */
  entriesMax: (1 << 19) + (1 << 16),
  /** Symbols in one symbol table: the largest Go binaries (kubelet-sized) have two or three hundred thousand. */
  symbolsMax: 1 << 19,
  /** Sections in one file: Go writes a few dozen; -ffunction-sections objects reach tens of thousands. */
  sectionsMax: 1 << 18,
  /** DWARF compile units: Go writes one per package (a few thousand at most). */
  compileUnitsMax: 1 << 16,
  /** File names in a pclntab: one per source file (tens of thousands at most). */
  pclnFilesMax: 1 << 18,
  /** A symbol or section name: longer than any name a Go toolchain writes (generic instantiations reach a few KB). */
  nameBytesMax: 64 << 10,
  /** A path: Linux's PATH_MAX; nothing longer can be a source file the compiler opened. */
  pathBytesMax: 4096,
  /** Go import paths (pkgname, plugin path): go/build refuses far shorter ones, this is generous. */
  importPathBytesMax: 4096,
  /** Bytes one heuristic scan (.rodata for a version string or hash run, pclntab header search) looks at. */
  scanBytesMax: 128 << 20,
  /** A host manifest (JSON): a host with thousands of packages writes a few MB. */
  manifestBytesMax: 16 << 20,
} as const;

/** The budget of one input file, shared by every reader of it (and every universal Mach-O slice). */
export class Budget {
  readonly readBytesMax: number;
  readonly inflateBytesMax: number;
  private read = 0;
  private inflated = 0;
  private entries = 0;

  constructor(readonly fileSize: number) {
    this.readBytesMax = Math.min(LIMITS.readBytesMax, fileSize * LIMITS.readFactor + LIMITS.readSlack);
    this.inflateBytesMax = Math.min(LIMITS.inflateBytesMax, fileSize * LIMITS.inflateRatio + LIMITS.inflateSlack);
  }

  chargeRead(n: number, what: string): void {
    this.read += n;
    if (this.read > this.readBytesMax) {
      throw new LimitError(`${what}: reading it would exceed this file's read budget of ${mb(this.readBytesMax)} (see docs/limits.md)`);
    }
  }

  /** Bytes inflated from this file so far. */
  get inflatedBytes(): number {
    return this.inflated;
  }

  chargeInflate(n: number, what: string): void {
    this.inflated += n;
    if (this.inflated > this.inflateBytesMax) {
      throw new LimitError(`${what}: decompresses to more than ${mb(this.inflateBytesMax)} (a decompression bomb?)`);
    }
  }

  chargeEntries(n: number, what: string): void {
    this.entries += n;
    if (this.entries > LIMITS.entriesMax) {
      throw new LimitError(`${what}: more than ${LIMITS.entriesMax} entries decoded from one file`);
    }
  }

  /** What was spent, for the fuzzer and the hostile-input tests. */
  usage(): { read: number; inflated: number; entries: number } {
    return { read: this.read, inflated: this.inflated, entries: this.entries };
  }
}

/** A budget or format maximum was exceeded: the file is rejected, with this reason. */
export class LimitError extends BinaryFormatError {}

/** Throws when a count read from a header cannot be right: more entries than the bytes could hold, or over the format's maximum. */
export function checkCount(count: number, entrySize: number, available: number, max: number, what: string): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new BinaryFormatError(`${what}: invalid count ${count}`);
  if (count * entrySize > available) {
    throw new BinaryFormatError(`${what}: ${count} entries of ${entrySize} bytes do not fit in the ${available} bytes there (truncated or damaged)`);
  }
  if (count > max) throw new LimitError(`${what}: ${count} entries, more than the ${max} any real binary has`);
}

const mb = (n: number) => (n >= 1 << 20 ? `${Math.round(n / (1 << 20))} MiB` : `${n} bytes`);
