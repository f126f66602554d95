import { type Container, type Section, readSymbol } from '../container/types.js';

export interface PclnFiles {
  /** The table layout: which Go releases write it. */
  format: 'go1.2' | 'go1.16' | 'go1.18' | 'go1.20';
  ptrSize: number;
  files: string[];
}

const MAGICS: Record<number, PclnFiles['format']> = {
  0xfffffffb: 'go1.2',
  0xfffffffa: 'go1.16',
  0xfffffff0: 'go1.18',
  0xfffffff1: 'go1.20',
};

/** Caps what a hostile header can make us read. */
const MAX_FILETAB = 64 << 20;

/** Where the pclntab is: its section, or the runtime.pclntab symbol range. */
function locate(c: Container): { offset: number; size: number } | null {
  const sec: Section | undefined = c.section('.gopclntab');
  if (sec && sec.inFile) return { offset: sec.offset, size: sec.size };
  const syms = c.symbols();
  const start = syms.find((s) => s.name === 'runtime.pclntab');
  const end = syms.find((s) => s.name === 'runtime.epclntab');
  if (start && end && end.value > start.value && start.section !== null) {
    const s = c.sections[start.section];
    if (s && s.inFile) return { offset: s.offset + (start.value - s.addr), size: end.value - start.value };
  }
  void readSymbol;
  return null;
}

/**
 * Reads the source file table of the pclntab: every file name the binary's
 * functions come from. These are the absolute paths (or `-trimpath`
 * rewrites) that end up in export data, so they tell us the GOROOT, module
 * cache and work-dir prefixes even when build info is missing.
 */
export function readPclnFiles(c: Container): PclnFiles | null {
  const loc = locate(c);
  if (!loc || loc.size < 16) return null;
  const head = c.source.read(loc.offset, Math.min(loc.size, 8 + 8 * 8), 'pclntab header');
  const little = c.littleEndian;
  const magic = little ? head.readUInt32LE(0) : head.readUInt32BE(0);
  const format = MAGICS[magic];
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

  if (format === 'go1.2') return readGo12(c, loc, ptrSize, little);

  // go1.16: nfunc, nfiles, funcnameOff, cuOff, filetabOff, pctabOff, pclnOff.
  // go1.18+: nfunc, nfiles, textStart, funcnameOff, cuOff, filetabOff, pctabOff, pclnOff.
  const base = format === 'go1.16' ? 4 : 5;
  const filetab = word(base);
  const pctab = word(base + 1);
  if (!inTable(filetab, 0) || pctab < filetab || !inTable(filetab, pctab - filetab)) return null;
  const len = Math.min(pctab - filetab, MAX_FILETAB);
  const data = c.source.read(loc.offset + filetab, len, 'pclntab file table');
  const files = data.toString('utf8').split('\0').filter((f) => f.length > 0);
  return { format, ptrSize, files: [...new Set(files)] };
}

function readGo12(c: Container, loc: { offset: number; size: number }, ptrSize: number, little: boolean): PclnFiles | null {
  const rd = (off: number, n: number) => c.source.read(loc.offset + off, n, 'pclntab');
  const u32 = (b: Buffer, o = 0) => (little ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const ptr = (b: Buffer) => (ptrSize === 4 ? u32(b) : Number(little ? b.readBigUInt64LE(0) : b.readBigUInt64BE(0)));
  const nfunc = ptr(rd(8, ptrSize));
  const fileOffPos = 8 + ptrSize + nfunc * 2 * ptrSize + ptrSize;
  if (fileOffPos + 4 > loc.size) return null;
  const filetab = u32(rd(fileOffPos, 4));
  if (filetab + 4 > loc.size) return null;
  const nfiles = u32(rd(filetab, 4));
  if (nfiles > 1 << 20 || filetab + 4 * nfiles > loc.size) return null;
  const offs = rd(filetab, 4 * nfiles);
  const files: string[] = [];
  for (let i = 1; i < nfiles; i++) {
    const off = u32(offs, 4 * i);
    if (off >= loc.size) continue;
    const s = c.source.readUpTo(loc.offset + off, Math.min(4096, loc.size - off));
    const end = s.indexOf(0);
    files.push(s.toString('utf8', 0, end < 0 ? s.length : end));
  }
  return { format: 'go1.2', ptrSize, files: [...new Set(files)] };
}
