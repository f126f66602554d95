/**
 * Coverage-guided mutation fuzzer over every reader and over `check`.
 *
 *   node --import tsx scripts/fuzz.ts [--seconds S] [--execs N] [--jobs J] [--seed K] [--out DIR]
 *
 * Jazzer.js cannot be installed here, so this is the same loop on V8's own
 * block coverage (scripts/fuzz/coverage.ts): pick an input, mutate it, run
 * it, keep it when it reached new blocks of src/. Workers run in child
 * processes so the supervisor can see a hang (no heartbeat), kill the
 * worker, keep the input and carry on. It reports executions, crashes
 * (an exception other than BinaryFormatError), hangs (an execution over 5 s)
 * and budget overruns (resident memory growing past 256 MB); every finding
 * is saved under DIR (default fuzz-out/) to become a regression case under
 * test/fuzz-regressions.json. Exit 1 when anything was found.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const HANG_MS = 5000;
const RSS_BUDGET = 256 << 20;

interface Stats {
  execs: number;
  crashes: number;
  hangs: number;
  overruns: number;
  corpus: number;
  features: number;
  slowest: number;
}

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    execs: { type: 'string', default: '0' },
    jobs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'fuzz-out' },
    worker: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

if (values.worker) {
  await runWorker();
} else {
  process.exitCode = await supervise();
}

async function supervise(): Promise<number> {
  const seconds = Number(values.seconds);
  const execLimit = Number(values.execs);
  const jobs = Math.max(1, Number(values.jobs));
  const out = values.out!;
  for (const d of ['crashes', 'hangs', 'overruns']) mkdirSync(join(out, d), { recursive: true });
  const start = Date.now();
  const deadline = seconds > 0 ? start + seconds * 1000 : Infinity;
  const totals: Stats[] = [];
  const extraHangs: string[] = [];
  let restarts = 0;
  let failedStarts = 0;

  const sum = (): Stats => totals.reduce(
    (a, s) => ({
      execs: a.execs + s.execs, crashes: a.crashes + s.crashes, hangs: a.hangs + s.hangs, overruns: a.overruns + s.overruns,
      corpus: a.corpus + s.corpus, features: Math.max(a.features, s.features), slowest: Math.max(a.slowest, s.slowest),
    }),
    { execs: 0, crashes: 0, hangs: extraHangs.length, overruns: 0, corpus: 0, features: 0, slowest: 0 },
  );

  const runOne = (slot: number, seed: number): Promise<void> =>
    new Promise((resolve) => {
      const base = totals[slot] ?? { execs: 0, crashes: 0, hangs: 0, overruns: 0, corpus: 0, features: 0, slowest: 0 };
      const budgetLeft = execLimit > 0 ? Math.ceil(execLimit / jobs) - base.execs : 0;
      const child = fork(import.meta.filename, ['--worker', '--seed', String(seed), '--out', out, '--seconds', String(Math.max(1, (deadline - Date.now()) / 1000)), '--execs', String(Math.max(0, budgetLeft))], {
        execArgv: process.execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const started = Date.now();
      let last = started;
      let current: Stats = { ...base, execs: 0, crashes: 0, hangs: 0, overruns: 0 };
      child.on('message', (m: Stats) => {
        last = Date.now();
        current = m;
        totals[slot] = { ...m, execs: base.execs + m.execs, crashes: base.crashes + m.crashes, hangs: base.hangs + m.hangs, overruns: base.overruns + m.overruns, slowest: Math.max(base.slowest, m.slowest) };
      });
      const watchdog = setInterval(() => {
        // No heartbeat for 3× the hang limit: the worker is stuck inside one execution. Before its
        // first report it is still distilling seeds from the corpus (slow on a loaded machine).
        if (last === started ? Date.now() - started > 600_000 : Date.now() - last > 3 * HANG_MS) {
          clearInterval(watchdog);
          child.kill('SIGKILL');
          try {
            const input = readFileSync(join(out, `current-${seed}.bin`));
            const name = createHash('sha256').update(input).digest('hex').slice(0, 16);
            writeFileSync(join(out, 'hangs', `${name}.bin`), input);
            extraHangs.push(name);
          } catch {
            extraHangs.push('unknown');
          }
        }
      }, 1000);
      child.on('exit', (code) => {
        clearInterval(watchdog);
        // A worker that dies before its first report cannot start at all: stop rather than spin.
        if (code !== 0 && current.execs === 0 && last === started) failedStarts++;
        resolve();
      });
    });

  const slot = async (i: number) => {
    let seed = Number(values.seed) + i;
    for (;;) {
      await runOne(i, seed);
      const s = sum();
      if (failedStarts > 2) throw new Error('fuzz: workers fail to start (see their errors above)');
      if (Date.now() >= deadline - 1000 || (execLimit > 0 && (totals[i]?.execs ?? 0) >= Math.ceil(execLimit / jobs))) return;
      restarts++;
      seed += 1000;
      if (!values.quiet) process.stderr.write(`fuzz: worker ${i} restarted (seed ${seed}) after ${s.execs} executions\n`);
    }
  };
  const progress = setInterval(() => {
    if (values.quiet) return;
    const s = sum();
    process.stderr.write(`fuzz: ${s.execs} execs, ${Math.round(s.execs / ((Date.now() - start) / 1000))}/s, corpus ${s.corpus}, features ${s.features}, crashes ${s.crashes}, hangs ${s.hangs}, overruns ${s.overruns}, slowest ${s.slowest} ms\n`);
  }, 30000);
  await Promise.all(Array.from({ length: jobs }, (_, i) => slot(i)));
  clearInterval(progress);
  const s = sum();
  const summary = { ...s, restarts, seconds: Math.round((Date.now() - start) / 1000), jobs, seed: Number(values.seed) };
  process.stdout.write(JSON.stringify(summary) + '\n');
  writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return s.crashes + s.hangs + s.overruns > 0 ? 1 : 0;
}

async function runWorker(): Promise<void> {
  const { Coverage } = await import('./fuzz/coverage.js');
  const { MAX_LEN, Rng, mutate } = await import('./fuzz/mutate.js');
  const { corpusFiles, distilledSeeds, manifestSeeds } = await import('./fuzz/seeds.js');
  const { binaryTarget, manifestTarget } = await import('./fuzz/targets.js');
  const { analyseSource } = await import('../src/facts/analyse.js');
  const { FileSource } = await import('../src/io/file-source.js');

  const seed = Number(values.seed);
  const out = values.out!;
  const deadline = Date.now() + Number(values.seconds) * 1000;
  const execLimit = Number(values.execs) || Infinity;
  const rng = new Rng(seed * 2654435761);

  const files = corpusFiles();
  // Host and reference plugin distilled from the corpus too: check then costs microseconds, not milliseconds.
  const distilled = (suffix: string) => {
    const f = files.find((x) => x.endsWith(suffix));
    const bytes = f ? distilledSeeds([f])[0] : undefined;
    return bytes ? analyseSource(f!, FileSource.fromBuffer(bytes))[0] : undefined;
  };
  const host = distilled('linux-amd64/go1.26.8/host-base')?.facts;
  const good = distilled('linux-amd64/go1.26.8/alpha.so');
  if (!host || !good?.facts) throw new Error('fuzz: the fixture corpus is missing (run npm ci)');
  const goodPlugin = { file: good.file, facts: good.facts, error: null };

  type Entry = { data: Buffer; target: 'binary' | 'manifest'; raw: boolean };
  const corpus: Entry[] = [
    ...distilledSeeds(files.slice(0, 40)).map((data) => ({ data, target: 'binary' as const, raw: false })),
    ...manifestSeeds(files).map((data) => ({ data, target: 'manifest' as const, raw: false })),
  ];
  // Whole corpus binaries too, mutated rarely: each costs milliseconds.
  const raws: Entry[] = files.slice(0, 6).map((f) => ({ data: readFileSync(f), target: 'binary' as const, raw: true }));

  const cov = new Coverage((url) => url.includes('/src/') && !url.includes('node_modules'));
  const stats = { execs: 0, crashes: 0, hangs: 0, overruns: 0, corpus: corpus.length, features: 0, slowest: 0 };
  const seen = new Set<string>();
  const baseRss = process.memoryUsage().rss;
  const save = (kind: 'crashes' | 'hangs' | 'overruns', e: Entry, input: Buffer, note: string) => {
    const name = createHash('sha256').update(input).digest('hex').slice(0, 16);
    writeFileSync(join(out, kind, `${name}.${e.target === 'manifest' ? 'json' : 'bin'}`), input);
    writeFileSync(join(out, kind, `${name}.txt`), `${e.target}\n${note}\n`);
  };
  const current = join(out, `current-${seed}.bin`);
  let lastBeat = 0;

  let n = 0;
  const run = (e: Entry, input: Buffer) => {
    const every = n++ % 8 === 0;
    return e.target === 'binary' ? binaryTarget(input, host, goodPlugin, every) : manifestTarget(input, goodPlugin, every);
  };

  // Seeds first, so their coverage is the baseline; then the first heartbeat arms the watchdog.
  for (const e of corpus) {
    try {
      run(e, e.data);
    } catch {
      // a seed that crashes is found again by mutation and reported then
    }
    cov.collect();
  }
  stats.features = cov.size;
  process.send?.(stats);
  const BATCH = 8;
  const one = (e: Entry, input: Buffer): boolean => {
    writeFileSync(current, input);
    const t0 = performance.now();
    let crash: unknown = null;
    try {
      run(e, input);
    } catch (err) {
      crash = err;
    }
    const ms = performance.now() - t0;
    stats.execs++;
    if (ms > stats.slowest) stats.slowest = Math.round(ms);
    if (crash) {
      const err = crash as Error;
      const sig = `${err?.name}: ${String(err?.message).split('\n')[0]!.replace(/\d+/g, 'N')} @ ${(err?.stack ?? '').split('\n')[1]?.trim()}`;
      if (!seen.has(sig)) {
        seen.add(sig);
        stats.crashes++;
        save('crashes', e, input, `${err?.stack ?? String(err)}`);
      }
    } else if (ms > HANG_MS) {
      stats.hangs++;
      save('hangs', e, input, `${Math.round(ms)} ms`);
    }
    return !crash;
  };
  while (Date.now() < deadline && stats.execs < execLimit) {
    const batch: { e: Entry; input: Buffer; ok: boolean }[] = [];
    for (let i = 0; i < BATCH; i++) {
      const e = rng.below(100) === 0 ? rng.pick(raws) : corpus[rng.below(4) === 0 ? corpus.length - 1 - rng.below(Math.min(64, corpus.length)) : rng.below(corpus.length)]!;
      const input = mutate(e.data, rng, () => corpus[rng.below(corpus.length)]!.data);
      batch.push({ e, input, ok: one(e, input) });
    }
    if (process.memoryUsage().rss - baseRss > RSS_BUDGET) {
      stats.overruns++;
      for (const b of batch) save('overruns', b.e, b.input, `rss ${process.memoryUsage().rss} (start ${baseRss})`);
      break; // a fresh worker starts from a clean heap
    }
    // Coverage per batch; only a batch that reached new blocks is replayed input by input.
    if (cov.collect(false) > 0) {
      for (const b of batch) {
        if (!b.ok || b.e.raw || b.input.length > MAX_LEN) continue;
        try {
          run(b.e, b.input);
        } catch {
          continue;
        }
        stats.execs++;
        if (cov.collect() > 0) {
          corpus.push({ data: b.input, target: b.e.target, raw: false });
          if (corpus.length > 20000) corpus.splice(rng.below(corpus.length), 1);
        }
      }
    }
    if (Date.now() - lastBeat > 1000) {
      lastBeat = Date.now();
      stats.corpus = corpus.length;
      stats.features = cov.size;
      process.send?.(stats);
    }
  }
  stats.corpus = corpus.length;
  stats.features = cov.size;
  process.send?.(stats);
  process.disconnect?.();
}
