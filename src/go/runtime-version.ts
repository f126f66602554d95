import { type Container, distinctSections, readAddress, readSymbol } from '../container/types.js';
import { LIMITS } from '../io/limits.js';

/**
 * The Go version from the `runtime.buildVersion` string, for binaries whose
 * build info was removed. Uses the symbol when present; otherwise scans the
 * read-only data for a `go1.N.M` string, preferring the most specific.
 */
export function readRuntimeVersion(c: Container): string | null {
  const sym = c.symbolsWithPrefix('static', ['runtime.buildVersion']).find((s) => s.name === 'runtime.buildVersion');
  if (sym) {
    const ptrSize = c.bits / 8;
    const hdr = readSymbol(c, sym, 2 * ptrSize);
    if (hdr) {
      const rd = (o: number) =>
        ptrSize === 4
          ? c.littleEndian ? hdr.readUInt32LE(o) : hdr.readUInt32BE(o)
          : Number(c.littleEndian ? hdr.readBigUInt64LE(o) : hdr.readBigUInt64BE(o));
      const len = rd(ptrSize);
      if (len > 0 && len < 256) {
        const data = readAddress(c, rd(0), len);
        if (data) return data.toString('utf8');
      }
    }
  }
  return scanRodata(c);
}

/**
 * Go strings are not NUL-terminated, so the version can follow any byte
 * (observed: esbuild's Mach-O builds put it right after a float constant
 * ending in 'C'); only a digit or dot before it means it is part of something else.
 */
const VERSION_IN_DATA = /(?<![\d.])go1\.\d+\.\d+(?:(?:rc|beta)\d+)?(?![\d.])/g;

function scanRodata(c: Container): string | null {
  // Mach-O has both __TEXT,__rodata and __DATA_CONST,__rodata; ELF has one .rodata.
  const CHUNK = 4 << 20;
  for (const sec of distinctSections(c, (s) => s.name === '.rodata')) {
    let best: string | null = null;
    const end = Math.min(sec.size, LIMITS.scanBytesMax);
    for (let off = 0; off < end; off += CHUNK - 64) {
      const text = c.source.read(sec.offset + off, Math.min(CHUNK, sec.size - off), 'rodata').toString('latin1');
      for (const m of text.matchAll(VERSION_IN_DATA)) if (!best || m[0].length > best.length) best = m[0];
      if (best) return best;
    }
  }
  return null;
}
