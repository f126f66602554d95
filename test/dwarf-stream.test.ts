// Compressed DWARF, streamed (src/io/sync-inflater.ts, src/go/dwarf-producers.ts): node's native
// zlib driven synchronously into one reused window gives exactly what fflate and a whole inflate
// give, at any window size (unit heads cut by a window's end), stops early, and fails clearly on
// damage and on a decompression bomb without holding the output.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { deflateSync, inflateSync } from 'node:zlib';
import { openContainers, openSource } from '../src/container/open.js';
import { analyseSource } from '../src/facts/analyse.js';
import { readCompileUnits } from '../src/go/dwarf-producers.js';
import { FileSource } from '../src/io/file-source.js';
import { SyncInflater } from '../src/io/sync-inflater.js';
import { binPath, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

/** Bytes that compress to a few per cent and to nothing: text-like runs and noise, from a fixed seed. */
function sample(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = (i >> 10) % 3 === 0 ? x >>> 24 : 97 + ((i >> 4) % 26);
  }
  return b;
}

function inflateAll(z: Buffer, piece: number, window: number): Buffer {
  const inf = SyncInflater.open();
  assert.ok(inf, 'node 20+ engine can be driven synchronously');
  const out: Buffer[] = [];
  try {
    for (let o = 0; o < z.length; o += piece) {
      inf.push(z.subarray(o, o + piece), o + piece >= z.length, Buffer.alloc(window), (c) => (out.push(Buffer.from(c)), true));
    }
  } finally {
    inf.close();
  }
  return Buffer.concat(out);
}

describe('synchronous native inflate into a window', () => {
  test('any input piece and window size gives the original bytes', () => {
    for (const [n, seed] of [[0, 1], [1, 2], [5000, 3], [300_000, 4], [2_000_000, 5]] as const) {
      const data = sample(n, seed);
      const z = deflateSync(data);
      for (const [piece, window] of [[z.length || 1, 1 << 20], [7, 4096], [4096, 64], [65536, 1000], [1, 100_000]] as const) {
        if (piece === 1 && n > 300_000) continue;
        assert.ok(inflateAll(z, piece, window).equals(data), `n=${n} piece=${piece} window=${window}`);
      }
    }
  });

  test('stops when the consumer says so, and reports it', () => {
    const z = deflateSync(sample(1_000_000, 9));
    const inf = SyncInflater.open()!;
    let calls = 0;
    const more = inf.push(z, true, Buffer.alloc(4096), () => ++calls < 3);
    inf.close();
    assert.equal(more, false);
    assert.equal(calls, 3);
  });

  test('truncated and corrupt streams throw; bytes after the end of the stream are ignored, as inflateSync does', () => {
    const data = sample(200_000, 11);
    const z = deflateSync(data);
    assert.throws(() => inflateAll(z.subarray(0, z.length >> 1), 4096, 4096), /unexpected end of file/);
    const bad = Buffer.from(z);
    bad[2] = bad[2]! ^ 0xff;
    bad[3] = bad[3]! ^ 0xff;
    assert.throws(() => inflateAll(bad, 4096, 4096));
    assert.throws(() => inflateSync(bad));
    const tail = Buffer.concat([z, Buffer.from('trailing bytes')]);
    assert.ok(inflateAll(tail, 4096, 8192).equals(data));
    assert.ok(inflateSync(tail).equals(data));
  });
});

describe('compile units from compressed DWARF', () => {
  // Every corpus binary with DWARF of one toolchain and platform, the largest real ones, and Mach-O.
  const dir = binPath('linux-amd64/go1.26.8');
  const files = [
    ...readdirSync(dir).map((f) => join(dir, f)),
    binPath('ecosystems/gotify/v2.9.1/gotify-dev'),
    binPath('ecosystems/gotify/v2.9.1/echo-dev.so'),
    // Mach-O: `__zdebug_info`, "ZLIB" and the size before the stream.
    binPath('darwin-arm64/go1.26.8/greeter-base.so'),
    binPath('darwin-amd64/go1.26.8/greeter-base.so'),
  ];

  test('native in a 1 MiB window = native in a 4 KiB window = fflate; the first Go unit alone is the first of them', () => {
    let compared = 0;
    for (const f of files) {
      for (const c of openContainers(f)) {
        try {
          const units = readCompileUnits(c);
          if (!units) continue;
          assert.deepEqual(readCompileUnits(c, { window: 4096 }), units, `${f}: 4 KiB window`);
          assert.deepEqual(readCompileUnits(c, { nativeInflate: false }), units, `${f}: fflate`);
          const first = readCompileUnits(c, { firstGoUnit: true })!;
          assert.deepEqual(first, units.slice(0, first.length), `${f}: first Go unit`);
          assert.ok(units.length > 10, `${f}: ${units.length} units`);
          compared++;
        } finally {
          c.source.close();
        }
      }
    }
    assert.ok(compared >= 10, `only ${compared} binaries with DWARF`);
  });

  test('one engine serves a batch, reset between streams; a stream that failed does not spoil the next', () => {
    const made = SyncInflater.made;
    const units = (c: ReturnType<typeof openContainers>[number]) => {
      try {
        return readCompileUnits(c);
      } finally {
        c.source.close();
      }
    };
    const all = files.flatMap((f) => openContainers(f).map((c) => units(c)));
    assert.ok(all.filter(Boolean).length >= 10);
    assert.ok(SyncInflater.made - made <= 1, `${SyncInflater.made - made} engines for ${files.length} files`);
    // A damaged stream: its error is its file's; the engine it broke is not reused.
    const file = binPath('linux-amd64/go1.26.8/alpha.so');
    const data = Buffer.from(readFileSync(file));
    const c = openSource(FileSource.fromBuffer(data, file))[0]!;
    const info = c.section('.debug_info')!;
    data.fill(0x5a, info.offset + 24 + 4096, info.offset + 24 + 8192);
    assert.throws(() => units(c), /\.debug_info: corrupt compressed data/);
    assert.deepEqual(units(openContainers(file)[0]!), all[files.indexOf(file)]);
  });

  test('a decompression bomb in .debug_info is an error of its file, found window by window', () => {
    const file = binPath('linux-amd64/go1.26.8/alpha.so');
    const data = Buffer.from(readFileSync(file));
    const c = openSource(FileSource.fromBuffer(data, file))[0]!;
    const info = c.section('.debug_info')!;
    assert.ok(info.compressed);
    const budget = c.source.budget.inflateBytesMax;
    // One unit head claiming ~4 GiB (DWARF 4, 32-bit), then zeros, which inflate at ~1000:1: a
    // stream of more than the file's inflate budget fits in the section, and the reader skips the
    // unit's bytes as they come, so only the budget can stop it.
    const plain = Buffer.alloc(budget + (8 << 20));
    plain.writeUInt32LE(0xffffff00, 0);
    plain.writeUInt16LE(4, 4);
    plain[10] = 8;
    const bomb = deflateSync(plain, { level: 9 });
    assert.ok(24 + bomb.length <= info.size, `bomb of ${bomb.length} bytes fits ${info.size}`);
    data.writeBigUInt64LE(BigInt(budget + (8 << 20)), info.offset + 8);
    bomb.copy(data, info.offset + 24);
    const [a] = analyseSource(file, FileSource.fromBuffer(data, file));
    assert.match(a!.error ?? '', /\.debug_info: decompresses to more than .* \(a decompression bomb\?\)/);
  });
});
