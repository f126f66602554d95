// planBuild is pure: host facts + recipe + what go says about the module → edits, env, flags,
// and what cannot be aligned. These cases cover the dimensions test/build-e2e.test.ts does not
// build for real (asan/msan, GOEXPERIMENT, GOFIPS140, PGO, cgo flags, vendor, GOWORK, platform).
import assert from 'node:assert/strict';
import { chmodSync, chownSync, lchownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { ModuleView } from '../src/build/module-view.js';
import { leftovers, planBuild } from '../src/build/plan.js';
import { defaultOutputName } from '../src/build/run-build.js';
import type { Toolchain } from '../src/build/toolchain.js';
import { analyseFile } from '../src/facts/analyse.js';
import type { BuildFacts } from '../src/facts/build-facts.js';
import { type BuildRecipe, buildRecipe } from '../src/facts/build-recipe.js';
import { shellAssign } from '../src/report/shell-quote.js';
import { ensureFixtures, binPath } from './support/fixtures.js';

let host: BuildFacts;
let base: BuildRecipe;
before(() => {
  ensureFixtures();
  host = analyseFile(binPath('linux-amd64/go1.26.8/host-base'))[0]!.facts!;
  base = buildRecipe(host);
});

const tc: Toolchain = { go: 'go', env: { GOTOOLCHAIN: 'go1.26.8' }, version: 'go1.26.8', how: 'test' };
const localEnv = { GOOS: 'linux', GOARCH: 'amd64', CGO_ENABLED: '1', GOMODCACHE: '/tmp/gpc-fixtures/modcache', GOFLAGS: '', GOWORK: '', GOEXPERIMENT: '', GOFIPS140: '' };
function view(over: Partial<ModuleView> = {}, env: Record<string, string> = {}): ModuleView {
  return {
    dir: '/src/p', importPath: 'example.com/p', mainModule: { path: 'example.com/p', dir: '/src/p' },
    linked: [
      { Path: 'github.com/cespare/xxhash/v2', Version: 'v2.3.0' },
      { Path: 'example.com/sdk', Version: 'v0.0.0', Replace: { Path: '../../sdk', Dir: '/tmp/gpc-fixtures/work/sdk' } },
    ],
    env: { ...localEnv, ...env }, vendored: false, ...over,
  };
}
const withSettings = (s: Partial<BuildRecipe['settings']>): BuildRecipe => ({ ...base, settings: { ...base.settings, ...s } });
const rules = (p: ReturnType<typeof planBuild>) => p.unaligned.map((f) => `${f.rule}:${f.severity}`);

describe('planBuild', () => {
  test('a host that matches the module needs only the toolchain and cgo', () => {
    const p = planBuild(host, base, view(), tc, '/out/p.so');
    assert.deepEqual(p.goModCommands, []);
    assert.deepEqual(p.env, { GOTOOLCHAIN: 'go1.26.8', CGO_ENABLED: '1' });
    assert.deepEqual(p.buildArgs, ['build', '-buildmode=plugin', '-o', '/out/p.so', '.']);
    assert.deepEqual(p.unaligned, []);
    assert.equal(p.command, 'cd /src/p && GOTOOLCHAIN=go1.26.8 CGO_ENABLED=1 go build -buildmode=plugin -o /out/p.so .');
  });

  test('instrumentation, experiments, FIPS, cgo flags and a PGO profile that is not here', () => {
    const r = withSettings({ asan: true, msan: true, goexperiment: 'cgocheck2', gofips140: 'v1.0.0', cgoFlags: { CGO_CFLAGS: '-O2 -g' }, pgo: '/nowhere/default.pgo' });
    const p = planBuild(host, r, view(), tc, '/out/p.so');
    assert.deepEqual(p.buildArgs.slice(1, -3), ['-buildmode=plugin', '-msan', '-asan', '-pgo=off']);
    assert.equal(p.env.GOEXPERIMENT, 'cgocheck2');
    assert.equal(p.env.GOFIPS140, 'v1.0.0');
    assert.equal(p.env.CGO_CFLAGS, '-O2 -g');
    assert.deepEqual(rules(p), ['GPC303:warning']);
    assert.match(p.command, /CGO_CFLAGS='-O2 -g'/, 'values are shell-quoted');
  });

  test("the author's GOFLAGS lose what the plan sets; a workspace is switched off; the author's experiment is cleared", () => {
    const p = planBuild(host, withSettings({ trimpath: true, tags: ['x'] }), view({}, { GOFLAGS: '-trimpath=false -tags=y -mod=mod -buildvcs=false', GOWORK: '/src/go.work', GOEXPERIMENT: 'arenas' }), tc, '/o.so');
    assert.equal(p.env.GOFLAGS, '-mod=mod -buildvcs=false');
    assert.equal(p.env.GOWORK, 'off');
    assert.equal(p.env.GOEXPERIMENT, '');
    assert.ok(p.buildArgs.includes('-trimpath') && p.buildArgs.includes('-tags=x,y'), "the author's own tags are kept next to the host's");
  });

  test('a vendored plugin builds from the module cache like the host', () => {
    const p = planBuild(host, base, view({ vendored: true }, { GOFLAGS: '-mod=vendor' }), tc, '/o.so');
    assert.ok(p.buildArgs.includes('-mod=mod'));
    assert.equal(p.env.GOFLAGS, '');
  });

  test("an untrimmed host's vendor dir and own module cannot be reproduced (GPC302)", () => {
    const r: BuildRecipe = { ...base, pathPrefixes: { ...base.pathPrefixes, vendorDirs: ['/src/host/vendor'] } };
    const v = view({ linked: [...view().linked, { Path: 'example.com/host', Version: 'v1.0.0' }] });
    const p = planBuild(host, r, v, tc, '/o.so');
    assert.deepEqual(rules(p), ['GPC302:error', 'GPC302:error']);
    assert.match(p.unaligned[1]!.fix!, /-replace=example\.com\/host=\/tmp\/gpc-fixtures\/work\/host/);
    // Already replaced with that checkout (relative to the plugin's module, as go.mod writes it): aligned, no GPC302 for it.
    const rel = path.relative('/src/p', '/tmp/gpc-fixtures/work/host');
    const aligned = view({ linked: [...view().linked, { Path: 'example.com/host', Version: 'v0.0.0', Replace: { Path: rel } }] });
    assert.deepEqual(rules(planBuild(host, r, aligned, tc, '/o.so')), ['GPC302:error']);
  });

  test('a plugin-side directory replace of a shared module is dropped, with a warning that its changes are lost (GPC306)', () => {
    const forked = view({ linked: [{ Path: 'github.com/cespare/xxhash/v2', Version: 'v2.3.0', Replace: { Path: '../forks/xxhash', Dir: '/src/forks/xxhash' } }, view().linked[1]!] });
    const p = planBuild(host, base, forked, tc, '/o.so');
    assert.deepEqual(p.goModCommands[0], ['mod', 'edit', '-dropreplace=github.com/cespare/xxhash/v2']);
    assert.deepEqual(rules(p), ['GPC306:warning']);
    assert.match(p.unaligned[0]!.message, /"\/src\/forks\/xxhash"; to match the host, the plugin is built with v2\.3\.0 instead/);
    // A replace by another module version is no fork of local changes: no warning.
    const versioned = view({ linked: [{ Path: 'github.com/cespare/xxhash/v2', Version: 'v2.3.0', Replace: { Path: 'github.com/cespare/xxhash/v2', Version: 'v2.2.0' } }, view().linked[1]!] });
    assert.deepEqual(rules(planBuild(host, base, versioned, tc, '/o.so')), []);
  });

  test("an untrimmed host's module cache: used when it is one (or go's …/pkg/mod layout), never another path from the binary or manifest", () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'gpc-modcache-'));
    mkdirSync(path.join(cacheDir, 'cache', 'download'), { recursive: true });
    const profile = path.join(cacheDir, 'host.pgo');
    writeFileSync(profile, 'not read by the plan');
    try {
      const plan = (modcache: string, pgo: string | null = null) =>
        planBuild(host, { ...withSettings({ trimpath: false, pgo }), pathPrefixes: { ...base.pathPrefixes, modcache } }, view(), tc, '/o.so');
      for (const ok of ['/home/runner/go/pkg/mod', '/go/pkg/mod', cacheDir]) {
        const p = plan(ok);
        assert.equal(p.env.GOMODCACHE, ok, ok);
        assert.deepEqual(rules(p), [], ok);
      }
      for (const bad of ['/etc/cron.d', '/home/u/.ssh', 'relative/pkg/mod', '/x/../etc/pkg/mod', '/x//pkg/mod', '/x/pkg/mod/', '/x\n/pkg/mod', path.join(cacheDir, 'absent')]) {
        const p = plan(bad);
        assert.equal(p.env.GOMODCACHE, undefined, bad);
        assert.deepEqual(rules(p), ['GPC305:error'], bad);
        assert.ok(p.unaligned[0]!.fix!.includes(shellAssign('GOMODCACHE', bad)), 'the path is shell-quoted in the fix');
        assert.ok(!p.command.includes('GOMODCACHE'), bad);
      }
      // A cache someone else could have planted or can change: a world-writable directory on the way
      // (not sticky), or one owned by another user, even with go's own layout and a cache/download inside.
      if (process.getuid?.() === 0) {
        const planted = path.join(cacheDir, 'open', 'pkg', 'mod');
        mkdirSync(path.join(planted, 'cache', 'download'), { recursive: true });
        assert.equal(plan(planted).env.GOMODCACHE, planted, 'private: used');
        chmodSync(path.join(cacheDir, 'open'), 0o777);
        assert.deepEqual(rules(plan(planted)), ['GPC305:error'], 'world-writable on the way');
        assert.match(plan(planted).unaligned[0]!.message, /only you \(or root\) can write/);
        chmodSync(path.join(cacheDir, 'open'), 0o1777);
        assert.equal(plan(planted).env.GOMODCACHE, planted, 'sticky, like /tmp or /go in the golang image: used');
        chownSync(path.join(cacheDir, 'open', 'pkg'), 65534, 65534);
        assert.deepEqual(rules(plan(planted)), ['GPC305:error'], "another user's directory on the way");
        chownSync(path.join(cacheDir, 'open', 'pkg'), 0, 0);
        symlinkSync(planted, path.join(cacheDir, 'link'));
        chmodSync(path.join(cacheDir, 'open'), 0o777);
        assert.deepEqual(rules(plan(path.join(cacheDir, 'link'))), ['GPC305:error'], 'a link is judged where it leads');
        chmodSync(path.join(cacheDir, 'open'), 0o1777);
        assert.equal(plan(path.join(cacheDir, 'link')).env.GOMODCACHE, path.join(cacheDir, 'link'), 'our link to our cache: used');
        // Under a sticky directory others can write: a missing directory (another user can create it
        // first), a link another user owns (they can re-point it), a link that leads nowhere.
        const sticky = path.join(cacheDir, 'open');
        assert.deepEqual(rules(plan(path.join(sticky, 'newdir', 'pkg', 'mod'))), ['GPC305:error'], 'missing under a sticky world-writable directory');
        symlinkSync(path.join(cacheDir, 'open', 'pkg'), path.join(sticky, 'theirs'));
        lchownSync(path.join(sticky, 'theirs'), 65534, 65534);
        assert.deepEqual(rules(plan(path.join(sticky, 'theirs', 'mod'))), ['GPC305:error'], "another user's link");
        symlinkSync(path.join(cacheDir, 'nowhere'), path.join(sticky, 'dangling'));
        assert.deepEqual(rules(plan(path.join(sticky, 'dangling', 'pkg', 'mod'))), ['GPC305:error'], 'a dangling link');
      }
      // A profile is used only as a plain absolute path to a file here.
      assert.ok(plan('/go/pkg/mod', profile).buildArgs.includes(`-pgo=${profile}`));
      for (const pgo of [cacheDir, 'host.pgo', `${cacheDir}/../${path.basename(cacheDir)}/host.pgo`]) {
        const p = plan('/go/pkg/mod', pgo);
        assert.ok(p.buildArgs.includes('-pgo=off'), pgo);
        assert.deepEqual(rules(p), ['GPC303:warning'], pgo);
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  test('modules: version, version replacement, and directory replacements', () => {
    const r: BuildRecipe = {
      ...base,
      modules: [
        { path: 'github.com/cespare/xxhash/v2', version: 'v2.2.0', replace: { path: 'example.com/fork', version: 'v2.2.1', dir: null } },
        { path: 'example.com/sdk', version: 'v0.0.0', replace: { path: '../sdk', version: '(devel)', dir: '/tmp/gpc-fixtures/work/sdk' } },
        { path: 'example.com/gone', version: 'v0.0.0', replace: { path: '../gone', version: '(devel)', dir: '/nonexistent/gone' } },
        { path: 'example.com/trimmed', version: 'v0.0.0', replace: { path: '../t', version: '(devel)', dir: null } },
      ],
    };
    const v = view({ linked: [...view().linked, { Path: 'example.com/gone', Version: 'v0.1.0' }, { Path: 'example.com/trimmed', Version: 'v0.0.0', Replace: { Path: '../t', Dir: '/src/t' } }] });
    const p = planBuild(host, r, v, tc, '/o.so');
    assert.deepEqual(p.goModCommands, [
      ['mod', 'edit', '-replace=github.com/cespare/xxhash/v2=example.com/fork@v2.2.1'],
      ['get', 'github.com/cespare/xxhash/v2@v2.2.0'],
      ['mod', 'download', 'github.com/cespare/xxhash/v2'],
    ], 'the sdk directory is already the host\'s: untouched');
    assert.deepEqual(rules(p), ['GPC301:error', 'GPC301:warning']);
    assert.match(p.unaligned[0]!.message, /\/nonexistent\/gone .*not on this machine/);
  });

  test('another platform sets GOOS/GOARCH; a host without plugin support is named (GPC003)', () => {
    const p = planBuild({ ...host, pluginSupport: { supported: false, reason: 'is statically linked' } }, { ...base, goarch: 'arm64' }, view(), tc, '/o.so');
    assert.equal(p.env.GOARCH, 'arm64');
    assert.deepEqual(rules(p), ['GPC003:error']);
  });

  test('after the edits, a module MVS keeps elsewhere is reported (GPC304)', () => {
    const left = leftovers(base, view({ linked: [{ Path: 'github.com/cespare/xxhash/v2', Version: 'v2.4.0' }] }));
    assert.deepEqual(left.map((f) => f.rule), ['GPC304']);
    assert.match(left[0]!.message, /v2\.4\.0; the host has github.com\/cespare\/xxhash\/v2 v2\.3\.0|v2\.4\.0; the host has v2\.3\.0/);
  });

  test('output named as go build names a plugin', () => {
    assert.equal(defaultOutputName('example.com/greeter'), 'greeter.so');
    assert.equal(defaultOutputName('example.com/greeter/v2'), 'greeter.so');
  });
});

describe('buildRecipe in manifests', () => {
  test('a derived recipe passes the manifest schema; a damaged one is refused with the field named', async () => {
    const { parseManifestWithRecipe, toManifest } = await import('../src/facts/manifest.js');
    const m = toManifest(host, 'test');
    assert.deepEqual(parseManifestWithRecipe(JSON.stringify(m), 'm.json').recipe, base);
    const old: Partial<typeof m> = { ...m };
    delete old.buildRecipe;
    assert.deepEqual(parseManifestWithRecipe(JSON.stringify(old), 'old.json').recipe, base, 'a manifest without buildRecipe derives it');
    for (const bad of [
      { ...base, settings: { ...base.settings, tags: 'x' } },
      { ...base, modules: [{ path: 'a', version: 1, replace: null }] },
      { ...base, settings: { ...base.settings, cgoFlags: { LD_PRELOAD: 'x' } } },
    ]) assert.throws(() => parseManifestWithRecipe(JSON.stringify({ ...m, buildRecipe: bad }), 'bad.json'), /bad\.json: .*buildRecipe/);
  });
});

describe('flags from a host are applied only when harmless', () => {
  test('debug and pattern gcflags are applied; file-writing ones and linker plugins are not (GPC305)', async () => {
    const { safeCflags, safeGcflags } = await import('../src/build/safe-flags.js');
    for (const ok of ['all=-N -l', '-N -l', 'github.com/cespare/xxhash/v2=-N -l', 'all=-d=checkptr', '-m -m']) assert.ok(safeGcflags(ok), ok);
    for (const bad of ['all=-json=0,file:///tmp/x', '-o /tmp/x', 'all=-importcfg=/tmp/cfg', '-asmhdr=/etc/x']) assert.equal(safeGcflags(bad), false, bad);
    for (const ok of ['-O2 -g', '-DNDEBUG -Wall', '']) assert.ok(safeCflags(ok), ok);
    for (const bad of ['-fplugin=/tmp/evil.so', '-Wl,--wrap=x', '-B/tmp', '-specs=/tmp/s']) assert.equal(safeCflags(bad), false, bad);
    const p = planBuild(host, withSettings({ gcflags: 'all=-json=0,file:///tmp/x', cgoFlags: { CGO_LDFLAGS: '-fplugin=/tmp/evil.so' } }), view(), tc, '/o.so');
    assert.deepEqual(rules(p), ['GPC305:error', 'GPC305:warning']);
    assert.ok(!p.buildArgs.some((a) => a.startsWith('-gcflags')) && !('CGO_LDFLAGS' in p.env));
  });
});

describe('PGO and old releases', () => {
  test('go1.19 has no -pgo flag: a default.pgo in the plugin is not turned off there', () => {
    const old: Toolchain = { go: '/usr/lib/go-1.19/bin/go', env: { GOTOOLCHAIN: 'local' }, version: 'go1.19.8', how: 'test' };
    const p = planBuild(host, withSettings({ pgo: '/nowhere.pgo' }), view(), old, '/o.so');
    assert.ok(!p.buildArgs.some((a) => a.startsWith('-pgo')));
    assert.deepEqual(p.unaligned, []);
  });
});

describe('the toolchain search takes plain platform names only', () => {
  test('a manifest GOOS or GOARCH with a path in it is refused before any program runs', async () => {
    const { findToolchain } = await import('../src/build/toolchain.js');
    for (const [goos, goarch] of [['linux/../../../../tmp/evil/x', 'amd64'], ['linux', 'amd64/../../x'], ['linux', ''], ['Linux', 'amd64']]) {
      await assert.rejects(findToolchain('go1.26.8', { cwd: '/', goos: goos!, goarch: goarch! }), /is not a Go platform name/);
    }
  });
});
