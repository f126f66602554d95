// End to end: `build` aligns a plugin module with a real host, builds it, and the
// real host LOADS the result (fixtures/loader.mjs runCase: plugin.Open + Lookup("New")).
//
// Each case starts from a copy of fixtures/src/plugins/greeter in the generator's
// fixed tree (/tmp/gpc-fixtures/work/plugins/fixcheck-build-<id>, so the sdk replace
// resolves to the directory the untrimmed corpus hosts were built from) that differs
// from the host in one dimension, runs `build --format json` in the generator's base
// environment, and loads the output into the host. Hosts are corpus hosts where one
// exists; hosts for -tags and -gcflags are built here (seconds, cached).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import {
  GO126,
  MODCACHE,
  W,
  WORK,
  cleanEnv,
  ensureSdk,
  goEnv,
  goOnPathVersion,
  mustRun,
  prepareSource,
  provideToolchain,
  removeFixcheckDir,
} from './support/e2e.js';
import { BIN, ROOT, ensureFixtures, isLinuxAmd64 } from './support/fixtures.js';

interface LoaderResult {
  results: { plugin: string; loads: boolean; error: string | null; reached?: boolean; name?: string | null; greet?: string | null }[];
  exitCode: number | null;
  signal: string | null;
  stderr: string;
}
type RunCase = (c: { host: string; plugins: string[]; env?: Record<string, string> }, binDir: string) => Promise<LoaderResult>;

interface BuildJson {
  schemaVersion: number;
  plan: {
    toolchain: { version: string; go: string; how: string };
    goModCommands: string[][];
    env: Record<string, string>;
    buildArgs: string[];
    command: string;
    output: string;
    alignments: { dimension: string; name: string; host: string }[];
    unaligned: { rule: string; severity: string; message: string; fix?: string }[];
  };
  output: string | null;
  check: { compatible: boolean; plugins: { loads: boolean; failure: { kind: string; package: string | null } | null }[] } | null;
}

const corpus = (rel: string) => join(BIN, 'linux-amd64', rel);
const GO119 = '/usr/lib/go-1.19/bin/go';

/** The CLI as a user runs it, in `env` (the generator's base env unless told otherwise). */
function gpc(args: string[], cwd: string, env: Record<string, string> = goEnv()) {
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/esm/index.mjs'), join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd, env, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function buildJson(args: string[], cwd: string, env?: Record<string, string>): { code: number | null; json: BuildJson; stderr: string } {
  const r = gpc(['build', '--format', 'json', ...args], cwd, env);
  try {
    return { code: r.code, json: JSON.parse(r.stdout) as BuildJson, stderr: r.stderr };
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout.slice(0, 800)}\nstderr:\n${r.stderr.slice(-3000)}`);
  }
}

/** Every file under dir with its content hash: what "changes nothing" is checked against. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function skipReason(): string | false {
  if (!isLinuxAmd64) return `needs linux/x64 to build and load plugins (this is ${process.platform}/${process.arch})`;
  const v = goOnPathVersion();
  if (v === null) return 'no `go` on PATH';
  if (v !== 'go1.26.8') return `\`go\` on PATH is ${v}; the corpus hosts were built with go1.26.8`;
  return false;
}
const skip = skipReason();

interface Case {
  id: string;
  /** host: a corpus path (linux-amd64/…) or a key of the hosts built here */
  host: string;
  /** the generator's `go mod edit` arguments that make the plugin differ */
  modEdit: string[];
  /** the plan must name this (alignment name) */
  aligns: string;
  needs?: () => string | null;
  /** environment of the plugin author (on top of the base env) */
  env?: Record<string, string>;
  /** give build the host's published manifest instead of the binary */
  manifest?: boolean;
  /** the environment the host runs with (and build's --asan-options for its check) */
  runEnv?: Record<string, string>;
}

const CASES: Case[] = [
  { id: 'dep-version', host: 'go1.26.8/host-base', modEdit: ['-require=github.com/cespare/xxhash/v2@v2.2.0'], aligns: 'github.com/cespare/xxhash/v2' },
  { id: 'replace', host: 'go1.26.8/host-base', modEdit: ['-replace=github.com/cespare/xxhash/v2=github.com/cespare/xxhash/v2@v2.2.0'], aligns: 'github.com/cespare/xxhash/v2' },
  { id: 'host-replace', host: 'built:replace', modEdit: [], aligns: 'github.com/cespare/xxhash/v2' },
  { id: 'toolchain-go1.27.3', host: 'go1.27.3/host-base', modEdit: [], aligns: 'Go release', needs: () => provideToolchain('go1.27.3') },
  { id: 'toolchain-go1.19.8', host: 'go1.19.8/host-base', modEdit: [], aligns: 'Go release', needs: () => (existsSync(GO119) ? null : `${GO119} is not installed (Debian golang-1.19)`) },
  { id: 'trimpath', host: 'go1.26.8/host-trimpath', modEdit: [], aligns: '-trimpath' },
  { id: 'tags', host: 'built:tags', modEdit: [], aligns: '-tags' },
  { id: 'gcflags', host: 'built:gcflags', modEdit: [], aligns: '-gcflags' },
  { id: 'race', host: 'go1.26.8/host-race', modEdit: [], aligns: '-race' },
  // An -asan host (platform set): the plugin gets -asan too, and the host must run with
  // ASAN_OPTIONS=detect_odr_violation=0 (GPC017), which build's check is told with --asan-options.
  {
    id: 'asan', host: '../platform/go1.26.8/host-asan', modEdit: [], aligns: '-asan', runEnv: { ASAN_OPTIONS: 'detect_odr_violation=0' },
    needs: () => (existsSync('/usr/lib/x86_64-linux-gnu/libasan.so.8') ? null : 'needs libasan8 for -asan'),
  },
  // An -msan host: -msan, and CC=clang, which the plan sets (gcc has no -fsanitize=memory).
  {
    id: 'msan', host: '../platform/go1.26.8/host-msan', modEdit: [], aligns: 'CC',
    needs: () => (spawnSync('clang', ['--version']).status === 0 ? null : 'needs clang for -msan'),
  },
  // The author's module cache is elsewhere; the untrimmed host fixed its path into every package hash.
  { id: 'gomodcache', host: 'go1.26.8/host-base', modEdit: [], aligns: 'GOMODCACHE', env: { GOMODCACHE: `${W}/modcache2` } },
  // Several at once, from the manifest alone (the README walk-through): version + replace + -trimpath + author's GOFLAGS.
  {
    id: 'manifest-combined', host: 'go1.26.8/host-trimpath', manifest: true, aligns: '-trimpath',
    modEdit: ['-require=github.com/cespare/xxhash/v2@v2.2.0', '-replace=github.com/cespare/xxhash/v2=github.com/cespare/xxhash/v2@v2.2.0'],
    env: { GOFLAGS: '-mod=mod -buildvcs=false -tags=greeterextra' },
  },
];

/** Hosts no corpus binary covers, built from fixtures/src/host in the generator's tree and base env. */
const BUILT_HOSTS: Record<string, { flags: string[]; modEdit: string[] }> = {
  tags: { flags: ['-tags=sdkextra'], modEdit: [] },
  gcflags: { flags: ['-gcflags=github.com/cespare/xxhash/v2=-N -l'], modEdit: [] },
  replace: { flags: [], modEdit: ['-replace=github.com/cespare/xxhash/v2=github.com/cespare/xxhash/v2@v2.2.0'] },
};

describe('build: aligned plugins load into the real host', { skip, concurrency: 1 }, () => {
  let out = '';
  let runCase: RunCase;
  const created: string[] = [];
  const hosts: Record<string, string> = {};

  before(async () => {
    ensureFixtures();
    ensureSdk();
    out = mkdtempSync(join(tmpdir(), 'gpc-build-e2e-'));
    ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
  });

  after(() => {
    for (const d of created) if (existsSync(d)) removeFixcheckDir(d);
    if (out) rmSync(out, { recursive: true, force: true });
  });

  function builtHost(name: string): string {
    if (hosts[name]) return hosts[name]!;
    // A host checkout beside the plugins (fixcheck-build-host-*), its sdk replace pointing at WORK/sdk as the corpus hosts do.
    const dir = join(WORK, 'plugins', `fixcheck-build-host-${name}`);
    removeFixcheckDir(dir);
    cpSync(join(ROOT, 'fixtures/src/host'), dir, { recursive: true });
    created.push(dir);
    const spec = BUILT_HOSTS[name]!;
    mustRun(GO126, ['mod', 'edit', '-replace=example.com/sdk=../../sdk', ...spec.modEdit], { cwd: dir, env: goEnv() });
    const file = join(out, `host-${name}`);
    mustRun(GO126, ['build', ...spec.flags, '-ldflags=-w', '-o', file, '.'], { cwd: dir, env: goEnv() });
    hosts[name] = file;
    return file;
  }

  for (const c of CASES) {
    test(c.id, { timeout: 600_000 }, async (t: TestContext) => {
      const why = c.needs?.();
      if (why) return t.skip(why);
      const host = c.host.startsWith('built:') ? builtHost(c.host.slice(6)) : corpus(c.host);
      // The platform set's hosts replaced example.com/sdk with their generator's copy: recreate it where missing.
      const platformSdk = join(W, 'platform/work/sdk');
      if (c.host.includes('platform/') && !existsSync(platformSdk)) cpSync(join(ROOT, 'fixtures/src/sdk'), platformSdk, { recursive: true });
      // The host's module cache is one on this machine (build uses no other path a binary names: GPC305); on a fresh machine the earlier cases may not have made it yet.
      if (c.aligns === 'GOMODCACHE') mkdirSync(join(MODCACHE, 'cache', 'download'), { recursive: true });
      const dir = prepareSource(`build-${c.id}`, c.modEdit);
      created.push(dir);

      // Before: the plugin as it stands does not load (check says so, and so does the runtime).
      const plain = `${c.id}-plain.so`;
      const env = goEnv(c.env ?? {});
      mustRun(GO126, ['build', '-buildmode=plugin', '-o', join(out, plain), '.'], { cwd: dir, env });
      const rtBefore = await runCase({ host, plugins: [plain], ...(c.runEnv ? { env: c.runEnv } : {}) }, out);
      assert.equal(rtBefore.results[0]!.loads, false, `the unaligned plugin fails in the real host: ${JSON.stringify(rtBefore.results[0])} ${rtBefore.stderr.split('\n')[0]}`);

      // build: -o relative to the current directory.
      const name = `${c.id}.so`;
      let hostArg = host;
      if (c.manifest) {
        hostArg = join(out, `${c.id}.abi.json`);
        assert.equal(gpc(['manifest', host, '-o', hostArg], out).code, 0);
      }
      const asan = c.runEnv?.ASAN_OPTIONS ? ['--asan-options', c.runEnv.ASAN_OPTIONS] : [];
      const r = buildJson(['--host', hostArg, ...asan, '-o', name, dir], out, env);
      t.diagnostic(`plan: ${r.json.plan.command}`);
      for (const e of r.json.plan.goModCommands) t.diagnostic(`go ${e.join(' ')}`);
      assert.equal(r.code, 0, `build exits 0\n${r.stderr.slice(-3000)}\n${JSON.stringify(r.json.plan.unaligned)}`);
      assert.equal(r.json.schemaVersion, 1);
      assert.equal(r.json.output, join(out, name));
      assert.ok(r.json.plan.alignments.some((a) => a.name === c.aligns), `the plan aligns ${c.aligns}: ${JSON.stringify(r.json.plan.alignments)}`);
      assert.deepEqual(r.json.plan.unaligned.filter((f) => f.severity === 'error'), []);
      assert.equal(r.json.check?.compatible, true, 'check predicts the built plugin loads');

      const rt = await runCase({ host, plugins: [name], ...(c.runEnv ? { env: c.runEnv } : {}) }, out);
      assert.equal(rt.results[0]!.loads, true, `the real host loads the built plugin: ${JSON.stringify(rt.results[0])} ${rt.stderr.split('\n')[0]}`);
      assert.match(rt.results[0]!.greet ?? '', /^hello host/, 'and calls into it');
      if (c.env?.GOFLAGS?.includes('greeterextra')) assert.match(rt.results[0]!.name ?? '', /\+extra$/, "the author's own tag still selects the plugin's own file");
    });
  }

  test('--dry-run prints the plan and changes no file', { timeout: 300_000 }, () => {
    const dir = prepareSource('build-dry-run', ['-require=github.com/cespare/xxhash/v2@v2.2.0', '-replace=github.com/cespare/xxhash/v2=github.com/cespare/xxhash/v2@v2.2.0']);
    created.push(dir);
    const before = snapshot(dir);
    const cwd = mkdtempSync(join(out, 'dry-'));
    const r = buildJson(['--dry-run', '--host', corpus('go1.26.8/host-trimpath'), dir], cwd);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json.output, null);
    assert.equal(r.json.check, null);
    assert.deepEqual(r.json.plan.goModCommands, [
      ['mod', 'edit', '-dropreplace=github.com/cespare/xxhash/v2'],
      ['get', 'github.com/cespare/xxhash/v2@v2.3.0'],
      ['mod', 'download', 'github.com/cespare/xxhash/v2'],
    ]);
    assert.ok(r.json.plan.buildArgs.includes('-trimpath'));
    assert.equal(r.json.plan.output, join(cwd, 'greeter.so'), 'named as go build names it, in the current directory');
    assert.match(r.json.plan.command, /^cd \S+ && GOTOOLCHAIN=go1\.26\.8 .*go build -buildmode=plugin -trimpath -o \S+greeter\.so \.$/);
    assert.deepEqual(snapshot(dir), before, 'no file in the module changed');
    assert.deepEqual(readdirSync(cwd), [], 'nothing was written to the current directory');
    const text = gpc(['build', '--dry-run', '--host', corpus('go1.26.8/host-trimpath'), dir], cwd);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /go\.mod\/go\.sum edits/);
    assert.match(text.stdout, /dry run: nothing was changed or built/);
    assert.deepEqual(snapshot(dir), before);
  });

  test('a published manifest plans the same build as the host binary (its buildRecipe)', { timeout: 300_000 }, () => {
    const dir = prepareSource('build-manifest', ['-require=github.com/cespare/xxhash/v2@v2.2.0']);
    created.push(dir);
    const hostBin = corpus('go1.26.8/host-base');
    const manifest = join(out, 'host-base.abi.json');
    assert.equal(gpc(['manifest', hostBin, '-o', manifest], out).code, 0);
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { buildRecipe: { goVersion: string; settings: { trimpath: boolean }; modules: { path: string; replace: { dir: string | null } | null }[]; pathPrefixes: { modcache: string } } };
    assert.equal(m.buildRecipe.goVersion, 'go1.26.8');
    assert.equal(m.buildRecipe.settings.trimpath, false);
    assert.equal(m.buildRecipe.pathPrefixes.modcache, '/tmp/gpc-fixtures/modcache');
    assert.equal(m.buildRecipe.modules.find((x) => x.path === 'example.com/sdk')?.replace?.dir, `${WORK}/sdk`);
    const fromBin = buildJson(['--dry-run', '-o', 'x.so', '--host', hostBin, dir], out).json.plan;
    const fromManifest = buildJson(['--dry-run', '-o', 'x.so', '--host', manifest, dir], out).json.plan;
    assert.deepEqual({ ...fromManifest, host: null }, { ...fromBin, host: null });
    assert.deepEqual(fromBin.goModCommands, [['get', 'github.com/cespare/xxhash/v2@v2.3.0'], ['mod', 'download', 'github.com/cespare/xxhash/v2']]);
  });

  test('a CGO_ENABLED=0 host: built, exit 1, the plan says no plugin can load', { timeout: 300_000 }, async () => {
    const dir = prepareSource('build-nocgo', []);
    created.push(dir);
    const r = buildJson(['--host', corpus('go1.26.8/host-nocgo'), '-o', 'nocgo.so', dir], out);
    assert.equal(r.code, 1, r.stderr.slice(-2000));
    assert.ok(r.json.plan.unaligned.some((f) => f.rule === 'GPC003' && /cannot load any plugin/.test(f.message)), JSON.stringify(r.json.plan.unaligned));
    assert.equal(r.json.check?.plugins[0]?.failure?.kind, 'no-plugin-support');
    const rt = await runCase({ host: corpus('go1.26.8/host-nocgo'), plugins: ['nocgo.so'] }, out);
    assert.equal(rt.results[0]!.error, 'plugin: not implemented');
  });

  test('a host directory replacement that is not on this machine: exit 1, GPC301 says what to do', { timeout: 300_000 }, async () => {
    // A host built from its own sdk copy, which is then gone (a CI checkout that no longer exists).
    const base = mkdtempSync(join(tmpdir(), 'gpc-build-gone-'));
    cpSync(join(ROOT, 'fixtures/src/host'), join(base, 'host'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/src/sdk'), join(base, 'sdk'), { recursive: true });
    const host = join(out, 'host-gone-sdk');
    mustRun(GO126, ['build', '-ldflags=-w', '-o', host, '.'], { cwd: join(base, 'host'), env: goEnv() });
    rmSync(base, { recursive: true, force: true });
    const dir = prepareSource('build-gone-sdk', []);
    created.push(dir);
    const r = buildJson(['--host', host, '-o', 'gone.so', dir], out);
    assert.equal(r.code, 1, r.stderr.slice(-2000));
    const f = r.json.plan.unaligned.find((x) => x.rule === 'GPC301');
    assert.ok(f, JSON.stringify(r.json.plan.unaligned));
    assert.match(f.message, new RegExp(`${base}/sdk.*not on this machine`));
    assert.match(f.fix ?? '', /-trimpath/);
    assert.equal(r.json.check?.plugins[0]?.failure?.package, 'example.com/sdk');
    const rt = await runCase({ host, plugins: ['gone.so'] }, out);
    assert.match(rt.results[0]!.error ?? '', /different version of package example\.com\/sdk/);
  });

  test('go failing after the plan: exit 2, stdout still JSON with the plan and what failed', { timeout: 300_000 }, () => {
    const dir = prepareSource('build-broken', []);
    created.push(dir);
    writeFileSync(join(dir, 'broken.go'), 'package main\n\nvar x int = "not an int"\n');
    const r = buildJson(['--host', corpus('go1.26.8/host-base'), '-o', 'broken.so', dir], out);
    assert.equal(r.code, 2);
    assert.equal(r.json.output, null);
    assert.equal(r.json.check, null);
    assert.match((r.json as unknown as { error: string }).error, /^go build failed/);
    assert.match(r.stderr, /broken\.go:3:\d+: cannot use "not an int"/, "go's own output is on stderr");
  });

  test('go failing after the go.mod edits: go.mod and go.sum are put back as they were', { timeout: 300_000 }, () => {
    // The plan lifts xxhash to the host's v2.3.0; the build then fails (a file that does not compile).
    const dir = prepareSource('build-restore', ['-require=github.com/cespare/xxhash/v2@v2.2.0']);
    created.push(dir);
    mustRun(GO126, ['mod', 'tidy'], { cwd: dir, env: goEnv() });
    writeFileSync(join(dir, 'broken.go'), 'package main\n\nvar x int = "not an int"\n');
    const before = ['go.mod', 'go.sum'].map((f) => readFileSync(join(dir, f), 'utf8'));
    const r = buildJson(['--host', corpus('go1.26.8/host-base'), '-o', 'restore.so', dir], out);
    assert.equal(r.code, 2);
    assert.ok(r.json.plan.goModCommands.length > 0, 'the plan edited go.mod');
    assert.match((r.json as unknown as { error: string }).error, /go build failed.*\(go\.mod and go\.sum are restored as they were\)$/s);
    assert.deepEqual(['go.mod', 'go.sum'].map((f) => readFileSync(join(dir, f), 'utf8')), before);
  });

  test('a release that cannot be obtained is a tooling error (exit 2) naming how to get it', { timeout: 120_000 }, () => {
    const dir = prepareSource('build-no-go', []);
    created.push(dir);
    // go1.19.8 host, and no way to get go1.19.8: --go points at another release.
    const r = gpc(['build', '--dry-run', '--go', GO126, '--host', corpus('go1.19.8/host-base'), dir], out, { ...cleanEnv(), ...goEnv() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--go \/usr\/local\/go\/bin\/go is go1\.26\.8; the host was built with go1\.19\.8/);
  });
});

describe('check with several hosts: the matrix agrees with the runtime', { skip: isLinuxAmd64 ? false : 'needs linux/x64 to run the hosts' }, () => {
  test('a plugin that loads into one host and not another', async () => {
    ensureFixtures();
    const { runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase };
    const hosts = ['go1.26.8/host-base', 'go1.26.8/host-trimpath'].map(corpus);
    const plugin = 'linux-amd64/go1.26.8/greeter-base.so';
    const r = gpc(['check', '--format', 'json', ...hosts.flatMap((h) => ['--host', h]), join(BIN, plugin)], ROOT);
    assert.equal(r.code, 1, 'one failing pair fails the run');
    const json = JSON.parse(r.stdout) as { schemaVersion: number; compatible: boolean; hosts: { host: { file: string }; plugins: { loads: boolean; failure: { package: string | null } | null }[] }[] };
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.compatible, false);
    assert.deepEqual(json.hosts.map((h) => h.host.file), hosts);
    for (const [i, h] of hosts.entries()) {
      const rt = await runCase({ host: h, plugins: [plugin] }, BIN);
      const predicted = json.hosts[i]!.plugins[0]!;
      assert.equal(predicted.loads, rt.results[0]!.loads, `${h}: predicted ${JSON.stringify(predicted.failure)}, runtime ${JSON.stringify(rt.results[0])}`);
      if (!predicted.loads) assert.match(rt.results[0]!.error ?? '', new RegExp(`different version of package ${predicted.failure!.package}$`));
    }
    assert.deepEqual(json.hosts.map((h) => h.plugins[0]!.loads), [true, false], 'loads into the first host only');
    const text = gpc(['check', ...hosts.flatMap((h) => ['--host', h]), join(BIN, plugin)], ROOT);
    assert.equal(text.code, 1);
    const [header, row1, row2] = text.stdout.split('\n');
    assert.match(header!, /^host\s+\S*greeter-base\.so$/);
    assert.match(row1!, /host-base \(go1\.26\.8\)\s+✓ loads$/);
    assert.match(row2!, /host-trimpath \(go1\.26\.8\)\s+✗ package-mismatch \(internal\/cpu\)$/);
    // One host: today's shape, unchanged.
    const one = JSON.parse(gpc(['check', '--format', 'json', '--host', hosts[0]!, join(BIN, plugin)], ROOT).stdout) as { host?: unknown; hosts?: unknown };
    assert.ok(one.host && !one.hosts);
  });
});
