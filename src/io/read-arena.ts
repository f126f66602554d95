/**
 * Memory for the large reads of the one file being read, reused from file
 * to file of a batch.
 *
 * A batch reads the same few tables (symbols, strings, relocations, DWARF)
 * from every binary: MBs each for large ones. Fresh buffers for each file
 * are freed only when V8 collects their owners, and the C allocator then
 * keeps much of what they used, so RSS grew with every large binary of a
 * batch. Reusing the same blocks instead bounds the memory by the largest
 * single file's tables. Only one file holds the arena at a time (another
 * file open meanwhile gets plain buffers), and nothing read through it may
 * outlive the file's close: readers turn bytes into strings and numbers,
 * and never keep a Buffer in their results.
 */
export class ReadArena {
  /** Blocks kept for reuse, and whether the current file uses each. */
  private blocks: { mem: ArrayBuffer; used: number }[] = [];
  private held = false;

  constructor(
    /** Smaller requests come from node's pool: below a 2 KiB read a file's small reads share cached blocks. */
    readonly minRead = 2 << 10,
    /** Smallest block: small reads of one file share blocks of this size. */
    private readonly blockBytes = 4 << 20,
    /** Memory kept at most; beyond it reads get buffers of their own. */
    private readonly maxBytes = 64 << 20,
  ) {}

  /** Takes the arena for one file; false when another file holds it. */
  acquire(): boolean {
    if (this.held) return false;
    this.held = true;
    for (const b of this.blocks) b.used = 0;
    return true;
  }

  /** Every buffer handed out since acquire() may be reused from now on. */
  release(): void {
    this.held = false;
  }

  /** Where the current file's use of the arena stands, to return to it with `reset`. */
  mark(): Map<object, number> {
    return new Map(this.blocks.map((b) => [b, b.used]));
  }

  /** Frees everything taken since `mark` (the caller keeps none of it); blocks added since stay for reuse. */
  reset(mark: Map<object, number>): void {
    for (const b of this.blocks) b.used = mark.get(b) ?? 0;
  }

  /** `length` bytes of scratch memory (uninitialised, 8-byte aligned), or null when the arena cannot hold them. */
  take(length: number): Buffer | null {
    const need = (length + 7) & ~7;
    // The tightest block with room: a large read does not take a block a small one could share.
    let best: { mem: ArrayBuffer; used: number } | null = null;
    for (const b of this.blocks) {
      const room = b.mem.byteLength - b.used;
      if (room >= need && (!best || room < best.mem.byteLength - best.used)) best = b;
    }
    if (!best) {
      const size = Math.max(this.blockBytes, 2 ** Math.ceil(Math.log2(need)));
      let total = this.blocks.reduce((n, b) => n + b.mem.byteLength, 0);
      // Make room by dropping blocks this file does not use, smallest first.
      for (const b of [...this.blocks].filter((x) => x.used === 0).sort((x, y) => x.mem.byteLength - y.mem.byteLength)) {
        if (total + size <= this.maxBytes) break;
        this.blocks.splice(this.blocks.indexOf(b), 1);
        total -= b.mem.byteLength;
      }
      if (total + size > this.maxBytes) return null;
      best = { mem: new ArrayBuffer(size), used: 0 };
      this.blocks.push(best);
    }
    const out = Buffer.from(best.mem, best.used, length);
    best.used += need;
    return out;
  }
}

/** The process's arena: batches read one file at a time. */
export const readArena = new ReadArena();
