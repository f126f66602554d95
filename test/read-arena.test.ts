// The reusable read memory (src/io/read-arena.ts): one file holds it at a time, a scope's
// memory is reused after it, and no result read through it changes when the memory is reused.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { analyseFile } from '../src/facts/analyse.js';
import { FileSource } from '../src/io/file-source.js';
import { ReadArena } from '../src/io/read-arena.js';
import { binPath, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

describe('read arena', () => {
  test('buffers of one file never overlap; a second holder gets none', () => {
    const a = new ReadArena(1, 1 << 10, 1 << 16);
    assert.equal(a.acquire(), true);
    assert.equal(a.acquire(), false, 'held by the first file');
    const bufs = [a.take(100)!, a.take(700)!, a.take(3000)!, a.take(10)!];
    bufs.forEach((b, i) => b.fill(i + 1));
    bufs.forEach((b, i) => assert.ok(b.every((x) => x === i + 1), `buffer ${i} intact`));
    assert.equal(a.take(1 << 20), null, 'beyond the cap: the caller allocates');
    a.release();
    assert.equal(a.acquire(), true, 'free again after release');
    a.release();
  });

  test('a scope returns its memory; what was taken before it stays', () => {
    const a = new ReadArena(1, 1 << 10, 1 << 16);
    a.acquire();
    const kept = a.take(500)!;
    kept.fill(7);
    const mark = a.mark();
    a.take(400)!.fill(9);
    a.reset(mark);
    const again = a.take(400)!;
    again.fill(5);
    assert.ok(kept.every((x) => x === 7), 'taken before the scope: untouched');
    a.release();
  });

  test('a file read while another holds the arena gets buffers of its own', () => {
    const f = binPath('linux-amd64/go1.26.8/alpha.so');
    const first = FileSource.open(f);
    const second = FileSource.open(f);
    try {
      const x = first.read(0, 1 << 17, 'x');
      const y = second.read(0, 1 << 17, 'y');
      assert.notEqual(x.buffer, y.buffer);
      assert.deepEqual(x, y);
    } finally {
      second.close();
      first.close();
    }
  });

  test('results do not depend on what the memory held before: A, B, A and lazy facts read after', () => {
    const a = binPath('linux-amd64/go1.26.8/alpha.so');
    const b = binPath('linux-amd64/go1.26.8/host-base');
    const one = JSON.stringify(analyseFile(a));
    JSON.stringify(analyseFile(b));
    assert.equal(JSON.stringify(analyseFile(a)), one);
    // check's lazy facts reopen the file later, after other files used the memory.
    const lazy = analyseFile(a, { lazy: true });
    JSON.stringify(analyseFile(b));
    assert.equal(JSON.stringify(lazy), one);
  });
});
