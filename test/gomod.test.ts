import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseGoMod } from '../src/gomod/modfile.js';

const SAMPLE = [
  '// leading comment',
  'module "example.com/my plugin" // quoted module path',
  '',
  'go 1.22.3',
  'toolchain go1.26.8',
  '',
  'require example.com/single v1.0.0',
  'require (',
  '\t// comment line inside the block',
  '\tgithub.com/cespare/xxhash/v2 v2.2.0 // indirect',
  '\t"golang.org/x/sync" v0.7.0 // indirect; but why',
  '',
  '\texample.com/sdk v0.0.0-20240101000000-abcdefabcdef',
  ')',
  'require ( )',
  'replace example.com/sdk => ../../sdk',
  'replace (',
  '\tgolang.org/x/sync v0.7.0 => golang.org/x/sync v0.1.0 // pinned',
  '\t"example.com/esc\\u00e9" => ./local',
  ')',
  'exclude example.com/bad v1.0.0',
  'retract [v1.0.0, v1.0.5] // broken',
  'godebug default=go1.21',
  '',
].join('\r\n');

describe('go.mod reader (modfile grammar)', () => {
  test('directives, blocks, comments, quoted paths, // indirect and lines', () => {
    const f = parseGoMod(SAMPLE);
    assert.deepEqual(f.errors, []);
    assert.deepEqual(f.module, { path: 'example.com/my plugin', line: 2 });
    assert.deepEqual(f.go, { version: '1.22.3', line: 4 });
    assert.deepEqual(f.toolchain, { name: 'go1.26.8', line: 5 });
    assert.deepEqual(f.require, [
      { path: 'example.com/single', version: 'v1.0.0', line: 7, indirect: false },
      { path: 'github.com/cespare/xxhash/v2', version: 'v2.2.0', line: 10, indirect: true },
      { path: 'golang.org/x/sync', version: 'v0.7.0', line: 11, indirect: true },
      { path: 'example.com/sdk', version: 'v0.0.0-20240101000000-abcdefabcdef', line: 13, indirect: false },
    ]);
    assert.deepEqual(f.replace, [
      { oldPath: 'example.com/sdk', oldVersion: null, newPath: '../../sdk', newVersion: null, line: 16 },
      { oldPath: 'golang.org/x/sync', oldVersion: 'v0.7.0', newPath: 'golang.org/x/sync', newVersion: 'v0.1.0', line: 18 },
      { oldPath: 'example.com/esc\u00e9', oldVersion: null, newPath: './local', newVersion: null, line: 19 },
    ]);
  });

  test('a syntax error is a value; what came before it is kept', () => {
    const f = parseGoMod('module a\nrequire (\n\tb v1.0.0\n');
    assert.equal(f.module?.path, 'a');
    assert.match(f.errors[0]!.message, /unterminated block/);
    assert.equal(parseGoMod('module a /* x */\n').errors.length, 1);
    assert.equal(parseGoMod('module "a\n').errors.length, 1);
    assert.match(parseGoMod('module a\nrequire `b` v1.0.0\n').errors[0]!.message, /cannot contain quote/);
  });

  test('hostile input: long lines, many lines, odd characters, in linear time', () => {
    const big = 'module x\n' + 'require (\n' + 'a v1\n'.repeat(200_000) + ')\n' + '"' + 'a'.repeat(100_000) + '\n' + '/'.repeat(100_000);
    const t0 = Date.now();
    const f = parseGoMod(big);
    assert.ok(Date.now() - t0 < 3000);
    assert.equal(f.require.length, 200_000);
    assert.ok(f.errors.length >= 1);
    assert.equal(parseGoMod('\u0000\u0001').errors.length, 1);
  });

  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  test('agrees with `go mod edit -json` (the real modfile parser)', { skip: go.status !== 0 ? 'no go command' : false }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-gomod-'));
    const text = SAMPLE.replace('"example.com/my plugin"', 'example.com/myplugin').replace('"example.com/esc\\u00e9"', 'example.com/esc');
    writeFileSync(join(dir, 'go.mod'), text);
    const r = spawnSync('go', ['mod', 'edit', '-json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' } });
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout) as { Module: { Path: string }; Go: string; Toolchain?: string; Require: { Path: string; Version: string; Indirect?: boolean }[]; Replace: { Old: { Path: string; Version?: string }; New: { Path: string; Version?: string } }[] };
    const f = parseGoMod(text);
    assert.equal(f.module?.path, j.Module.Path);
    assert.equal(f.go?.version, j.Go);
    assert.equal(f.toolchain?.name, j.Toolchain);
    assert.deepEqual(f.require.map((x) => [x.path, x.version, x.indirect]), j.Require.map((x) => [x.Path, x.Version, x.Indirect ?? false]));
    assert.deepEqual(f.replace.map((x) => [x.oldPath, x.oldVersion, x.newPath, x.newVersion]), j.Replace.map((x) => [x.Old.Path, x.Old.Version ?? null, x.New.Path, x.New.Version ?? null]));
  });
});
