// A shared object that is not a Go plugin, given to plugin.Open (a C library or a c-shared Go library
// in a plugin folder that a host loads whole, as KrakenD does): dlopen loads it, no Go module joins
// the host's list, and runtime.plugin_lastmoduleinit judges the last module already there. Real
// builds and real plugin.Open (fixtures/loader.mjs), against what `check` predicts, case by case.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliJson } from './support/cli.js';
import { GO126, goEnv, mustRun } from './support/e2e.js';
import { BIN, ROOT, ensureFixtures } from './support/fixtures.js';

const HOST = join(BIN, 'linux-amd64/go1.26.8/host-base');
const GOOD = join(BIN, 'linux-amd64/go1.26.8/greeter-base.so');
// Fails on github.com/cespare/xxhash/v2 (the host links v2.3.0): its module stays in the list, marked bad.
const BAD = join(BIN, 'linux-amd64/go1.26.8/greeter-xxhash-v2.2.0.so');

interface RealResult { loads: boolean; error: string | null; reached?: boolean }
type RunCase = (c: { host: string; plugins: string[] }, binDir: string) => Promise<{ results: RealResult[]; exitCode: number | null; stderr: string }>;
interface Report { plugins: { file: string; loads: boolean; failure: { kind: string; message: string } | null; findings: { rule: string; message: string }[] }[] }

let runCase: RunCase;
let dir: string;

describe('a shared library that is not a Go plugin: what plugin.Open does depends on the last module loaded before it', () => {
  before(async () => {
    ensureFixtures();
    ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
    dir = mkdtempSync(join(tmpdir(), 'gpc-foreign-'));
    copyFileSync(GOOD, join(dir, 'good.so'));
    copyFileSync(BAD, join(dir, 'bad.so'));
    writeFileSync(join(dir, 'lib.c'), 'int foreign_answer(void) { return 42; }\n');
    mustRun('gcc', ['-shared', '-fPIC', '-o', 'libc-foreign.so', 'lib.c'], { cwd: dir, env: { ...process.env } as Record<string, string> });
    mkdirSync(join(dir, 'cshared'));
    writeFileSync(join(dir, 'cshared/go.mod'), 'module example.com/cshared\n\ngo 1.22\n');
    writeFileSync(join(dir, 'cshared/main.go'), 'package main\n\nimport "C"\n\n//export Answer\nfunc Answer() C.int { return 42 }\n\nfunc main() {}\n');
    mustRun(GO126, ['build', '-buildmode=c-shared', '-o', join(dir, 'libgo-cshared.so'), '.'], { cwd: join(dir, 'cshared'), env: goEnv() });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // Each case: the files in load order; the real outcome and check's prediction must agree on every file.
  const cases: { name: string; plugins: string[]; crash: boolean }[] = [
    { name: 'a C library first: no module at all, the host exits', plugins: ['libc-foreign.so', 'good.so'], crash: true },
    { name: 'a c-shared Go library first: the same', plugins: ['libgo-cshared.so', 'good.so'], crash: true },
    { name: 'after a plugin that loaded: "plugin already loaded", cached for that path', plugins: ['good.so', 'libc-foreign.so', 'libc-foreign.so'], crash: false },
    { name: 'a c-shared Go library after a plugin that loaded', plugins: ['good.so', 'libgo-cshared.so'], crash: false },
    { name: 'after a plugin that failed (its module stays, marked bad): the host exits', plugins: ['bad.so', 'libc-foreign.so', 'good.so'], crash: true },
  ];
  for (const c of cases) {
    test(c.name, async () => {
      const real = await runCase({ host: HOST, plugins: c.plugins }, dir);
      const { json } = cliJson<Report>(['check', '--format', 'json', '--host', HOST, ...c.plugins.map((p) => join(dir, p))]);
      assert.equal(/fatal error: runtime: no plugin module data/.test(real.stderr), c.crash, real.stderr);
      c.plugins.forEach((p, i) => {
        const r = real.results[i]!;
        const ours = json.plugins[i]!;
        assert.equal(ours.loads, r.loads, `${p}: loads`);
        if (r.reached === false) {
          // Never answered: the process died in this open or an earlier one.
          assert.ok(ours.failure?.kind === 'host-crash', `${p}: ${JSON.stringify(ours.failure)}`);
        } else if (r.error) {
          assert.ok(r.error.endsWith(`: ${ours.failure!.message}`), `${p}: real ${r.error} / ours ${ours.failure!.message}`);
        }
      });
      const foreign = json.plugins.find((p) => p.file.endsWith('.so') && /lib(c-foreign|go-cshared)\.so$/.test(p.file))!;
      const gpc005 = foreign.findings.find((f) => f.rule === 'GPC005')!;
      assert.match(gpc005.message, c.crash ? /runtime: no plugin module data/ : /plugin already loaded/);
      if (c.crash) assert.ok(foreign.findings.some((f) => f.rule === 'GPC012'));
      assert.ok(!foreign.findings.some((f) => f.rule === 'GPC002'), 'no plugin-path collision is claimed');
    });
  }
});
