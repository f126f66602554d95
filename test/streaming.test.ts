import assert from 'node:assert/strict';
import { linkSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Writable } from 'node:stream';
import { drained, streamInspect } from '../src/cli/inspect.js';
import { openContainers } from '../src/container/open.js';
import { type Analysis, AnalysisCache, analyseFile } from '../src/facts/analyse.js';
import { type BuildFacts, readBuildFacts } from '../src/facts/build-facts.js';
import { inspectJson } from '../src/report/inspect-json.js';
import { inspectText } from '../src/report/inspect-text.js';
import { BIN, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function corpus(): string[] {
  return readdirSync(BIN, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

describe('inspect streams: results do not accumulate over a batch', () => {
  for (const format of ['json', 'text'] as const) {
    test(`${format}: at most the current result is alive after each binary`, async () => {
      const files = corpus();
      assert.ok(files.length >= 40, 'a long batch');
      const refs: WeakRef<Analysis>[] = [];
      let maxAlive = 0;
      let out = '';
      await streamInspect(files, format, async (text) => {
        out += text;
        // A new task (WeakRefs made in the last one are no longer kept), then a full collection.
        await new Promise((r) => setImmediate(r));
        gc();
        maxAlive = Math.max(maxAlive, refs.filter((r) => r.deref() !== undefined).length);
      }, { onResult: (a) => refs.push(new WeakRef(a)) });
      assert.equal(refs.length, files.length + 1, 'one result per file, two for the universal binary');
      assert.ok(maxAlive <= 2, `${maxAlive} results alive at once (expected the current one, at most one more)`);
      // The streamed document is exactly the batch document.
      const whole = files.flatMap((f) => analyseFile(f));
      assert.equal(out, format === 'json' ? inspectJson(whole) : inspectText(whole));
    });
  }
});

// `check` keeps every plugin's facts until it judges them, with the explanation-only facts lazy
// (read again from the file on first access); a getter that kept its container kept the
// container's tables and indexes too, for every plugin of the batch.
describe('lazy facts hold no container', () => {
  // In a function of its own: a suspended async test would keep its last iteration's variables.
  function readKeepingFacts(file: string, n: number): { kept: BuildFacts[]; refs: WeakRef<object>[] } {
    const kept: BuildFacts[] = [];
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < n; i++) {
      const [c] = openContainers(file);
      refs.push(new WeakRef(c!));
      kept.push(readBuildFacts(file, c!, (read) => {
        const [again] = openContainers(file);
        try { return read(again!); } finally { again!.source.close(); }
      }));
      c!.source.close();
    }
    return { kept, refs };
  }

  test('a container is collectable while its facts, with their lazy getters, are kept', async () => {
    const { kept, refs } = readKeepingFacts(join(BIN, 'linux-amd64/go1.26.8/greeter-base.so'), 3);
    await new Promise((r) => setImmediate(r));
    gc();
    assert.deepEqual(refs.map((r) => r.deref() === undefined), [true, true, true], 'containers alive after their facts were read');
    // The lazy facts still read: from the file, through reopen.
    assert.ok(kept.every((f) => f.compileUnits.length > 0 && f.paths !== null));
  });
});

// Node writes to a pipe asynchronously: a CI runner that reads our output more slowly than we
// produce it would otherwise have the whole batch's output queued in our memory.
describe('inspect waits for a slow reader', () => {
  test('at most one chunk beyond the stream buffer is ever queued, and the output is whole', async () => {
    const files = corpus().slice(0, 40);
    const HWM = 16 << 10;
    let got = '';
    let maxQueued = 0;
    let largest = 0;
    const slow = new Writable({
      highWaterMark: HWM,
      write(chunk: Buffer, _enc, done) {
        got += chunk.toString();
        setTimeout(done, 1);
      },
    });
    await streamInspect(files, 'json', (text) => {
      largest = Math.max(largest, Buffer.byteLength(text));
      const wait = drained(slow, text);
      maxQueued = Math.max(maxQueued, slow.writableLength);
      return wait;
    });
    await new Promise<void>((r) => slow.end(r));
    assert.ok(maxQueued <= HWM + largest, `${maxQueued} bytes queued (buffer ${HWM}, largest chunk ${largest})`);
    assert.ok(got.length > 10 * HWM, 'a batch larger than the buffer');
    assert.equal(got, inspectJson(files.flatMap((f) => analyseFile(f))));
  });
});

describe('per-inode cache', () => {
  test('hard links and a repeated path are read once and named as given; nothing is held after the last', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-inode-'));
    try {
      const src = join(BIN, 'linux-amd64/go1.26.8/greeter-base.so');
      const link = join(dir, 'same.so');
      linkSync(src, link);
      const paths = [src, link, src];
      const cache = new AnalysisCache(paths);
      const [a] = cache.analyse(src);
      assert.equal(cache.size, 1);
      const [b] = cache.analyse(link);
      assert.equal(b!.file, link);
      assert.equal(b!.facts!.file, link);
      assert.deepEqual(b!.facts!.packageHashes, a!.facts!.packageHashes);
      const [c] = cache.analyse(src);
      assert.equal(c, a, 'the same result object: not read again');
      assert.equal(cache.size, 0, 'released after the last path naming the file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('lazy facts equal eager ones', () => {
    for (const f of corpus()) {
      const eager = analyseFile(f);
      const lazy = analyseFile(f, { lazy: true });
      assert.deepEqual(JSON.parse(JSON.stringify(lazy)), JSON.parse(JSON.stringify(eager)), f);
    }
  });
});

describe('the read floor (scripts/read-floor.ts, the bench\'s floor row)', () => {
  test('records the system calls the analysis makes and the time of native DWARF inflation', async () => {
    const { readFloor } = await import('../scripts/read-floor.js');
    const files = ['linux-amd64/go1.26.8/host-base', 'linux-amd64/go1.26.8/greeter-base.so'].map((f) => join(BIN, f));
    const f = readFloor(files, 1);
    assert.equal(f.binaries, 2);
    // A plugin's dynamic symbols alone are hundreds of KB: a floor of a few bytes means the recording missed the reads.
    assert.ok(f.bytesPerBinary > 100_000 && f.readsPerBinary >= 5, JSON.stringify(f));
    assert.ok(f.inflateMs > 0, 'the corpus binaries have compressed DWARF');
  });
});
