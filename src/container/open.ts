import { BinaryFormatError } from '../io/errors.js';
import { FileSource } from '../io/file-source.js';
import { ElfContainer } from './elf.js';
import { MachoContainer } from './macho.js';
import type { Container } from './types.js';

const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
/** Java class files share 0xcafebabe; a real universal binary has few slices. */
const MAX_FAT_ARCHES = 32;

const FAT_CPU: Record<number, string> = { 7: '386', 0x01000007: 'amd64', 12: 'arm', 0x0100000c: 'arm64' };

/**
 * Opens a binary and returns one container per architecture it holds: one
 * for ELF and thin Mach-O, one per slice for universal Mach-O.
 */
export function openContainers(path: string): Container[] {
  return openSource(FileSource.open(path));
}

/** The same for a source already open (the fuzzer and tests pass bytes in memory). */
export function openSource(source: FileSource): Container[] {
  try {
    const head = source.readUpTo(0, 8, 'file header');
    if (head.length < 4) throw new BinaryFormatError('file is too small to be a binary');
    if (head[0] === 0x7f && head.toString('latin1', 1, 4) === 'ELF') return [new ElfContainer(source)];
    const le = head.readUInt32LE(0);
    if (le === 0xfeedface || le === 0xfeedfacf) return [new MachoContainer(source)];
    const be = head.readUInt32BE(0);
    if (be === 0xfeedface || be === 0xfeedfacf) throw new BinaryFormatError('big-endian Mach-O is not supported');
    if (be === FAT_MAGIC || be === FAT_MAGIC_64) return openFat(source, be === FAT_MAGIC_64);
    if (head.toString('latin1', 0, 2) === 'MZ') throw new BinaryFormatError('PE (Windows) binary: Go plugins do not exist on Windows');
    if (head.toString('latin1', 0, 2) === '#!') throw new BinaryFormatError('a script, not a binary');
    throw new BinaryFormatError('not an ELF or Mach-O binary');
  } catch (err) {
    source.close();
    throw err;
  }
}

function openFat(source: FileSource, wide: boolean): Container[] {
  const n = source.read(4, 4, 'universal header').readUInt32BE(0);
  if (n === 0 || n > MAX_FAT_ARCHES) throw new BinaryFormatError(`universal header: ${n} architectures (not a Mach-O universal binary?)`);
  const entSize = wide ? 32 : 20;
  const table = source.read(8, n * entSize, 'universal architecture table');
  const slices: { cpu: number; offset: number; size: number }[] = [];
  for (let i = 0; i < n; i++) {
    const o = i * entSize;
    const cpu = table.readUInt32BE(o);
    const offset = wide ? Number(table.readBigUInt64BE(o + 8)) : table.readUInt32BE(o + 8);
    const size = wide ? Number(table.readBigUInt64BE(o + 16)) : table.readUInt32BE(o + 12);
    if (offset + size > source.size) throw new BinaryFormatError(`universal slice ${i} lies outside the file`);
    if (size < 4) throw new BinaryFormatError(`universal slice ${i} is too small to be a Mach-O file (${size} bytes)`);
    const magic = source.read(offset, 4, `universal slice ${i}`).readUInt32BE(0);
    if (magic === FAT_MAGIC || magic === FAT_MAGIC_64) {
      throw new BinaryFormatError(`universal slice ${i} is itself a universal binary: nested universal Mach-O files are invalid (lipo never makes them)`);
    }
    slices.push({ cpu, offset, size });
  }
  const names = slices.map((s) => FAT_CPU[s.cpu] ?? `cpu ${s.cpu}`);
  return slices.map((s) => new MachoContainer(source.slice(s.offset, s.size), names));
}
