import { distinctSections, readAddress, type Container } from '../container/types.js';
import { LIMITS } from '../io/limits.js';
import { pclntabMagicOffsets } from './pclntab-magic.js';

/**
 * runtime.moduledata: what plugin.Open reads. runtime.plugin_lastmoduleinit
 * (runtime/plugin.go) takes the plugin's `pluginpath`, compares `pkghashes` in
 * their order, and builds the export map from `ptab`; plugin/plugin_dlopen.go
 * then dlsym's `pluginpath + "." + name` for each. Reading the same words gives
 * a plugin's identity whatever was stripped.
 */
export interface ModuleData {
  /** Virtual address of the structure. */
  address: number;
  /** How it was found: its symbol, its section, or the word that points at the pclntab header (GoReSym's way). */
  locatedBy: 'symbol' | 'section' | 'pclntab-pointer';
  /** Which release's `moduledata` layout matched. */
  layout: Layout['name'];
  pluginPath: string;
  /** The runtime's link-ordered table: package, link-time hash, and the dynamic symbol its runtime hash binds to. */
  pkgHashes: { package: string; hash: string; runtimeSymbol: string | null }[];
  moduleName: string;
  /**
   * plugin.Lookup names, from ptab; `func` when the runtime prefixes the name
   * with "." internally. `type`: the dynamic type of the plugin.Symbol that
   * Lookup returns (`func(…) …` for a function, `*T` for a variable), as the
   * runtime spells it (package names, not paths); null when unreadable.
   */
  exports: { name: string; kind: 'func' | 'var'; type: string | null; methods: ExportMethod[] | null }[];
  text: number;
  etext: number;
  types: number;
  etypes: number;
}

/** An exported method of an export's dynamic type (a func type has none; unknown kinds: null) (what an interface assertion matches): its name and func type without receiver. */
export interface ExportMethod {
  name: string;
  /** `func(string) string`; null when the linker dropped it (mtyp -1) or it is unreadable. */
  type: string | null;
}

/**
 * Word indices of the fields we read, per `moduledata` layout (runtime/symtab.go
 * of each tag; strings take 2 words, slices 3). `slices` lists every slice field
 * (checked len == cap when validating a guess).
 */
interface Layout {
  name: 'go1.19' | 'go1.20' | 'go1.21-go1.25' | 'go1.26' | 'go1.27';
  text: number;
  types: number;
  etypes: number;
  ptab: number;
  pluginpath: number;
  pkghashes: number;
  modulename: number;
  slices: number[];
}

const LAYOUTS: Layout[] = [
  // go1.19.8: … types, etypes, rodata, gofunc, textsectmap, typelinks, itablinks, ptab, pluginpath, pkghashes, modulename …
  { name: 'go1.19', text: 22, types: 35, etypes: 36, ptab: 48, pluginpath: 51, pkghashes: 53, modulename: 56, slices: [1, 4, 7, 10, 13, 16, 39, 42, 45, 48, 53, 58] },
  // go1.20 adds covctrs/ecovctrs (coverage redesign) before end; go1.21 adds inittasks after
  // pkghashes (new init order); go1.26 adds epclntab after gofunc. The go1.20 and go1.21–go1.25
  // rows follow runtime/symtab.go of those releases and are not measured here (no such toolchain
  // on this machine): every row is validated on the bytes (len == cap of each slice) before use.
  { name: 'go1.20', text: 22, types: 37, etypes: 38, ptab: 50, pluginpath: 53, pkghashes: 55, modulename: 58, slices: [1, 4, 7, 10, 13, 16, 41, 44, 47, 50, 55, 60] },
  { name: 'go1.21-go1.25', text: 22, types: 37, etypes: 38, ptab: 50, pluginpath: 53, pkghashes: 55, modulename: 61, slices: [1, 4, 7, 10, 13, 16, 41, 44, 47, 50, 55, 58, 63] },
  // go1.26.8, measured.
  { name: 'go1.26', text: 22, types: 37, etypes: 38, ptab: 51, pluginpath: 54, pkghashes: 56, modulename: 62, slices: [1, 4, 7, 10, 13, 16, 42, 45, 48, 51, 56, 59, 64] },
  // go1.27.3: types, typedesclen, etypes, itaboffset, itabsize; typelinks and itablinks are gone.
  { name: 'go1.27', text: 22, types: 37, etypes: 39, ptab: 48, pluginpath: 51, pkghashes: 53, modulename: 59, slices: [1, 4, 7, 10, 13, 16, 45, 48, 53, 56, 61] },
];

/** Bounds a hostile file cannot make us exceed. */
const MAX_STRING = 1 << 16;
const MAX_ENTRIES = 1 << 14;
const MAX_FIELDS = 70;

class Reader {
  readonly w: number;
  constructor(readonly c: Container) {
    this.w = c.bits / 8;
  }
  /** A pointer as the loader leaves it (relocations applied). */
  ptr(addr: number): number | null {
    return this.c.pointerAt(addr)?.value ?? null;
  }
  /** A word of a block already read. */
  word(b: Buffer, off: number): bigint {
    if (this.w === 4) return BigInt(this.c.littleEndian ? b.readUInt32LE(off) : b.readUInt32BE(off));
    return this.c.littleEndian ? b.readBigUInt64LE(off) : b.readBigUInt64BE(off);
  }
  /** A plain integer word (lengths are never relocated). */
  int(addr: number): number | null {
    const b = readAddress(this.c, addr, this.w);
    if (!b) return null;
    if (this.w === 4) return this.c.littleEndian ? b.readUInt32LE(0) : b.readUInt32BE(0);
    return Number(this.c.littleEndian ? b.readBigUInt64LE(0) : b.readBigUInt64BE(0));
  }
  bytes(addr: number | null, len: number | null): Buffer | null {
    if (len === 0) return Buffer.alloc(0);
    if (addr === null || len === null || len > MAX_STRING) return null;
    return readAddress(this.c, addr, len);
  }
}

type Candidate = { address: number; locatedBy: ModuleData['locatedBy'] };

/**
 * go ≥ 1.26 gives the module's own structure a section (ELF .go.module, Mach-O
 * __go_module): the linker puts there the symbol the runtime reads, a plugin's
 * `local.moduledata` or an executable's `runtime.firstmoduledata`. Tried first:
 * it needs no symbol table.
 */
function sectionCandidates(c: Container): Candidate[] {
  const out: Candidate[] = [];
  for (const name of ['.go.module', '.go_module']) {
    const sec = c.section(name);
    if (sec?.inFile) out.push({ address: sec.addr, locatedBy: 'section' });
  }
  return out;
}

/** Older releases: by symbol, best first. */
function symbolCandidates(c: Container): Candidate[] {
  const out: Candidate[] = [];
  // A plugin's own module is `local.moduledata` (its runtime.firstmoduledata is an unused copy:
  // the plugin's references bind to the host's); an executable's is runtime.firstmoduledata.
  const names = ['local.moduledata', 'go:link.moduledata', 'go.link.moduledata', 'runtime.firstmoduledata'];
  const syms = c.symbolsWithPrefix('static', names);
  for (const name of names) {
    const s = syms.find((x) => x.name === name && x.section !== null && c.sections[x.section]?.inFile);
    if (s) out.push({ address: s.value, locatedBy: 'symbol' });
  }
  return out;
}

/** The pclntab header's address: the first word of moduledata points at it. */
function pclntabAddress(c: Container): number | null {
  const sec = c.section('.gopclntab');
  if (sec) return sec.addr;
  const sym = c.symbolsWithPrefix('static', ['runtime.pclntab']).find((s) => s.name === 'runtime.pclntab');
  if (sym) return sym.value;
  // Stripped go1.19 plugins keep the table inside .data.rel.ro: find its header.
  // Distinct ranges and a bounded scan: duplicated section headers must not multiply the work.
  for (const s of distinctSections(c, (x) => /^\.(data\.rel\.ro|rodata|gopclntab|noptrdata)$/.test(x.name))) {
    const CHUNK = 4 << 20;
    for (let off = 0; off < Math.min(s.size, LIMITS.scanBytesMax); off += CHUNK) {
      const buf = c.source.read(s.offset + off, Math.min(CHUNK + 16, s.size - off), 'pclntab search');
      for (const o of pclntabMagicOffsets(buf, (8 - ((s.addr + off) % 8)) % 8, Math.min(CHUNK, buf.length - 7), c.littleEndian)) {
        if ([1, 2, 4].includes(buf[o + 6]!) && buf[o + 7] === c.bits / 8) {
          return s.addr + off + o;
        }
      }
    }
  }
  return null;
}

/** GoReSym's method: the data word whose (relocated) value is the pclntab header's address. */
function byPclntabPointer(c: Container, r: Reader): number[] {
  const target = pclntabAddress(c);
  if (target === null) return [];
  const out: number[] = [];
  for (const s of distinctSections(c, (x) => /^\.(go\.module|go_module|noptrdata|data|data\.rel\.ro)$/.test(x.name))) {
    const buf = c.readSection(s, 64 << 20);
    if (c.wordsHolding) {
      out.push(...c.wordsHolding(s, buf, target));
    } else {
      const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
      for (let o = (r.w - (s.addr % r.w)) % r.w; o + r.w <= buf.length; o += r.w) {
        // In the file the word holds the address (fixed position, rebase), 0 with the value in a
        // relocation (PIC), or a chained fixup; pointerAt decides without reading the file again.
        const raw = r.w === 8 ? view.getBigUint64(o, c.littleEndian) : BigInt(view.getUint32(o, c.littleEndian));
        if (c.pointerAt(s.addr + o, raw)?.value === target) out.push(s.addr + o);
      }
    }
    if (out.length) break;
  }
  return out;
}

function tryLayout(r: Reader, at: number, L: Layout, locatedBy: ModuleData['locatedBy'], head: Buffer | null = null): ModuleData | null {
  const w = r.w;
  const field = (i: number) => at + i * w;
  // The structure's words from `head` (read once by the caller) where it holds them.
  const inHead = (i: number) => head !== null && (i + 1) * w <= head.length;
  const int = (i: number) => (inHead(i) ? Number(r.word(head!, i * w)) : r.int(field(i)));
  const ptr = (i: number) => (inHead(i) ? (r.c.pointerAt(field(i), r.word(head!, i * w))?.value ?? null) : r.ptr(field(i)));
  const string = (i: number) => {
    const b = r.bytes(ptr(i), int(i + 1));
    return b ? b.toString('utf8') : null;
  };
  // Every slice of the structure has len == cap in static data; a wrong layout breaks that.
  for (const i of L.slices) {
    const len = int(i + 1);
    const cap = int(i + 2);
    if (len === null || cap === null || len !== cap || len > (1 << 28)) return null;
  }
  const text = ptr(L.text);
  const etext = ptr(L.text + 1);
  const types = ptr(L.types);
  const etypes = ptr(L.etypes);
  if (text === null || etext === null || types === null || etypes === null || etext < text || etypes < types) return null;
  const pluginPath = string(L.pluginpath);
  const moduleName = string(L.modulename);
  if (pluginPath === null || moduleName === null) return null;

  const pkgHashes: ModuleData['pkgHashes'] = [];
  const n = int(L.pkghashes + 1) ?? 0;
  if (n > MAX_ENTRIES) return null;
  const arr = n ? ptr(L.pkghashes) : 0;
  // One read for the whole array (a hostile count must not cost a read per word).
  const block = n ? readAddress(r.c, arr!, n * 5 * w) : null;
  if (n && !block) return null;
  for (let i = 0; i < n; i++) {
    // modulehash: modulename string, linktimehash string, runtimehash *string.
    const e = arr! + i * 5 * w;
    const word = (k: number) => r.word(block!, (i * 5 + k) * w);
    const name = r.bytes(r.c.pointerAt(e, word(0))?.value ?? null, Number(word(1)));
    const hash = r.bytes(r.c.pointerAt(e + 2 * w, word(2))?.value ?? null, Number(word(3)));
    if (name === null || hash === null || hash.length !== 8) return null;
    pkgHashes.push({ package: name.toString('utf8'), hash: hash.toString('hex'), runtimeSymbol: r.c.pointerAt(e + 4 * w, word(4))?.symbol ?? null });
  }

  const exports: ModuleData['exports'] = [];
  const np = int(L.ptab + 1) ?? 0;
  if (np > MAX_ENTRIES) return null;
  const ptab = np ? ptr(L.ptab) : 0;
  const entries = np ? readAddress(r.c, ptab!, np * 8) : null;
  if (np && !entries) return null;
  for (let i = 0; i < np; i++) {
    // ptabEntry: nameOff, typeOff (int32, from md.types).
    const nameOff = r.c.littleEndian ? entries!.readInt32LE(i * 8) : entries!.readInt32BE(i * 8);
    const typeOff = r.c.littleEndian ? entries!.readInt32LE(i * 8 + 4) : entries!.readInt32BE(i * 8 + 4);
    const name = readName(r, types + nameOff);
    if (name === null) return null;
    // abi.Type: size, ptrdata (words), hash u32, tflag, align, fieldAlign, kind (& 0x1f; Func = 19),
    // equal, gcdata (words), str (nameOff), ptrToThis: one read up to str.
    const head = readAddress(r.c, types + typeOff, 4 * w + 12);
    const kind = head ? head[2 * w + 7]! & 0x1f : null;
    exports.push({ name, kind: kind === 19 ? 'func' : 'var', type: head ? typeString(r, types, head, w) : null, methods: !head ? null : kind === 22 ? pointerMethods(r, types, types + typeOff, head, w) : kind === 19 ? [] : null });
  }
  return { address: at, locatedBy, layout: L.name, pluginPath, pkgHashes, moduleName, exports, text, etext, types, etypes };
}

/**
 * The type's string (abi.Type.Str, a name in the types section). With
 * TFlagExtraStar the linker stored `*T` for the type T (sharing the string
 * with the pointer type): the runtime drops the star, so do we.
 */
function typeString(r: Reader, types: number, head: Buffer, w: number): string | null {
  const TFLAG_EXTRA_STAR = 1 << 1;
  const off = r.c.littleEndian ? head.readInt32LE(4 * w + 8) : head.readInt32BE(4 * w + 8);
  const s = readName(r, types + off);
  if (s === null) return null;
  return head[2 * w + 4]! & TFLAG_EXTRA_STAR ? s.slice(1) : s;
}

/** At most this many methods are read per type (a hostile count costs no more). */
const MAX_METHODS = 4096;

/**
 * The exported methods of a pointer type (a variable's symbol is `*T`; its
 * method set, T's value methods included, is in *T's uncommon type), as
 * runtime/iface.go's itab init matches them against an interface: sorted
 * by name, each with its type. abi.PtrType is abi.Type (4 words + 16
 * bytes) and Elem (a word); abi.UncommonType follows: PkgPath (nameOff),
 * Mcount, Xcount (uint16), Moff (uint32); methods at its address + Moff,
 * 16 bytes each: Name (nameOff), Mtyp (typeOff, -1 when dropped), Ifn, Tfn.
 * Null when the type has no uncommon part (no methods) or it is unreadable.
 */
function pointerMethods(r: Reader, types: number, at: number, head: Buffer, w: number): ExportMethod[] | null {
  const TFLAG_UNCOMMON = 1 << 0;
  if (!(head[2 * w + 4]! & TFLAG_UNCOMMON)) return [];
  const u = at + 5 * w + 16;
  const uh = readAddress(r.c, u, 16);
  if (!uh) return null;
  const le = r.c.littleEndian;
  const xcount = le ? uh.readUInt16LE(6) : uh.readUInt16BE(6);
  const moff = le ? uh.readUInt32LE(8) : uh.readUInt32BE(8);
  if (xcount > MAX_METHODS) return null;
  const block = xcount ? readAddress(r.c, u + moff, xcount * 16) : Buffer.alloc(0);
  if (!block) return null;
  const out: ExportMethod[] = [];
  for (let i = 0; i < xcount; i++) {
    const nameOff = le ? block.readInt32LE(i * 16) : block.readInt32BE(i * 16);
    const mtyp = le ? block.readInt32LE(i * 16 + 4) : block.readInt32BE(i * 16 + 4);
    const name = readName(r, types + nameOff);
    if (name === null) return null;
    const mh = mtyp === -1 ? null : readAddress(r.c, types + mtyp, 4 * w + 12);
    out.push({ name, type: mh ? typeString(r, types, mh, w) : null });
  }
  return out;
}

/** runtime name encoding (go ≥ 1.17): flag byte, uvarint length, bytes. */
function readName(r: Reader, addr: number): string | null {
  const head = readAddress(r.c, addr, 11, true);
  if (!head || head.length < 2) return null;
  let len = 0, shift = 0, i = 1;
  for (; i < head.length; i++) {
    len += (head[i]! & 0x7f) * 2 ** shift;
    shift += 7;
    if ((head[i]! & 0x80) === 0) break;
  }
  if (i >= head.length || len > MAX_STRING) return null;
  const b = readAddress(r.c, addr + i + 1, len);
  return b ? b.toString('utf8') : null;
}

/** Which layouts to try first: the one of the binary's known release. */
function ordered(goVersion: string | null): Layout[] {
  const m = /^go1\.(\d+)/.exec(goVersion ?? '');
  if (!m) return LAYOUTS;
  const minor = Number(m[1]);
  const first = minor <= 19 ? 'go1.19' : minor === 20 ? 'go1.20' : minor <= 25 ? 'go1.21-go1.25' : minor === 26 ? 'go1.26' : 'go1.27';
  return [...LAYOUTS.filter((l) => l.name === first), ...LAYOUTS.filter((l) => l.name !== first)];
}

/**
 * Finds and decodes the binary's own module data: by symbol, by section, or
 * (stripped) by the word that points at the pclntab header. Null when none of
 * the known layouts fits (another release, or not Go).
 */
export function readModuleData(c: Container, goVersion: string | null = null): ModuleData | null {
  if (c.bits !== 64 && c.bits !== 32) return null;
  const r = new Reader(c);
  const layouts = ordered(goVersion);
  const tried = new Set<number>();
  const attempt = (address: number, locatedBy: ModuleData['locatedBy']) => {
    if (tried.has(address)) return null;
    tried.add(address);
    // The structure may end the segment: it must at least hold the fields we read.
    const head = readAddress(c, address, MAX_FIELDS * r.w, false) ?? readAddress(c, address, 64 * r.w, false);
    if (!head) return null;
    for (const L of layouts) {
      const md = tryLayout(r, address, L, locatedBy, head);
      if (md) return md;
    }
    return null;
  };
  for (const candidates of [sectionCandidates, symbolCandidates]) {
    for (const cand of candidates(c)) {
      const md = attempt(cand.address, cand.locatedBy);
      if (md) return md;
    }
  }
  for (const a of byPclntabPointer(c, r)) {
    const md = attempt(a, 'pclntab-pointer');
    if (md) return md;
  }
  return null;
}

/**
 * Every layout that validates at the first place module data is found: a
 * release's row must not also fit another release's binaries (test/identity.test.ts).
 */
export function layoutsThatFit(c: Container): Layout['name'][] {
  const r = new Reader(c);
  for (const cand of [...sectionCandidates(c), ...symbolCandidates(c)].map((x) => x.address).concat(byPclntabPointer(c, r))) {
    const fit = LAYOUTS.filter((L) => tryLayout(r, cand, L, 'symbol')).map((L) => L.name);
    if (fit.length) return fit;
  }
  return [];
}

