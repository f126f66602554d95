// Hostile input (issue 9): every class of crafted file test/hostile/generate.ts
// makes is judged or rejected with its own per-file error, within 5 s and
// 256 MB of resident memory, and a good file in the same run is still judged.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { StringTable } from '../src/container/string-table.ts';
import { analysePaths } from '../src/facts/paths.ts';
import { alignRows } from '../src/report/inspect-text.ts';
import { binPath, ROOT } from './support/fixtures.ts';
import { type HostileFile, generate } from './hostile/generate.ts';

const LIMIT_MS = 5000;
const LIMIT_KIB = 256 * 1000 * 1000 / 1024; // 256 MB
const GOOD = binPath('linux-amd64/go1.26.8/alpha.so');
const HOST = binPath('linux-amd64/go1.26.8/host-base');

/** The CLI in a fresh process, with its wall time and peak RSS (test/hostile/measure.mjs). */
function measured(args: string[]): { code: number | null; stdout: string; stderr: string; ms: number; cpu: number; kib: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(ROOT, 'test/hostile/measure.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20,
  });
  const m = /measure: (\d+) ms, (\d+) ms CPU, (\d+) KiB/.exec(r.stderr);
  assert.ok(m, `no measurement (exit ${r.status}, signal ${r.signal}): ${r.stderr.slice(0, 500)}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Number(m[1]), cpu: Number(m[2]), kib: Number(m[3]) };
}

describe('hostile input', () => {
  let dir = '';
  let files: HostileFile[] = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gpc-hostile-'));
    files = await generate(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('every crafted file: its own error or a verdict, in 5 s and 256 MB, next to a good file', () => {
    assert.ok(files.length >= 15);
    // What a file costs is the run's peak minus that of the same run without it (Node and tsx take ~100 MB).
    const baseline = measured(['inspect', '--format', 'json', GOOD]).kib;
    for (const f of files.filter((x) => !x.name.endsWith('.json'))) {
      const r = measured(['inspect', '--format', 'json', f.path, GOOD]);
      const json = JSON.parse(r.stdout) as { binaries: { file: string; error: string | null; kind: string }[] };
      const mine = json.binaries.filter((b) => b.file === f.path);
      const good = json.binaries.find((b) => b.file === GOOD);
      assert.ok(mine.length >= 1, `${f.name}: no entry`);
      assert.equal(good?.error, null, `${f.name}: the good file next to it was not judged`);
      assert.equal(good?.kind, 'plugin');
      const err = mine.find((b) => b.error !== null)?.error ?? null;
      if (f.expect === 'error') {
        assert.ok(err, `${f.name} (${f.attack}): expected an error`);
        if (f.error) assert.match(err, f.error, f.name);
      }
      if (f.expect === 'judged') assert.equal(err, null, `${f.name} (${f.attack}): ${err}`);
      assert.equal(r.code, err ? 2 : 0, `${f.name}: exit code says 2 only when an input could not be judged`);
      assert.doesNotMatch(r.stderr, /\n\s+at |ERR_OUT_OF_RANGE|heap out of memory/, f.name);
      // CPU time: what the run costs, however loaded the machine is; wall time only guards against a block.
      assert.ok(r.cpu < LIMIT_MS, `${f.name}: ${r.cpu} ms CPU`);
      assert.ok(r.ms < 6 * LIMIT_MS, `${f.name}: ${r.ms} ms wall (blocked?)`);
      assert.ok(r.kib - baseline < LIMIT_KIB, `${f.name}: ${r.kib} KiB resident (${baseline} KiB without it)`);
    }
  });

  test('check: all crafted plugins in one run; each gets its own entry, the good one still loads', () => {
    const plugins = files.filter((x) => !x.name.endsWith('.json') && !x.name.startsWith('many-packages'));
    const r = measured(['check', '--host', HOST, '--format', 'json', ...plugins.map((p) => p.path), GOOD]);
    const json = JSON.parse(r.stdout) as { plugins: { file: string; loads: boolean; failure: { kind: string } | null }[] };
    assert.equal(json.plugins.length, plugins.length + 1);
    assert.equal(json.plugins.at(-1)!.file, GOOD);
    assert.equal(json.plugins.at(-1)!.loads, true);
    for (const p of json.plugins.slice(0, -1)) assert.equal(p.loads, false, p.file);
    assert.equal(r.code, 2);
    assert.ok(r.cpu < LIMIT_MS * 3, `${r.cpu} ms CPU for ${plugins.length + 1} files`);
    // Files are read one after another, so the run's peak over the runtime's own is what one file may cost.
    const baseline = measured(['check', '--host', HOST, '--format', 'json', GOOD]).kib;
    assert.ok(r.kib - baseline < LIMIT_KIB, `${r.kib} KiB (${baseline} KiB for the good file alone)`);
  });

  test('check stays linear: 15,000 packages differ from the host and between two plugins', () => {
    const p = (n: string) => files.find((f) => f.name === n)!.path;
    const r = measured(['check', '--host', p('many-packages-host'), '--format', 'json', p('many-packages-a.so'), p('many-packages-b.so'), GOOD]);
    const json = JSON.parse(r.stdout) as { plugins: { loads: boolean; failure: { kind: string; packages: string[] } | null; findings: { rule: string }[] }[] };
    assert.equal(json.plugins[0]!.failure!.kind, 'package-mismatch');
    assert.equal(json.plugins[0]!.failure!.packages.length, 15_000);
    assert.ok(json.plugins[1]!.findings.some((f) => f.rule === 'GPC202'), 'plugin-vs-plugin conflict named');
    assert.ok(r.cpu < LIMIT_MS * 2, `${r.cpu} ms CPU`);
    assert.ok(r.kib < LIMIT_KIB, `${r.kib} KiB`);
  });

  test('manifests are validated against docs/manifest.schema.json, the error names the field', () => {
    const bad = files.find((f) => f.name === 'manifest-wrong-types.json')!.path;
    let r = measured(['check', '--host', bad, GOOD]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /manifest field host\.\w+ is missing/);
    // A real manifest with one field of the wrong type: every plugin used to "load".
    const real = join(dir, 'real.json');
    assert.equal(measured(['manifest', HOST, '-o', real]).code, 0);
    const m = JSON.parse(readFileSync(real, 'utf8')) as { host: { exportedHashes: unknown } ; schemaVersion: unknown };
    m.host.exportedHashes = [1, 2, 3];
    writeFileSync(real, JSON.stringify(m));
    r = measured(['check', '--host', real, GOOD]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /manifest field host\.exportedHashes\[0\] must be object/);
    m.schemaVersion = 2;
    writeFileSync(real, JSON.stringify(m));
    assert.match(measured(['check', '--host', real, GOOD]).stderr, /schema version 2 is not supported/);
  });

  test('a 512 KB path is no path: the module-path patterns never see it', () => {
    const t0 = performance.now();
    const facts = analysePaths(['/usr/local/go/src/runtime/proc.go', '/' + 'a.b/'.repeat(128 << 10) + 'x@v1/y.go', '/root/go/pkg/mod/' + 'a.'.repeat(256 << 10) + '/@v1.0.0/x.go']);
    assert.ok(performance.now() - t0 < 1000);
    assert.deepEqual(facts.modules, []);
  });

  test('renderers align any number of rows (no Math.max(...rows) stack overflow)', () => {
    const rows: [string, string][] = Array.from({ length: 300_000 }, (_, i) => [`k${i}`, 'v']);
    assert.ok(alignRows(rows).length > 0);
  });

  test('string tables: names are cut, and overlapping lookups hit a linear budget', () => {
    const t = new StringTable(Buffer.alloc(1 << 20, 0x61), 'test table', 1024);
    assert.equal(t.get(10).length, 1024);
    assert.throws(() => { for (let i = 0; i < 1 << 20; i++) t.get(i); }, /names overlap/);
  });
});

describe('SECURITY.md promises', () => {
  /** The CLI with test/hostile/forbid.mjs preloaded: returns what it tried that it must not. */
  function guarded(args: string[], allowWrite: string[] = []): { code: number | null; forbidden: string[]; stdout: string } {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(ROOT, 'test/hostile/forbid.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20, env: { ...process.env, GPC_ALLOW_WRITE: allowWrite.join(':') },
    });
    const m = /forbidden: (.*)\n/.exec(r.stderr);
    assert.ok(m, `no report from forbid.mjs: ${r.stderr.slice(0, 500)}`);
    return { code: r.status, forbidden: JSON.parse(m[1]!) as string[], stdout: r.stdout };
  }

  test('reading binaries never executes them, opens no connection, writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-security-'));
    try {
      // An executable "plugin" that would leave a mark if anything ran it.
      const script = join(dir, 'evil.so');
      writeFileSync(script, `#!/bin/sh\ntouch ${join(dir, 'ran')}\n`, { mode: 0o755 });
      for (const args of [
        ['inspect', '--format', 'json', script, GOOD, HOST],
        ['check', '--host', HOST, '--format', 'sarif', script, GOOD],
        ['check', '--host', HOST, '--format', 'github', script, GOOD],
        ['check', '--host', HOST, script, GOOD],
      ]) {
        const r = guarded(args);
        assert.deepEqual(r.forbidden, [], args.join(' '));
        assert.ok(r.stdout.length > 0);
      }
      assert.equal(spawnSync('test', ['-e', join(dir, 'ran')]).status, 1, 'the input was executed');
      // manifest writes its -o file, and nothing else.
      const out = join(dir, 'host.json');
      const r = guarded(['manifest', HOST, '-o', out], [out]);
      assert.equal(r.code, 0);
      assert.deepEqual(r.forbidden, []);
      assert.ok(readFileSync(out, 'utf8').includes('host-abi'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
