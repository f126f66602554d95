/**
 * Small writers for ELF64 and Mach-O 64 files and the Go tables inside them
 * (build info, pclntab file table, DWARF compile units, link symbols). The
 * hostile-input generator bends them into crafted files; the fuzzer uses
 * them to distil the corpus into seeds a few KB long (mutating a real 2 MB
 * binary costs a thousand times more per execution).
 */
import { spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';

const u16 = (v: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(v); return b; };
const u32 = (v: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0); return b; };
const u64 = (v: number | bigint) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(v)); return b; };
const pad = (n: number, a: number) => (a - (n % a)) % a;
const uleb = (v: number) => {
  const out: number[] = [];
  do {
    let byte = v & 0x7f;
    v = Math.floor(v / 128);
    if (v) byte |= 0x80;
    out.push(byte);
  } while (v);
  return Buffer.from(out);
};

export const SHT = { PROGBITS: 1, SYMTAB: 2, STRTAB: 3, DYNAMIC: 6, NOBITS: 8, DYNSYM: 11 } as const;
export const SHF_COMPRESSED = 0x800;
export const BASE = 0x400000;

export interface ElfSection {
  name: string;
  type?: number;
  flags?: number;
  data: Buffer;
  /** Section index or name of the linked section (string table of a symbol table). */
  link?: number | string;
  entsize?: number;
  /** Overrides for crafting: what the header claims. */
  size?: number;
  offset?: number;
  addr?: number;
}

export interface ElfSpec {
  type?: number;
  machine?: number;
  interp?: string;
  sections: ElfSection[];
  /** Overrides of header fields (crafted files): e_phnum, e_shnum, e_shstrndx. */
  phnum?: number;
  shnum?: number;
  shstrndx?: number;
}

/**
 * An ELF64 little-endian file: header, one PT_LOAD mapping the whole file at
 * BASE (+ PT_INTERP when asked), section data at 16-aligned offsets whose
 * address is BASE + offset, then .shstrtab and the section headers.
 */
export function buildElf(spec: ElfSpec): Buffer {
  const secs = [...spec.sections];
  const phnum = spec.interp ? 2 : 1;
  let off = 64 + 56 * phnum;
  const parts: Buffer[] = [];
  let interpOff = 0;
  if (spec.interp) {
    interpOff = off;
    const s = Buffer.from(spec.interp + '\0');
    parts.push(s);
    off += s.length;
  }
  const placed = secs.map((s) => {
    const p = pad(off, 16);
    if (p) { parts.push(Buffer.alloc(p)); off += p; }
    const at = off;
    if (s.type !== SHT.NOBITS) { parts.push(s.data); off += s.data.length; }
    return at;
  });
  const names = [''];
  const nameOff: number[] = [];
  let shstrLen = 1;
  for (const s of [...secs.map((x) => x.name), '.shstrtab']) {
    nameOff.push(shstrLen);
    names.push(s);
    shstrLen += Buffer.byteLength(s) + 1;
  }
  const shstr = Buffer.from(names.join('\0') + '\0');
  const p = pad(off, 16);
  if (p) { parts.push(Buffer.alloc(p)); off += p; }
  const shstrOff = off;
  parts.push(shstr);
  off += shstr.length;
  const p2 = pad(off, 8);
  if (p2) { parts.push(Buffer.alloc(p2)); off += p2; }
  const shoff = off;
  const index = (l: number | string | undefined) => (typeof l === 'string' ? secs.findIndex((s) => s.name === l) + 1 : l ?? 0);
  const sh: Buffer[] = [Buffer.alloc(64)];
  secs.forEach((s, i) => {
    sh.push(Buffer.concat([
      u32(nameOff[i]!), u32(s.type ?? SHT.PROGBITS), u64(s.flags ?? 2), u64(s.addr ?? BASE + placed[i]!),
      u64(s.offset ?? placed[i]!), u64(s.size ?? s.data.length), u32(index(s.link)), u32(0), u64(8), u64(s.entsize ?? 0),
    ]));
  });
  sh.push(Buffer.concat([u32(nameOff[secs.length]!), u32(SHT.STRTAB), u64(0), u64(0), u64(shstrOff), u64(shstr.length), u32(0), u32(0), u64(1), u64(0)]));
  const total = off + 64 * sh.length;
  const hdr = Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(8),
    u16(spec.type ?? 3), u16(spec.machine ?? 62), u32(1), u64(BASE), u64(64), u64(shoff),
    u32(0), u16(64), u16(56), u16(spec.phnum ?? phnum), u16(64), u16(spec.shnum ?? sh.length), u16(spec.shstrndx ?? sh.length - 1),
  ]);
  const ph: Buffer[] = [];
  if (spec.interp) ph.push(Buffer.concat([u32(3), u32(4), u64(interpOff), u64(BASE + interpOff), u64(BASE + interpOff), u64(spec.interp.length + 1), u64(spec.interp.length + 1), u64(1)]));
  ph.push(Buffer.concat([u32(1), u32(6), u64(0), u64(BASE), u64(BASE), u64(total), u64(total), u64(0x1000)]));
  return Buffer.concat([hdr, ...ph, ...parts, ...sh]);
}

export interface Sym { name: string; value: number; size: number; shndx: number; global?: boolean }

/** A symbol table (with its null entry) and its string table. */
export function symbolTable(syms: Sym[]): { symtab: Buffer; strtab: Buffer } {
  const strs: Buffer[] = [Buffer.from([0])];
  let strLen = 1;
  const ents: Buffer[] = [Buffer.alloc(24)];
  for (const s of syms) {
    const e = Buffer.alloc(24);
    e.writeUInt32LE(strLen, 0);
    e[4] = ((s.global ?? true) ? 1 : 0) << 4 | 1;
    e.writeUInt16LE(s.shndx, 6);
    e.writeBigUInt64LE(BigInt(s.value), 8);
    e.writeBigUInt64LE(BigInt(s.size), 16);
    ents.push(e);
    const n = Buffer.from(s.name + '\0');
    strs.push(n);
    strLen += n.length;
  }
  return { symtab: Buffer.concat(ents), strtab: Buffer.concat(strs) };
}

/** A .go.buildinfo block in the Go 1.18+ inline encoding. */
export function buildInfoBlob(goVersion: string, modinfo: string): Buffer {
  const head = Buffer.alloc(32);
  head.write('\xff Go buildinf:', 0, 'latin1');
  head[14] = 8;
  head[15] = 2;
  const sentinel = Buffer.alloc(16, 0x30);
  const mod = Buffer.concat([sentinel, Buffer.from(modinfo), sentinel]);
  const v = Buffer.from(goVersion);
  return Buffer.concat([head, uleb(v.length), v, uleb(mod.length), mod]);
}

/** A go1.20+ pclntab holding only a header and the file table. */
export function pclntab(files: string[]): Buffer {
  const filetab = Buffer.from(files.join('\0') + '\0');
  const hdrLen = 8 + 8 * 8;
  const head = Buffer.concat([
    u32(0xfffffff1), Buffer.from([0, 0, 1, 8]),
    u64(1), u64(files.length), u64(BASE), u64(hdrLen), u64(hdrLen), u64(hdrLen), u64(hdrLen + filetab.length), u64(hdrLen + filetab.length + 8),
  ]);
  return Buffer.concat([head, filetab, Buffer.alloc(16)]);
}

/** .debug_abbrev and .debug_info (DWARF 4) with one compile unit per (name, producer). */
export function dwarfUnits(units: { name: string; producer: string }[]): { abbrev: Buffer; info: Buffer } {
  const abbrev = Buffer.from([1, 0x11, 1, 0x03, 0x08, 0x25, 0x08, 0, 0, 0]);
  const info = Buffer.concat(units.map((u) => {
    const body = Buffer.concat([u16(4), u32(0), Buffer.from([8, 1]), Buffer.from(u.name + '\0' + u.producer + '\0'), Buffer.from([0])]);
    return Buffer.concat([u32(body.length), body]);
  }));
  return { abbrev, info };
}

/** ELF SHF_COMPRESSED section contents: Elf64_Chdr + zlib stream (ch_type 1), or zstd frames (2). */
export function compressed(data: Buffer, claimedSize = data.length, how: 'zlib' | 'zstd' = 'zlib'): Buffer {
  return Buffer.concat([u32(how === 'zlib' ? 1 : 2), u32(0), u64(claimedSize), u64(1), how === 'zlib' ? deflateSync(data) : zstdFrames(data)]);
}

/**
 * Zstandard frames of `data`: the zstd tool's (entropy-coded blocks, what ld writes) when it is
 * installed, else one frame of raw blocks, which is valid Zstandard too (node 20 has no zstd).
 */
export function zstdFrames(data: Buffer): Buffer {
  const tool = spawnSync('zstd', ['-19', '-c', '-q'], { input: data, maxBuffer: 256 << 20 });
  if (tool.status === 0 && tool.stdout.length > 0) return tool.stdout;
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xa0]), u32(data.length)];
  const step = 1 << 17;
  for (let o = 0; o === 0 || o < data.length; o += step) {
    const block = data.subarray(o, o + step);
    const bh = (o + step >= data.length ? 1 : 0) | (block.length << 3);
    parts.push(Buffer.from([bh & 0xff, (bh >> 8) & 0xff, bh >>> 16]), block);
  }
  return Buffer.concat(parts);
}

export function dynamicSection(needed: number[]): Buffer {
  return Buffer.concat([...needed.flatMap((n) => [u64(1), u64(n)]), u64(0), u64(0)]);
}

/** What a Go plugin or host carries, for `goElf`. */
export interface GoBinarySpec {
  goVersion: string;
  /** Build info modinfo text (`path\t…\nmod\t…\n`); null for none (plugins of old toolchains). */
  modinfo: string | null;
  files: string[];
  units: { name: string; producer: string }[];
  /** Link-ordered packages and hashes (16 hex digits). */
  packages: { package: string; hash: string }[];
  pluginPath: string | null;
  exports: string[];
  /** true: zlib, as Go's linker does; 'zstd': as `ld --compress-debug-sections=zstd` does. */
  compressDwarf?: boolean | 'zstd';
}

/**
 * A miniature Go binary: every table our readers look at, at real layouts,
 * without code. A plugin (pluginPath set) gets the link table; a host only
 * the dynamic hash exports.
 */
export function goElf(g: GoBinarySpec): Buffer {
  const rodataParts: Buffer[] = [];
  let ro = 0;
  const put = (b: Buffer, align = 8) => {
    const p = pad(ro, align);
    if (p) { rodataParts.push(Buffer.alloc(p)); ro += p; }
    const at = ro;
    rodataParts.push(b);
    ro += b.length;
    return at;
  };
  const hashAt = g.packages.map((p) => put(Buffer.from(p.hash, 'hex')));
  const linkHashAt = g.pluginPath ? g.packages.map((p) => put(Buffer.from(p.hash, 'hex'))) : [];
  const nameAt = g.packages.map((p) => put(Buffer.from(p.package), 1));
  const ppAt = g.pluginPath ? put(Buffer.from(g.pluginPath), 1) : 0;
  put(Buffer.from(`\0${g.goVersion}\0`), 1);
  const rodata = Buffer.concat(rodataParts);
  const { abbrev, info } = dwarfUnits(g.units);
  const zstd = g.compressDwarf === 'zstd';
  const sections: ElfSection[] = [
    { name: '.rodata', data: rodata },
    { name: '.gopclntab', data: pclntab(g.files) },
  ];
  if (g.modinfo !== null) sections.push({ name: '.go.buildinfo', data: buildInfoBlob(g.goVersion, g.modinfo), flags: 3 });
  sections.push(
    { name: '.debug_abbrev', data: g.compressDwarf ? compressed(abbrev, abbrev.length, zstd ? 'zstd' : 'zlib') : abbrev, flags: g.compressDwarf ? SHF_COMPRESSED : 0 },
    { name: '.debug_info', data: g.compressDwarf ? compressed(info, info.length, zstd ? 'zstd' : 'zlib') : info, flags: g.compressDwarf ? SHF_COMPRESSED : 0 },
  );
  // Symbol values are offsets in .rodata (section 1) until relocateSymbols adds its address.
  const dynSyms: Sym[] = g.packages.map((p, i) => ({ name: `go:link.pkghashbytes.${p.package}`, value: hashAt[i]!, size: 8, shndx: 1 }));
  for (const e of g.exports) dynSyms.push({ name: `${g.pluginPath ?? 'main'}.${e}`, value: 0, size: 8, shndx: 1 });
  // An externally linked host exports the runtime's module list (what plugin.Open needs; -rdynamic).
  if (!g.pluginPath) for (const n of ['runtime.lastmoduledatap', 'runtime.firstmoduledata']) dynSyms.push({ name: n, value: 0, size: 8, shndx: 1 });
  const syms: Sym[] = [...dynSyms];
  if (g.pluginPath) {
    g.packages.forEach((p, i) => {
      syms.push({ name: `go:link.pkgname.${i}`, value: nameAt[i]!, size: Buffer.byteLength(p.package), shndx: 1, global: false });
      syms.push({ name: `go:link.pkglinkhash.${i}`, value: linkHashAt[i]!, size: 8, shndx: 1, global: false });
    });
    syms.push({ name: 'go:link.thispluginpath', value: ppAt, size: Buffer.byteLength(g.pluginPath), shndx: 1, global: false });
  }
  const dyn = symbolTable(dynSyms);
  const st = symbolTable(syms);
  const dynstr = Buffer.concat([dyn.strtab, Buffer.from('libc.so.6\0')]);
  const libcOff = dyn.strtab.length;
  sections.push(
    { name: '.dynsym', type: SHT.DYNSYM, data: dyn.symtab, link: '.dynstr', entsize: 24 },
    { name: '.dynstr', type: SHT.STRTAB, data: dynstr },
    { name: '.dynamic', type: SHT.DYNAMIC, data: dynamicSection([libcOff]), link: '.dynstr', entsize: 16 },
    { name: '.symtab', type: SHT.SYMTAB, data: st.symtab, link: '.strtab', entsize: 24 },
    { name: '.strtab', type: SHT.STRTAB, data: st.strtab },
  );
  return relocateSymbols(buildElf({ type: g.pluginPath ? 3 : 2, interp: '/lib64/ld-linux-x86-64.so.2', sections }));
}

/**
 * Symbol values above were written relative to .rodata; now that the layout
 * is known, add .rodata's address to every symbol defined in section 1.
 */
function relocateSymbols(elf: Buffer): Buffer {
  const shoff = Number(elf.readBigUInt64LE(40));
  const shnum = elf.readUInt16LE(60);
  const sec = (i: number) => shoff + 64 * i;
  const rodataAddr = elf.readBigUInt64LE(sec(1) + 16);
  for (let i = 1; i < shnum; i++) {
    const type = elf.readUInt32LE(sec(i) + 4);
    if (type !== SHT.SYMTAB && type !== SHT.DYNSYM) continue;
    const off = Number(elf.readBigUInt64LE(sec(i) + 24));
    const size = Number(elf.readBigUInt64LE(sec(i) + 32));
    for (let o = off + 24; o + 24 <= off + size; o += 24) {
      if (elf.readUInt16LE(o + 6) === 1) elf.writeBigUInt64LE(elf.readBigUInt64LE(o + 8) + rodataAddr, o + 8);
    }
  }
  return elf;
}

export interface MachoSection { sect: string; seg: string; data: Buffer }

/** A Mach-O 64 bundle (x86-64 unless `cpu`): one segment per distinct segment name, and a symbol table. */
export function buildMacho(sections: MachoSection[], syms: { name: string; sect: number; value: number; ext: boolean }[], cpu = 0x01000007, filetype = 8): Buffer {
  const segs = [...new Set(sections.map((s) => s.seg))];
  const cmdsSize = segs.reduce((n, sg) => n + 72 + 80 * sections.filter((s) => s.seg === sg).length, 0) + 24;
  let off = 32 + cmdsSize;
  off += pad(off, 16);
  const dataStart = off;
  const placed = sections.map((s) => { const at = off; off += s.data.length; off += pad(off, 16); return at; });
  const strs: Buffer[] = [Buffer.from([0])];
  let strLen = 1;
  const nl = syms.map((s) => {
    const e = Buffer.alloc(16);
    e.writeUInt32LE(strLen, 0);
    e[4] = 0x0e | (s.ext ? 1 : 0);
    e[5] = s.sect;
    e.writeBigUInt64LE(BigInt(s.value), 8);
    const n = Buffer.from('_' + s.name + '\0');
    strs.push(n);
    strLen += n.length;
    return e;
  });
  const symoff = off;
  const symtab = Buffer.concat(nl);
  const stroff = symoff + symtab.length;
  const strtab = Buffer.concat(strs);
  const cmds: Buffer[] = [];
  for (const sg of segs) {
    const mine = sections.map((s, i) => ({ s, i })).filter((x) => x.s.seg === sg);
    const lo = Math.min(...mine.map((x) => placed[x.i]!));
    const hi = Math.max(...mine.map((x) => placed[x.i]! + x.s.data.length));
    const name = Buffer.alloc(16);
    name.write(sg);
    cmds.push(Buffer.concat([u32(0x19), u32(72 + 80 * mine.length), name, u64(BASE + lo), u64(hi - lo), u64(lo), u64(hi - lo), u32(7), u32(sg === '__TEXT' ? 5 : 3), u32(mine.length), u32(0)]));
    for (const { s, i } of mine) {
      const sn = Buffer.alloc(16); sn.write(s.sect);
      const gn = Buffer.alloc(16); gn.write(s.seg);
      cmds.push(Buffer.concat([sn, gn, u64(BASE + placed[i]!), u64(s.data.length), u32(placed[i]!), u32(4), u32(0), u32(0), u32(0), u32(0), u32(0), u32(0)]));
    }
  }
  cmds.push(Buffer.concat([u32(2), u32(24), u32(symoff), u32(syms.length), u32(stroff), u32(strtab.length)]));
  const hdr = Buffer.concat([u32(0xfeedfacf), u32(cpu), u32(3), u32(filetype), u32(segs.length + 1), u32(cmdsSize), u32(0), u32(0)]);
  const body = Buffer.alloc(symoff - dataStart);
  sections.forEach((s, i) => s.data.copy(body, placed[i]! - dataStart));
  return Buffer.concat([hdr, ...cmds, Buffer.alloc(dataStart - 32 - cmdsSize), body, symtab, strtab]);
}

/** A Go plugin as a Mach-O bundle: build info, pclntab, link symbols in __DATA,__rodata. */
export function goMacho(g: GoBinarySpec): Buffer {
  const parts: Buffer[] = [];
  let ro = 0;
  const put = (b: Buffer) => { const p = pad(ro, 8); if (p) { parts.push(Buffer.alloc(p)); ro += p; } const at = ro; parts.push(b); ro += b.length; return at; };
  const hashAt = g.packages.map((p) => put(Buffer.from(p.hash, 'hex')));
  const linkAt = g.packages.map((p) => put(Buffer.from(p.hash, 'hex')));
  const nameAt = g.packages.map((p) => put(Buffer.from(p.package)));
  const ppAt = put(Buffer.from(g.pluginPath ?? ''));
  const rodata = Buffer.concat(parts);
  const sections: MachoSection[] = [
    { sect: '__rodata', seg: '__DATA', data: rodata },
    { sect: '__gopclntab', seg: '__TEXT', data: pclntab(g.files) },
  ];
  if (g.modinfo !== null) sections.push({ sect: '__go_buildinfo', seg: '__DATA', data: buildInfoBlob(g.goVersion, g.modinfo) });
  // Section addresses depend on layout: build once, read __rodata's address, build again.
  const syms = (base: number) => [
    ...g.packages.map((p, i) => ({ name: `go:link.pkghashbytes.${p.package}`, sect: 1, value: base + hashAt[i]!, ext: true })),
    ...(g.pluginPath ? g.packages.flatMap((_, i) => [
      { name: `go:link.pkglinkhash.${i}`, sect: 1, value: base + linkAt[i]!, ext: false },
      { name: `go:link.pkgname.${i}`, sect: 1, value: base + nameAt[i]!, ext: false },
    ]) : []),
    ...(g.pluginPath ? [{ name: 'go:link.thispluginpath', sect: 1, value: base + ppAt, ext: false }] : []),
  ].sort((a, b) => a.value - b.value);
  const first = buildMacho(sections, syms(0));
  // __DATA holds __rodata first: its section_64 follows the first segment command.
  const rodataAddr = Number(first.readBigUInt64LE(32 + 72 + 32));
  return buildMacho(sections, syms(rodataAddr));
}

/** A universal binary of the given slices (each 4 KiB aligned). */
export function buildFat(slices: { cpu: number; data: Buffer }[]): Buffer {
  let off = 4096;
  const ents: Buffer[] = [];
  const body: Buffer[] = [];
  for (const s of slices) {
    const e = Buffer.alloc(20);
    e.writeUInt32BE(s.cpu, 0);
    e.writeUInt32BE(3, 4);
    e.writeUInt32BE(off, 8);
    e.writeUInt32BE(s.data.length, 12);
    e.writeUInt32BE(12, 16);
    ents.push(e);
    body.push(s.data, Buffer.alloc(pad(s.data.length, 4096)));
    off += s.data.length + pad(s.data.length, 4096);
  }
  const head = Buffer.concat([Buffer.from([0xca, 0xfe, 0xba, 0xbe]), (() => { const b = Buffer.alloc(4); b.writeUInt32BE(slices.length); return b; })(), ...ents]);
  return Buffer.concat([head, Buffer.alloc(4096 - head.length), ...body]);
}
