// GOPATH mode (GO111MODULE=off), ground truth: hosts and plugins built the old way, loaded by a
// real host (plugin.Open), against what `check` predicts and explains (GPC120). Build info then has
// no main module and no versions; a dependency read from GOPATH never matches the module cache's
// copy (its file names differ, with -trimpath too); a package read from the same directory does.
// The printed fix for a GOPATH plugin (module mode with the host's versions) is run and loads.
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cli, cliJson } from './support/cli.js';
import { GO126, W as E2E, goEnv, mustRun, parseCommandLine } from './support/e2e.js';
import { ROOT } from './support/fixtures.js';

const W = `${E2E}/gopath`;
const GO119 = '/usr/lib/go-1.19/bin/go';
const GOPATH = `${W}/gopath`;
const OUT = `${W}/out`;
const XXHASH = 'github.com/cespare/xxhash/v2';
const PATH = `${dirname(GO126)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
const modEnv = () => ({ ...goEnv(), PATH, GOFLAGS: '-mod=mod -buildvcs=false' });
const gopathEnv = () => ({ ...goEnv(), PATH, GO111MODULE: 'off', GOPATH, GOFLAGS: '-buildvcs=false' });

type RunCase = (c: { host: string; plugins: string[] }, binDir: string) => Promise<{ results: { loads: boolean; error: string | null }[] }>;
let runCase: RunCase;

/** A host printing one JSON line per plugin it opens, as fixtures/loader.mjs reads them. */
const hostSource = (imports: string[], use: string) => `package main

import (
	"os"
	"plugin"
	"strconv"
${imports.map((i) => `\t"${i}"\n`).join('')})

func main() {
	os.Stdout.WriteString(\`{"host":true,"use":\` + strconv.Quote(${use}) + "}\\n")
	for _, p := range os.Args[1:] {
		if _, err := plugin.Open(p); err != nil {
			os.Stdout.WriteString(\`{"plugin":\` + strconv.Quote(p) + \`,"loads":false,"error":\` + strconv.Quote(err.Error()) + "}\\n")
		} else {
			os.Stdout.WriteString(\`{"plugin":\` + strconv.Quote(p) + \`,"loads":true,"error":null}\` + "\\n")
		}
	}
}
`;

const put = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const src = (pkg: string) => join(GOPATH, 'src', pkg);
const gopathBuild = (pkg: string, out: string, flags: string[] = []) =>
  mustRun(GO126, ['build', ...flags, '-o', join(OUT, out), '.'], { cwd: src(pkg), env: gopathEnv() });

interface Report {
  plugins: { loads: boolean; failure: { kind: string; package: string | null } | null; findings: { rule: string; message: string; commands?: string[]; commandsFor?: string; commandsDir?: string | null }[] }[];
}
const check = (host: string, plugin: string) => cliJson<Report>(['check', '--format', 'json', '--host', join(OUT, host), join(OUT, plugin)]).json.plugins[0]!;

describe('GOPATH mode (GO111MODULE=off): real builds, real plugin.Open', () => {
  before(async () => {
    ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
    rmSync(W, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    // xxhash v2.3.0 from the module cache, checked out into GOPATH too (identical sources).
    put(`${W}/mhost/go.mod`, `module example.com/mhost\n\ngo 1.22\n\nrequire ${XXHASH} v2.3.0\n`);
    put(`${W}/mhost/main.go`, hostSource([XXHASH], 'strconv.FormatUint(xxhash.Sum64String("h"), 16)'));
    const dl = JSON.parse(mustRun(GO126, ['mod', 'download', '-json', `${XXHASH}@v2.3.0`], { cwd: `${W}/mhost`, env: modEnv() }).stdout) as { Dir: string };
    cpSync(dl.Dir, src(XXHASH), { recursive: true });
    chmodSync(src(XXHASH), 0o755);
    put(join(src('example.com/lib'), 'lib.go'), 'package lib\n\nfunc Hello() string { return "hello" }\n');
    put(join(src('example.com/ghost'), 'main.go'), hostSource(['example.com/lib', XXHASH], 'lib.Hello() + strconv.FormatUint(xxhash.Sum64String("h"), 16)'));
    put(join(src('example.com/gplug'), 'main.go'), 'package main\n\nimport (\n\t"example.com/lib"\n\t"github.com/cespare/xxhash/v2"\n)\n\nfunc Greet() string { return lib.Hello() }\n\nfunc Sum() uint64 { return xxhash.Sum64String("p") }\n');
    put(join(src('example.com/xplug'), 'main.go'), 'package main\n\nimport "github.com/cespare/xxhash/v2"\n\nfunc Sum() uint64 { return xxhash.Sum64String("p") }\n');
    mustRun(GO126, ['build', '-o', join(OUT, 'mhost'), '.'], { cwd: `${W}/mhost`, env: modEnv() });
    gopathBuild('example.com/ghost', 'ghost');
    gopathBuild('example.com/gplug', 'gplug.so', ['-buildmode=plugin']);
    gopathBuild('example.com/xplug', 'xplug.so', ['-buildmode=plugin']);
    // The same plugin after a local edit of the GOPATH copy of example.com/lib (nothing records it).
    const lib = join(src('example.com/lib'), 'lib.go');
    const before = readFileSync(lib, 'utf8');
    writeFileSync(lib, before + '\nfunc Extra() int { return 1 }\n');
    gopathBuild('example.com/gplug', 'gplug-edited.so', ['-buildmode=plugin']);
    writeFileSync(lib, before);
  });

  const real = async (host: string, plugin: string) => (await runCase({ host, plugins: [plugin] }, OUT)).results[0]!;

  test('the same GOPATH checkout on both sides: loads, and check says so', async () => {
    assert.equal((await real('ghost', 'gplug.so')).loads, true);
    assert.equal(check('ghost', 'gplug.so').loads, true);
  });

  test('both in GOPATH mode, the library edited in between: the runtime names it, GPC120 explains it (not GPC199)', async () => {
    const rt = await real('ghost', 'gplug-edited.so');
    assert.equal(rt.loads, false);
    assert.match(rt.error!, /plugin was built with a different version of package example\.com\/lib$/);
    const p = check('ghost', 'gplug-edited.so');
    assert.equal(p.loads, false);
    assert.equal(p.failure?.package, 'example.com/lib');
    const rules = p.findings.map((f) => f.rule);
    assert.ok(rules.includes('GPC120') && !rules.includes('GPC199'), rules.join(' '));
    assert.match(p.findings.find((f) => f.rule === 'GPC120')!.message, /both were built in GOPATH mode .* example\.com\/lib/);
  });

  test('a GOPATH plugin against a module-mode host: never the same build of a module dependency; the printed fix (module mode, the host\'s versions) loads', async () => {
    const rt = await real('mhost', 'xplug.so');
    assert.equal(rt.loads, false);
    assert.match(rt.error!, /different version of package github\.com\/cespare\/xxhash\/v2$/);
    const p = check('mhost', 'xplug.so');
    assert.equal(p.loads, false);
    assert.equal(p.failure?.package, XXHASH);
    const f = p.findings.find((x) => x.rule === 'GPC120');
    assert.ok(f, p.findings.map((x) => x.rule).join(' '));
    assert.match(f.message, /the plugin was built in GOPATH mode .* github\.com\/cespare\/xxhash\/v2@v2\.3\.0 from the module cache/);
    assert.ok(!p.findings.some((x) => x.rule === 'GPC199'));
    // No go.mod is the plugin's (xxhash's own, in GOPATH, is a dependency's): the commands run in its package directory.
    assert.equal(f.commandsFor, 'package');
    assert.equal(f.commandsDir, null);
    assert.match(cli(['check', '--host', join(OUT, 'mhost'), join(OUT, 'xplug.so')], { cwd: ROOT }).stdout, /in the plugin's package directory:\n\s+\$ go mod init example\.com\/xplug\n/);
    // `build` needs a module: it says how to make one rather than aligning a dependency's go.mod.
    const b = cli(['build', '--dry-run', '--host', join(OUT, 'mhost'), src('example.com/xplug')]);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /not inside a Go module .* GOPATH mode .* go mod init/);
    // Run the commands as printed, in a copy of the plugin's package directory outside GOPATH.
    const dir = `${W}/xplug-fixed`;
    cpSync(src('example.com/xplug'), dir, { recursive: true });
    for (const line of f.commands!) {
      const build = line.endsWith(' …');
      const { env, argv } = parseCommandLine(build ? line.slice(0, -2) : line);
      const [cmd, ...args] = [...argv, ...(build ? ['-o', join(OUT, 'xplug-fixed.so'), '.'] : [])];
      mustRun(cmd!, args, { cwd: dir, env: { ...modEnv(), ...env } });
    }
    assert.equal((await real('mhost', 'xplug-fixed.so')).loads, true);
    assert.equal(check('mhost', 'xplug-fixed.so').loads, true);
  });

  test('go1.19: a plugin without build info, a host without a main module; the source paths tell GOPATH mode', { skip: existsSync(GO119) ? false : `no ${GO119}` }, async () => {
    const lib = join(src('example.com/lib'), 'lib.go');
    const before = readFileSync(lib, 'utf8');
    const b19 = (pkg: string, out: string, flags: string[] = []) => mustRun(GO119, ['build', ...flags, '-o', join(OUT, out), '.'], { cwd: src(pkg), env: gopathEnv() });
    b19('example.com/ghost', 'ghost19');
    b19('example.com/gplug', 'gplug19.so', ['-buildmode=plugin']);
    writeFileSync(lib, before + '\nfunc Extra() int { return 1 }\n');
    try {
      b19('example.com/gplug', 'gplug19-edited.so', ['-buildmode=plugin']);
    } finally {
      writeFileSync(lib, before);
    }
    assert.equal((await real('ghost19', 'gplug19.so')).loads, true);
    assert.equal(check('ghost19', 'gplug19.so').loads, true);
    assert.match((await real('ghost19', 'gplug19-edited.so')).error ?? '', /different version of package example\.com\/lib$/);
    const p = check('ghost19', 'gplug19-edited.so');
    assert.equal(p.failure?.package, 'example.com/lib');
    assert.deepEqual(p.findings.filter((f) => f.rule.startsWith('GPC1')).map((f) => f.rule), ['GPC120']);
  });

  test('a package read from the same directory in both modes matches (the host\'s main module checked out in GOPATH)', async () => {
    // The host is a module at GOPATH/src/example.com/mh2; the plugin imports its sdk package in GOPATH mode.
    put(join(src('example.com/mh2'), 'go.mod'), 'module example.com/mh2\n\ngo 1.22\n');
    put(join(src('example.com/mh2'), 'sdk/sdk.go'), 'package sdk\n\nfunc Name() string { return "sdk" }\n');
    put(join(src('example.com/mh2'), 'main.go'), hostSource(['example.com/mh2/sdk'], 'sdk.Name()'));
    put(join(src('example.com/p2'), 'main.go'), 'package main\n\nimport "example.com/mh2/sdk"\n\nfunc N() string { return sdk.Name() }\n');
    mustRun(GO126, ['build', '-o', join(OUT, 'mh2'), '.'], { cwd: src('example.com/mh2'), env: modEnv() });
    gopathBuild('example.com/p2', 'p2.so', ['-buildmode=plugin']);
    assert.equal((await real('mh2', 'p2.so')).loads, true);
    assert.equal(check('mh2', 'p2.so').loads, true);
  });
});
