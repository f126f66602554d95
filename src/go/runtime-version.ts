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
 * The same as /(?<![\d.])go1\.\d+\.\d+(?:(?:rc|beta)\d+)?(?![\d.])/, found from
 * the native search for `go1.` instead of a regular expression over MBs.
 */
const GO1 = Buffer.from('go1.', 'latin1');
const isDigit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
const digitOrDot = (b: number | undefined) => isDigit(b) || b === 0x2e;

/** The version string at `p` (where `go1.` starts), or null. */
function versionAt(buf: Buffer, p: number): string | null {
  if (p > 0 && digitOrDot(buf[p - 1])) return null;
  const digits = (from: number) => {
    let i = from;
    while (isDigit(buf[i])) i++;
    return i;
  };
  const minorEnd = digits(p + 4);
  if (minorEnd === p + 4 || buf[minorEnd] !== 0x2e) return null;
  const patchEnd = digits(minorEnd + 1);
  if (patchEnd === minorEnd + 1) return null;
  // An rc/beta suffix counts only when the version then ends; without it the version must end after the patch.
  for (const tag of ['rc', 'beta']) {
    if (buf.toString('latin1', patchEnd, patchEnd + tag.length) !== tag) continue;
    const tagEnd = digits(patchEnd + tag.length);
    if (tagEnd > patchEnd + tag.length && !digitOrDot(buf[tagEnd])) return buf.toString('latin1', p, tagEnd);
  }
  return digitOrDot(buf[patchEnd]) ? null : buf.toString('latin1', p, patchEnd);
}

/** The most specific (longest) Go version string in `buf`, the first of equals. */
export function longestVersionIn(buf: Buffer): string | null {
  let best: string | null = null;
  for (let p = buf.indexOf(GO1); p >= 0; p = buf.indexOf(GO1, p + 1)) {
    const v = versionAt(buf, p);
    if (v && (!best || v.length > best.length)) best = v;
  }
  return best;
}

function scanRodata(c: Container): string | null {
  // Mach-O has both __TEXT,__rodata and __DATA_CONST,__rodata; ELF has one .rodata.
  const CHUNK = 4 << 20;
  for (const sec of distinctSections(c, (s) => s.name === '.rodata')) {
    const end = Math.min(sec.size, LIMITS.scanBytesMax);
    for (let off = 0; off < end; off += CHUNK - 64) {
      const best = longestVersionIn(c.source.read(sec.offset + off, Math.min(CHUNK, sec.size - off), 'rodata'));
      if (best) return best;
    }
  }
  return null;
}
