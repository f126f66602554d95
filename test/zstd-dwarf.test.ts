// zstd-compressed DWARF (ELFCOMPRESS_ZSTD: `ld --compress-debug-sections=zstd`, passed through
// Go's external linking with -extldflags): the frame walker (src/io/zstd-frames.ts) on generated
// frames of every header shape, hostile windows and bombs refused within the file's budget, and
// real plugins linked that way giving the same facts as the same plugin linked without it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Decompress } from 'fzstd';
import { openContainers, openSource } from '../src/container/open.js';
import { analyseFile, analyseSource } from '../src/facts/analyse.js';
import { readCompileUnits } from '../src/go/dwarf-producers.js';
import { BinaryFormatError } from '../src/io/errors.js';
import { FileSource } from '../src/io/file-source.js';
import { zstdLargestWindow } from '../src/io/zstd-frames.js';
import { cleanEnv, goOnPathVersion, run } from './support/e2e.js';
import { ROOT, binPath, ensureFixtures, isLinuxAmd64 } from './support/fixtures.js';

before(ensureFixtures);

/** One frame of raw and RLE blocks (valid Zstandard without entropy coding), and the bytes it decodes to. */
function frame(o: { single: boolean; fcsFlag: number; dictFlag: number; checksum: boolean; windowLog: number; blocks: ('raw' | 'rle')[]; blockSize: number }): { bytes: Buffer; content: Buffer; window: number } {
  const content: Buffer[] = [];
  const blocks: Buffer[] = [];
  o.blocks.forEach((kind, i) => {
    const last = i === o.blocks.length - 1 ? 1 : 0;
    const n = o.blockSize;
    const data = kind === 'raw' ? Buffer.from(Array.from({ length: n }, (_, k) => (k * 7 + i) & 0xff)) : Buffer.alloc(n, 0x41 + i);
    content.push(data);
    const bh = last | ((kind === 'raw' ? 0 : 1) << 1) | (n << 3);
    blocks.push(Buffer.from([bh & 0xff, (bh >> 8) & 0xff, (bh >> 16) & 0xff]), kind === 'raw' ? data : data.subarray(0, 1));
  });
  const total = content.reduce((s, b) => s + b.length, 0);
  const fcsBytes = [o.single ? 1 : 0, 2, 4, 8][o.fcsFlag]!;
  const head = [0x28, 0xb5, 0x2f, 0xfd, (o.fcsFlag << 6) | ((o.single ? 1 : 0) << 5) | ((o.checksum ? 1 : 0) << 2) | o.dictFlag];
  let window = total;
  if (!o.single) {
    head.push((o.windowLog - 10) << 3);
    window = 2 ** o.windowLog;
  }
  for (let i = 0; i < [0, 1, 2, 4][o.dictFlag]!; i++) head.push(0);
  const fcs = fcsBytes === 2 ? total - 256 : total;
  for (let i = 0; i < fcsBytes; i++) head.push(i < 4 ? (fcs >>> (8 * i)) & 0xff : 0);
  // fzstd does not check the checksum (xxhash64); four bytes of it are enough for the walk.
  const bytes = Buffer.concat([Buffer.from(head), ...blocks, o.checksum ? Buffer.alloc(4) : Buffer.alloc(0)]);
  return { bytes, content: Buffer.concat(content), window };
}

function fzstdAll(data: Uint8Array): Buffer {
  const out: Buffer[] = [];
  new Decompress((b) => out.push(Buffer.from(b))).push(data, true);
  return Buffer.concat(out);
}

describe('Zstandard frames: the walk agrees with the decoder on every header shape', () => {
  const shapes: Parameters<typeof frame>[0][] = [];
  for (const single of [true, false])
    for (const fcsFlag of [0, 1, 2, 3])
      for (const dictFlag of [0, 1, 2, 3])
        for (const checksum of [false, true])
          for (const blocks of [['raw'], ['rle'], ['raw', 'rle', 'raw']] as ('raw' | 'rle')[][]) {
            // A single-segment frame's window is its content size: 1-byte sizes hold at most 255; 2-byte sizes start at 256.
            const blockSize = fcsFlag === 1 ? 300 : 40;
            if (single && fcsFlag === 0 && blockSize * blocks.length > 255) continue;
            shapes.push({ single, fcsFlag, dictFlag, checksum, windowLog: 10 + ((fcsFlag + dictFlag) % 4), blocks, blockSize });
          }
  test(`${shapes.length} single frames, then all of them in one stream with skippable frames between`, () => {
    const all: Buffer[] = [];
    const content: Buffer[] = [];
    let largest = 0;
    for (const s of shapes) {
      const f = frame(s);
      assert.equal(zstdLargestWindow(f.bytes, 'x'), f.window, JSON.stringify(s));
      assert.ok(fzstdAll(f.bytes).equals(f.content), JSON.stringify(s));
      all.push(f.bytes, Buffer.from([0x5a, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]));
      content.push(f.content);
      largest = Math.max(largest, f.window);
    }
    const stream = Buffer.concat(all);
    assert.equal(zstdLargestWindow(stream, 'x'), largest);
    assert.ok(fzstdAll(stream).equals(Buffer.concat(content)));
  });

  test('every truncation and every reserved bit is an error naming the section, never another kind of exception', () => {
    const f = Buffer.concat([frame(shapes[5]!).bytes, frame(shapes[40]!).bytes]);
    for (let n = 0; n < f.length; n++) {
      if (n === frame(shapes[5]!).bytes.length) continue; // a whole first frame is a valid stream
      assert.throws(() => zstdLargestWindow(f.subarray(0, n), '.debug_info'), (e: unknown) => e instanceof BinaryFormatError && /^\.debug_info: not valid Zstandard data/.test(e.message), `cut at ${n}`);
    }
    const reservedHeader = Buffer.from(f);
    reservedHeader[4] = reservedHeader[4]! | 0x08;
    assert.throws(() => zstdLargestWindow(reservedHeader, 's'), /reserved header bit/);
    const badMagic = Buffer.from(f);
    badMagic[0] = 0;
    assert.throws(() => zstdLargestWindow(badMagic, 's'), /bad magic number/);
  });
});

/** alpha.so in memory with its .debug_info recompressed as ELFCOMPRESS_ZSTD (`payload`), or null when it does not fit. */
function withZstdInfo(payload: Buffer, declared: number): { data: Buffer; file: string } | null {
  const file = binPath('linux-amd64/go1.26.8/alpha.so');
  const data = Buffer.from(readFileSync(file));
  const info = openSource(FileSource.fromBuffer(data, file))[0]!.section('.debug_info')!;
  if (!info.compressed || 24 + payload.length > info.size) return null;
  data.writeUInt32LE(2, info.offset);
  data.writeBigUInt64LE(BigInt(declared), info.offset + 8);
  data.fill(0, info.offset + 24, info.offset + info.size);
  payload.copy(data, info.offset + 24);
  // The section's size is the payload's: bytes after the last frame would not be a frame.
  const shdr = (() => {
    const c = openSource(FileSource.fromBuffer(data, file))[0]!;
    const i = c.sections.indexOf(c.section('.debug_info')!);
    return Number(data.readBigUInt64LE(0x28)) + i * 64;
  })();
  data.writeBigUInt64LE(BigInt(24 + payload.length), shdr + 32);
  return { data, file };
}

describe('zstd-compressed .debug_info in a real plugin', () => {
  const zstd = spawnSync('zstd', ['--version']).status === 0;
  test('recompressed with the zstd tool: the same compile units as the zlib original', { skip: !zstd && 'needs the zstd tool' }, () => {
    const file = binPath('linux-amd64/go1.26.8/alpha.so');
    const c = openContainers(file)[0]!;
    const want = readCompileUnits(c);
    // The inflated section, through the zlib path, then compressed by the zstd tool.
    const info = c.section('.debug_info')!;
    const z = c.source.read(info.offset + 24, info.size - 24);
    const plain = (spawnSync('python3', ['-c', 'import sys,zlib; sys.stdout.buffer.write(zlib.decompress(sys.stdin.buffer.read()))'], { input: z }).stdout as Buffer);
    c.source.close();
    const zs = spawnSync('zstd', ['-19', '-c', '-q'], { input: plain, maxBuffer: 64 << 20 }).stdout as Buffer;
    const built = withZstdInfo(zs, plain.length);
    assert.ok(built, `zstd output (${zs.length}) fits the section`);
    const got = readCompileUnits(openSource(FileSource.fromBuffer(built.data, built.file))[0]!);
    assert.ok(want && want.length > 10);
    assert.deepEqual(got, want);
  });

  test('a frame declaring a window beyond the file’s budget is refused before anything is decoded', () => {
    // Not single-segment, window descriptor 2^30: fzstd would allocate 1 GiB.
    const payload = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (30 - 10) << 3, 0x01, 0x00, 0x00]);
    const built = withZstdInfo(payload, 100)!;
    const [a] = analyseSource(built.file, FileSource.fromBuffer(built.data, built.file));
    assert.match(a!.error ?? '', /\.debug_info: a Zstandard window of 1073741824 bytes exceeds this file's remaining decompression budget/);
  });

  test('a bomb of RLE blocks stops at the file’s inflate budget, block by block', () => {
    const file = binPath('linux-amd64/go1.26.8/alpha.so');
    const budget = openContainers(file)[0]!.source.budget.inflateBytesMax;
    // Window 128 KiB; first a raw block with one unit head claiming ~4 GiB (DWARF 4, 32-bit), as
    // the zlib bomb of dwarf-stream.test.ts, so the reader skips what follows; then 4-byte RLE
    // blocks of 128 KiB of zeros each.
    const blocks = Math.ceil(budget / (128 << 10)) + 8;
    const head = Buffer.alloc(11);
    head.writeUInt32LE(0xffffff00, 0);
    head.writeUInt16LE(4, 4);
    head[10] = 8;
    const raw = (head.length << 3) | 0;
    const parts = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (17 - 10) << 3]), Buffer.from([raw & 0xff, (raw >> 8) & 0xff, raw >> 16]), head];
    for (let i = 0; i < blocks; i++) {
      const bh = (i === blocks - 1 ? 1 : 0) | (1 << 1) | ((128 << 10) << 3);
      parts.push(Buffer.from([bh & 0xff, (bh >> 8) & 0xff, (bh >> 16) & 0xff, 0]));
    }
    const built = withZstdInfo(Buffer.concat(parts), 1000)!;
    assert.ok(built, 'the bomb fits the section');
    const [a] = analyseSource(built.file, FileSource.fromBuffer(built.data, built.file));
    assert.match(a!.error ?? '', /\.debug_info: decompresses to more than .* \(a decompression bomb\?\)/);
  });
});

describe('a plugin linked with --compress-debug-sections=zstd, built for real', () => {
  const skip = !isLinuxAmd64 ? 'needs linux/x64' : goOnPathVersion() === null ? 'needs go on PATH' : false;
  test('the same facts as the same plugin linked without it', { skip, timeout: 600_000 }, (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-zstd-'));
    try {
      cpSync(join(ROOT, 'fixtures/src'), join(dir, 'src'), { recursive: true });
      const src = join(dir, 'src/plugins/greeter');
      const env = { ...cleanEnv(), GOFLAGS: '-mod=mod', CGO_ENABLED: '1', GOTOOLCHAIN: 'local' };
      const build = (out: string, ldflags: string[]) => run('go', ['build', '-buildmode=plugin', ...ldflags, '-o', join(dir, out), '.'], { cwd: src, env, timeout: 600_000 });
      const plain = build('plain.so', []);
      assert.equal(plain.code, 0, plain.stderr);
      const z = build('zstd.so', ['-ldflags=-extldflags=-Wl,--compress-debug-sections=zstd']);
      if (z.code !== 0 && /compress-debug-sections|zstd/.test(z.stderr)) return t.skip(`this linker cannot compress with zstd: ${z.stderr.trim().split('\n').pop()}`);
      assert.equal(z.code, 0, z.stderr);
      const c = openContainers(join(dir, 'zstd.so'))[0]!;
      const info = c.section('.debug_info')!;
      const type = info.compressed ? c.source.read(info.offset, 4).readUInt32LE(0) : 0;
      c.source.close();
      if (type !== 2) return t.skip(`the linker did not compress .debug_info with zstd (type ${type})`);
      const [p] = analyseFile(join(dir, 'plain.so'));
      const [q] = analyseFile(join(dir, 'zstd.so'));
      assert.equal(q!.error, null);
      assert.ok(p!.facts!.compileUnits.length > 10);
      assert.deepEqual(q!.facts!.compileUnits, p!.facts!.compileUnits);
      assert.deepEqual(q!.facts!.compilerFlags, p!.facts!.compilerFlags);
      assert.deepEqual(q!.facts!.packageHashes, p!.facts!.packageHashes);
      assert.equal(q!.facts!.goVersion, p!.facts!.goVersion);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
