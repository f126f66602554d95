/** The first word of a pclntab header, and the layout (which Go releases write it) it names. */
export const PCLNTAB_MAGICS: Record<number, 'go1.2' | 'go1.16' | 'go1.18' | 'go1.20'> = {
  0xfffffffb: 'go1.2',
  0xfffffffa: 'go1.16',
  0xfffffff0: 'go1.18',
  0xfffffff1: 'go1.20',
};

/**
 * Where `buf` holds a pclntab magic followed by two zero bytes, at offsets
 * o with first ≤ o < limit and o ≡ first (mod 8), ascending: the candidates
 * of a header scan, found by the buffer's native search instead of a test
 * of every word (the scans run over MBs of a stripped binary's data).
 */
export function pclntabMagicOffsets(buf: Buffer, first: number, limit: number, littleEndian: boolean): number[] {
  const out: number[] = [];
  const pattern = Buffer.alloc(6);
  for (const magic of Object.keys(PCLNTAB_MAGICS).map(Number)) {
    if (littleEndian) pattern.writeUInt32LE(magic, 0);
    else pattern.writeUInt32BE(magic, 0);
    for (let i = buf.indexOf(pattern, first); i >= 0 && i < limit; i = buf.indexOf(pattern, i + 1)) {
      if ((i - first) % 8 === 0) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}
