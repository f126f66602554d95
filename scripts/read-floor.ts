// The floor under `inspect`'s time: what reading the bytes its facts come from costs with no
// decoding at all. Issue 10 asks for `inspect` at ≤ 1× `go version -m` per binary; `go version -m`
// reads only the build-info block (tens of KB), while `inspect` also needs the symbol tables,
// relocations, module data, the pclntab's file table and every DWARF compile unit.
//
// 1. Record: runs the real analysis (src/facts/analyse.ts) on every path, noting each read system
//    call FileSource makes (offset and length, after its small-read blocks) and timing each call
//    into native zlib for compressed DWARF.
// 2. Replay: opens each file again and preads the same ranges into one reused buffer, nothing
//    else; timed over the whole list, --runs times, median.
//
// Prints JSON: per binary, the bytes read, the replay's time and the inflation's time. Used by
// scripts/bench.ts (the "floor" row); by hand: npx tsx scripts/read-floor.ts --runs 5 FILE…
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { analyseFile } from '../src/facts/analyse.js';
import { FileSource } from '../src/io/file-source.js';
import { SyncInflater } from '../src/io/sync-inflater.js';

export interface Floor {
  binaries: number;
  bytesPerBinary: number;
  readsPerBinary: number;
  /** Replaying the reads: open, pread each range, close (ms per binary, median of runs). */
  readMs: number;
  /** Native zlib inflation of compressed DWARF during the analysis (ms per binary). */
  inflateMs: number;
}

type Range = [offset: number, length: number];

function record(paths: string[]): { reads: Map<string, Range[]>; inflateMs: number } {
  const reads = new Map<string, Range[]>();
  let current: Range[] = [];
  // readInto is private to FileSource: every system call it makes passes through it.
  const proto = FileSource.prototype as unknown as { readInto(buf: Buffer, abs: number, what: string, need?: number): Buffer };
  const readInto = proto.readInto;
  proto.readInto = function (this: FileSource, buf, abs, what, need) {
    current.push([abs, buf.length]);
    return readInto.call(this, buf, abs, what, need);
  };
  const push = SyncInflater.prototype.push;
  let inflateMs = 0;
  SyncInflater.prototype.push = function (this: SyncInflater, ...args: Parameters<SyncInflater['push']>) {
    // The callback parses the window: time only the engine, not our parsing inside `out`.
    const [input, last, window, out] = args;
    let inOut = 0;
    const t0 = performance.now();
    const r = push.call(this, input, last, window, (chunk) => {
      const t = performance.now();
      const go = out(chunk);
      inOut += performance.now() - t;
      return go;
    });
    inflateMs += performance.now() - t0 - inOut;
    return r;
  };
  try {
    for (const p of paths) {
      current = reads.get(p) ?? [];
      analyseFile(p);
      reads.set(p, current);
    }
  } finally {
    proto.readInto = readInto;
    SyncInflater.prototype.push = push;
  }
  return { reads, inflateMs };
}

function replay(paths: string[], reads: Map<string, Range[]>): number {
  let max = 0;
  for (const rs of reads.values()) for (const [, n] of rs) max = Math.max(max, n);
  const buf = Buffer.allocUnsafe(max);
  const t0 = performance.now();
  for (const p of paths) {
    const fd = openSync(p, 'r');
    for (const [off, n] of reads.get(p)!) readSync(fd, buf, 0, n, off);
    closeSync(fd);
  }
  return performance.now() - t0;
}

export function readFloor(paths: string[], runs: number): Floor {
  const { reads, inflateMs } = record(paths);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(replay(paths, reads));
  times.sort((a, b) => a - b);
  let bytes = 0;
  let calls = 0;
  for (const p of paths) {
    for (const [, n] of reads.get(p)!) {
      bytes += n;
      calls++;
    }
  }
  const n = paths.length;
  return { binaries: n, bytesPerBinary: bytes / n, readsPerBinary: calls / n, readMs: times[Math.floor(runs / 2)]! / n, inflateMs: inflateMs / n };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' }, 'paths-file': { type: 'string' } } });
  const paths = values['paths-file'] ? readFileSync(values['paths-file'], 'utf8').split('\n').filter(Boolean) : positionals;
  process.stdout.write(JSON.stringify(readFloor(paths, Number(values.runs))) + '\n');
}
