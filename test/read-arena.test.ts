// The reusable read memory (src/io/read-arena.ts): one file holds it at a time, a scope's
// memory is reused after it, and no result read through it changes when the memory is reused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { analyseFile } from '../src/facts/analyse.js';
import { FileSource } from '../src/io/file-source.js';
import { ReadArena } from '../src/io/read-arena.js';
import { binPath, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

describe('read arena', () => {
  test('buffers of one file never overlap; a second holder gets none', () => {
    const a = new ReadArena(1, 1 << 16);
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

  test('each file lays its reads out from the start of the one block: memory is the largest file\'s, never the batch\'s', () => {
    const a = new ReadArena(1, 1 << 16);
    a.acquire();
    const first = [a.take(3000)!, a.take(5)!, a.take(20_000)!];
    assert.deepEqual(first.map((b) => b.byteOffset), [0, 3000, 3008], 'packed, 8-byte aligned');
    a.release();
    a.acquire();
    const next = a.take(100)!;
    assert.equal(next.buffer, first[0]!.buffer, 'the same block');
    assert.equal(next.byteOffset, 0, 'from its start again');
    a.release();
  });

  test('a scope returns its memory; what was taken before it stays', () => {
    const a = new ReadArena(1, 1 << 16);
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

// Small reads come from a few cached blocks of the file (src/io/file-source.ts smallRead).
describe('small reads through cached blocks', () => {
  /** Runs `body` on a corpus plugin opened for reading, next to its bytes read whole. */
  const withPlugin = (body: (src: FileSource, whole: Buffer) => void) => {
    const f = binPath('linux-amd64/go1.26.8/alpha.so');
    const src = FileSource.open(f);
    try {
      body(src, readFileSync(f));
    } finally {
      src.close();
    }
  };

  test('every small read equals the file bytes, at block edges, at the end, and in slices', () => withPlugin((src, whole) => {
    const n = whole.length;
    // Reads across 4 KiB and 16 KiB edges, up to the file's last byte, interleaved far apart.
    const cases: [number, number][] = [[0, 64], [4090, 12], [16380, 8], [16384, 2048], [n - 1, 1], [n - 2048, 2048], [12, 1], [n >> 1, 1000], [(n >> 1) - 3, 7], [0, 2048]];
    for (const [off, len] of cases) assert.deepEqual(src.read(off, len, 't'), whole.subarray(off, off + len), `${off}+${len}`);
    // Random reads: far more than the blocks kept, so blocks are evicted and read again.
    let seed = 7;
    const rnd = (m: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % m;
    for (let i = 0; i < 300; i++) {
      const len = 1 + rnd(2048);
      const off = rnd(n - len);
      assert.deepEqual(src.read(off, len, 't'), whole.subarray(off, off + len));
    }
    const slice = src.slice(1000, 50_000);
    assert.deepEqual(slice.read(100, 30, 't'), whole.subarray(1100, 1130), 'a slice reads at its own base');
    assert.throws(() => slice.read(49_990, 20, 't'), /outside the file/, 'and only within itself');
  }));

  test('a read before any block keeps its view when its block is evicted', () => withPlugin((src, whole) => {
    const first = src.read(100, 16, 't');
    for (let k = 1; k < 20; k++) src.read(k * 65536, 8, 't');
    assert.deepEqual(first, whole.subarray(100, 116));
  }));

  test('block reads are bounded: scattered small reads go on, directly, once blocks have read the budget', () => withPlugin((src, whole) => {
    // Each read misses the blocks (64 KiB apart): 16 KiB of block per 8 bytes asked for.
    const reads = Math.floor(src.budget.readBytesMax / (16 << 10)) * 3;
    for (let i = 0; i < reads; i++) {
      const off = (i * 65536) % (src.size - 8);
      assert.deepEqual(src.read(off, 8, 'scattered'), whole.subarray(off, off + 8));
    }
    assert.equal(src.budget.usage().read, reads * 8, 'the budget counts the bytes asked for');
  }));
});
