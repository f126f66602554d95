import macho from 'macho';
import type { MachoCommand, MachoHeader, MachoSegment } from 'macho';
import { BinaryFormatError } from '../io/errors.js';
import type { FileSource } from '../io/file-source.js';
import { LIMITS, checkCount } from '../io/limits.js';
import { StringTable } from './string-table.js';
import { MachoSymbolTable } from './macho-symbols.js';
import { type Container, type ContainerKind, type Section, type Segment, type SymbolEntry, filterByPrefix } from './types.js';

const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const MAX_LOAD_COMMANDS_BYTES = 16 << 20;
const LC_DYLD_INFO = 0x22;
const LC_DYLD_INFO_ONLY = 0x80000022;
const LC_DYLD_EXPORTS_TRIE = 0x80000033;
const LC_DYLD_CHAINED_FIXUPS = 0x80000034;
const MAX_TRIE_BYTES = 64 << 20;

const CPU_TO_GOARCH: Record<number, string> = {
  7: '386',
  0x01000007: 'amd64',
  12: 'arm',
  0x0100000c: 'arm64',
  18: 'ppc',
  0x01000012: 'ppc64',
};

/** `__gopclntab` → `.gopclntab`, `__debug_info` → `.debug_info`, `__go_buildinfo` → `.go.buildinfo`. */
function neutralName(sect: string): string {
  if (sect === '__go_buildinfo') return '.go.buildinfo';
  if (sect === '__go_fipsinfo') return '.go.fipsinfo';
  return sect.startsWith('__') ? '.' + sect.slice(2) : sect;
}

/**
 * Mach-O container built on the `macho` package's header and load-command
 * decoders. We hand it only the load-command bytes, after checking every
 * command's size ourselves: macho's own loop ignores its bounds check (a
 * comma operator), lets a zero cmdsize walk backwards, and its "alignment"
 * step is a no-op, so a hostile file could make it misparse or spin. It also
 * replaces each segment's `fileoff` with the command's own offset (fixed
 * below) and cannot tell big-endian files (an operator-precedence slip).
 */
export class MachoContainer implements Container {
  readonly format = 'macho' as const;
  readonly bits: 32 | 64;
  readonly littleEndian = true;
  readonly goos = 'darwin';
  readonly goarch: string | null;
  readonly machineName: string;
  readonly kind: ContainerKind;
  readonly interpreter: string | null = null;
  readonly needed: string[] = [];
  readonly sections: Section[] = [];
  readonly segments: Segment[] = [];
  private symtab: { symoff: number; nsyms: number; stroff: number; strsize: number } | null = null;
  private symCache: SymbolEntry[] | null = null;
  private dynCache: SymbolEntry[] | null = null;
  private exportTrie: { offset: number; size: number } | null = null;
  private chainedFixups: { offset: number; size: number } | null = null;
  private chainedFormat: number | null | undefined;

  constructor(readonly source: FileSource, readonly fatArches?: string[]) {
    const head = source.read(0, Math.min(32, source.size), 'Mach-O header');
    if (head.length < 28) throw new BinaryFormatError('Mach-O header is truncated');
    const magic = head.readUInt32LE(0);
    if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) {
      // Go has never targeted a big-endian Mach-O; macho would misread it as little-endian.
      throw new BinaryFormatError('big-endian Mach-O is not supported');
    }
    this.bits = magic === MH_MAGIC_64 ? 64 : 32;
    const hsize = this.bits === 64 ? 32 : 28;
    const cputype = head.readInt32LE(4);
    const filetype = head.readUInt32LE(12);
    const ncmds = head.readUInt32LE(16);
    const sizeofcmds = head.readUInt32LE(20);
    this.goarch = CPU_TO_GOARCH[cputype >>> 0] ?? null;
    this.machineName = `Mach-O ${this.bits}-bit ${this.goarch ?? `cpu ${cputype}`}`;
    if (sizeofcmds > MAX_LOAD_COMMANDS_BYTES || hsize + sizeofcmds > source.size) {
      throw new BinaryFormatError(`Mach-O header: load commands (${sizeofcmds} bytes) do not fit in the file`);
    }
    const buf = source.read(0, hsize + sizeofcmds, 'Mach-O load commands');
    this.validateCommands(buf, hsize, ncmds, sizeofcmds);

    const parser = new macho.Parser();
    // Our own header, not macho's parseHead: it throws a TypeError on any CPU type it does not know.
    parser.setEndian('le');
    const hdr: MachoHeader = {
      bits: this.bits, magic, cpu: { type: undefined, subtype: undefined, endian: 'le' }, filetype: undefined,
      ncmds, sizeofcmds, flags: {}, hsize, body: buf.subarray(hsize), cmds: null,
    };
    let cmds: MachoCommand[];
    try {
      // Passing the load-command buffer as "file": the section data slices
      // macho makes are never used, and no read can leave this buffer.
      cmds = parser.parseCommands(hdr, hdr.body, Buffer.alloc(0));
    } catch (err) {
      throw new BinaryFormatError(`Mach-O load commands: ${(err as Error).message}`);
    }
    for (const cmd of cmds) {
      if (cmd.type === 'segment' || cmd.type === 'segment_64') {
        const seg = cmd as MachoSegment;
        // macho overwrites the segment's own `fileoff` with the load command's
        // position in the file; read the real one from the command bytes.
        const fileoff = cmd.type === 'segment_64' ? Number(buf.readBigUInt64LE(cmd.fileoff + 40)) : buf.readUInt32LE(cmd.fileoff + 32);
        seg.fileoff = fileoff;
        this.segments.push({
          name: seg.name, vaddr: seg.vmaddr, memsz: seg.vmsize, offset: fileoff, filesz: seg.filesize,
          readable: seg.initprot.read, writable: seg.initprot.write, executable: seg.initprot.exec,
        });
        if (seg.filesize > 0 && seg.fileoff + seg.filesize > source.size) {
          throw new BinaryFormatError(`Mach-O segment ${seg.name} extends past the end of the file`);
        }
        for (const s of seg.sections) {
          const zerofill = s.type === 'zerofill' || s.type === 'gb_zerofill' || s.type === 'thread_local_zerofill' || s.offset === 0;
          if (!zerofill && s.offset + s.size > source.size) {
            throw new BinaryFormatError(`Mach-O section ${s.segname},${s.sectname} extends past the end of the file`);
          }
          this.sections.push({
            name: neutralName(s.sectname), rawName: s.sectname, segment: s.segname, addr: s.addr,
            offset: s.offset, size: s.size, inFile: !zerofill, compressed: false,
          });
        }
      } else if (cmd.type === 'symtab') {
        const st = cmd as unknown as { symoff: number; nsyms: number; stroff: number; strsize: number };
        this.symtab = st;
      } else if (cmd.type === 'load_dylib' || cmd.type === 'load_weak_dylib') {
        this.needed.push(String((cmd as { name?: unknown }).name ?? ''));
      } else if (cmd.type === 'load_dylinker') {
        (this as { interpreter: string | null }).interpreter = String((cmd as { cmd?: unknown }).cmd ?? '');
      }
    }
    const ft = macho.constants.fileType![filetype];
    this.kind = ft === 'execute' ? 'executable' : ft === 'dylib' ? 'dylib' : ft === 'bundle' ? 'bundle' : ft === 'object' ? 'relocatable' : 'unknown';
  }

  private validateCommands(buf: Buffer, hsize: number, ncmds: number, sizeofcmds: number): void {
    if (ncmds * 8 > sizeofcmds) throw new BinaryFormatError(`Mach-O header: ${ncmds} load commands cannot fit in ${sizeofcmds} bytes`);
    let off = hsize;
    for (let i = 0; i < ncmds; i++) {
      if (off + 8 > hsize + sizeofcmds) throw new BinaryFormatError(`Mach-O load command ${i} starts past the command area`);
      const size = buf.readUInt32LE(off + 4);
      if (size < 8 || size % 4 !== 0 || off + size > hsize + sizeofcmds) {
        throw new BinaryFormatError(`Mach-O load command ${i} has invalid size ${size}`);
      }
      const cmd = buf.readUInt32LE(off);
      // Where dyld finds exports and pointer fixups (the `macho` package does not decode these).
      if ((cmd === LC_DYLD_INFO || cmd === LC_DYLD_INFO_ONLY) && size >= 48) {
        this.exportTrie = { offset: buf.readUInt32LE(off + 40), size: buf.readUInt32LE(off + 44) };
      } else if (cmd === LC_DYLD_EXPORTS_TRIE && size >= 16) {
        this.exportTrie = { offset: buf.readUInt32LE(off + 8), size: buf.readUInt32LE(off + 12) };
      } else if (cmd === LC_DYLD_CHAINED_FIXUPS && size >= 16) {
        this.chainedFixups = { offset: buf.readUInt32LE(off + 8), size: buf.readUInt32LE(off + 12) };
      }
      off += size;
    }
  }

  section(name: string): Section | undefined {
    return this.sections.find((s) => s.name === name);
  }

  symbolsWithPrefix(table: 'static' | 'dynamic', prefixes: readonly string[]): SymbolEntry[] {
    if (table === 'static') return this.symCache ? filterByPrefix(this.symCache, prefixes) : this.table()?.withPrefix(prefixes) ?? [];
    // Without an export trie, dyld binds the defined external symbols of the table.
    if (this.dynCache || this.hasExportTrie()) return filterByPrefix(this.dynamicSymbols(), prefixes);
    return (this.table()?.withPrefix(prefixes) ?? []).filter((s) => s.global && s.section !== null);
  }

  symbolsContaining(table: 'static' | 'dynamic', needle: string): SymbolEntry[] {
    if (table === 'static') return this.symCache ? this.symCache.filter((s) => s.name.includes(needle)) : this.table()?.containing(needle) ?? [];
    if (this.dynCache || this.hasExportTrie()) return this.dynamicSymbols().filter((s) => s.name.includes(needle));
    return (this.table()?.containing(needle) ?? []).filter((s) => s.global && s.section !== null);
  }

  hasSymbolTable(): boolean {
    return !!this.symtab && this.symtab.nsyms > 0;
  }
  hasDynamicSymbolTable(): boolean {
    return this.dynamicSymbols().length > 0;
  }

  /** The nlist table, read, checked and charged once; null when there is none. */
  private table(): MachoSymbolTable | null {
    if (this.nlist !== undefined) return this.nlist;
    const st = this.symtab;
    this.nlist = null;
    if (st && st.nsyms > 0) {
      const ent = this.bits === 64 ? 16 : 12;
      checkCount(st.nsyms, ent, this.source.size, LIMITS.symbolsMax, 'Mach-O symbol table');
      this.source.budget.chargeEntries(st.nsyms, 'Mach-O symbol table');
      const data = this.source.read(st.symoff, st.nsyms * ent, 'Mach-O symbol table');
      const strs = new StringTable(this.source.read(st.stroff, st.strsize, 'Mach-O string table'), 'Mach-O string table');
      this.nlist = new MachoSymbolTable(data, strs, this.bits, this.sections);
    }
    return this.nlist;
  }
  private nlist: MachoSymbolTable | null | undefined = undefined;

  /** All nlist entries that are not debugging stabs, with Mach-O's leading `_` removed. */
  symbols(): SymbolEntry[] {
    this.symCache ??= this.table()?.all() ?? [];
    return this.symCache;
  }

  /** Whether dyld's exports come from an export trie (else from the symbol table). */
  private hasExportTrie(): boolean {
    return this.trieExports().length > 0;
  }
  private trieExports(): SymbolEntry[] {
    this.trieCache ??= this.readExportTrie();
    return this.trieCache;
  }
  private trieCache: SymbolEntry[] | null = null;

  /**
   * What dyld can bind to: the export trie (what dlsym really searches, and
   * all a stripped binary keeps), else external symbols defined in a section.
   */
  dynamicSymbols(): SymbolEntry[] {
    if (this.dynCache) return this.dynCache;
    const fromTrie = this.trieExports();
    this.dynCache = fromTrie.length ? fromTrie : this.symbols().filter((s) => s.global && s.section !== null);
    return this.dynCache;
  }

  /** Walks the export trie: edges spell names, terminal nodes hold flags and an image offset. */
  private readExportTrie(): SymbolEntry[] {
    const t = this.exportTrie;
    if (!t || t.size === 0 || t.size > MAX_TRIE_BYTES || t.offset + t.size > this.source.size) return [];
    const trie = this.source.read(t.offset, t.size, 'Mach-O export trie');
    const base = this.segments.find((s) => s.name === '__TEXT')?.vaddr ?? 0;
    const out: SymbolEntry[] = [];
    const uleb = (o: { p: number }): number => {
      let v = 0, shift = 0, b: number;
      do {
        if (o.p >= trie.length || shift > 49) throw new BinaryFormatError('Mach-O export trie: truncated number');
        b = trie[o.p++]!;
        v += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      return v;
    };
    const seen = new Set<number>();
    const stack: { node: number; prefix: string }[] = [{ node: 0, prefix: '' }];
    while (stack.length) {
      const { node, prefix } = stack.pop()!;
      // A node visited twice would make a hostile trie loop.
      if (node >= trie.length || seen.has(node)) continue;
      seen.add(node);
      const o = { p: node };
      const termSize = uleb(o);
      const children = o.p + termSize;
      if (termSize > 0) {
        const flags = uleb(o);
        // Re-exports name another image's symbol; stub-and-resolver entries carry two addresses.
        if ((flags & 0x08) === 0) {
          const value = base + uleb(o);
          let name = prefix.startsWith('_') ? prefix.slice(1) : prefix;
          name = name.normalize();
          const section = this.sections.findIndex((s) => value >= s.addr && value < s.addr + Math.max(s.size, 1));
          out.push({ name, value, size: 0, section: section >= 0 ? section : null, global: true });
        }
      }
      o.p = children;
      if (o.p >= trie.length) continue;
      const n = trie[o.p++]!;
      for (let i = 0; i < n; i++) {
        const end = trie.indexOf(0, o.p);
        if (end < 0) throw new BinaryFormatError('Mach-O export trie: unterminated edge');
        const label = trie.toString('utf8', o.p, end);
        o.p = end + 1;
        stack.push({ node: uleb(o), prefix: prefix + label });
      }
    }
    // Sizes from the next export, as for the symbol table.
    const sorted = out.filter((s) => s.section !== null).sort((a, b) => a.value - b.value);
    sorted.forEach((s, i) => {
      const sec = this.sections[s.section!]!;
      const next = sorted[i + 1];
      s.size = Math.max(0, Math.min(next && next.section === s.section ? next.value : sec.addr + sec.size, sec.addr + sec.size) - s.value);
    });
    return out;
  }

  pointerAt(addr: number, raw?: bigint): { value: number | null; symbol: string | null } | null {
    const size = this.bits / 8;
    let w = raw;
    if (w === undefined) {
      const m = this.mapAddress(addr);
      if (!m || m.available < size) return null;
      const b = this.source.read(m.offset, size, `pointer at 0x${addr.toString(16)}`);
      w = size === 4 ? BigInt(b.readUInt32LE(0)) : b.readBigUInt64LE(0);
    }
    if (size === 4) return { value: Number(w), symbol: null };
    // Rebase opcodes (LC_DYLD_INFO) leave the unslid address in the word itself.
    if (!this.chainedFixups) return { value: Number(w), symbol: null };
    // Chained fixups: bit 63 binds to an imported symbol; otherwise a 36-bit target and 8 high bits.
    if (w >> 63n) return { value: null, symbol: null };
    const target = Number(w & 0xfffffffffn) + Number((w >> 36n) & 0xffn) * 2 ** 56;
    // DYLD_CHAINED_PTR_64_OFFSET (6) counts from the image base; DYLD_CHAINED_PTR_64 (2) is a vmaddr.
    const base = this.chainedPointerFormat() === 6 ? this.segments.find((s) => s.name === '__TEXT')?.vaddr ?? 0 : 0;
    return { value: target + base, symbol: null };
  }

  /** pointer_format of the first segment with fixups (dyld_chained_starts_in_segment). */
  private chainedPointerFormat(): number | null {
    if (this.chainedFormat !== undefined) return this.chainedFormat;
    this.chainedFormat = null;
    const f = this.chainedFixups!;
    if (f.offset + f.size > this.source.size || f.size < 28) return null;
    const h = this.source.read(f.offset, Math.min(f.size, 1 << 20), 'Mach-O chained fixups');
    const starts = h.readUInt32LE(4);
    if (starts + 4 > h.length) return null;
    const segCount = h.readUInt32LE(starts);
    for (let i = 0; i < segCount && starts + 4 + 4 * i + 4 <= h.length; i++) {
      const segOff = h.readUInt32LE(starts + 4 + 4 * i);
      if (segOff === 0 || starts + segOff + 8 > h.length) continue;
      this.chainedFormat = h.readUInt16LE(starts + segOff + 6);
      break;
    }
    return this.chainedFormat;
  }

  readSection(sec: Section, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
    if (!sec.inFile) return Buffer.alloc(0);
    return this.source.read(sec.offset, Math.min(sec.size, maxBytes), `Mach-O section ${sec.rawName}`);
  }

  mapAddress(addr: number): { offset: number; available: number } | null {
    for (const seg of this.segments) {
      if (seg.name === '__PAGEZERO') continue;
      if (addr >= seg.vaddr && addr < seg.vaddr + seg.filesz) {
        return { offset: seg.offset + (addr - seg.vaddr), available: seg.vaddr + seg.filesz - addr };
      }
    }
    return null;
  }

  dataStart(): { addr: number; size: number } | null {
    const bi = this.section('.go.buildinfo');
    if (bi) return { addr: bi.addr, size: bi.size };
    const seg = this.segments.find((s) => s.vaddr !== 0 && s.filesz !== 0 && s.readable && s.writable && !s.executable);
    return seg ? { addr: seg.vaddr, size: seg.memsz } : null;
  }
}
