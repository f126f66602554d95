import type { FileSource } from '../io/file-source.js';

/** A section, in the neutral vocabulary the Go decoders use. */
export interface Section {
  /** ELF name as is; Mach-O `__x` names mapped to `.x` (`__gopclntab` → `.gopclntab`). */
  name: string;
  /** The container's own name (`__gopclntab`, `.gopclntab`). */
  rawName: string;
  segment: string | null;
  addr: number;
  offset: number;
  size: number;
  /** False for sections that occupy no file bytes (NOBITS, zerofill). */
  inFile: boolean;
  /** ELF SHF_COMPRESSED: the data starts with a compression header. */
  compressed: boolean;
}

export interface SymbolEntry {
  name: string;
  value: number;
  size: number;
  /** Index of the defining section in `sections`, or null if undefined/absolute. */
  section: number | null;
  global: boolean;
  /** ELF STB_WEAK: an undefined weak reference does not fail dlopen. */
  weak?: boolean;
}

export type ContainerKind =
  | 'executable'
  | 'pie'
  | 'shared-object'
  | 'relocatable'
  | 'bundle'
  | 'dylib'
  | 'unknown';

/** A loadable region: virtual address range and where its bytes are in the file. */
export interface Segment {
  name: string;
  vaddr: number;
  memsz: number;
  offset: number;
  filesz: number;
  readable: boolean;
  writable: boolean;
  executable: boolean;
}

/**
 * What the Go decoders need from a binary, whatever its format — the same
 * idea as debug/buildinfo's two-method interface, a little wider because we
 * also read symbols, pclntab and DWARF.
 */
export interface Container {
  readonly format: 'elf' | 'macho';
  readonly source: FileSource;
  readonly bits: 32 | 64;
  readonly littleEndian: boolean;
  readonly goos: string | null;
  readonly goarch: string | null;
  /** ELF class / Mach-O CPU name for messages, e.g. `ELF64 x86-64`. */
  readonly machineName: string;
  readonly kind: ContainerKind;
  /** Dynamic loader (ELF PT_INTERP / Mach-O LC_LOAD_DYLINKER). */
  readonly interpreter: string | null;
  /** DT_NEEDED / LC_LOAD_DYLIB names. */
  readonly needed: string[];
  /** ELF DT_SONAME (the name other objects record in DT_NEEDED); null when absent or Mach-O. */
  readonly soname?: string | null;
  /** ELF `.gnu.version_r`: symbol versions needed per library (GLIBC_2.34 …); absent for Mach-O. */
  versionNeeds?(): { file: string; versions: { name: string; index: number }[] }[];
  readonly sections: Section[];
  /** No section headers in the file: `sections` were made from the dynamic segment, and symbols' section indexes name none of them. */
  readonly sectionless?: boolean;
  readonly segments: Segment[];
  /** Universal Mach-O: the other architectures in the file. */
  readonly fatArches?: string[];
  section(name: string): Section | undefined;
  /** The regular (static) symbol table, or [] when stripped. */
  symbols(): SymbolEntry[];
  /** Symbols visible to the dynamic linker (ELF .dynsym; Mach-O external defined symbols). */
  dynamicSymbols(): SymbolEntry[];
  /**
   * The symbols of one table whose names start with one of `prefixes`, decoding
   * no other entry: a Go binary's tables hold 10⁴–10⁶ names and the verdict needs
   * a few (`go:link.*`, one package's exports).
   */
  symbolsWithPrefix(table: 'static' | 'dynamic', prefixes: readonly string[]): SymbolEntry[];
  /** The same for names that contain `needle` anywhere. */
  symbolsContaining(table: 'static' | 'dynamic', needle: string): SymbolEntry[];
  hasSymbolTable(): boolean;
  hasDynamicSymbolTable(): boolean;
  /** The file bytes of a section (decompressed by the caller if `compressed`). */
  readSection(sec: Section, maxBytes?: number): Buffer;
  /** Where a virtual address's bytes are in the file, and how many follow in its segment. */
  mapAddress(addr: number): { offset: number; available: number } | null;
  /** Where buildinfo lives (debug/buildinfo's DataStart). */
  dataStart(): { addr: number; size: number } | null;
  /**
   * The pointer-sized word at a virtual address as the loader leaves it:
   * position-independent code keeps 0 in the file and the value in a dynamic
   * relocation (ELF R_*_RELATIVE addend, Mach-O rebase or chained fixup).
   * `symbol` names the target when the word is bound to a (dynamic) symbol.
   * `raw`: the word's file bytes when the caller has read them already (no second read).
   */
  pointerAt(addr: number, raw?: bigint): { value: number | null; symbol: string | null } | null;
  /**
   * The addresses of the aligned words of `data` (the first bytes of section
   * `sec`) whose loaded value (`pointerAt(addr, raw).value`) is `target`, in
   * address order: a scan for one value without a call per word. Containers
   * without it are asked word by word through `pointerAt`.
   */
  wordsHolding?(sec: Section, data: Buffer, target: number): number[];
}

export function findSection(sections: Section[], name: string): Section | undefined {
  return sections.find((s) => s.name === name);
}

/**
 * Bytes at a virtual address. With `upTo`, returns what the segment holds
 * (possibly fewer bytes); otherwise null unless all `length` bytes are mapped.
 */
export function readAddress(c: Container, addr: number, length: number, upTo = false): Buffer | null {
  const m = c.mapAddress(addr);
  if (!m) return null;
  if (m.available < length && !upTo) return null;
  return c.source.read(m.offset, Math.min(length, m.available), `data at 0x${addr.toString(16)}`);
}

/** The bytes a symbol covers in the file (`length` defaults to its size); null if not in the file. */
export function readSymbol(c: Container, sym: SymbolEntry, length = sym.size): Buffer | null {
  if (sym.section === null) return null;
  if (c.sectionless) {
    // By address, as the loader does: the file's segments are all there is.
    const m = c.mapAddress(sym.value);
    return m && m.available >= length ? c.source.read(m.offset, length, `symbol ${sym.name}`) : null;
  }
  const sec = c.sections[sym.section];
  if (!sec || !sec.inFile) return null;
  const rel = sym.value - sec.addr;
  if (rel < 0 || rel + length > sec.size) return null;
  return c.source.read(sec.offset + rel, length, `symbol ${sym.name}`);
}

/**
 * In-file sections matching `pred`, each file range once and at most `max`
 * of them: a hostile file can repeat a section header thousands of times,
 * and every scan over it would repeat too.
 */
export function distinctSections(c: Container, pred: (s: Section) => boolean, max = 4): Section[] {
  const seen = new Set<string>();
  const out: Section[] = [];
  for (const s of c.sections) {
    if (!s.inFile || !pred(s)) continue;
    const key = `${s.offset}:${s.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length === max) break;
  }
  return out;
}

/** `symbolsWithPrefix` over a decoded list (containers whose tables are small or already decoded). */
export function filterByPrefix(syms: SymbolEntry[], prefixes: readonly string[]): SymbolEntry[] {
  return syms.filter((s) => prefixes.some((p) => s.name.startsWith(p)));
}
