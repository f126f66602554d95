/**
 * Byte-level mutations in the style of libFuzzer/AFL: bit flips, interesting
 * integers at aligned offsets (where ELF and Mach-O keep counts, sizes and
 * offsets), block copies, duplication, insertion, deletion, truncation,
 * NUL removal, and splicing with another corpus entry.
 */
export class Rng {
  constructor(private s: number) {
    if (this.s === 0) this.s = 0x9e3779b9;
  }
  /** xorshift32: reproducible from the seed. */
  next(): number {
    let x = this.s;
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    this.s = x;
    return x;
  }
  below(n: number): number {
    return n <= 0 ? 0 : this.next() % n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.below(xs.length)]!;
  }
}

const INTERESTING_32 = [0, 1, 2, 7, 8, 16, 24, 32, 56, 64, 0x7f, 0x80, 0xff, 0x100, 0x1000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
const INTERESTING_64 = [0n, 1n, 0x7fffffffn, 0xffffffffn, 0x100000000n, 0x7fffffffffffffffn, 0xffffffffffffffffn, 0x20000000000000n, 0x1fffffffffffffn, 0x80000000n];

export const MAX_LEN = 1 << 16;

export function mutate(input: Buffer, rng: Rng, other: () => Buffer): Buffer {
  let b = Buffer.from(input);
  const rounds = 1 + rng.below(6);
  for (let r = 0; r < rounds; r++) {
    if (b.length === 0) b = Buffer.alloc(8);
    const pos = rng.below(b.length);
    switch (rng.below(14)) {
      case 0: b[pos] = b[pos]! ^ (1 << rng.below(8)); break;
      case 1: b[pos] = rng.pick([0, 0xff, 0x7f, 0x80, 0x01, 0x2f, 0x40, 0x2e]); break;
      case 2: b[pos] = rng.below(256); break;
      case 3: {
        const o = pos - (pos % 4);
        if (o + 4 <= b.length) b.writeUInt32LE(rng.pick(INTERESTING_32) >>> 0, o);
        break;
      }
      case 4: {
        const o = pos - (pos % 8);
        if (o + 8 <= b.length) b.writeBigUInt64LE(rng.pick(INTERESTING_64), o);
        break;
      }
      case 5: { // add or subtract a small number from an aligned word (sizes, counts, offsets)
        const o = pos - (pos % 4);
        if (o + 4 <= b.length) b.writeUInt32LE((b.readUInt32LE(o) + rng.below(65) - 32) >>> 0, o);
        break;
      }
      case 6: { // copy a block over another place
        const len = 1 + rng.below(Math.min(256, b.length));
        const from = rng.below(b.length - len + 1);
        b.copy(b, rng.below(b.length - len + 1), from, from + len);
        break;
      }
      case 7: { // duplicate a block (repeated headers, sections, units)
        const len = 1 + rng.below(Math.min(512, b.length));
        const from = rng.below(b.length - len + 1);
        b = Buffer.concat([b.subarray(0, from + len), b.subarray(from, from + len), b.subarray(from + len)]);
        break;
      }
      case 8: { // insert random bytes
        const ins = Buffer.alloc(1 + rng.below(32));
        for (let i = 0; i < ins.length; i++) ins[i] = rng.below(256);
        b = Buffer.concat([b.subarray(0, pos), ins, b.subarray(pos)]);
        break;
      }
      case 9: { // delete a block
        const len = 1 + rng.below(Math.min(256, b.length - pos));
        b = Buffer.concat([b.subarray(0, pos), b.subarray(pos + len)]);
        break;
      }
      case 10: b = b.subarray(0, pos); break;
      case 11: { // overwrite NULs with letters: unterminated strings
        const len = 1 + rng.below(Math.min(1024, b.length - pos));
        for (let i = pos; i < pos + len; i++) if (b[i] === 0) b[i] = 0x61;
        break;
      }
      case 12: { // splice with another input
        const o = other();
        if (o.length) {
          const at = rng.below(o.length);
          b = Buffer.concat([b.subarray(0, pos), o.subarray(at, at + 1 + rng.below(1024))]);
        }
        break;
      }
      default: { // ASCII digit change (versions, JSON numbers)
        for (let i = pos; i < Math.min(b.length, pos + 64); i++) {
          if (b[i]! >= 0x30 && b[i]! <= 0x39) { b[i] = 0x30 + rng.below(10); break; }
        }
      }
    }
  }
  return b.length > MAX_LEN && input.length <= MAX_LEN ? b.subarray(0, MAX_LEN) : b;
}
