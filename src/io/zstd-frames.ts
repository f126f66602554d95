import { BinaryFormatError } from './errors.js';

const ZSTD_MAGIC = 0xfd2fb528;
/** Skippable frames: magic 0x184D2A50 … 0x184D2A5F, then a 4-byte length. */
const isSkippable = (magic: number) => (magic & 0xfffffff0) === 0x184d2a50;

/**
 * Walks the Zstandard frames of one compressed section (RFC 8878: frame
 * headers and block headers only, no decoding) and returns the largest
 * window a frame declares. fzstd allocates each frame's window as its header
 * says (up to 2 GB), so a hostile header must be refused before it decodes;
 * the walk also refuses what is not a well-formed sequence of frames. Linear:
 * every step moves forward by at least one header.
 */
export function zstdLargestWindow(data: Uint8Array, what: string): number {
  const bad = (why: string, at: number): never => {
    throw new BinaryFormatError(`${what}: not valid Zstandard data (${why} at byte ${at})`);
  };
  const u32 = (o: number) => (data[o]! | (data[o + 1]! << 8) | (data[o + 2]! << 16) | (data[o + 3]! << 24)) >>> 0;
  const le = (o: number, n: number) => {
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + data[o + i]!;
    return v;
  };
  let largest = 0;
  let off = 0;
  if (data.length === 0) bad('no frame', 0);
  while (off < data.length) {
    if (off + 8 > data.length) bad('truncated frame header', off);
    const magic = u32(off);
    if (isSkippable(magic)) {
      off += 8 + u32(off + 4);
      continue;
    }
    if (magic !== ZSTD_MAGIC) bad('bad magic number', off);
    const fhd = data[off + 4]!;
    if (fhd & 0x08) bad('reserved header bit set', off + 4);
    const single = (fhd >> 5) & 1;
    const dictBytes = [0, 1, 2, 4][fhd & 3]!;
    const fcsBytes = [single, 2, 4, 8][fhd >> 6]!;
    let pos = off + 5;
    let window = 0;
    if (!single) {
      const wd = data[pos++]!;
      const base = 2 ** (10 + (wd >> 3));
      window = base + (base / 8) * (wd & 7);
    }
    pos += dictBytes;
    if (pos + fcsBytes > data.length) bad('truncated frame header', off);
    const content = le(pos, fcsBytes) + (fcsBytes === 2 ? 256 : 0);
    pos += fcsBytes;
    if (single) window = content;
    largest = Math.max(largest, window);
    for (;;) {
      if (pos + 3 > data.length) bad('truncated block header', pos);
      const bh = data[pos]! | (data[pos + 1]! << 8) | (data[pos + 2]! << 16);
      const type = (bh >> 1) & 3;
      if (type === 3) bad('reserved block type', pos);
      // RLE blocks hold one byte, whatever their size; raw and compressed blocks hold `size`.
      pos += 3 + (type === 1 ? 1 : bh >>> 3);
      if (pos > data.length) bad('block extends past the data', pos);
      if (bh & 1) break;
    }
    if (fhd & 0x04) pos += 4;
    if (pos > data.length) bad('truncated checksum', pos);
    off = pos;
  }
  return largest;
}
