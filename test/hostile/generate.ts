/**
 * Writes one crafted file per class of hostile input named in issue 9 into a
 * directory (at test time; nothing here is committed):
 *
 *   node --import tsx test/hostile/generate.ts DIR
 *
 * Each entry says what the tool must do with it: reject it with a per-file
 * error, or judge it; either way within 5 s and 256 MB.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflate } from 'node:zlib';
import { BASE, SHF_COMPRESSED, SHT, buildElf, buildFat, buildMacho, goElf, goMacho, symbolTable, type GoBinarySpec } from './build.ts';

export interface HostileFile {
  name: string;
  path: string;
  /** What the issue saw: the class of attack. */
  attack: string;
  /** `error`: a per-file error (matching `error` if given); `judged`: read without error. */
  expect: 'error' | 'judged' | 'either';
  error?: RegExp;
  /** Not a file to pass to `check` as a plugin (special files, directories). */
  special?: boolean;
}

const hex = (i: number) => (BigInt(i) * 0x9e3779b97f4a7c15n & 0xffffffffffffffffn).toString(16).padStart(16, '0');

export const PLUGIN: GoBinarySpec = {
  goVersion: 'go1.26.8',
  modinfo: 'path\texample.org/p\nmod\texample.org/p\t(devel)\t\nbuild\t-buildmode=plugin\nbuild\tGOOS=linux\nbuild\tGOARCH=amd64\n',
  files: ['/usr/local/go/src/runtime/proc.go', '/work/p/main.go'],
  units: [{ name: 'example.org/p', producer: 'Go cmd/compile go1.26.8; -shared -dynlink regabi' }],
  packages: [{ package: 'example.org/p', hash: '0102030405060708' }, { package: 'runtime', hash: 'a1a2a3a4a5a6a7a8' }],
  pluginPath: 'example.org/p',
  exports: ['New'],
};

/** zlib stream of `n` zero bytes, made in pieces (a bomb is never in memory whole). */
async function zeroBomb(n: number, prefix: Buffer): Promise<Buffer> {
  const d = createDeflate({ level: 1 });
  const parts: Buffer[] = [];
  d.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((resolve) => d.on('end', resolve));
  d.write(prefix);
  const chunk = Buffer.alloc(16 << 20);
  for (let left = n; left > 0; left -= chunk.length) {
    if (!d.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((r) => d.once('drain', r));
  }
  d.end();
  await done;
  return Buffer.concat(parts);
}

/** A file of `size` bytes (sparse: only `writes` hold data). */
function sparse(path: string, size: number, writes: [number, Buffer][]): void {
  const fd = openSync(path, 'w');
  try {
    for (const [at, b] of writes) writeSync(fd, b, 0, b.length, at);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** An ELF header + section table for a file whose sections lie far out in a sparse file. */
function farElf(sections: { name: string; type: number; offset: number; size: number; link?: number; entsize?: number }[]): Buffer {
  const names = ['', ...sections.map((s) => s.name), '.shstrtab'];
  const shstr = Buffer.from(names.join('\0') + '\0');
  const nameOff = (i: number) => Buffer.byteLength(names.slice(0, i).join('\0')) + (i ? 1 : 0);
  const shoff = 64;
  const count = sections.length + 2;
  const strOff = shoff + 64 * count;
  const sh = Buffer.alloc(64 * count);
  sections.forEach((s, i) => {
    const o = 64 * (i + 1);
    sh.writeUInt32LE(nameOff(i + 1), o);
    sh.writeUInt32LE(s.type, o + 4);
    sh.writeBigUInt64LE(2n, o + 8);
    sh.writeBigUInt64LE(BigInt(BASE + s.offset), o + 16);
    sh.writeBigUInt64LE(BigInt(s.offset), o + 24);
    sh.writeBigUInt64LE(BigInt(s.size), o + 32);
    sh.writeUInt32LE(s.link ?? 0, o + 40);
    sh.writeBigUInt64LE(BigInt(s.entsize ?? 0), o + 56);
  });
  const o = 64 * (count - 1);
  sh.writeUInt32LE(nameOff(count - 1), o);
  sh.writeUInt32LE(SHT.STRTAB, o + 4);
  sh.writeBigUInt64LE(BigInt(strOff), o + 24);
  sh.writeBigUInt64LE(BigInt(shstr.length), o + 32);
  const hdr = Buffer.alloc(64);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(hdr);
  hdr.writeUInt16LE(3, 16);
  hdr.writeUInt16LE(62, 18);
  hdr.writeUInt32LE(1, 20);
  hdr.writeBigUInt64LE(BigInt(shoff), 40);
  hdr.writeUInt16LE(64, 52);
  hdr.writeUInt16LE(56, 54);
  hdr.writeUInt16LE(64, 58);
  hdr.writeUInt16LE(count, 60);
  hdr.writeUInt16LE(count - 1, 62);
  return Buffer.concat([hdr, sh, shstr]);
}

export async function generate(dir: string): Promise<HostileFile[]> {
  mkdirSync(dir, { recursive: true });
  const out: HostileFile[] = [];
  const add = (name: string, data: Buffer | null, f: Omit<HostileFile, 'name' | 'path'>) => {
    const path = join(dir, name);
    if (data) writeFileSync(path, data);
    out.push({ name, path, ...f });
  };

  // 1. String table without a NUL, 150,000 symbols pointing into it: each name used to copy to the end.
  {
    // Names the readers want (go:link.pkgname.…), none of them ending.
    const word = 'go:link.pkgname.7';
    const strtab = Buffer.from('\0' + word.repeat((2 << 20) / word.length));
    const n = 120_000;
    const symtab = Buffer.alloc(24 * (n + 1));
    for (let i = 1; i <= n; i++) symtab.writeUInt32LE(1 + word.length * (i % ((strtab.length - 1) / word.length - 1)), 24 * i);
    add('strtab-without-nul', buildElf({ sections: [{ name: '.symtab', type: SHT.SYMTAB, data: symtab, link: '.strtab', entsize: 24 }, { name: '.strtab', type: SHT.STRTAB, data: strtab }] }), {
      attack: 'string table without NUL: quadratic name copies', expect: 'error', error: /names overlap/,
    });
  }

  // 2. Two million compile units in 700 KB of zlib.
  {
    const unit = Buffer.from([10, 0, 0, 0, 4, 0, 0, 0, 0, 0, 8, 1, 0x61, 0, 0x62, 0]);
    unit.writeUInt32LE(unit.length - 4, 0);
    const info = Buffer.concat(Array.from({ length: 2_000_000 }, () => unit));
    const abbrev = Buffer.from([1, 0x11, 1, 0x03, 0x08, 0x25, 0x08, 0, 0, 0]);
    const deflated = (await import('node:zlib')).deflateSync(info);
    const chdr = Buffer.alloc(24);
    chdr.writeUInt32LE(1, 0);
    chdr.writeBigUInt64LE(BigInt(info.length), 8);
    add('dwarf-two-million-units', buildElf({ sections: [{ name: '.debug_abbrev', data: abbrev }, { name: '.debug_info', data: Buffer.concat([chdr, deflated]), flags: SHF_COMPRESSED }] }), {
      attack: 'unbounded number of DWARF compile units', expect: 'error', error: /compile units/,
    });
  }

  // 3. 100,000 go:link.pkgname symbols, each claiming the whole 3 MB .rodata.
  {
    const rodata = Buffer.alloc(3 << 20, 0x62);
    const syms = Array.from({ length: 100_000 }, (_, i) => ({ name: `go:link.pkgname.${i}`, value: 0, size: rodata.length, shndx: 1, global: false }));
    const { symtab, strtab } = symbolTable(syms);
    const elf = buildElf({ sections: [{ name: '.rodata', data: rodata }, { name: '.symtab', type: SHT.SYMTAB, data: symtab, link: '.strtab', entsize: 24 }, { name: '.strtab', type: SHT.STRTAB, data: strtab }] });
    // Values are relative to .rodata; point them at its address.
    const secAddr = Number(elf.readBigUInt64LE(Number(elf.readBigUInt64LE(40)) + 64 + 16));
    const symOff = Number(elf.readBigUInt64LE(Number(elf.readBigUInt64LE(40)) + 128 + 24));
    for (let i = 1; i <= syms.length; i++) elf.writeBigUInt64LE(BigInt(secAddr), symOff + 24 * i + 8);
    add('overlapping-pkgname', elf, { attack: 'overlapping pkgname symbols', expect: 'either' });
  }

  // 3b. Symbol tables as large as the limits allow (the most memory a file may cost).
  {
    const n = (1 << 19) - 1;
    const names = (prefix: string, k: number) => Array.from({ length: k }, (_, i) => ({ name: `${prefix}${i}`, value: 0, size: 8, shndx: 1 }));
    const st = symbolTable(names('go:link.pkgname.', n));
    const dy = symbolTable(names('go:link.pkghashbytes.example.com/p', 65_000));
    add('largest-symbol-tables', buildElf({ sections: [
      { name: '.rodata', data: Buffer.alloc(4096) },
      { name: '.symtab', type: SHT.SYMTAB, data: st.symtab, link: '.strtab', entsize: 24 }, { name: '.strtab', type: SHT.STRTAB, data: st.strtab },
      { name: '.dynsym', type: SHT.DYNSYM, data: dy.symtab, link: '.dynstr', entsize: 24 }, { name: '.dynstr', type: SHT.STRTAB, data: dy.strtab },
    ] }), { attack: 'symbol tables at the entry limits: memory', expect: 'judged' });
  }

  // 4. Huge counts in headers.
  {
    const ext = buildElf({ sections: [{ name: '.x', data: Buffer.alloc(16) }], shnum: 0 });
    const shoff = Number(ext.readBigUInt64LE(40));
    ext.writeBigUInt64LE(0xffffffffn, shoff + 32); // section 0's size: the real section count
    add('elf-huge-section-count', ext, { attack: 'huge table count (ELF extended numbering)', expect: 'error', error: /section|fit/ });

    const m = goMacho(PLUGIN);
    // LC_SYMTAB is the last command; its nsyms field:
    const ncmds = m.readUInt32LE(16);
    let off = 32;
    for (let i = 0; i < ncmds; i++) {
      if (m.readUInt32LE(off) === 2) m.writeUInt32LE(0xffffffff, off + 12);
      off += m.readUInt32LE(off + 4);
    }
    add('macho-huge-symbol-count', m, { attack: 'huge table count (Mach-O nsyms)', expect: 'error', error: /symbol table/ });

    const fat = buildFat([{ cpu: 0x01000007, data: goMacho(PLUGIN) }]);
    fat.writeUInt32BE(0x7fffffff, 4);
    add('fat-huge-arch-count', fat, { attack: 'huge table count (universal header)', expect: 'error', error: /architectures/ });

    const bigSegs = buildMacho([{ sect: '__rodata', seg: '__DATA', data: Buffer.alloc(64) }], []);
    bigSegs.writeUInt32LE(0x7fffffff, 32 + 64); // nsects of the first segment
    add('macho-huge-section-count', bigSegs, { attack: 'huge table count (Mach-O nsects)', expect: 'error' });
  }

  // 5. 4,000 section headers that all say .rodata, over the same 8 MB.
  {
    const rodata = Buffer.alloc(8 << 20, 0x11);
    const copies = Array.from({ length: 4000 }, () => ({ name: '.rodata', data: Buffer.alloc(0), size: rodata.length }));
    const elf = buildElf({ sections: [{ name: '.rodata', data: rodata }, ...copies] });
    // Point the copies at the first one's bytes.
    const shoff = Number(elf.readBigUInt64LE(40));
    const firstOff = elf.readBigUInt64LE(shoff + 64 + 24);
    const firstAddr = elf.readBigUInt64LE(shoff + 64 + 16);
    for (let i = 2; i <= 4001; i++) {
      elf.writeBigUInt64LE(firstOff, shoff + 64 * i + 24);
      elf.writeBigUInt64LE(firstAddr, shoff + 64 * i + 16);
    }
    add('duplicated-rodata', elf, { attack: 'duplicated .rodata sections multiply scans', expect: 'judged' });
  }

  // 6. A compressed .debug_info that inflates to 1 GiB (5 MB on disk): one 64-bit DWARF unit
  //    whose body is all zeros, so the reader has to inflate it to skip it.
  {
    const unit = Buffer.alloc(24);
    unit.writeUInt32LE(0xffffffff, 0);
    unit.writeBigUInt64LE(1n << 40n, 4);
    unit.writeUInt16LE(4, 12); // version 4, abbrev offset 0, address size 8, then DIE code 0
    unit[22] = 8;
    const bomb = await zeroBomb(1 << 30, unit);
    const chdr = Buffer.alloc(24);
    chdr.writeUInt32LE(1, 0);
    chdr.writeBigUInt64LE(1n << 30n, 8);
    const abbrev = Buffer.from([1, 0x11, 1, 0x03, 0x08, 0, 0, 0]);
    add('dwarf-inflate-bomb', buildElf({ sections: [{ name: '.debug_abbrev', data: abbrev }, { name: '.debug_info', data: Buffer.concat([chdr, bomb]), flags: SHF_COMPRESSED }] }), {
      attack: 'compressed DWARF without an output limit', expect: 'error', error: /decompress|compile unit|debug_info/,
    });
  }

  // 7. Not regular files.
  {
    const fifo = join(dir, 'named-pipe');
    const r = spawnSync('mkfifo', [fifo]);
    if (r.status === 0) out.push({ name: 'named-pipe', path: fifo, attack: 'FIFO blocks open()', expect: 'error', error: /named pipe/, special: true });
    out.push({ name: 'dev-zero', path: '/dev/zero', attack: 'a character device', expect: 'error', error: /character device/, special: true });
    mkdirSync(join(dir, 'a-directory'), { recursive: true });
    out.push({ name: 'a-directory', path: join(dir, 'a-directory'), attack: 'a directory', expect: 'error', error: /directory/, special: true });
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    out.push({ name: 'symlink-loop', path: join(dir, 'loop-a'), attack: 'ELOOP', expect: 'error', error: /symbolic links/, special: true });
  }

  // 8. Files of 3 GiB and 16 GiB (sparse): tables past 2 GiB and tables larger than any read.
  {
    const three = join(dir, 'sparse-3gib');
    const at = 2.5 * 2 ** 30;
    const head = farElf([{ name: '.rodata', type: SHT.PROGBITS, offset: at, size: 64 << 20 }, { name: '.gopclntab', type: SHT.PROGBITS, offset: at + (64 << 20), size: 4096 }]);
    sparse(three, 3 * 2 ** 30, [[0, head], [at + 100, Buffer.from('\0go1.26.8\0')]]);
    out.push({ name: 'sparse-3gib', path: three, attack: 'file ≥ 2 GiB (ERR_OUT_OF_RANGE)', expect: 'either' });

    const sixteen = join(dir, 'sparse-16gib');
    const big = 2 ** 34;
    sparse(sixteen, big, [[0, farElf([
      { name: '.rodata', type: SHT.PROGBITS, offset: 4096, size: big - 8192 },
      { name: '.symtab', type: SHT.SYMTAB, offset: 4096, size: 2 ** 33, link: 3, entsize: 24 },
      { name: '.strtab', type: SHT.STRTAB, offset: 4096, size: 2 ** 32 },
      { name: '.debug_info', type: SHT.PROGBITS, offset: 4096, size: big - 8192 },
      { name: '.debug_abbrev', type: SHT.PROGBITS, offset: 4096, size: 2 ** 31 },
    ])]]);
    out.push({ name: 'sparse-16gib', path: sixteen, attack: '16 GiB sparse file with tables covering it', expect: 'error', error: /entries|bytes in one table|budget|more than \d+ bytes/ });
  }

  // 9. A 512 KB path in the pclntab file table, made to make a backtracking pattern explode.
  {
    const evil = '/' + 'a.b/'.repeat(128 << 10) + 'x.go';
    add('pclntab-512k-path', goElf({ ...PLUGIN, files: [...PLUGIN.files, evil, '/root/go/pkg/mod/example.com/m@v1.0.0/' + 'a.'.repeat(200_000)] }), {
      attack: '512 KB path vs. the module-path regular expression', expect: 'judged',
    });
  }

  // 10. A universal binary inside a universal binary.
  {
    const inner = buildFat([{ cpu: 0x01000007, data: goMacho(PLUGIN) }]);
    add('nested-universal', buildFat([{ cpu: 0x01000007, data: inner }]), { attack: 'universal inside universal ("big-endian")', expect: 'error', error: /nested universal/ });
  }

  // 11. Many differing packages for check: a host and two plugins that disagree on 30,000 packages.
  {
    const pkgs = Array.from({ length: 30_000 }, (_, i) => `example.com/m${i % 97}/p${i}`);
    const host = { ...PLUGIN, pluginPath: null, exports: [], files: [...PLUGIN.files, '/usr/local/go/src/plugin/plugin_dlopen.go'], modinfo: 'path\texample.org/host\nmod\texample.org/host\t(devel)\t\nbuild\tGOOS=linux\n', packages: pkgs.slice(0, 15_000).map((p, i) => ({ package: p, hash: hex(i) })) };
    add('many-packages-host', goElf(host), { attack: 'host for the quadratic-check case', expect: 'judged' });
    const plugin = (salt: number, name: string) => ({ ...PLUGIN, pluginPath: name, modinfo: PLUGIN.modinfo!.replace(/example\.org\/p/g, name), packages: [{ package: name, hash: hex(salt) }, ...pkgs.map((p, i) => ({ package: p, hash: hex(i + salt) }))] });
    add('many-packages-a.so', goElf(plugin(1_000_000, 'example.org/a')), { attack: 'check quadratic in differing packages', expect: 'judged' });
    add('many-packages-b.so', goElf(plugin(2_000_000, 'example.org/b')), { attack: 'check quadratic in plugin-vs-plugin conflicts', expect: 'judged' });
  }

  // 12. Manifests with wrong types: used to make every plugin "load".
  {
    const m = { kind: 'go-plugin-compat/host-abi', schemaVersion: 1, generator: 'x', host: { exportedHashes: [1, 2, 3], format: 'elf' } };
    add('manifest-wrong-types.json', Buffer.from(JSON.stringify(m)), { attack: 'manifest with wrong types', expect: 'error', error: /manifest field/ });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'hostile-out';
  for (const f of await generate(dir)) console.log(`${f.name}\t${f.attack}`);
}
