import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import elfy from 'elfy';
import macho from 'macho';
import { openContainers } from '../src/container/open.js';
import { fixElfySection64 } from '../src/container/elf.js';
import { binPath, ensureFixtures, hasTool } from './support/fixtures.js';

before(ensureFixtures);

describe('workarounds for defects in the container libraries', () => {
  test('elfy reads 64-bit sh_addralign/sh_entsize two bytes early; fixElfySection64 corrects them', { skip: hasTool('readelf') ? false : 'no readelf' }, () => {
    const file = binPath('linux-amd64/go1.26.8/host-base');
    const b = readFileSync(file);
    const parser = new elfy.Parser();
    const hdr = parser.parseHeader(b.subarray(0, 64));
    const out = execFileSync('readelf', ['-SW', file], { encoding: 'utf8' });
    // readelf -SW rows: [Nr] Name Type Address Off Size ES Flg Lk Inf Al
    const rows = [...out.matchAll(/^\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)\s+\S*\s+\d+\s+\d+\s+(\d+)$/gm)];
    assert.ok(rows.length > 10);
    let wrongBefore = 0;
    for (const [, nr, name, es, al] of rows) {
      const ent = b.subarray(hdr.shoff + Number(nr) * 64, hdr.shoff + (Number(nr) + 1) * 64);
      const s = parser.parseSection(ent, hdr, Buffer.alloc(0));
      if (s.addralign !== Number(al) || s.entsize !== parseInt(es!, 16)) wrongBefore++;
      fixElfySection64(s, ent, true);
      assert.equal(s.addralign, Number(al), `${name} sh_addralign`);
      assert.equal(s.entsize, parseInt(es!, 16), `${name} sh_entsize`);
    }
    assert.ok(wrongBefore > 0, 'elfy alone misreads them (if this fails, elfy was fixed upstream: drop the workaround)');
  });

  test('macho replaces a segment\'s fileoff with its load command offset; our container reads the real one', () => {
    const file = binPath('darwin-arm64/go1.26.8/greeter-base.so');
    const b = readFileSync(file);
    const sizeofcmds = b.readUInt32LE(20);
    const head = b.subarray(0, 32 + sizeofcmds);
    const parser = new macho.Parser();
    const hdr = parser.parseHead(head);
    assert.ok(hdr);
    const cmds = parser.parseCommands(hdr, hdr.body, Buffer.alloc(0));
    // Decode segment_64 commands independently: fileoff is at +40.
    const truth: Record<string, number> = {};
    for (let off = 32, i = 0; i < b.readUInt32LE(16); i++) {
      if (b.readUInt32LE(off) === 0x19) truth[b.toString('latin1', off + 8, off + 24).replace(/\0+$/, '')] = Number(b.readBigUInt64LE(off + 40));
      off += b.readUInt32LE(off + 4);
    }
    const data = cmds.find((c) => (c as { name?: string }).name === '__DATA') as { fileoff: number } | undefined;
    assert.ok(data);
    assert.notEqual(data.fileoff, truth.__DATA, 'macho alone reports the command offset');
    const c = openContainers(file)[0]!;
    for (const seg of c.segments) assert.equal(seg.offset, truth[seg.name], seg.name);
    c.source.close();
  });

  test('universal Mach-O: every slice is read, each with its own architecture', () => {
    const cs = openContainers(binPath('darwin-universal/go1.26.8/host-base'));
    assert.deepEqual(cs.map((c) => c.goarch), ['amd64', 'arm64']);
    assert.deepEqual(cs[0]!.fatArches, ['amd64', 'arm64']);
    cs[0]!.source.close();
  });
});
