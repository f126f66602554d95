import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cli, cliJson } from './support/cli.js';
import { ROOT, binPath, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);
const HOST = binPath('linux-amd64/go1.26.8/host-base');
const OK = binPath('linux-amd64/go1.26.8/greeter-base.so');
const DEP = binPath('linux-amd64/go1.26.8/greeter-xxhash-v2.2.0.so');
const tmp = mkdtempSync(join(tmpdir(), 'gpc-cli-'));

describe('check: exit codes and formats', () => {
  test('0 when every plugin loads', () => {
    assert.equal(cli(['check', '--host', HOST, OK]).code, 0);
  });
  test('1 when one will not, with the package the runtime names', () => {
    const r = cliJson(['check', '--format', 'json', '--host', HOST, DEP]);
    assert.equal(r.code, 1);
    assert.equal(r.json.schemaVersion, 1);
    assert.equal(r.json.compatible, false);
    const p = r.json.plugins[0];
    assert.equal(p.loads, false);
    assert.deepEqual(p.failure.kind, 'package-mismatch');
    assert.equal(p.failure.package, 'github.com/cespare/xxhash/v2');
    assert.deepEqual(p.failure.packages, ['github.com/cespare/xxhash/v2']);
    const cause = p.findings.find((f: { rule: string }) => f.rule === 'GPC105');
    assert.ok(cause, 'module version cause');
    assert.deepEqual(cause.commands[0], 'go get github.com/cespare/xxhash/v2@v2.3.0');
    for (const f of p.findings) for (const k of ['rule', 'severity', 'message']) assert.ok(k in f);
  });
  test('2 on usage errors', () => {
    assert.equal(cli(['check', OK]).code, 2);
    assert.equal(cli(['check', '--host', HOST]).code, 2);
    assert.equal(cli(['check', '--host', HOST, '--format', 'xml', OK]).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
    assert.equal(cli([]).code, 2);
  });
  test('text explains verdict, cause and fix in plain words', () => {
    const r = cli(['check', '--host', HOST, DEP]);
    assert.match(r.stdout, /will NOT load/);
    assert.match(r.stdout, /plugin was built with a different version of package github\.com\/cespare\/xxhash\/v2/);
    assert.match(r.stdout, /v2\.2\.0, the host has\s+github\.com\/cespare\/xxhash\/v2 v2\.3\.0/);
    assert.match(r.stdout, /\$ go get github\.com\/cespare\/xxhash\/v2@v2\.3\.0/);
  });
  test('sarif is SARIF 2.1.0 with a rule per finding', () => {
    const r = cliJson(['check', '--format', 'sarif', '--host', HOST, DEP]);
    assert.equal(r.json.version, '2.1.0');
    const run = r.json.runs[0];
    const ids = new Set(run.tool.driver.rules.map((x: { id: string }) => x.id));
    assert.ok(run.results.length >= 2);
    for (const res of run.results) {
      assert.ok(ids.has(res.ruleId));
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      // The module-version cause sits on the plugin's go.mod line (fixtures/src is under the current directory).
      assert.match(res.locations[0].physicalLocation.artifactLocation.uri, /greeter-xxhash|^fixtures\/src\/plugins\/greeter\/go\.mod$/);
      assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
    }
  });
  test('github emits workflow annotations', () => {
    const r = cli(['check', '--format', 'github', '--host', HOST, DEP]);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,]+(,line=\d+)?,title=GPC\d+ [\w-]+( \([^)]*\))?::/.test(l)), r.stdout);
  });
  test('--require-symbol: a symbol the plugin does not export', () => {
    const r = cliJson(['check', '--format', 'json', '--host', HOST, '--require-symbol', 'New', '--require-symbol', 'Shutdown', OK]);
    assert.equal(r.code, 1);
    assert.equal(r.json.plugins[0].failure.kind, 'symbol-missing');
    assert.equal(r.json.plugins[0].opened, true);
    assert.equal(cli(['check', '--host', HOST, '--require-symbol', 'New', OK]).code, 0);
  });
  test('platform mismatch: an arm64 and a Mach-O plugin against an amd64 ELF host', () => {
    const r = cliJson(['check', '--format', 'json', '--host', HOST, binPath('linux-arm64/go1.26.8/greeter-base.so'), binPath('darwin-amd64/go1.26.8/greeter-base.so')]);
    assert.deepEqual(r.json.plugins.map((p: { failure: { kind: string } }) => p.failure.kind), ['platform-mismatch', 'platform-mismatch']);
  });
  test('darwin: a plugin against its darwin host and the universal host', () => {
    for (const host of ['darwin-arm64/go1.26.8/host-base', 'darwin-universal/go1.26.8/host-base']) {
      const r = cliJson(['check', '--format', 'json', '--host', binPath(host), binPath('darwin-arm64/go1.26.8/greeter-base.so')]);
      assert.equal(r.json.plugins[0].loads, true, host);
    }
  });
});

describe('manifest', () => {
  test('check against a manifest gives exactly the verdicts of the binary', () => {
    const m = join(tmp, 'host.abi.json');
    assert.equal(cli(['manifest', HOST, '-o', m]).code, 0);
    const man = JSON.parse(readFileSync(m, 'utf8'));
    assert.equal(man.kind, 'go-plugin-compat/host-abi');
    assert.equal(man.schemaVersion, 1);
    const plugins = [OK, DEP, binPath('linux-amd64/go1.26.8/greeter-trimpath.so'), binPath('linux-amd64/go1.27.3/greeter-base.so')];
    const a = cliJson(['check', '--format', 'json', '--host', HOST, ...plugins]).json;
    const b = cliJson(['check', '--format', 'json', '--host', m, ...plugins]).json;
    assert.deepEqual(b.plugins, a.plugins);
    assert.equal(b.host.source, 'manifest');
  });
  test('a broken manifest is a clear error', () => {
    const r = cli(['check', '--host', join(import.meta.dirname, '../package.json'), OK]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not a go-plugin-compat host manifest/);
  });
});

// The README's first command is `npx go-plugin-compat …` in a clone: npx installs the clone into
// npm's cache (_npx/<hash of the clone's path>) with a link to its bin, lib/bin/go-plugin-compat.js
// (which runs the bundle lib/bin/cli.cjs with its code cache; built by scripts/bundle.mjs). It
// must be executable (scripts/bin-mode.mjs, from prepare and `npm run build`), say what the
// sources say, and V8 must take the cache.
describe('the README command in a clone', () => {
  const BIN_FILE = join(ROOT, 'lib/bin/go-plugin-compat.js');
  test('npx go-plugin-compat runs the bundled CLI, also where an older install links the former bin', () => {
    // A cache of its own: the user's may hold an install of this path from an older tree. No
    // scripts: npx would run the project's prepare again, rewriting lib/ under the other tests.
    const cache = mkdtempSync(join(tmpdir(), 'gpc-npx-'));
    const npx = () => spawnSync('npx', ['--no-install', 'go-plugin-compat', '--version'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_cache: cache, npm_config_ignore_scripts: 'true' },
    });
    try {
      const r = npx();
      assert.equal(r.status, 0, `npx go-plugin-compat --version: ${r.stderr}`);
      assert.match(r.stdout, /^go-plugin-compat \d+\.\d+\.\d+\n$/);
      for (const f of [BIN_FILE, join(ROOT, 'lib/cli/main.js')]) assert.ok(statSync(f).mode & 0o100, `${f} is executable`);
      // What a clone that ran npx while the bin was lib/cli/main.js keeps in its cache: npx does
      // not renew the link when the bin moves, so the former bin must still run.
      const [install] = readdirSync(join(cache, '_npx'));
      const link = join(cache, '_npx', install!, 'node_modules/.bin/go-plugin-compat');
      assert.equal(readlinkSync(link), '../go-plugin-compat/lib/bin/go-plugin-compat.js');
      rmSync(link);
      symlinkSync('../go-plugin-compat/lib/cli/main.js', link);
      const old = npx();
      assert.equal(old.status, 0, `npx through the former bin: ${old.stderr}`);
      assert.equal(old.stdout, r.stdout);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  test('the bundle gives the same check and inspect output as the sources', () => {
    const plugins = [OK, DEP, binPath('linux-amd64/go1.26.8/greeter-gcflags-N-l.so')];
    for (const args of [
      ['check', '--format', 'json', '--host', HOST, ...plugins],
      ['check', '--format', 'sarif', '--host', HOST, ...plugins],
      ['inspect', '--format', 'json', HOST, ...plugins],
    ]) {
      const bundled = spawnSync(process.execPath, [BIN_FILE, ...args], { cwd: ROOT, encoding: 'utf8' });
      const source = cli(args);
      assert.equal(bundled.status, source.code, `${args[0]} exit status: ${bundled.stderr}`);
      assert.ok(bundled.stdout.length > 100, `${args[0]} ${args[2]} printed nothing`);
      assert.equal(bundled.stdout, source.stdout, `${args.join(' ')}: bundle and sources differ`);
    }
  });

  test('V8 takes the code cache made at build time', () => {
    const probe = `process.argv = [process.argv[0], 'x', '--version'];
      const { loadCli } = await import(${JSON.stringify(join(ROOT, 'lib/bin/launch.js'))});
      const c = loadCli(${JSON.stringify(join(ROOT, 'lib/bin/cli.cjs'))}, ${JSON.stringify(join(ROOT, 'lib/bin/cli.cache'))});
      console.error('cache accepted: ' + c.cacheAccepted);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' });
    assert.match(r.stdout, /^go-plugin-compat \d+\.\d+\.\d+\n$/, 'the bundle ran its main');
    assert.match(r.stderr, /cache accepted: true/, r.stderr);
  });

  test('a broken install still runs: a damaged bundle falls back to the modules, a damaged cache is not taken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-bin-'));
    const bundle = readFileSync(join(ROOT, 'lib/bin/cli.cjs'));
    writeFileSync(join(dir, 'cut.cjs'), bundle.subarray(0, bundle.length >> 1));
    writeFileSync(join(dir, 'whole.cjs'), bundle);
    writeFileSync(join(dir, 'junk.cache'), Buffer.alloc(4096, 0x5a));
    const probe = `process.argv = [process.argv[0], 'x', '--version'];
      const { loadCli } = await import(${JSON.stringify(join(ROOT, 'lib/bin/launch.js'))});
      const cut = loadCli(${JSON.stringify(join(dir, 'cut.cjs'))}, ${JSON.stringify(join(dir, 'junk.cache'))});
      const junk = loadCli(${JSON.stringify(join(dir, 'whole.cjs'))}, ${JSON.stringify(join(dir, 'junk.cache'))});
      const none = loadCli(${JSON.stringify(join(dir, 'whole.cjs'))}, ${JSON.stringify(join(dir, 'missing.cache'))});
      console.error(JSON.stringify({ cut, junk: junk.cacheAccepted, none: none.cacheAccepted }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stderr.trim().split('\n').at(-1)!), { cut: null, junk: false, none: null });
    // The bin itself: without a usable bundle it runs the compiled modules.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const f of ['go-plugin-compat.js', 'launch.js']) writeFileSync(join(bin, f), readFileSync(join(ROOT, 'lib/bin', f)));
    writeFileSync(join(bin, 'cli.cjs'), bundle.subarray(0, 1000));
    // The modules the bin falls back to (node follows the links to lib/, and the rest from there).
    for (const d of ['cli', 'io']) symlinkSync(join(ROOT, 'lib', d), join(dir, d));
    const v = spawnSync(process.execPath, [join(bin, 'go-plugin-compat.js'), '--version'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, /^go-plugin-compat \d+\.\d+\.\d+\n$/);
  });
});
