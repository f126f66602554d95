import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { analyseFile } from '../src/facts/analyse.js';
import { baseVersion } from '../src/rules/query.js';
import { allRecordedBinaries, binPath, BIN, ensureFixtures, goCommand, groundTruth, hasTool } from './support/fixtures.js';
import { goVersionMText } from './support/go-version-m.js';
import { cliJson } from './support/cli.js';

before(ensureFixtures);

describe('inspect gives the same build info as `go version -m` (recorded by the generator)', () => {
  for (const b of allRecordedBinaries()) {
    test(b.file, () => {
      const [first] = analyseFile(binPath(b.file));
      assert.ok(first, 'a result');
      assert.equal(first.error, null);
      if (b.goVersionM.exitCode === 0) {
        assert.equal(goVersionMText(b.file, first), b.goVersionM.stdout);
      } else if (first.facts!.tables.dwarf) {
        // go version -m found no build info: we must not invent any, and still know the Go version.
        assert.match(b.goVersionM.stderr ?? '', /not a Go executable/);
        assert.equal(first.facts!.buildInfo, null);
        assert.equal(first.facts!.goVersionSource, 'dwarf');
      }
      if (first.facts!.goVersion === null) {
        // Only acceptable when the version is written nowhere in the file (a stripped go1.19 plugin).
        assert.equal(readFileSync(binPath(b.file)).includes(b.toolchain), false, 'the version string is in the file but was not found');
      } else assert.equal(baseVersion(first.facts!.goVersion), b.toolchain, 'Go version (experiments add a suffix: go1.26.8-X:cgocheck2)');
      assert.equal(first.facts!.goos, b.goos);
      // A universal file's record lists every slice; go version -m reads the first.
      assert.equal(first.facts!.goarch, Array.isArray(b.goarch) ? b.goarch[0] : b.goarch);
    });
  }
});

describe('inspect agrees with a live `go version -m`', { skip: goCommand() ? false : 'no Go toolchain on PATH' }, () => {
  const go = goCommand()!;
  const files = allRecordedBinaries().map((b) => b.file);
  test('all corpus binaries in one go version -m run', () => {
    let out = '';
    try {
      out = execFileSync(go, ['version', '-m', ...files], { cwd: BIN, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (err) {
      out = (err as { stdout: string }).stdout; // exit 1 for the plugins without build info
    }
    const ours = files.map((f) => goVersionMText(f, analyseFile(binPath(f))[0]!) ?? '').join('');
    assert.equal(ours, out);
  });
});

describe('plugin ABI agrees with readelf and with the recorded facts', () => {
  const gt = groundTruth();
  const plugins = gt.binaries.filter((b) => b.role === 'plugin');
  for (const b of plugins) {
    test(`${b.file}: plugin path, link table and exported hashes`, () => {
      const f = analyseFile(binPath(b.file))[0]!.facts!;
      assert.equal(f.kind, 'plugin');
      const ld = (b.build.flags ?? []).join(' ');
      const custom = /-pluginpath=(\S+)/.exec(ld)?.[1];
      const dir = b.build.dir ?? '';
      const expectedPath = custom ?? (dir.includes('/alpha') ? 'example.com/alpha' : dir.includes('/beta') ? 'example.com/beta' : 'example.com/greeter');
      assert.equal(f.pluginPath, expectedPath);
      const stripped = /-s\b/.test(ld);
      // The runtime's own link-ordered table, from module data, stripped or not.
      assert.equal(f.packageHashSource, 'module-data');
      assert.deepEqual(f.identity?.disagreements, []);
      if (stripped) {
        // The link table symbols go with -s; module data and the exports survive.
        assert.deepEqual(f.packageHashes.map((h) => h.package).sort(), f.exportedHashes.map((h) => h.package).sort());
      } else {
        // The link table and the dynamic exports are two records of the same fingerprints.
        const exported = new Map(f.exportedHashes.map((h) => [h.package, h.hash]));
        for (const h of f.packageHashes) assert.equal(exported.get(h.package), h.hash, h.package);
        assert.equal(f.symbolSpelling, b.toolchain === 'go1.19.8' ? 'go.link.' : 'go:link.');
      }
      assert.ok(f.exportedHashes.length > 20);
    });
  }
  test('exported hash symbols are exactly those readelf lists', { skip: hasTool('readelf') ? false : 'no readelf' }, () => {
    for (const b of gt.binaries.filter((x) => x.role !== 'executable')) {
      const out = execFileSync('readelf', ['--dyn-syms', '-W', binPath(b.file)], { encoding: 'utf8' });
      const names = [...out.matchAll(/go[.:]link\.pkghashbytes\.(\S+)/g)].map((m) => m[1]!).sort();
      const f = analyseFile(binPath(b.file))[0]!.facts!;
      assert.deepEqual(f.exportedHashes.map((h) => h.package).sort(), names, b.file);
    }
  });
});

describe('inspect command', () => {
  test('JSON contract fields for a host, a plugin and a Mach-O universal file', () => {
    const { code, json } = cliJson(['inspect', '--format', 'json', binPath('linux-amd64/go1.26.8/host-base'), binPath('linux-amd64/go1.19.8/greeter-base.so'), binPath('darwin-universal/go1.26.8/host-base')]);
    assert.equal(code, 0);
    assert.equal(json.schemaVersion, 1);
    const [host, plugin, ...fat] = json.binaries;
    for (const k of ['file', 'error', 'format', 'goos', 'goarch', 'kind', 'goVersion', 'goVersionSource', 'buildInfo', 'pluginPath', 'packageHashes']) {
      assert.ok(k in host && k in plugin, k);
    }
    assert.equal(host.kind, 'executable');
    assert.equal(host.pluginSupport.supported, true);
    assert.equal(plugin.kind, 'plugin');
    assert.equal(plugin.goVersionSource, 'dwarf');
    assert.equal(plugin.buildInfo, null);
    assert.deepEqual(fat.map((b: { goarch: string; format: string }) => `${b.format}/${b.goarch}`), ['macho/amd64', 'macho/arm64']);
    assert.ok(plugin.paths.modules.some((m: { path: string; version: string }) => m.path === 'github.com/cespare/xxhash/v2' && m.version === 'v2.3.0'), 'module versions recovered from paths');
  });
  test('the static host cannot load plugins, the stripped host still exports its hashes', () => {
    const { json } = cliJson(['inspect', '--format', 'json', binPath('linux-amd64/go1.26.8/host-nocgo'), binPath('linux-amd64/go1.26.8/host-stripped'), binPath('linux-amd64/go1.26.8/host-base')]);
    const [nocgo, stripped, base] = json.binaries;
    assert.equal(nocgo.pluginSupport.supported, false);
    assert.match(nocgo.pluginSupport.reason, /not implemented/);
    assert.equal(stripped.container.stripped, true);
    assert.deepEqual(stripped.packageHashes, base.packageHashes);
  });
  test('compiler flags come from DWARF producers', () => {
    const { json } = cliJson(['inspect', '--format', 'json', binPath('linux-amd64/go1.26.8/greeter-gcflags-N-l.so'), binPath('linux-amd64/go1.26.8/greeter-race.so')]);
    const [nl, race] = json.binaries;
    assert.deepEqual(nl.compilerFlags.perPackage, [{ package: 'example.com/greeter', flags: ['-N', '-l'] }]);
    assert.ok(race.compilerFlags.common.includes('-race'));
  });
  test('-trimpath is recognised from the file table', () => {
    const { json } = cliJson(['inspect', '--format', 'json', binPath('linux-amd64/go1.19.8/greeter-trimpath.so'), binPath('linux-amd64/go1.19.8/greeter-base.so')]);
    assert.equal(json.binaries[0].paths.trimmed, true);
    assert.equal(json.binaries[1].paths.trimmed, false);
    assert.equal(json.binaries[1].paths.goroot, '/usr/lib/go-1.19');
    assert.equal(json.binaries[1].paths.modcache, '/tmp/gpc-fixtures/modcache');
  });
});

describe('link order of stripped plugins, recovered from .rodata', () => {
  test('equals the symbol table\'s link order on every unstripped go:link. plugin (ELF and Mach-O)', async () => {
    const { openContainers } = await import('../src/container/open.js');
    const { readPluginAbi, recoverLinkOrder } = await import('../src/go/pkghash.js');
    let checked = 0;
    for (const b of allRecordedBinaries().filter((x) => x.role === 'plugin')) {
      const [c] = openContainers(binPath(b.file));
      const abi = readPluginAbi(c!);
      if (abi.spelling === 'go:link.' && abi.linkTable) {
        assert.deepEqual(recoverLinkOrder(c!, abi.exported), abi.linkTable, b.file);
        checked++;
      }
      c!.source.close();
    }
    assert.ok(checked >= 20, `checked ${checked}`);
  });
});
