// The header scans of stripped binaries (the pclntab header, by its magic: src/go/pclntab.ts,
// src/go/moduledata.ts) read a candidate's fields after its magic. Generated, not hand-picked: a
// candidate at every aligned offset of sections of every small size, for every magic and word
// size, so that a header cut by a section's (or a chunk's) end is met at each possible cut.
// Damage may be an error of the file (BinaryFormatError), never a read past the data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openSource } from '../src/container/open.js';
import { readModuleData } from '../src/go/moduledata.js';
import { PCLNTAB_MAGICS } from '../src/go/pclntab-magic.js';
import { readPclnFiles } from '../src/go/pclntab.js';
import { BinaryFormatError } from '../src/io/errors.js';
import { FileSource } from '../src/io/file-source.js';
import { buildElf } from './hostile/build.js';

function candidateAt(size: number, at: number, magic: number, ptr: number): Buffer {
  const data = Buffer.alloc(size, 0x01);
  data.writeUInt32LE(magic, at);
  data.writeUInt16LE(0, at + 4);
  data[at + 6] = 1;
  data[at + 7] = ptr;
  return data;
}

describe('pclntab header scans stay within the bytes they read', () => {
  test('a candidate at every aligned offset of every small section, every magic and word size', () => {
    let cases = 0;
    for (const magic of Object.keys(PCLNTAB_MAGICS).map(Number)) {
      for (const ptr of [4, 8]) {
        for (let size = 8; size <= 160; size += 8) {
          for (let at = 0; at + 8 <= size; at += 8) {
            for (const name of ['.rodata', '.noptrdata']) {
              const file = `${name}-${magic.toString(16)}-${ptr}-${size}-${at}`;
              const bytes = buildElf({ sections: [{ name, data: candidateAt(size, at, magic, ptr) }] });
              const [c] = openSource(FileSource.fromBuffer(bytes, file));
              for (const read of [() => readPclnFiles(c!), () => readModuleData(c!)]) {
                try {
                  read();
                } catch (err) {
                  assert.ok(err instanceof BinaryFormatError, `${file}: ${(err as Error).stack}`);
                }
              }
              cases++;
            }
          }
        }
      }
    }
    assert.ok(cases > 1000, `${cases} cases`);
  });
});
