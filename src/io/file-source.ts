import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { BinaryFormatError } from './errors.js';

/**
 * Bounded random access to one file (or a slice of it, for universal
 * Mach-O). Every read is checked against the end of the source so that a
 * hostile header can never make us read outside the file or allocate more
 * than the file holds; the file itself is never loaded whole.
 */
export class FileSource {
  private constructor(
    private readonly handle: { fd: number; open: boolean },
    readonly path: string,
    readonly base: number,
    readonly size: number,
  ) {}

  private get fd(): number {
    if (!this.handle.open) throw new Error(`${this.path}: read after close`);
    return this.handle.fd;
  }

  static open(path: string): FileSource {
    const fd = openSync(path, 'r');
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      return new FileSource({ fd, open: true }, path, 0, st.size);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  /** A view of [offset, offset+length) of this source (a universal Mach-O slice). */
  slice(offset: number, length: number): FileSource {
    this.check(offset, length, 'slice');
    return new FileSource(this.handle, this.path, this.base + offset, length);
  }

  /** Reads exactly `length` bytes at `offset`, or throws naming `what`. */
  read(offset: number, length: number, what = 'data'): Buffer {
    this.check(offset, length, what);
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, this.base + offset + done);
      if (n === 0) throw new BinaryFormatError(`${what}: file ended early at byte ${offset + done}`);
      done += n;
    }
    return buf;
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
    if (this.handle.open) {
      this.handle.open = false;
      closeSync(this.handle.fd);
    }
  }
}
