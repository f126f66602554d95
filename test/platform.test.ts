// fixtures/ground-truth/platform.json: what dlopen decides before Go does
// (C library, glibc symbol versions, sanitizer runtimes) and what -race,
// -asan and -msan on either side do, on go1.19.8, go1.26.8 and go1.27.3.
//  1. check agrees with every recorded case: loads, failure.kind, failure.package, and names the rule;
//  2. every fix those rules print is applied exactly as printed (rebuild, or the host's environment)
//     and the result loads for real (fixtures/loader.mjs runCase) and is predicted to load.
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { cli, cliJson } from './support/cli.js';
import { goEnv, goOnPathVersion, parseCommandLine, retargetOutput, run } from './support/e2e.js';
import { BIN, ROOT, isLinuxAmd64 } from './support/fixtures.js';
import { openContainers } from '../src/container/open.js';
import { compareVersions } from '../src/facts/native.js';
import { type Expected, expectedFromRecord } from './support/runtime-verdict.js';
import { type GroundTruthSet, type SetCase, materialize, predictedOf, report } from './support/sets.js';

const SET = join(ROOT, 'fixtures/ground-truth/platform.json');
const gt = JSON.parse(readFileSync(SET, 'utf8')) as Omit<GroundTruthSet, 'name' | 'file'> & { cases: SetCase[] };
const set: GroundTruthSet = { ...gt, name: 'platform', file: 'fixtures/ground-truth/platform.json' };

/** The rule a failing plugin of each kind of case must carry. */
function ruleFor(c: SetCase, i: number, want: Expected): string | null {
  if (want.loads || want.kind === null) return null;
  const plugin = c.plugins[i]!;
  const host = c.host;
  if (want.kind === 'host-crash') return /host-asan$/.test(host) ? 'GPC017' : 'GPC016';
  if (want.kind === 'platform-mismatch') return /musl/.test(plugin) ? 'GPC014' : /msan/.test(plugin) ? 'GPC018' : 'GPC015';
  if (want.kind === 'package-mismatch') return 'GPC103';
  return null;
}

describe('platform set: check agrees with the runtime on every recorded case', () => {
  let why: string | null = null;
  before(() => {
    why = materialize(set);
  });
  for (const c of gt.cases) {
    test(c.id, (t) => {
      if (why) return t.skip(why);
      const want = expectedFromRecord(c);
      const r = report(join(BIN, c.host), c.plugins, c.check);
      const got = predictedOf(r);
      got.forEach((g, i) => {
        const w = want[i]!;
        assert.equal(g.loads, w.loads, `#${i} loads (recorded: ${JSON.stringify(c.results[i])})`);
        if (w.kind !== null) {
          assert.equal(g.kind, w.kind, `#${i} failure.kind`);
          assert.equal(g.package, w.package, `#${i} failure.package`);
        }
        const rule = ruleFor(c, i, w);
        const rules = r.plugins[i]!.findings.map((f) => f.rule);
        if (rule) assert.ok(rules.includes(rule), `#${i}: ${rule} in ${rules.join(' ')}`);
        assert.ok(!rules.includes('GPC199'), `#${i}: cause unknown`);
        assert.ok(!rules.includes('GPC004') || !c.varies.some((v) => ['libc', 'glibc-version', 'sanitizer'].includes(v)), `#${i}: GPC004 (OS/arch) for a loader-level cause`);
      });
      // A crashed host never reaches later plugins (GPC009).
      const crash = want.findIndex((w) => w.kind === 'host-crash');
      if (crash >= 0) for (const p of r.plugins.slice(crash + 1)) assert.ok(p.findings.some((f) => f.rule === 'GPC009'), 'later plugins: GPC009');
    });
  }
});

// ---- fixes, applied as printed ----

interface CheckJson {
  plugins: { loads: boolean; failure: { kind: string } | null; findings: { rule: string; severity: string; fix?: string; commands?: string[] }[]; rebuild: string | null }[];
}
type RunCase = (c: { host: string; plugins: string[]; env?: Record<string, string> }, binDir: string) => Promise<{ results: { loads: boolean; error: string | null }[]; exitCode: number | null; stderr: string }>;

const W = '/tmp/gpc-fixtures/platform/work';
const fixSkip = (): string | false => {
  if (!isLinuxAmd64) return 'needs linux/x64';
  if (!existsSync(SET)) return 'no platform set';
  const v = goOnPathVersion();
  if (v !== 'go1.26.8') return `the printed lines run \`go\` from PATH, which must be go1.26.8 like the hosts (it is ${v ?? 'missing'})`;
  return false;
};

interface FixCase {
  id: string;
  host: string;
  plugin: string;
  rule: string;
  /** check options stating the deployment system before the fix */
  check?: string[];
  /** a tool the printed line needs */
  needs?: string;
  /**
   * A plugin the corpus does not hold: built here from fixtures/src/plugins/greeter with these
   * go1.26.8 flags (`plugin` names it), and first shown to load, predicted and for real, on this
   * system's glibc.
   */
  build?: string[];
}
const T = 'platform/go1.26.8';
const FIXES: FixCase[] = [
  { id: 'musl-plugin', host: `${T}/host-base`, plugin: `${T}/greeter-musl.so`, rule: 'GPC014' },
  // Packed relative relocations need GLIBC_ABI_DT_RELR, which glibc defines since 2.36 (this system's).
  {
    id: 'relr-plugin', host: `${T}/host-base`, plugin: 'greeter-relr.so', rule: 'GPC015', check: ['--glibc', '2.35'], needs: 'zig',
    build: ['-buildmode=plugin', '-ldflags=-w -extldflags=-Wl,-z,pack-relative-relocs'],
  },
  { id: 'glibc-floor', host: `${T}/host-glibc2.28`, plugin: `${T}/greeter.so`, rule: 'GPC015', check: ['--glibc', '2.28'], needs: 'zig' },
  { id: 'asan-plugin', host: `${T}/host-base`, plugin: `${T}/greeter-asan.so`, rule: 'GPC016' },
  { id: 'msan-plugin', host: `${T}/host-base`, plugin: `${T}/greeter-msan.so`, rule: 'GPC018' },
  { id: 'asan-host', host: `${T}/host-asan`, plugin: `${T}/greeter.so`, rule: 'GPC103' },
  { id: 'msan-host', host: `${T}/host-msan`, plugin: `${T}/greeter.so`, rule: 'GPC103', needs: 'clang' },
];

describe('platform set: every printed fix, applied as printed, loads for real', { skip: fixSkip(), concurrency: 1 }, () => {
  let out = '';
  let shim = '';
  let runCase: RunCase;
  const made: string[] = [];
  before(async () => {
    const why = materialize(set);
    if (why) throw new Error(why);
    out = mkdtempSync(join(tmpdir(), 'gpc-platform-fix-'));
    // `zig cc` as the printed line spells it, from pip's ziglang.
    shim = join(out, 'shim');
    mkdirSync(shim);
    writeFileSync(join(shim, 'zig'), '#!/bin/sh\nexec python3 -m ziglang "$@"\n');
    chmodSync(join(shim, 'zig'), 0o755);
    if (!existsSync(join(W, 'sdk'))) cpSync(join(ROOT, 'fixtures/src'), W, { recursive: true });
    ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
  });
  after(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const fc of FIXES) {
    test(fc.id, { timeout: 600_000 }, async (t: TestContext) => {
      if (fc.needs === 'zig' && run('python3', ['-m', 'ziglang', 'version'], { cwd: ROOT, env: goEnv() }).code !== 0) return t.skip('needs pip ziglang for `zig cc`');
      if (fc.needs === 'clang' && run('clang', ['--version'], { cwd: ROOT, env: goEnv() }).code !== 0) return t.skip('needs clang for -msan');
      const host = join(BIN, fc.host);
      let plugin = join(BIN, fc.plugin);
      if (fc.build) {
        const src = join(W, 'plugins', `fixcheck-${fc.id}-unfixed`);
        rmSync(src, { recursive: true, force: true });
        cpSync(join(ROOT, 'fixtures/src/plugins/greeter'), src, { recursive: true });
        made.push(src);
        const rel = `${fc.id}-unfixed/${fc.plugin}`;
        plugin = join(out, rel);
        const b = run('go', ['build', ...fc.build, '-o', plugin, '.'], { cwd: src, env: goEnv(), timeout: 600_000 });
        assert.equal(b.code, 0, b.stderr);
        const c = openContainers(plugin)[0]!;
        const needs = c.versionNeeds?.() ?? [];
        c.source.close();
        if (!needs.some((n) => n.versions.some((v) => v.name === 'GLIBC_ABI_DT_RELR'))) return t.skip('the linker here does not pack relative relocations (binutils < 2.38)');
        const here = /(\d+\.\d+)\s*$/.exec(run('ldd', ['--version'], { cwd: ROOT, env: goEnv() }).stdout.split('\n')[0] ?? '')?.[1];
        if (!here || compareVersions(here, '2.36') < 0) return t.skip(`this system's glibc (${here}) is older than 2.36: the unfixed plugin cannot load here`);
        const ok = cliJson<CheckJson>(['check', '--format', 'json', '--glibc', here, '--host', host, plugin]);
        assert.equal(ok.json.plugins[0]!.loads, true, `predicted to load on glibc ${here}`);
        const rt = await runCase({ host, plugins: [rel] }, out);
        assert.equal(rt.results[0]!.loads, true, `loads for real on glibc ${here}: ${JSON.stringify(rt.results[0])}`);
      }
      const pre = cliJson<CheckJson>(['check', '--format', 'json', ...(fc.check ?? []), '--host', host, plugin]);
      const p = pre.json.plugins[0]!;
      assert.equal(p.loads, false, 'check predicts the failure');
      const f = p.findings.find((x) => x.rule === fc.rule);
      assert.ok(f, `${fc.rule} in ${p.findings.map((x) => x.rule).join(' ')}`);
      if (fc.id === 'relr-plugin') assert.match(JSON.stringify(p.failure), /version `GLIBC_ABI_DT_RELR' not found/, 'the version dlopen names');
      t.diagnostic(`${fc.rule}: fix: ${f.fix} | commands: ${JSON.stringify(f.commands)} | rebuild: ${p.rebuild}`);

      // The source, in the generator's tree (the hosts were built without -trimpath).
      const dir = join(W, 'plugins', `fixcheck-${fc.id}`);
      rmSync(dir, { recursive: true, force: true });
      cpSync(join(ROOT, 'fixtures/src/plugins/greeter'), dir, { recursive: true });
      made.push(dir);
      const name = basename(fc.plugin);
      const fixedRel = `${fc.id}/${name}`;
      mkdirSync(join(out, fc.id), { recursive: true });
      // Build lines: the rule's own commands that build, else the rebuild line (GPC103).
      const lines = (f.commands ?? []).filter((c) => / go build /.test(` ${c}`) && !c.includes('…'));
      if (lines.length === 0 && p.rebuild) lines.push(p.rebuild);
      assert.equal(lines.length, 1, `one runnable build line: ${JSON.stringify(f.commands)} / ${p.rebuild}`);
      const { env, argv } = parseCommandLine(lines[0]!);
      const cmd = retargetOutput(argv, join(out, fixedRel));
      const r = run(cmd[0]!, cmd.slice(1), { cwd: dir, env: { ...goEnv(), PATH: `${shim}:${process.env.PATH}`, ...env }, timeout: 600_000 });
      assert.equal(r.code, 0, `${lines[0]}\n${r.stderr}`);

      // The host's environment the fix names (ASAN_OPTIONS), for the prediction and the real run.
      const runEnv: Record<string, string> = {};
      for (const c of f.commands ?? []) {
        const m = /^ASAN_OPTIONS=(\S+) \.\/host/.exec(c);
        if (m) runEnv.ASAN_OPTIONS = m[1]!;
      }
      const opts = [...(fc.check ?? []), ...(runEnv.ASAN_OPTIONS ? ['--asan-options', runEnv.ASAN_OPTIONS] : [])];
      const post = cliJson<CheckJson>(['check', '--format', 'json', ...opts, '--host', host, join(out, fixedRel)]);
      assert.equal(post.json.plugins[0]!.loads, true, `check says the fixed plugin loads: ${JSON.stringify(post.json.plugins[0]!.failure)} ${post.json.plugins[0]!.findings.map((x) => x.rule)}`);
      const rt = await runCase({ host, plugins: [fixedRel], env: runEnv }, out);
      t.diagnostic(`runtime: ${JSON.stringify(rt.results[0])} exit ${rt.exitCode}`);
      assert.equal(rt.results[0]!.loads, true, `the real host loads it: ${JSON.stringify(rt.results[0])}\n${rt.stderr.split('\n').slice(0, 3).join('\n')}`);
      if (fc.rule === 'GPC103' && runEnv.ASAN_OPTIONS) {
        // Without the environment the fix names, the same pair aborts: check must say so, not "loads".
        const bare = cliJson<CheckJson>(['check', '--format', 'json', '--host', host, join(out, fixedRel)]);
        assert.equal(bare.json.plugins[0]!.failure?.kind, 'host-crash');
        const crash = await runCase({ host, plugins: [fixedRel] }, out);
        assert.equal(crash.exitCode, 1, 'and the real host aborts');
      }
    });
  }

  test('GPC017: the asan pair of every toolchain loads with the environment the fix names', async () => {
    for (const tc of ['go1.19.8', 'go1.26.8', 'go1.27.3']) {
      const host = join(BIN, `platform/${tc}/host-asan`);
      const plugin = join(BIN, `platform/${tc}/greeter-asan.so`);
      const pre = cliJson<CheckJson>(['check', '--format', 'json', '--host', host, plugin]);
      const f = pre.json.plugins[0]!.findings.find((x) => x.rule === 'GPC017');
      assert.ok(f, `${tc}: GPC017`);
      const m = /^ASAN_OPTIONS=(\S+) /.exec(f.commands?.[0] ?? '');
      assert.ok(m, 'the fix names ASAN_OPTIONS');
      const post = cliJson<CheckJson>(['check', '--format', 'json', '--asan-options', m[1]!, '--host', host, plugin]);
      assert.equal(post.json.plugins[0]!.loads, true, `${tc}: predicted to load with ${m[1]}`);
      const rt = await runCase({ host: `platform/${tc}/host-asan`, plugins: [`platform/${tc}/greeter-asan.so`], env: { ASAN_OPTIONS: m[1]! } }, BIN);
      assert.equal(rt.results[0]!.loads, true, `${tc}: loads for real with ASAN_OPTIONS=${m[1]}`);
    }
  });
});

describe('manifest --glibc / --asan-options travel with the host', { skip: existsSync(SET) ? false : 'no platform set' }, () => {
  test('a manifest stating glibc 2.36 judges like check --glibc 2.36', (t) => {
    const why = materialize(set);
    if (why) return t.skip(why);
    const dir = mkdtempSync(join(tmpdir(), 'gpc-platform-manifest-'));
    try {
      const m = join(dir, 'host.abi.json');
      const host = join(BIN, `${T}/host-glibc2.28`);
      const plugin = join(BIN, `${T}/greeter.so`);
      const mk = cliJson<unknown>(['manifest', host, '--glibc', '2.36', '-o', '-']);
      writeFileSync(m, JSON.stringify(mk.json));
      assert.equal((mk.json as { host: { deployment: { glibc: string } } }).host.deployment.glibc, '2.36');
      assert.equal(cliJson<CheckJson>(['check', '--format', 'json', '--host', m, plugin]).json.plugins[0]!.loads, true);
      // Without it the deployment glibc is unknown (the host needs only GLIBC_2.3.2): it loads, with a GPC015 warning.
      const bare = cliJson<CheckJson>(['check', '--format', 'json', '--host', host, plugin]).json.plugins[0]!;
      assert.equal(bare.loads, true);
      assert.ok(bare.findings.some((f) => f.rule === 'GPC015' && f.severity === 'warning'));
      // And the flag on check overrides the manifest.
      assert.equal(cliJson<CheckJson>(['check', '--format', 'json', '--glibc', '2.31', '--host', m, plugin]).json.plugins[0]!.loads, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('--glibc older than the host itself needs: said on stderr', (t) => {
    const why = materialize(set);
    if (why) return t.skip(why);
    const r = cli(['check', '--glibc', '2.31', '--host', join(BIN, `${T}/host-base`), join(BIN, `${T}/greeter.so`)]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /older than the glibc 2\.34 the host binary itself needs/);
  });
  test('--glibc must be a version', () => {
    const r = cli(['check', '--glibc', 'new', '--host', 'x', 'y']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--glibc must be a glibc version/);
  });
});
