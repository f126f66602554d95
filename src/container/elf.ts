import elfy from 'elfy';
import { BinaryFormatError, TruncatedSegmentError } from '../io/errors.js';
import type { FileSource } from '../io/file-source.js';
import { LIMITS, checkCount } from '../io/limits.js';
import { StringTable, cString } from './string-table.js';
import { type Container, type ContainerKind, type Section, type Segment, type SymbolEntry, filterByPrefix } from './types.js';
import { type VersionNeed, parseVersionNeeds } from './elf-versions.js';
import { ElfRelocations } from './elf-relocations.js';
import { ElfSymbolTable } from './elf-symbols.js';

const PT_LOAD = 1;
const PT_INTERP = 3;
const SHT_SYMTAB = 2;
const SHT_NOBITS = 8;
const SHT_DYNSYM = 11;
const SHT_RELA = 4;
const SHT_REL = 9;
const SHF_ALLOC = 2;

/** Relocation types whose value is the load base plus the addend, per e_machine. */
const RELATIVE: Record<number, number> = { 62: 8, 3: 8, 183: 1027, 40: 23, 243: 3, 258: 3, 22: 12, 21: 22, 8: 3 };
/** Word-sized absolute relocations against a symbol (S + A), per e_machine. */
const ABSOLUTE: Record<number, number> = { 62: 1, 3: 1, 183: 257, 40: 2, 243: 2, 258: 2, 22: 22, 21: 38, 8: 18 };
const SHF_COMPRESSED = 0x800;
const PT_DYNAMIC = 2;
const SHT_STRTAB = 3;
const SHT_DYNAMIC = 6;
const DT_PLTRELSZ = 2;
const DT_HASH = 4;
const DT_STRTAB = 5;
const DT_SYMTAB = 6;
const DT_RELA = 7;
const DT_RELASZ = 8;
const DT_STRSZ = 10;
const DT_REL = 17;
const DT_RELSZ = 18;
const DT_PLTREL = 20;
const DT_JMPREL = 23;
const DT_GNU_HASH = 0x6ffffef5;
const DT_VERNEED = 0x6ffffffe;
const DT_NEEDED = 1;
const DT_SONAME = 14;
const DT_VERNEEDNUM = 0x6fffffff;
const SHT_GNU_VERNEED = 0x6ffffffe;
const DT_FLAGS_1 = 0x6ffffffb;
const DF_1_PIE = 0x08000000;

/** e_machine → GOARCH (class and byte order settle the MIPS and POWER variants). */
function goarchOf(machine: number, bits: number, little: boolean): string | null {
  switch (machine) {
    case 62: return 'amd64';
    case 3: return '386';
    case 183: return 'arm64';
    case 40: return 'arm';
    case 243: return 'riscv64';
    case 258: return 'loong64';
    case 22: return 's390x';
    case 21: return little ? 'ppc64le' : 'ppc64';
    case 8: return bits === 64 ? (little ? 'mips64le' : 'mips64') : little ? 'mipsle' : 'mips';
    default: return null;
  }
}

const MACHINE_NAMES: Record<number, string> = {
  62: 'x86-64', 3: 'Intel 80386', 183: 'AArch64', 40: 'ARM', 243: 'RISC-V', 258: 'LoongArch',
  22: 'IBM S/390', 21: 'PowerPC64', 8: 'MIPS',
};

/**
 * elfy's Parser reads the 64-bit sh_addralign and sh_entsize two bytes too
 * early (offsets 46 and 54 instead of 48 and 56). This is the one place we
 * correct it: the rest of the section entry elfy reads correctly.
 */
export function fixElfySection64(sec: { addralign: number; entsize: number }, ent: Buffer, little: boolean): void {
  const read64 = (off: number) =>
    Number(little ? ent.readBigUInt64LE(off) : ent.readBigUInt64BE(off));
  sec.addralign = read64(48);
  sec.entsize = read64(56);
}

/**
 * ELF container built on elfy's header, program-header and section-header
 * decoders, fed with just the table bytes we read (elfy itself expects the
 * whole file in memory, which Go binaries of hundreds of MB make costly).
 */
export class ElfContainer implements Container {
  readonly format = 'elf' as const;
  readonly bits: 32 | 64;
  readonly littleEndian: boolean;
  readonly goos: string | null;
  readonly goarch: string | null;
  readonly machineName: string;
  readonly kind: ContainerKind;
  readonly interpreter: string | null;
  readonly needed: string[] = [];
  soname: string | null = null;
  private verneedNum: number | null = null;
  private versionNeedCache: VersionNeed[] | null = null;
  readonly sections: Section[] = [];
  readonly segments: Segment[] = [];
  private readonly elfType: number;
  private readonly rawSections: { type: number; link: number; entsize: number; flags: number }[] = [];
  private symCache = new Map<number, SymbolEntry[]>();
  private tables = new Map<number, ElfSymbolTable | null>();
  private pie = false;
  private machine = 0;
  private relocs: ElfRelocations | null = null;

  constructor(readonly source: FileSource) {
    const ident = source.read(0, Math.min(64, source.size), 'ELF header');
    if (ident.length < 52) throw new BinaryFormatError('ELF header is truncated');
    const cls = ident[4];
    const data = ident[5];
    if (cls !== 1 && cls !== 2) throw new BinaryFormatError(`ELF header: invalid class ${cls}`);
    if (data !== 1 && data !== 2) throw new BinaryFormatError(`ELF header: invalid byte order ${data}`);
    this.bits = cls === 2 ? 64 : 32;
    this.littleEndian = data === 1;
    if (this.bits === 64 && ident.length < 64) throw new BinaryFormatError('ELF header is truncated');
    const parser = new elfy.Parser();
    const hdr = parser.parseHeader(ident);
    const u16 = (b: Buffer, o: number) => (this.littleEndian ? b.readUInt16LE(o) : b.readUInt16BE(o));
    this.elfType = u16(ident, 16);
    const machine = u16(ident, 18);
    this.machine = machine;
    this.goarch = goarchOf(machine, this.bits, this.littleEndian);
    this.machineName = `ELF${this.bits} ${MACHINE_NAMES[machine] ?? `machine ${machine}`}`;

    // Program headers.
    const phSize = this.bits === 64 ? 56 : 32;
    if (hdr.phnum > 0) {
      if (hdr.phentsize !== phSize) throw new BinaryFormatError(`ELF header: program header size ${hdr.phentsize}, expected ${phSize}`);
      checkCount(hdr.phnum, phSize, source.size, 0xffff, 'ELF program headers');
      const table = source.read(hdr.phoff, hdr.phnum * phSize, 'ELF program headers');
      for (let i = 0; i < hdr.phnum; i++) {
        const ent = table.subarray(i * phSize, (i + 1) * phSize);
        const p = parser.parseProgram(ent, hdr, EMPTY);
        const type = this.u32(ent, 0);
        if (type === PT_LOAD) {
          if (p.filesz > 0 && p.offset + p.filesz > source.size) {
            throw new TruncatedSegmentError(`ELF segment LOAD#${i} (file bytes ${p.offset}..${p.offset + p.filesz}) extends past the end of the file (${source.size} bytes): the file is truncated`);
          }
          this.segments.push({
            name: `LOAD#${i}`, vaddr: p.vaddr, memsz: p.memsz, offset: p.offset, filesz: p.filesz,
            readable: !!p.flags.r, writable: !!p.flags.w, executable: !!p.flags.x,
          });
        }
        if (type === PT_INTERP) {
          this.interpreterRange = { offset: p.offset, size: p.filesz };
        }
        if (type === PT_DYNAMIC) this.dynamicSegment = { vaddr: p.vaddr, offset: p.offset, size: p.filesz };
      }
    }

    // Section headers, including extended numbering (e_shnum == 0).
    const shSize = this.bits === 64 ? 64 : 40;
    let shnum = hdr.shnum;
    let shstrndx = hdr.shstrndx;
    if (hdr.shoff !== 0) {
      if (hdr.shentsize !== shSize) throw new BinaryFormatError(`ELF header: section header size ${hdr.shentsize}, expected ${shSize}`);
      if (shnum === 0 || shstrndx === 0xffff) {
        const first = source.read(hdr.shoff, shSize, 'ELF section headers');
        const s0 = parser.parseSection(first, hdr, EMPTY);
        if (shnum === 0) shnum = s0.size;
        if (shstrndx === 0xffff) shstrndx = s0.link;
      }
      if (shnum * shSize > source.size) throw new BinaryFormatError(`ELF header: ${shnum} sections cannot fit in the file`);
      checkCount(shnum, shSize, source.size, LIMITS.sectionsMax, 'ELF section headers');
      source.budget.chargeEntries(shnum, 'ELF section headers');
      const table = source.read(hdr.shoff, shnum * shSize, 'ELF section headers');
      const parsed = [];
      for (let i = 0; i < shnum; i++) {
        const ent = table.subarray(i * shSize, (i + 1) * shSize);
        const s = parser.parseSection(ent, hdr, EMPTY);
        if (this.bits === 64) fixElfySection64(s, ent, this.littleEndian);
        parsed.push(s);
        const rawType = this.u32(ent, 4);
        const rawFlags = this.bits === 64 ? Number(this.u64(ent, 8)) : this.u32(ent, 8);
        this.rawSections.push({ type: rawType, link: s.link, entsize: s.entsize, flags: rawFlags });
      }
      const strSec = parsed[shstrndx];
      let names = new StringTable(EMPTY, 'ELF section name table');
      if (strSec && shstrndx !== 0) {
        names = new StringTable(source.read(strSec.off, strSec.size, 'ELF section name table'), 'ELF section name table');
      } else if (shnum > 0) {
        throw new BinaryFormatError(`ELF header: section name table index ${shstrndx} is out of range`);
      }
      parsed.forEach((s, i) => {
        const raw = this.rawSections[i]!;
        const name = names.get(s.name);
        const inFile = raw.type !== SHT_NOBITS && raw.type !== 0;
        if (inFile && s.off + s.size > source.size) {
          throw new BinaryFormatError(`ELF section ${name || `#${i}`} extends past the end of the file`);
        }
        this.sections.push({
          name, rawName: name, segment: null, addr: s.addr, offset: s.off, size: s.size, inFile,
          compressed: (raw.flags & SHF_COMPRESSED) !== 0,
        });
      });
    }

    // No section headers (stripped with llvm-objcopy --strip-sections, sstrip): the dynamic linker
    // never reads them, so neither do we; the dynamic segment says where its tables are.
    if (this.sections.length === 0 && this.dynamicSegment) this.sectionsFromDynamic(this.dynamicSegment);

    this.interpreter = this.interpreterRange
      ? cString(source.read(this.interpreterRange.offset, Math.min(this.interpreterRange.size, 4096), 'ELF interpreter'), 0)
      : null;
    this.readDynamic();
    this.goos = this.detectGoos(ident[7] ?? 0);
    this.kind =
      this.elfType === 2 ? 'executable'
      : this.elfType === 3 ? (this.interpreter || this.pie ? 'pie' : 'shared-object')
      : this.elfType === 1 ? 'relocatable'
      : 'unknown';
  }

  private interpreterRange: { offset: number; size: number } | null = null;
  private dynamicSegment: { vaddr: number; offset: number; size: number } | null = null;
  /** True when the sections were made from the dynamic segment (the file has no section headers). */
  sectionless = false;

  /**
   * Sections for the tables the dynamic segment points at, as the dynamic
   * linker finds them: .dynamic, .dynstr, .dynsym (its length from DT_HASH's
   * chain count or DT_GNU_HASH's last chain), the relocation tables and
   * .gnu.version_r. A table whose address maps to no file bytes is left out.
   */
  private sectionsFromDynamic(seg: { vaddr: number; offset: number; size: number }): void {
    if (seg.offset + seg.size > this.source.size) throw new BinaryFormatError('ELF dynamic segment extends past the end of the file');
    const data = this.source.read(seg.offset, Math.min(seg.size, 1 << 20), 'ELF dynamic segment');
    const ent = this.bits === 64 ? 16 : 8;
    const tags = new Map<number, number>();
    for (let o = 0; o + ent <= data.length; o += ent) {
      const tag = this.bits === 64 ? Number(this.u64(data, o)) : this.u32(data, o);
      if (tag === 0) break;
      if (!tags.has(tag)) tags.set(tag, this.bits === 64 ? Number(this.u64(data, o + 8)) : this.u32(data, o + 4));
    }
    this.sectionless = true;
    const add = (name: string, type: number, addr: number | undefined, size: number | undefined, link: number, entsize = 0): number => {
      if (addr === undefined || size === undefined || size <= 0) return -1;
      const m = this.mapAddress(addr);
      if (!m || size > m.available) return -1;
      this.sections.push({ name, rawName: name, segment: null, addr, offset: m.offset, size, inFile: true, compressed: false });
      this.rawSections.push({ type, link, entsize, flags: SHF_ALLOC });
      return this.sections.length - 1;
    };
    const str = add('.dynstr', SHT_STRTAB, tags.get(DT_STRTAB), tags.get(DT_STRSZ), 0);
    this.sections.push({ name: '.dynamic', rawName: '.dynamic', segment: null, addr: seg.vaddr, offset: seg.offset, size: seg.size, inFile: true, compressed: false });
    this.rawSections.push({ type: SHT_DYNAMIC, link: str < 0 ? 0xffffffff : str, entsize: ent, flags: SHF_ALLOC });
    if (str < 0) return;
    const symEnt = this.bits === 64 ? 24 : 16;
    const symtab = tags.get(DT_SYMTAB);
    const count = symtab === undefined ? null : this.dynamicSymbolCount(tags);
    if (count !== null) add('.dynsym', SHT_DYNSYM, symtab, count * symEnt, str, symEnt);
    add('.rela.dyn', SHT_RELA, tags.get(DT_RELA), tags.get(DT_RELASZ), -1);
    add('.rel.dyn', SHT_REL, tags.get(DT_REL), tags.get(DT_RELSZ), -1);
    const plt = tags.get(DT_JMPREL);
    if (plt !== undefined) add(tags.get(DT_PLTREL) === DT_REL ? '.rel.plt' : '.rela.plt', tags.get(DT_PLTREL) === DT_REL ? SHT_REL : SHT_RELA, plt, tags.get(DT_PLTRELSZ), -1);
    const verneed = tags.get(DT_VERNEED);
    const vm = verneed === undefined ? null : this.mapAddress(verneed);
    if (vm) add('.gnu.version_r', SHT_GNU_VERNEED, verneed, Math.min(vm.available, 1 << 16), str);
  }

  /** How many dynamic symbols there are: DT_HASH's nchain, else one past the last chain of DT_GNU_HASH (as the loader walks it). */
  private dynamicSymbolCount(tags: Map<number, number>): number | null {
    const word = (addr: number) => {
      const m = this.mapAddress(addr);
      return m && m.available >= 4 ? this.u32(this.source.read(m.offset, 4, 'ELF hash table'), 0) : null;
    };
    const hash = tags.get(DT_HASH);
    if (hash !== undefined) return word(hash + 4);
    const gnu = tags.get(DT_GNU_HASH);
    if (gnu === undefined) return null;
    const nbuckets = word(gnu);
    const symoffset = word(gnu + 4);
    const bloomSize = word(gnu + 8);
    if (nbuckets === null || symoffset === null || bloomSize === null || nbuckets > LIMITS.symbolsMax || bloomSize > LIMITS.symbolsMax) return null;
    const buckets = gnu + 16 + bloomSize * (this.bits / 8);
    const m = this.mapAddress(buckets);
    if (!m || m.available < nbuckets * 4) return null;
    const b = this.source.read(m.offset, nbuckets * 4, 'ELF GNU hash buckets');
    let last = 0;
    for (let i = 0; i < nbuckets; i++) last = Math.max(last, this.u32(b, i * 4));
    if (last < symoffset) return symoffset;
    // The last bucket's chain to its end (bit 0 set): one bounded read (real chains are a few entries).
    const cm = this.mapAddress(buckets + nbuckets * 4 + (last - symoffset) * 4);
    if (!cm) return null;
    const chain = this.source.read(cm.offset, Math.min(cm.available, 1 << 16) & ~3, 'ELF GNU hash chain');
    for (let k = 0; k + 4 <= chain.length; k += 4) if (this.u32(chain, k) & 1) return last + k / 4 + 1;
    return null;
  }

  private u32(b: Buffer, o: number): number {
    return this.littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o);
  }
  private u64(b: Buffer, o: number): bigint {
    return this.littleEndian ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o);
  }

  private readDynamic(): void {
    const dyn = this.sections.findIndex((s) => s.name === '.dynamic');
    if (dyn < 0) return;
    const sec = this.sections[dyn]!;
    const strSec = this.sections[this.rawSections[dyn]!.link];
    if (!strSec) return;
    const data = this.readSection(sec, 1 << 20);
    // The few names .dynamic points at, read one by one: the table itself (MBs in a plugin) is read only if symbols are searched.
    const strs = { get: (off: number) => this.stringAt(strSec, off, 16 << 20) };
    const ent = this.bits === 64 ? 16 : 8;
    for (let o = 0; o + ent <= data.length; o += ent) {
      const tag = this.bits === 64 ? Number(this.u64(data, o)) : this.u32(data, o);
      const val = this.bits === 64 ? Number(this.u64(data, o + 8)) : this.u32(data, o + 4);
      if (tag === 0) break;
      if (tag === DT_NEEDED) this.needed.push(strs.get(val));
      if (tag === DT_SONAME) this.soname = strs.get(val);
      if (tag === DT_VERNEEDNUM) this.verneedNum = val;
      if (tag === DT_FLAGS_1 && (val & DF_1_PIE) !== 0) this.pie = true;
    }
  }

  /**
   * The NUL-terminated name at `off` of string section `sec` (its first `cap`
   * bytes), as StringTable.get reads it from the whole section, but from
   * the section read once if it was (stringSection), else by small reads.
   */
  private stringAt(sec: Section, off: number, cap: number): string {
    const len = sec.inFile ? Math.min(sec.size, cap) : 0;
    const whole = this.strCache.get(sec);
    if (whole && whole.length >= len) return new StringTable(whole.subarray(0, len), 'ELF string table').get(off);
    if (off < 0 || off >= len) return '';
    const limit = Math.min(len, off + LIMITS.nameBytesMax);
    const parts: Buffer[] = [];
    for (let at = off, step = 256; at < limit; at += step, step *= 4) {
      const piece = this.source.read(sec.offset + at, Math.min(step, limit - at), `ELF section ${sec.name}`);
      const nul = piece.indexOf(0);
      parts.push(nul < 0 ? piece : piece.subarray(0, nul));
      if (nul >= 0) break;
    }
    return Buffer.concat(parts).toString('utf8');
  }

  /** A string section's first `cap` bytes, read once for every reader of it (.dynstr serves .dynsym and .gnu.version_r). */
  private stringSection(sec: Section, cap = Number.MAX_SAFE_INTEGER): Buffer {
    const len = sec.inFile ? Math.min(sec.size, cap) : 0;
    const have = this.strCache.get(sec);
    if (have && have.length >= len) return have.subarray(0, len);
    const data = this.readSection(sec, cap);
    this.strCache.set(sec, data);
    return data;
  }
  private readonly strCache = new Map<Section, Buffer>();

  /** GOOS from the ELF's own marks; Go binaries for Linux carry no OS/ABI byte. */
  private detectGoos(osabi: number): string | null {
    if (osabi === 9) return 'freebsd';
    if (this.section('.note.netbsd.ident')) return 'netbsd';
    if (this.section('.note.openbsd.ident')) return 'openbsd';
    if (this.section('.note.android.ident')) return 'android';
    const interp = this.interpreter ?? '';
    if (interp.includes('ld-elf.so')) return 'freebsd';
    if (interp.includes('ld.so.1') && interp.includes('amd64')) return 'solaris';
    if (osabi === 3 || interp.includes('ld-linux') || interp.includes('ld-musl') || interp.includes('ld64.so')) return 'linux';
    return null;
  }

  /** `.gnu.version_r`: the symbol versions needed from each library (GLIBC_2.34 …); read on first use. */
  versionNeeds(): VersionNeed[] {
    if (this.versionNeedCache) return this.versionNeedCache;
    const idx = this.rawSections.findIndex((s) => s.type === SHT_GNU_VERNEED);
    let out: VersionNeed[] = [];
    if (idx >= 0) {
      const sec = this.sections[idx]!;
      const strSec = this.sections[this.rawSections[idx]!.link];
      if (!strSec) throw new BinaryFormatError(`ELF ${sec.name}: string table index is out of range`);
      // Real tables are a few hundred bytes; more than 1 MiB is not a version table.
      if (sec.size > 1 << 20) throw new BinaryFormatError(`ELF ${sec.name}: ${sec.size} bytes is too large for a version needs table`);
      out = parseVersionNeeds(this.readSection(sec), this.stringSection(strSec, 16 << 20), this.littleEndian, this.verneedNum ?? undefined);
    }
    this.versionNeedCache = out;
    return out;
  }

  section(name: string): Section | undefined {
    return this.sections.find((s) => s.name === name);
  }

  hasSymbolTable(): boolean {
    return this.rawSections.some((s) => s.type === SHT_SYMTAB);
  }
  hasDynamicSymbolTable(): boolean {
    return this.rawSections.some((s) => s.type === SHT_DYNSYM);
  }
  symbols(): SymbolEntry[] {
    return this.symbolTable(SHT_SYMTAB);
  }
  dynamicSymbols(): SymbolEntry[] {
    return this.symbolTable(SHT_DYNSYM);
  }

  symbolsWithPrefix(table: 'static' | 'dynamic', prefixes: readonly string[]): SymbolEntry[] {
    const type = table === 'static' ? SHT_SYMTAB : SHT_DYNSYM;
    const full = this.symCache.get(type);
    if (full) return filterByPrefix(full, prefixes);
    return this.table(type)?.withPrefix(prefixes) ?? [];
  }

  symbolsContaining(table: 'static' | 'dynamic', needle: string): SymbolEntry[] {
    const type = table === 'static' ? SHT_SYMTAB : SHT_DYNSYM;
    const full = this.symCache.get(type);
    if (full) return full.filter((s) => s.name.includes(needle));
    return this.table(type)?.containing(needle) ?? [];
  }

  private symbolTable(type: number): SymbolEntry[] {
    const cached = this.symCache.get(type);
    if (cached) return cached;
    const out = this.table(type)?.all() ?? [];
    this.symCache.set(type, out);
    return out;
  }

  /** The first table of this type, read, checked and charged once however many searches follow; null when absent. */
  private table(type: number): ElfSymbolTable | null {
    const have = this.tables.get(type);
    if (have !== undefined) return have;
    const idx = this.rawSections.findIndex((s) => s.type === type);
    let t: ElfSymbolTable | null = null;
    if (idx >= 0) {
      const sec = this.sections[idx]!;
      const strSec = this.sections[this.rawSections[idx]!.link];
      if (!strSec) throw new BinaryFormatError(`ELF ${sec.name}: string table index is out of range`);
      const ent = this.bits === 64 ? 24 : 16;
      // Counts checked against sizes before anything is decoded, as debug/elf does.
      checkCount(Math.floor(sec.size / ent), ent, sec.size, LIMITS.symbolsMax, `ELF ${sec.name}`);
      this.source.budget.chargeEntries(Math.floor(sec.size / ent), `ELF ${sec.name}`);
      const data = this.readSection(sec);
      const strs = new StringTable(this.stringSection(strSec), `ELF ${sec.name} string table`);
      t = new ElfSymbolTable(data, strs, this.bits, this.littleEndian, `ELF ${sec.name}`, (n) => this.source.scratch(n));
    }
    this.tables.set(type, t);
    return t;
  }

  readSection(sec: Section, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
    if (!sec.inFile) return EMPTY;
    return this.source.read(sec.offset, Math.min(sec.size, maxBytes), `ELF section ${sec.name}`);
  }

  mapAddress(addr: number): { offset: number; available: number } | null {
    for (const seg of this.segments) {
      if (addr >= seg.vaddr && addr < seg.vaddr + seg.filesz) {
        return { offset: seg.offset + (addr - seg.vaddr), available: seg.vaddr + seg.filesz - addr };
      }
    }
    return null;
  }

  pointerAt(addr: number, raw?: bigint): { value: number | null; symbol: string | null } | null {
    const size = this.bits / 8;
    const r = this.dynamicRelocations().at(addr);
    if (r) return r;
    if (raw !== undefined) return { value: Number(raw), symbol: null };
    const m = this.mapAddress(addr);
    if (!m || m.available < size) return null;
    const b = this.source.read(m.offset, size, `pointer at 0x${addr.toString(16)}`);
    return { value: size === 8 ? Number(this.u64(b, 0)) : this.u32(b, 0), symbol: null };
  }

  wordsHolding(sec: Section, data: Buffer, target: number): number[] {
    const w = this.bits / 8;
    const relocs = this.dynamicRelocations();
    const first = (w - (sec.addr % w)) % w;
    const aligned = (o: number) => o >= first && (o - first) % w === 0 && o + w <= data.length;
    const out = new Set<number>();
    // Words whose file bytes are the target and that no relocation overwrites.
    if (Number.isSafeInteger(target) && target >= 0 && target < 2 ** (8 * w)) {
      const pattern = Buffer.alloc(w);
      if (w === 8) {
        if (this.littleEndian) pattern.writeBigUInt64LE(BigInt(target));
        else pattern.writeBigUInt64BE(BigInt(target));
      } else if (this.littleEndian) pattern.writeUInt32LE(target);
      else pattern.writeUInt32BE(target);
      for (let o = data.indexOf(pattern); o >= 0; o = data.indexOf(pattern, o + 1)) {
        if (!aligned(o)) continue;
        const v = relocs.valueAt(sec.addr + o);
        if (v === undefined || v === target) out.add(sec.addr + o);
      }
    }
    // Words a relocation sets to the target.
    for (const addr of relocs.addressesSetTo(sec.addr, sec.addr + data.length, target)) {
      if (aligned(addr - sec.addr)) out.add(addr);
    }
    return [...out].sort((a, b) => a - b);
  }

  /** The loader's relocations of allocated REL/RELA sections, read once and searched by address. */
  private dynamicRelocations(): ElfRelocations {
    if (this.relocs) return this.relocs;
    // The dynamic symbol table is checked first, whether or not a relocation names it.
    const dyn = this.table(SHT_DYNSYM);
    const sections: { data: Buffer; rela: boolean }[] = [];
    this.rawSections.forEach((raw, i) => {
      if ((raw.type !== SHT_RELA && raw.type !== SHT_REL) || (raw.flags & SHF_ALLOC) === 0) return;
      sections.push({ data: this.readSection(this.sections[i]!, 256 << 20), rela: raw.type === SHT_RELA });
    });
    this.relocs = new ElfRelocations(sections, {
      bits: this.bits,
      littleEndian: this.littleEndian,
      relative: RELATIVE[this.machine],
      absolute: ABSOLUTE[this.machine],
      dynamicCount: dyn?.count ?? 0,
      dynamicSymbol: (i) => dyn!.entry(i),
      dynamicValue: (i) => dyn!.valueOf(i),
      implicitAddend: (addr) => this.implicitAddend(addr),
    }, (n) => this.source.scratch(n));
    return this.relocs;
  }

  private implicitAddend(addr: number): number {
    const m = this.mapAddress(addr);
    if (!m || m.available < this.bits / 8) return 0;
    const b = this.source.read(m.offset, this.bits / 8, 'relocation addend');
    return this.bits === 64 ? Number(this.u64(b, 0)) : this.u32(b, 0);
  }

  dataStart(): { addr: number; size: number } | null {
    const bi = this.section('.go.buildinfo');
    if (bi) return { addr: bi.addr, size: bi.size };
    const seg = this.segments.find((s) => s.writable && !s.executable);
    return seg ? { addr: seg.vaddr, size: seg.memsz } : null;
  }
}

const EMPTY = Buffer.alloc(0);
