/**
 * Memory for the reads of the one file being read, reused from file to file
 * of a batch.
 *
 * A batch reads the same few tables (symbols, strings, relocations, DWARF
 * windows) from every binary: MBs each for large ones. Fresh buffers for
 * each file are freed only when V8 collects their owners, and the C
 * allocator then keeps much of what they used, so RSS grew with every large
 * binary of a batch. Instead, one block is reserved once (maxBytes of
 * address space, from mmap: its pages cost memory only once touched) and
 * each file's reads are laid out from its start, so the memory used is the
 * largest single file's working set, whatever the batch, and nothing large
 * is ever freed. Only one file holds the arena at a time (another file open
 * meanwhile gets plain buffers), and nothing read through it may outlive
 * the file's close: readers turn bytes into strings and numbers, and never
 * keep a Buffer in their results.
 */
export class ReadArena {
  private block: ArrayBuffer | null = null;
  private used = 0;
  private held = false;

  constructor(
    /** Smaller requests come from node's pool: below a 2 KiB read a file's small reads share cached blocks. */
    readonly minRead = 2 << 10,
    /** The block's size: beyond it, reads get buffers of their own. */
    private readonly maxBytes = 64 << 20,
  ) {}

  /** Takes the arena for one file; false when another file holds it. */
  acquire(): boolean {
    if (this.held) return false;
    this.held = true;
    this.used = 0;
    return true;
  }

  /** Every buffer handed out since acquire() may be reused from now on. */
  release(): void {
    this.held = false;
  }

  /** Where the current file's use of the arena stands, to return to it with `reset`. */
  mark(): number {
    return this.used;
  }

  /** Frees everything taken since `mark` (the caller keeps none of it). */
  reset(mark: number): void {
    this.used = mark;
  }

  /** `length` bytes of scratch memory (uninitialised, 8-byte aligned), or null when the arena cannot hold them. */
  take(length: number): Buffer | null {
    const need = (length + 7) & ~7;
    if (this.used + need > this.maxBytes) return null;
    this.block ??= new ArrayBuffer(this.maxBytes);
    const out = Buffer.from(this.block, this.used, length);
    this.used += need;
    return out;
  }
}

/** The process's arena: batches read one file at a time. */
export const readArena = new ReadArena();
