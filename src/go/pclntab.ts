import { type Container, type Section, distinctSections } from '../container/types.js';
import { BinaryFormatError } from '../io/errors.js';
import { LIMITS } from '../io/limits.js';
import { StringTable } from '../container/string-table.js';
import { PCLNTAB_MAGICS, pclntabMagicOffsets } from './pclntab-magic.js';

export interface PclnFiles {
  /** The table layout: which Go releases write it. */
  format: (typeof PCLNTAB_MAGICS)[number];
  ptrSize: number;
  files: string[];
}

/** The longest header the scan reads at a candidate: 8 bytes, then words 0–7 of 8 bytes. */
const HEADER_MAX = 8 + 8 * 8;

/** Caps what a hostile header can make us read. */
const MAX_FILETAB = 64 << 20;

/** Where the pclntab is: its section, or the runtime.pclntab symbol range. */
function locate(c: Container): { offset: number; size: number } | null {
  const sec: Section | undefined = c.section('.gopclntab');
  if (sec && sec.inFile) return { offset: sec.offset, size: sec.size };
  const syms = c.symbolsWithPrefix('static', ['runtime.pclntab', 'runtime.epclntab']);
  const start = syms.find((s) => s.name === 'runtime.pclntab');
  const end = syms.find((s) => s.name === 'runtime.epclntab');
  if (start && end && end.value > start.value && start.section !== null) {
    const s = c.sections[start.section];
    if (s && s.inFile) return { offset: s.offset + (start.value - s.addr), size: end.value - start.value };
  }
  return scanForHeader(c);
}

/**
 * Without a .gopclntab section (go1.19 plugins keep the table inside
 * .data.rel.ro) and without the runtime.pclntab symbol (stripped), look for
 * the header itself: an 8-aligned magic, two zero bytes, a plausible
 * instruction quantum and pointer size, and table offsets that fit.
 */
function scanForHeader(c: Container): { offset: number; size: number } | null {
  const CHUNK = 4 << 20;
  for (const sec of distinctSections(c, (s) => /^\.(data\.rel\.ro|rodata|noptrdata|gopclntab)$/.test(s.name))) {
    for (let off = 0; off < Math.min(sec.size, LIMITS.scanBytesMax); off += CHUNK) {
      // A candidate's header is read whole: magic, 4 bytes, then up to 8 words (72 bytes with 8-byte words).
      const buf = c.source.read(sec.offset + off, Math.min(CHUNK + HEADER_MAX, sec.size - off), 'pclntab search');
      for (const o of pclntabMagicOffsets(buf, (8 - ((sec.addr + off) % 8)) % 8, Math.min(CHUNK, buf.length - HEADER_MAX + 1), c.littleEndian)) {
        const magic = c.littleEndian ? buf.readUInt32LE(o) : buf.readUInt32BE(o);
        const quantum = buf[o + 6]!;
        const ptr = buf[o + 7]!;
        if (![1, 2, 4].includes(quantum) || (ptr !== 4 && ptr !== 8)) continue;
        const size = sec.size - off - o;
        const word = (i: number) => (ptr === 8 ? Number(c.littleEndian ? buf.readBigUInt64LE(o + 8 + i * 8) : buf.readBigUInt64BE(o + 8 + i * 8)) : c.littleEndian ? buf.readUInt32LE(o + 8 + i * 4) : buf.readUInt32BE(o + 8 + i * 4));
        const base = PCLNTAB_MAGICS[magic] === 'go1.16' ? 2 : 3;
        const offs = [word(base), word(base + 1), word(base + 2), word(base + 3), word(base + 4)];
        if (word(0) > 0 && offs.every((x, i) => x > 0 && x < size && (i === 0 || x >= offs[i - 1]!))) {
          return { offset: sec.offset + off + o, size };
        }
      }
    }
  }
  return null;
}

/**
 * Reads the source file table of the pclntab: every file name the binary's
 * functions come from. These are the absolute paths (or `-trimpath`
 * rewrites) that end up in export data, so they tell us the GOROOT, module
 * cache and work-dir prefixes even when build info is missing. With
 * `withFiles` false, only the header is read (the table's format).
 */
export function readPclnFiles(c: Container, withFiles = true): PclnFiles | null {
  const loc = locate(c);
  if (!loc || loc.size < 16) return null;
  const head = c.source.read(loc.offset, Math.min(loc.size, 8 + 8 * 8), 'pclntab header');
  const little = c.littleEndian;
  const magic = little ? head.readUInt32LE(0) : head.readUInt32BE(0);
  const format = PCLNTAB_MAGICS[magic];
  if (!format || head[4] !== 0 || head[5] !== 0) return null;
  const ptrSize = head[7]!;
  if (ptrSize !== 4 && ptrSize !== 8) return null;
  const word = (i: number): number => {
    const o = 8 + i * ptrSize;
    if (o + ptrSize > head.length) return -1;
    return ptrSize === 4
      ? little ? head.readUInt32LE(o) : head.readUInt32BE(o)
      : Number(little ? head.readBigUInt64LE(o) : head.readBigUInt64BE(o));
  };
  const inTable = (off: number, len: number) => off >= 0 && len >= 0 && off + len <= loc.size;

  // Without files: the layout alone (it bounds the Go release), from the header.
  if (format === 'go1.2') return withFiles ? readGo12(c, loc, ptrSize, little) : { format, ptrSize, files: [] };

  // go1.16: nfunc, nfiles, funcnameOff, cuOff, filetabOff, pctabOff, pclnOff.
  // go1.18+: nfunc, nfiles, textStart, funcnameOff, cuOff, filetabOff, pctabOff, pclnOff.
  const base = format === 'go1.16' ? 4 : 5;
  const filetab = word(base);
  const pctab = word(base + 1);
  if (!inTable(filetab, 0) || pctab < filetab || !inTable(filetab, pctab - filetab)) return null;
  if (!withFiles) return { format, ptrSize, files: [] };
  const len = Math.min(pctab - filetab, MAX_FILETAB);
  const data = c.source.read(loc.offset + filetab, len, 'pclntab file table');
  return { format, ptrSize, files: splitNames(data) };
}

function readGo12(c: Container, loc: { offset: number; size: number }, ptrSize: number, little: boolean): PclnFiles | null {
  // Go 1.2–1.15: a u32 offset table of file names. Read the table once (bounded)
  // rather than seeking per name, so a hostile count cannot cost a read per entry.
  if (loc.size > MAX_GO12_TABLE) return null;
  const tab = c.source.read(loc.offset, loc.size, 'pclntab');
  const u32 = (o: number) => (o + 4 <= tab.length ? (little ? tab.readUInt32LE(o) : tab.readUInt32BE(o)) : -1);
  const nfunc = ptrSize === 4 ? u32(8) : Number(little ? tab.readBigUInt64LE(8) : tab.readBigUInt64BE(8));
  const fileOffPos = 8 + ptrSize + nfunc * 2 * ptrSize + ptrSize;
  const filetab = u32(fileOffPos);
  if (filetab < 0) return null;
  const nfiles = u32(filetab);
  if (nfiles < 0 || filetab + 4 * nfiles > tab.length) return null;
  if (nfiles > LIMITS.pclnFilesMax) throw new BinaryFormatError(`pclntab: ${nfiles} source files, more than the ${LIMITS.pclnFilesMax} any real binary has`);
  c.source.budget.chargeEntries(nfiles, 'pclntab file table');
  const names = new StringTable(tab, 'pclntab file names', LIMITS.pathBytesMax);
  const files = new Set<string>();
  for (let i = 1; i < nfiles; i++) {
    const off = u32(filetab + 4 * i);
    if (off < 0 || off >= tab.length) continue;
    files.add(names.get(off));
  }
  return { format: 'go1.2', ptrSize, files: [...files] };
}

const MAX_GO12_TABLE = 256 << 20;

/**
 * The NUL-separated names of a go1.16+ file table, distinct, in order. A name
 * longer than PATH_MAX is no path the compiler opened: it is left out, so no
 * later step (the path rules' regular expressions) works on megabytes of one "path".
 */
function splitNames(data: Buffer): string[] {
  // One native decode and split instead of a decode per name: a NUL byte is never part of a UTF-8
  // sequence, so the names come out as they would one by one.
  const files = new Set<string>();
  for (const name of data.toString('utf8').split('\0')) {
    if (name === '' || (name.length * 3 > LIMITS.pathBytesMax && Buffer.byteLength(name, 'utf8') > LIMITS.pathBytesMax)) continue;
    files.add(name);
    if (files.size > LIMITS.pclnFilesMax) throw new BinaryFormatError(`pclntab: more than ${LIMITS.pclnFilesMax} source file names, more than any real binary has`);
  }
  return [...files];
}
