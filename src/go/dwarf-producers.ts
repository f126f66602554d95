// fflate's browser build: the same synchronous inflater, without the node build's require of
// worker_threads at load (~4 ms of every run; only fflate's asynchronous API, unused, needs it).
import { Unzlib } from 'fflate/browser';
import { Decompress as ZstdStream } from 'fzstd';
import type { Container, Section } from '../container/types.js';
import { StringTable } from '../container/string-table.js';
import { BinaryFormatError } from '../io/errors.js';
import { LIMITS, LimitError } from '../io/limits.js';
import { zstdLargestWindow } from '../io/zstd-frames.js';
import { SyncInflater } from '../io/sync-inflater.js';

export interface CompileUnit {
  /** DW_AT_name of the unit: the Go package path. */
  name: string;
  /** DW_AT_producer, e.g. `Go cmd/compile go1.26.8; -shared -dynlink regabi`. */
  producer: string;
}

/** ELF Chdr ch_type values (SHF_COMPRESSED sections). */
const ELFCOMPRESS_ZLIB = 1;
const ELFCOMPRESS_ZSTD = 2;
const DW_AT_name = 0x03;
const DW_AT_producer = 0x25;
/** A section is read in pieces of this size, into one reused buffer. */
const CHUNK = 256 << 10;
/**
 * Compressed sections are inflated into one reused window of this size: the
 * inflate budget is charged as each window fills, so a bomb stops within a
 * window of output, and a section's memory does not depend on its size.
 */
const WINDOW = 1 << 20;
/** Compressed input for fflate (no native engine) goes in small pieces: one push inflates to at most 1032 times its size. */
const ZCHUNK = 16 << 10;
/** The unit header and its first DIE always fit in this many bytes for Go. */
const HEAD_BYTES = 4096;

/** How a section is streamed; the defaults are for use, the others let tests compare the paths. */
export interface StreamOptions {
  /** Output window of the native inflater (bytes). */
  window?: number;
  /** False: inflate with fflate, as on a node whose zlib engine cannot be driven synchronously. */
  nativeInflate?: boolean;
}

/**
 * A section's bytes as a stream of chunks, read from the file piece by
 * piece and, if compressed (ELF SHF_COMPRESSED, or `.zdebug_*`: "ZLIB" and
 * the size), inflated by node's native zlib into one reused window (fflate
 * where node's engine cannot be driven synchronously). A chunk is valid only
 * until `consume` returns (its memory is reused); `consume` returns false to
 * stop early.
 */
function streamSection(c: Container, sec: Section, consume: (chunk: Buffer) => boolean, how: StreamOptions = {}): void {
  let start = 0;
  let zlib = false;
  let declared = Infinity;
  if (sec.compressed) {
    const hdrSize = c.bits === 64 ? 24 : 12;
    const hdr = c.readSection(sec, hdrSize);
    // Found by the fuzzer: a compressed section shorter than its own header.
    if (hdr.length < hdrSize) throw new BinaryFormatError(`${sec.name}: compressed, but ${hdr.length} bytes cannot hold the ${hdrSize}-byte compression header`);
    const type = c.littleEndian ? hdr.readUInt32LE(0) : hdr.readUInt32BE(0);
    if (type !== ELFCOMPRESS_ZLIB && type !== ELFCOMPRESS_ZSTD) throw new BinaryFormatError(`${sec.name}: unsupported compression type ${type}`);
    declared = c.bits === 64 ? Number(c.littleEndian ? hdr.readBigUInt64LE(8) : hdr.readBigUInt64BE(8)) : c.littleEndian ? hdr.readUInt32LE(4) : hdr.readUInt32BE(4);
    if (type === ELFCOMPRESS_ZSTD) return streamZstd(c, sec, hdrSize, consume);
    start = hdrSize;
    zlib = true;
  } else if (sec.inFile && sec.size >= 12 && c.readSection(sec, 4).toString('latin1') === 'ZLIB') {
    declared = Number(c.readSection(sec, 12).readBigUInt64BE(4));
    start = 12;
    zlib = true;
  }
  const src = c.source;
  const budget = src.budget;
  const native = zlib && how.nativeInflate !== false ? SyncInflater.open() : null;
  const step = zlib && !native ? ZCHUNK : CHUNK;
  const input = src.scratch(Math.max(1, Math.min(step, sec.size - start)));
  // The declared size only makes a small section's window smaller; a false one costs more windows, not memory.
  const window = native ? src.scratch(Math.min(how.window ?? WINDOW, Math.max(4096, declared + 1))) : null;
  let stop = false;
  const inflated = (data: Buffer): boolean => {
    budget.chargeInflate(data.length, sec.name);
    return consume(data);
  };
  const fflate = zlib && !native
    ? new Unzlib((data) => {
        if (stop || !data.length) return;
        stop = !inflated(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      })
    : null;
  try {
    for (let off = start; off < sec.size && !stop; off += step) {
      const piece = src.fill(input, sec.offset + off, Math.min(step, sec.size - off), `section ${sec.name}`);
      const last = off + step >= sec.size;
      try {
        if (native) stop = !native.push(piece, last, window!, inflated);
        else if (fflate) fflate.push(piece, last);
        else stop = !consume(piece);
      } catch (err) {
        // Our own limits and format errors pass through; the engines' are about the stream.
        if (err instanceof BinaryFormatError) throw err;
        throw new BinaryFormatError(`${sec.name}: corrupt compressed data (${(err as Error).message})`);
      }
    }
  } finally {
    native?.release();
  }
}

/**
 * A zstd-compressed section (ELFCOMPRESS_ZSTD: `ld --compress-debug-sections=zstd`, which Go's
 * external linking passes through with -extldflags). Node 20 has no zstd, so fzstd decodes it:
 * the compressed bytes are read whole (bounded like any read), every frame's window is checked
 * against this file's inflate budget before fzstd allocates it, and each decoded block is
 * charged to the budget as it comes, so a bomb stops within a block.
 */
function streamZstd(c: Container, sec: Section, start: number, consume: (chunk: Buffer) => boolean): void {
  const src = c.source;
  const data = src.read(sec.offset + start, sec.size - start, `section ${sec.name}`);
  const window = zstdLargestWindow(data, sec.name);
  const room = src.budget.inflateBytesMax - src.budget.inflatedBytes;
  if (window > room) throw new LimitError(`${sec.name}: a Zstandard window of ${window} bytes exceeds this file's remaining decompression budget (${room} bytes)`);
  const stopped = new Error('stop');
  const z = new ZstdStream((block) => {
    src.budget.chargeInflate(block.length, sec.name);
    if (!consume(Buffer.from(block.buffer, block.byteOffset, block.byteLength))) throw stopped;
  });
  try {
    z.push(data, true);
  } catch (err) {
    if (err === stopped) return;
    if (err instanceof BinaryFormatError) throw err;
    throw new BinaryFormatError(`${sec.name}: corrupt compressed data (${(err as Error).message})`);
  }
}

function readWhole(c: Container, sec: Section | undefined, limit = 64 << 20): Buffer {
  if (!sec) return Buffer.alloc(0);
  const parts: Uint8Array[] = [];
  let n = 0;
  streamSection(c, sec, (chunk) => {
    n += chunk.length;
    if (n > limit) throw new BinaryFormatError(`${sec.name}: more than ${limit} bytes`);
    parts.push(Buffer.from(chunk));
    return true;
  });
  return Buffer.concat(parts);
}

function debugSection(c: Container, name: string): Section | undefined {
  return c.section(`.debug_${name}`) ?? c.section(`.zdebug_${name}`);
}

interface Abbrev {
  tag: number;
  attrs: { name: number; form: number; implicit: number }[];
}

/** The bytes of a DWARF structure ended early: a unit head cut at HEAD_BYTES (expected) or damage. */
class DataEnd extends BinaryFormatError {}

class Cursor {
  constructor(readonly b: Buffer, public o: number, readonly little: boolean) {}
  u8() { this.need(1); return this.b[this.o++]!; }
  u16() { this.need(2); const v = this.little ? this.b.readUInt16LE(this.o) : this.b.readUInt16BE(this.o); this.o += 2; return v; }
  u32() { this.need(4); const v = this.little ? this.b.readUInt32LE(this.o) : this.b.readUInt32BE(this.o); this.o += 4; return v; }
  u64() { this.need(8); const v = Number(this.little ? this.b.readBigUInt64LE(this.o) : this.b.readBigUInt64BE(this.o)); this.o += 8; return v; }
  uleb() {
    let v = 0, shift = 0;
    for (;;) {
      const byte = this.u8();
      v += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return v;
      shift += 7;
      if (shift > 63) throw new BinaryFormatError('DWARF: LEB128 value too long');
    }
  }
  sleb() { let byte; do { byte = this.u8(); } while (byte & 0x80); }
  cstr() {
    const end = this.b.indexOf(0, this.o);
    if (end < 0) throw new DataEnd('unterminated string');
    const s = this.b.toString('utf8', this.o, end);
    this.o = end + 1;
    return s;
  }
  skip(n: number) { this.need(n); this.o += n; }
  need(n: number) { if (this.o + n > this.b.length) throw new DataEnd('DWARF data ends early'); }
}

function parseAbbrevs(c: Container, buf: Buffer, little: boolean): Map<number, Map<number, Abbrev>> {
  const tables = new Map<number, Map<number, Abbrev>>();
  let entries = 0;
  const cur = new Cursor(buf, 0, little);
  let table = new Map<number, Abbrev>();
  let tableStart = 0;
  while (cur.o < buf.length) {
    const code = cur.uleb();
    if (code === 0) {
      tables.set(tableStart, table);
      table = new Map();
      tableStart = cur.o;
      continue;
    }
    const tag = cur.uleb();
    cur.u8(); // has children
    const attrs: Abbrev['attrs'] = [];
    for (;;) {
      const name = cur.uleb();
      const form = cur.uleb();
      const implicit = form === 0x21 ? (cur.sleb(), 0) : 0;
      if (name === 0 && form === 0) break;
      attrs.push({ name, form, implicit });
      // Each entry costs at least two bytes, so this is linear; the charge bounds memory across sections.
      if (++entries % 4096 === 0) c.source.budget.chargeEntries(4096, '.debug_abbrev');
    }
    table.set(code, { tag, attrs });
  }
  if (table.size) tables.set(tableStart, table);
  return tables;
}

/**
 * Reads DW_AT_name and DW_AT_producer of every compile unit, parsing only
 * each unit's header and first DIE; the rest of each unit is skipped. With
 * `firstGoUnit`, stops at the first unit the Go compiler produced (its
 * version is every Go unit's version), inflating only the first pieces.
 */
export function readCompileUnits(c: Container, opts: { firstGoUnit?: boolean } & StreamOptions = {}): CompileUnit[] | null {
  const info = debugSection(c, 'info');
  const abbrevSec = debugSection(c, 'abbrev');
  if (!info || !abbrevSec || !info.inFile) return null;
  const little = c.littleEndian;
  let abbrevs: Map<number, Map<number, Abbrev>>;
  try {
    abbrevs = parseAbbrevs(c, readWhole(c, abbrevSec, 16 << 20), little);
  } catch (err) {
    if (err instanceof DataEnd) throw new BinaryFormatError(`.debug_abbrev: ${err.message}`);
    throw err;
  }
  let str: StringTable | null = null;
  let lineStr: StringTable | null = null;
  const strAt = (which: 'str' | 'line_str', off: number) => {
    if (which === 'str') str ??= new StringTable(readWhole(c, debugSection(c, 'str')), '.debug_str');
    else lineStr ??= new StringTable(readWhole(c, debugSection(c, 'line_str')), '.debug_line_str');
    return (which === 'str' ? str : lineStr)!.get(off);
  };

  const units: CompileUnit[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let skip = 0;
  let done = false;
  // Keeps only the bytes of the current unit's head; the rest of each unit is counted off in `skip`.
  // A unit head cut by the end of a chunk is completed from the next chunk's first HEAD_BYTES (not the whole chunk).
  const handle = (data: Buffer): void => {
    while (data.length && !done) {
      const add = pending.length ? Math.min(data.length, HEAD_BYTES) : data.length;
      pending = pending.length ? Buffer.concat([pending, data.subarray(0, add)]) : data;
      data = data.subarray(add);
      parseHeads();
    }
  };
  const parseHeads = (): void => {
    for (;;) {
      if (skip > 0) {
        const n = Math.min(skip, pending.length);
        skip -= n;
        pending = pending.subarray(n);
        if (skip > 0) return;
      }
      if (pending.length < 4) return;
      let unitLen = little ? pending.readUInt32LE(0) : pending.readUInt32BE(0);
      let lenSize = 4;
      if (unitLen === 0xffffffff) {
        if (pending.length < 12) return;
        unitLen = Number(little ? pending.readBigUInt64LE(4) : pending.readBigUInt64BE(4));
        lenSize = 12;
      }
      const total = lenSize + unitLen;
      const want = Math.min(total, HEAD_BYTES);
      if (pending.length < want) return;
      if (units.length >= LIMITS.compileUnitsMax) {
        throw new BinaryFormatError(`.debug_info: more than ${LIMITS.compileUnitsMax} compile units (Go writes one per package)`);
      }
      const unit = parseUnitHead(pending.subarray(0, want), lenSize, little, abbrevs, strAt);
      units.push(unit);
      if (opts.firstGoUnit && parseProducer(unit.producer).goVersion !== null) {
        done = true;
        return;
      }
      skip = total;
    }
  };
  try {
    streamSection(c, info, (chunk) => {
      handle(chunk);
      // The chunk's memory is reused: keep a copy of the part of a unit head it ends with (under HEAD_BYTES).
      if (pending.length) pending = Buffer.from(pending);
      return !done;
    }, opts);
  } catch (err) {
    if (err instanceof DataEnd) throw new BinaryFormatError(`.debug_info: ${err.message}`);
    throw err;
  }
  return units.filter((u) => u.producer || u.name);
}

function parseUnitHead(
  b: Buffer,
  lenSize: number,
  little: boolean,
  abbrevs: Map<number, Map<number, Abbrev>>,
  strAt: (which: 'str' | 'line_str', off: number) => string,
): CompileUnit {
  const cur = new Cursor(b, lenSize, little);
  const offSize = lenSize === 12 ? 8 : 4;
  const version = cur.u16();
  let addrSize: number;
  let abbrevOff: number;
  if (version >= 5) {
    const unitType = cur.u8();
    addrSize = cur.u8();
    abbrevOff = offSize === 8 ? cur.u64() : cur.u32();
    if (unitType === 2 || unitType === 6) cur.skip(8 + offSize); // type units: signature + type offset
    if (unitType === 4 || unitType === 5) cur.skip(8); // skeleton/split: dwo id
  } else if (version >= 2) {
    abbrevOff = offSize === 8 ? cur.u64() : cur.u32();
    addrSize = cur.u8();
  } else throw new BinaryFormatError(`.debug_info: unsupported DWARF version ${version}`);
  const table = abbrevs.get(abbrevOff);
  const unit: CompileUnit = { name: '', producer: '' };
  if (!table) return unit;
  const code = cur.uleb();
  const ab = table.get(code);
  if (!ab) return unit;
  try {
    for (const a of ab.attrs) {
      const v = readForm(cur, a.form, addrSize, offSize, version, strAt);
      if (a.name === DW_AT_name && typeof v === 'string') unit.name = v;
      if (a.name === DW_AT_producer && typeof v === 'string') {
        unit.producer = v;
        if (unit.name) break;
      }
    }
  } catch (err) {
    // A unit head cut at HEAD_BYTES: keep what we read.
    if (!(err instanceof DataEnd)) throw err;
  }
  return unit;
}

function readForm(
  cur: Cursor, form: number, addrSize: number, offSize: number, version: number,
  strAt: (which: 'str' | 'line_str', off: number) => string,
): string | number | null {
  switch (form) {
    case 0x08: return cur.cstr(); // string
    case 0x0e: return strAt('str', offSize === 8 ? cur.u64() : cur.u32()); // strp
    case 0x1f: return strAt('line_str', offSize === 8 ? cur.u64() : cur.u32()); // line_strp
    case 0x01: cur.skip(addrSize); return null; // addr
    case 0x0b: case 0x11: case 0x25: case 0x29: return cur.u8(); // data1 ref1 strx1 addrx1
    case 0x05: case 0x12: case 0x26: case 0x2a: return cur.u16(); // data2 ref2 strx2 addrx2
    case 0x27: case 0x2b: cur.skip(3); return null; // strx3 addrx3
    case 0x06: case 0x13: case 0x28: case 0x2c: case 0x1c: return cur.u32(); // data4 ref4 strx4 addrx4 ref_sup4
    case 0x07: case 0x14: case 0x20: case 0x24: return cur.u64(); // data8 ref8 ref_sig8 ref_sup8
    case 0x1e: cur.skip(16); return null; // data16
    case 0x0c: return cur.u8(); // flag
    case 0x19: return 1; // flag_present
    case 0x21: return 0; // implicit_const
    case 0x0f: case 0x15: case 0x1a: case 0x1b: case 0x22: case 0x23: return cur.uleb(); // udata ref_udata strx addrx loclistx rnglistx
    case 0x0d: cur.sleb(); return null; // sdata
    case 0x10: case 0x17: case 0x1d: cur.skip(version <= 2 && form === 0x10 ? addrSize : offSize); return null; // ref_addr sec_offset strp_sup
    case 0x0a: cur.skip(cur.u8()); return null; // block1
    case 0x03: cur.skip(cur.u16()); return null; // block2
    case 0x04: cur.skip(cur.u32()); return null; // block4
    case 0x09: case 0x18: cur.skip(cur.uleb()); return null; // block exprloc
    default: throw new BinaryFormatError(`.debug_info: unknown attribute form 0x${form.toString(16)}`);
  }
}

/** Splits a Go producer into version and flags: `Go cmd/compile go1.26.8; -N -l regabi`. */
export function parseProducer(producer: string): { goVersion: string | null; flags: string[] } {
  const m = /^Go cmd\/compile (\S+?)(?:;\s*(.*))?$/.exec(producer.trim());
  if (!m) return { goVersion: null, flags: [] };
  return { goVersion: m[1] ?? null, flags: (m[2] ?? '').split(/\s+/).filter(Boolean) };
}
