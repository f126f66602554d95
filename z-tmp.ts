import { writeFileSync } from 'node:fs';
import { buildElf, symbolTable, SHT } from './test/hostile/build.ts';
const n = Number(process.argv[2]);
const syms = Array.from({ length: n }, (_, i) => ({ name: `go:link.pkgname.${i}`, value: 0, size: 1 << 20, shndx: 1, global: true }));
const d = symbolTable(syms);
const dy = symbolTable(syms.slice(0, n >> 1).map((s, i) => ({ ...s, name: `go:link.pkghashbytes.example.com/p${i}` })));
writeFileSync('/tmp/hx/million.elf', buildElf({ sections: [{ name: '.rodata', data: Buffer.alloc(1 << 20, 0x61) }, { name: '.symtab', type: SHT.SYMTAB, data: d.symtab, link: '.strtab', entsize: 24 }, { name: '.strtab', type: SHT.STRTAB, data: d.strtab }, { name: '.dynsym', type: SHT.DYNSYM, data: dy.symtab, link: '.dynstr', entsize: 24 }, { name: '.dynstr', type: SHT.STRTAB, data: dy.strtab }] }));
