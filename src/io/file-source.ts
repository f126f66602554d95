import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { BinaryFormatError } from './errors.js';
import { Budget, LIMITS, LimitError } from './limits.js';
import { readArena } from './read-arena.js';

/** What kind of thing a path is, for the error when it is not a regular file. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Where the bytes come from: a file descriptor, or memory (tests and the fuzzer). */
interface Backing {
  open: boolean;
  fd: number | null;
  memory: Buffer | null;
  budget: Budget;
  /** Whether this file holds the read arena (large reads come from it until close). */
  arena: boolean;
  /** The last few blocks small reads came from, most recent first (absolute file offsets). */
  blocks: { start: number; data: Buffer }[];
  /** Bytes read into blocks: bounded like the budget, past it small reads go to the file directly. */
  blockBytes: number;
}

/**
 * Small reads (header words, module data fields, strings, 8-byte hashes) are
 * served from a few blocks of the file read around them: decoders ask for
 * hundreds of words close together per binary, and a system call each cost
 * more than decoding them. A block starts at the page below the read, so it
 * always holds the whole read.
 */
const SMALL_READ = 2 << 10;
const BLOCK = 16 << 10;
const PAGE = 4 << 10;
const BLOCKS_KEPT = 4;
/** Small-read blocks taken from the read arena per file, at most (bytes). */
const ARENA_BLOCK_BYTES = 1 << 20;

/**
 * Bounded random access to one file (or a slice of it, for universal
 * Mach-O). Every read is checked against the end of the source and charged
 * to the file's budget, so a hostile header can never make us read outside
 * the file, allocate more than one bounded read, or read without end; the
 * file itself is never loaded whole.
 */
export class FileSource {
  private constructor(
    private readonly backing: Backing,
    readonly path: string,
    readonly base: number,
    readonly size: number,
    /** Device, inode, size and change time of the file: what makes two paths, or two reads, the same file. */
    readonly identity: string,
  ) {}

  /** The budget of the whole file (shared by its slices). */
  get budget(): Budget {
    return this.backing.budget;
  }

  /**
   * Opens a regular file. O_NONBLOCK keeps a FIFO or a device from blocking
   * in open(2); fstat on the descriptor then rejects anything that is not a
   * regular file, without a race between a stat and the open.
   */
  static open(path: string): FileSource {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) {
        throw Object.assign(new Error(`is ${kindOf(st)}, not a regular file`), { code: st.isDirectory() ? 'EISDIR' : 'ENOTREG' });
      }
      return new FileSource({ open: true, fd, memory: null, budget: new Budget(st.size), arena: readArena.acquire(), blocks: [], blockBytes: 0 }, path, 0, st.size, fileIdentity(st));
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  /** A source over bytes already in memory (the fuzzer, tests). */
  static fromBuffer(data: Buffer, path = '<memory>'): FileSource {
    return new FileSource({ open: true, fd: null, memory: data, budget: new Budget(data.length), arena: false, blocks: [], blockBytes: 0 }, path, 0, data.length, `memory:${path}`);
  }

  /** A view of [offset, offset+length) of this source (a universal Mach-O slice). */
  slice(offset: number, length: number): FileSource {
    this.check(offset, length, 'slice');
    return new FileSource(this.backing, this.path, this.base + offset, length, this.identity);
  }

  /** Reads exactly `length` bytes at `offset`, or throws naming `what`. */
  read(offset: number, length: number, what = 'data'): Buffer {
    this.admit(offset, length, what);
    if (this.backing.memory) return this.backing.memory.subarray(this.base + offset, this.base + offset + length);
    if (length <= SMALL_READ) return this.smallRead(this.base + offset, length, what);
    return this.readInto(this.scratch(length), this.base + offset, what);
  }

  /**
   * Reads exactly `length` bytes at `offset` into the start of `buf` (memory
   * the caller reuses, such as a stream's input piece); returns that view.
   */
  fill(buf: Buffer, offset: number, length: number, what = 'data'): Buffer {
    if (length > buf.length) throw new RangeError(`${what}: ${length} bytes do not fit a ${buf.length}-byte buffer`);
    this.admit(offset, length, what);
    const into = buf.subarray(0, length);
    if (this.backing.memory) {
      this.backing.memory.copy(into, 0, this.base + offset, this.base + offset + length);
      return into;
    }
    return this.readInto(into, this.base + offset, what);
  }

  /**
   * `length` bytes of uninitialised memory for the file being read: from the
   * reused arena when it holds this file, so, like a read, it must not
   * outlive the file's close (or the `scoped` phase that took it).
   */
  scratch(length: number): Buffer {
    // Both are 8-byte aligned (node aligns its pool's slices), so typed arrays of any width can view them.
    return (this.backing.arena && length >= readArena.minRead && readArena.take(length)) || Buffer.allocUnsafe(length);
  }

  /** The checks and the charge every read passes. */
  private admit(offset: number, length: number, what: string): void {
    this.check(offset, length, what);
    if (length > LIMITS.singleReadBytes) {
      throw new LimitError(`${what}: ${length} bytes in one table, more than the ${LIMITS.singleReadBytes >> 20} MiB any real binary needs`);
    }
    if (!this.backing.open) throw new Error(`${this.path}: read after close`);
    this.backing.budget.chargeRead(length, what);
  }

  /**
   * A read of at most SMALL_READ bytes at absolute offset `abs`, as a view of
   * a cached block (charged to the budget like any read of `length` bytes).
   * The bytes read into blocks have a bound of their own, the budget's: a
   * file whose small reads are all far apart (hostile) gets direct reads
   * once its blocks have read that much, so blocks never cost more than
   * twice the budget and never fail a read the budget allows.
   */
  private smallRead(abs: number, length: number, what: string): Buffer {
    const b = this.backing;
    for (let i = 0; i < b.blocks.length; i++) {
      const blk = b.blocks[i]!;
      if (abs >= blk.start && abs + length <= blk.start + blk.data.length) {
        if (i > 0) b.blocks.unshift(b.blocks.splice(i, 1)[0]!);
        return blk.data.subarray(abs - blk.start, abs - blk.start + length);
      }
    }
    const start = abs - (abs % PAGE);
    // The file's end, not the slice's: a universal Mach-O's slices share the blocks.
    const end = Math.min(start + BLOCK, b.budget.fileSize);
    if (b.blockBytes + (end - start) > b.budget.readBytesMax) return this.readInto(Buffer.allocUnsafe(length), abs, what);
    b.blockBytes += end - start;
    // The first blocks of a file come from its read memory; a file of scattered small reads (hostile) does not fill it with them.
    const mem = b.blockBytes <= ARENA_BLOCK_BYTES ? this.scratch(end - start) : Buffer.allocUnsafeSlow(end - start);
    const data = this.readInto(mem, start, what, abs + length - start);
    b.blocks.unshift({ start, data });
    if (b.blocks.length > BLOCKS_KEPT) b.blocks.pop();
    return data.subarray(abs - start, abs - start + length);
  }

  /**
   * Fills `buf` from absolute offset `abs`; at least `need` bytes (default:
   * all) must be there, or the file ended early. Returns the bytes read.
   */
  private readInto(buf: Buffer, abs: number, what: string, need = buf.length): Buffer {
    let done = 0;
    while (done < buf.length) {
      const n = readSync(this.backing.fd!, buf, done, buf.length - done, abs + done);
      if (n === 0) break;
      done += n;
    }
    if (done < need) throw new BinaryFormatError(`${what}: file ended early at byte ${abs + done - this.base}`);
    return done === buf.length ? buf : buf.subarray(0, done);
  }

  /**
   * Runs `read`, whose result must hold no Buffer of this file's (strings and
   * numbers only): the memory its reads took is reused by the reads after it,
   * so that a phase such as the DWARF units (MBs, inflated) does not add to
   * the symbol tables' memory.
   */
  scoped<T>(read: () => T): T {
    if (!this.backing.arena) return read();
    const mark = readArena.mark();
    const kept = new Set(this.backing.blocks);
    try {
      return read();
    } finally {
      readArena.reset(mark);
      // Blocks read in the phase are in memory it gave back.
      this.backing.blocks = this.backing.blocks.filter((blk) => kept.has(blk));
    }
  }

  /** Reads up to `length` bytes at `offset`, stopping at the end of the source. */
  readUpTo(offset: number, length: number, what = 'data'): Buffer {
    if (offset >= this.size) return Buffer.alloc(0);
    return this.read(offset, Math.min(length, this.size - offset), what);
  }

  private check(offset: number, length: number, what: string): void {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new BinaryFormatError(`${what}: invalid range (offset ${offset}, length ${length})`);
    }
    if (offset + length > this.size) {
      throw new BinaryFormatError(
        `${what}: range ${offset}..${offset + length} lies outside the file (${this.size} bytes)`,
      );
    }
  }

  /** Closes the file; slices share the descriptor, so closing any closes all. */
  close(): void {
    if (this.backing.open) {
      this.backing.open = false;
      if (this.backing.fd !== null) closeSync(this.backing.fd);
      this.backing.blocks = [];
      if (this.backing.arena) readArena.release();
    }
  }
}

/** `dev:ino:size:mtime`: equal for hard links of one file, different once it is rewritten. */
export function fileIdentity(st: Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}
