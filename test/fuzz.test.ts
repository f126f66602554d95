// The fuzzer in CI: every input a fuzz run ever found (test/fuzz-regressions.json)
// is replayed through every reader and check, then a short coverage-guided run
// (25 s, fixed seed) must find no crash, hang or budget overrun.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { binaryTarget, manifestTarget } from '../scripts/fuzz/targets.ts';
import { analyseFile } from '../src/facts/analyse.ts';
import { binPath } from './support/fixtures.ts';

interface Case { name: string; target: 'binary' | 'manifest'; kind: string; note: string; base64: string }
const cases = JSON.parse(readFileSync(join(import.meta.dirname, 'fuzz-regressions.json'), 'utf8')) as Case[];

describe('fuzzing', () => {
  const host = analyseFile(binPath('linux-amd64/go1.26.8/host-base'))[0]!.facts!;
  const alpha = analyseFile(binPath('linux-amd64/go1.26.8/alpha.so'))[0]!;
  const good = { file: alpha.file, facts: alpha.facts, error: null };

  for (const c of cases) {
    test(`regression ${c.name} (${c.kind}: ${c.note})`, () => {
      const data = Buffer.from(c.base64, 'base64');
      const t0 = performance.now();
      // Only BinaryFormatError may stop a reader; the targets rethrow anything else.
      if (c.target === 'manifest') manifestTarget(data, good);
      else binaryTarget(data, host, good);
      assert.ok(performance.now() - t0 < 5000, 'judged within 5 s');
    });
  }

  test('a short coverage-guided run finds no crash, hang or overrun', { timeout: 60_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'gpc-fuzz-'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../scripts/fuzz.ts'), '--seconds', '25', '--seed', '7', '--out', out, '--quiet'], { encoding: 'utf8' });
      const summary = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { execs: number; crashes: number; hangs: number; overruns: number };
      assert.equal(summary.crashes, 0, `crashes saved in ${out}:\n${r.stderr}`);
      assert.equal(summary.hangs, 0);
      assert.equal(summary.overruns, 0);
      assert.ok(summary.execs > 200, `only ${summary.execs} executions`);
      assert.equal(r.status, 0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
