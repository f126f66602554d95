import { Inflate, constants, deflateSync } from 'node:zlib';

/** The parts of node's zlib engine (lib/zlib.js since node 10) that its own inflateSync drives. */
interface Handle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  reset(): void;
  onerror: (message: string, errno: number) => void;
}
interface Engine {
  _handle?: Handle | null;
  _writeState?: Uint32Array;
  close(): void;
}

/** Whether this node's engine passed the probe (checked on first use). */
let trusted: boolean | undefined;
/** Engines reset after a clean stream, for the next ones (two: .debug_abbrev is read while .debug_info streams). */
const spares: SyncInflater[] = [];
const SPARES_MAX = 2;

/**
 * A zlib stream inflated synchronously by node's native zlib, piece by
 * piece, into one reused output window: the memory is the window's, however
 * large the stream, and output can stop early.
 *
 * Why not node's public API: inflateSync returns the whole output in a fresh
 * buffer (MBs for a DWARF section). Freed when V8 collects it, such a buffer
 * makes glibc raise its mmap threshold to its size, after which the heap
 * keeps what later allocations fragment: over a batch of hundreds of
 * binaries that was a large part of the peak RSS. A zlib stream object
 * inflates piece by piece, but only asynchronously (a trip through the event
 * loop per piece, measured 16–28 % slower), and inflateSync's own loop closes
 * the engine after one call. So this drives the engine's handle the way
 * inflateSync does (`writeSync`, results in `_writeState`, errors through
 * `onerror`, called synchronously). `open` returns null on a node whose
 * engine lacks those or fails a check of them, and callers then use fflate.
 *
 * One engine serves stream after stream (`release` resets it): a closed
 * zlib stream object stays reachable until its 'close' event, which node
 * emits on a later tick, and a batch runs in one task, so an engine per
 * DWARF section kept one dead stream object per binary until the end.
 */
export class SyncInflater {
  private error: string | null = null;
  /** Engines made by this process (tests: a batch reuses one). */
  static made = 0;

  private constructor(
    private readonly engine: Engine,
    private readonly handle: Handle,
    private readonly state: Uint32Array,
  ) {
    handle.onerror = (message: string) => {
      this.error = message;
    };
  }

  /**
   * An inflater, or null when node's engine cannot be driven this way. The
   * first call checks the engine once on a known stream (several windows), so
   * that a node whose internals changed falls back instead of misreading.
   */
  static open(): SyncInflater | null {
    trusted ??= SyncInflater.probe();
    if (!trusted) return null;
    return spares.pop() ?? SyncInflater.engine();
  }

  private static probe(): boolean {
    try {
      const data = Buffer.from('go-plugin-compat checks the zlib engine once. '.repeat(64));
      const inf = SyncInflater.engine();
      if (!inf) return false;
      const out: Buffer[] = [];
      try {
        inf.push(deflateSync(data), true, Buffer.alloc(1000), (c) => (out.push(Buffer.from(c)), true));
      } finally {
        // Reset and kept for the first real stream (closed instead if the probe failed in zlib).
        inf.release();
      }
      const same = Buffer.concat(out).equals(data);
      // An engine that misread is not kept for anything.
      if (!same) for (const e of spares.splice(0)) e.close();
      return same;
    } catch {
      return false;
    }
  }

  private static engine(): SyncInflater | null {
    // The smallest chunk size: the engine's own output buffer (allocated here, 16 KiB by default) is never used.
    const engine = new Inflate({ chunkSize: constants.Z_MIN_CHUNK }) as unknown as Engine;
    const handle = engine._handle;
    const state = engine._writeState;
    if (!handle || typeof handle.writeSync !== 'function' || typeof handle.reset !== 'function' || !(state instanceof Uint32Array) || state.length < 2) {
      engine.close();
      return null;
    }
    SyncInflater.made++;
    return new SyncInflater(engine, handle, state);
  }

  /**
   * Inflates `input` (the next piece of the stream; `last` for the final one)
   * into `window`, calling `out` with the bytes of each filling of it (a view,
   * valid until `out` returns). False from `out` stops; push then returns
   * false. Throws the engine's message on corrupt or truncated data.
   */
  push(input: Uint8Array, last: boolean, window: Buffer, out: (chunk: Buffer) => boolean): boolean {
    const flush = last ? constants.Z_FINISH : constants.Z_NO_FLUSH;
    let inOff = 0;
    let inLen = input.length;
    for (;;) {
      this.handle.writeSync(flush, input, inOff, inLen, window, 0, window.length);
      if (this.error !== null) throw new Error(this.error);
      const availOut = this.state[0]!;
      const availIn = this.state[1]!;
      inOff += inLen - availIn;
      inLen = availIn;
      const have = window.length - availOut;
      if (have > 0 && !out(window.subarray(0, have))) return false;
      // Room left in the window: zlib has used all the input it can (or the stream ended).
      if (availOut !== 0) return true;
    }
  }

  close(): void {
    this.engine.close();
  }

  /**
   * Done with this stream, however it ended: the engine is reset (zlib's
   * inflateReset) and kept for the next stream; after an error, or when
   * enough are kept already, it is closed instead.
   */
  release(): void {
    if (this.error === null && spares.length < SPARES_MAX) {
      try {
        this.handle.reset();
        spares.push(this);
        return;
      } catch {
        // A handle that cannot reset is not reused.
      }
    }
    this.close();
  }
}
