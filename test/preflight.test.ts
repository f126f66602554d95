import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseJsonStream } from '../src/preflight/go-env.js';
import { splitFlags } from '../src/preflight/planned-facts.js';
import { cliJson } from './support/cli.js';
import { ROOT, binPath, ensureFixtures, goCommand, isLinuxAmd64 } from './support/fixtures.js';

before(ensureFixtures);

describe('preflight helpers', () => {
  test('go list -m -json all is a stream of objects', () => {
    const got = parseJsonStream<{ Path: string }>('{\n "Path": "a",\n "X": {"y": "}"}\n}\n{\n "Path": "b"\n}\n');
    assert.deepEqual(got.map((m) => m.Path), ['a', 'b']);
  });
  test('GOFLAGS and --build-flags are split like the go command does', () => {
    assert.deepEqual(splitFlags(`-trimpath -gcflags='all=-N -l' -tags=a,b`), ['-trimpath', '-gcflags=all=-N -l', '-tags=a,b']);
    // A value flag's value may be the next word, as the go command accepts (`-tags protolegacy` was read as a package).
    assert.deepEqual(splitFlags(`-tags protolegacy -race --ldflags '-s -w' -o p.so`), ['-tags=protolegacy', '-race', '--ldflags=-s -w', '-o=p.so']);
  });
});

// The corpus hosts were built in /tmp/gpc-fixtures/work with GOMODCACHE=/tmp/gpc-fixtures/modcache
// and no -trimpath: a plugin module laid out the same way matches them; one that is not, does not.
const W = '/tmp/gpc-fixtures';
const DIR = join(W, 'work/plugins/preflight-greeter');
const env = { ...process.env, GOMODCACHE: join(W, 'modcache'), GOFLAGS: '-mod=mod -buildvcs=false', GOTOOLCHAIN: 'local', GOSUMDB: 'off' };

describe('preflight against a real module', { skip: !goCommand() ? 'no Go toolchain on PATH' : !isLinuxAmd64 ? 'corpus hosts are linux/amd64' : false }, () => {
  before(() => {
    mkdirSync(join(W, 'work'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/src/sdk'), join(W, 'work/sdk'), { recursive: true });
    rmSync(DIR, { recursive: true, force: true });
    cpSync(join(ROOT, 'fixtures/src/plugins/greeter'), DIR, { recursive: true });
  });
  after(() => rmSync(DIR, { recursive: true, force: true }));
  const run = (args: string[]) => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      return cliJson(['preflight', '--format', 'json', ...args]);
    } finally {
      process.env = saved;
    }
  };

  test('the module as the host was built: nothing would differ', () => {
    const r = run(['--host', binPath('linux-amd64/go1.26.8/host-base'), DIR]);
    assert.equal(r.code, 0, JSON.stringify(r.json.findings, null, 1));
    assert.ok(r.json.sharedPackages > 30);
    assert.match(r.json.buildCommand, /go build -buildmode=plugin/);
  });
  test('another dependency version, -trimpath and a newer host toolchain are each named', () => {
    execFileSync('go', ['mod', 'edit', '-require=github.com/cespare/xxhash/v2@v2.2.0'], { cwd: DIR, env });
    const r = run(['--host', binPath('linux-amd64/go1.26.8/host-base'), '--build-flags=-trimpath', DIR]);
    assert.equal(r.code, 1);
    const rules = r.json.findings.map((f: { rule: string }) => f.rule);
    assert.ok(rules.includes('GPC104'), rules.join());
    const r2 = run(['--host', binPath('linux-amd64/go1.27.3/host-base'), DIR]);
    const rules2 = r2.json.findings.map((f: { rule: string }) => f.rule);
    assert.ok(rules2.includes('GPC101'), rules2.join());
    assert.match(r2.json.buildCommand, /GOTOOLCHAIN=go1\.27\.3/);
    const r3 = run(['--host', binPath('linux-amd64/go1.26.8/host-base'), DIR]);
    const mv = r3.json.findings.find((f: { rule: string }) => f.rule === 'GPC105');
    assert.ok(mv, 'module version named');
    assert.deepEqual(mv.commands[0], 'go get github.com/cespare/xxhash/v2@v2.3.0');
    // As in check: on the require line of the module's go.mod (outside the current directory: absolute).
    const line = readFileSync(join(DIR, 'go.mod'), 'utf8').split('\n').findIndex((l) => l.includes('github.com/cespare/xxhash/v2')) + 1;
    assert.deepEqual([mv.location.file, mv.location.line, mv.location.directive], [join(DIR, 'go.mod'), line, 'require']);
    const tc = r2.json.findings.find((f: { rule: string }) => f.rule === 'GPC101');
    assert.equal(tc.location.directive, 'go');
  });
});
