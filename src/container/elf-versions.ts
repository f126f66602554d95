import { BinaryFormatError } from '../io/errors.js';

/** One `Elfxx_Verneed` entry of `.gnu.version_r`: a library and the symbol versions needed from it. */
export interface VersionNeed {
  /** The library (`libc.so.6`), as DT_NEEDED names it. */
  file: string;
  versions: { name: string; hash: number; flags: number; index: number }[];
}

const VERNEED_SIZE = 16;
const VERNAUX_SIZE = 16;

/**
 * Parses `.gnu.version_r` (SHT_GNU_verneed), as `readelf -V` prints it.
 * Entries chain through relative `vn_next`/`vna_next` offsets; each must land
 * inside the section and move forward, so a damaged or hostile chain ends in
 * an error value after at most size/16 steps instead of looping.
 * `strtab` is the section's linked string table (`.dynstr`).
 */
export function parseVersionNeeds(data: Buffer, strtab: Buffer, littleEndian: boolean, count = Number.MAX_SAFE_INTEGER): VersionNeed[] {
  const u16 = (o: number) => (littleEndian ? data.readUInt16LE(o) : data.readUInt16BE(o));
  const u32 = (o: number) => (littleEndian ? data.readUInt32LE(o) : data.readUInt32BE(o));
  const str = (off: number, what: string) => {
    if (off >= strtab.length) throw new BinaryFormatError(`ELF .gnu.version_r: ${what} name offset ${off} is outside the string table (${strtab.length} bytes)`);
    const end = strtab.indexOf(0, off);
    return strtab.toString('utf8', off, end < 0 ? strtab.length : end);
  };
  const out: VersionNeed[] = [];
  const maxSteps = Math.floor(data.length / 8) + 1;
  let steps = 0;
  let at = 0;
  while (out.length < count && data.length > 0) {
    if (at + VERNEED_SIZE > data.length) throw new BinaryFormatError(`ELF .gnu.version_r: entry at ${at} extends past the section (${data.length} bytes)`);
    const version = u16(at);
    if (version !== 1) throw new BinaryFormatError(`ELF .gnu.version_r: entry at ${at} has version ${version}, expected 1`);
    const cnt = u16(at + 2);
    const need: VersionNeed = { file: str(u32(at + 4), 'library'), versions: [] };
    let aux = at + u32(at + 8);
    for (let i = 0; i < cnt; i++) {
      if (++steps > maxSteps) throw new BinaryFormatError('ELF .gnu.version_r: the version chain does not end');
      if (aux + VERNAUX_SIZE > data.length || aux < at) throw new BinaryFormatError(`ELF .gnu.version_r: version ${i} of ${need.file} at ${aux} is outside the section`);
      need.versions.push({ hash: u32(aux), flags: u16(aux + 4), index: u16(aux + 6), name: str(u32(aux + 8), 'version') });
      const next = u32(aux + 12);
      if (next === 0) break;
      aux += next;
    }
    out.push(need);
    const next = u32(at + 12);
    if (next === 0) break;
    if (++steps > maxSteps) throw new BinaryFormatError('ELF .gnu.version_r: the entry chain does not end');
    at += next;
  }
  return out;
}

/**
 * Versions glibc defines under a name instead of a number, with the release
 * that first defined them. A program linked with `-z pack-relative-relocs`
 * (binutils ≥ 2.38, lld) needs GLIBC_ABI_DT_RELR, so that a glibc too old to
 * apply DT_RELR relocations refuses it ("version `GLIBC_ABI_DT_RELR' not
 * found") instead of running it unrelocated; glibc 2.36 added both (its NEWS).
 */
const GLIBC_NAMED: Record<string, [number, number, number]> = { GLIBC_ABI_DT_RELR: [2, 36, 0] };

/** `GLIBC_2.34` → [2, 34, 0], `GLIBC_ABI_DT_RELR` → [2, 36, 0]; null for GLIBC_PRIVATE and other names. */
export function glibcVersionOf(name: string): [number, number, number] | null {
  const m = /^GLIBC_(\d+)\.(\d+)(?:\.(\d+))?$/.exec(name);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return Object.hasOwn(GLIBC_NAMED, name) ? GLIBC_NAMED[name]! : null;
}

/** The glibc release that first has version `name`, as `2.34` (`2.3.2` when it has a third part); null for other names. */
export function glibcReleaseOf(name: string): string | null {
  const g = glibcVersionOf(name);
  return g ? g.slice(0, g[2] ? 3 : 2).join('.') : null;
}
