// preflight's model of the linker's package order (src/preflight/link-order.ts) rests on two
// readers tested here on hand-written input; test/preflight-agreement.test.ts checks the whole
// order against the module data of every plugin of the corpus, and the fingerprints against the host.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { exportFingerprint } from '../src/go/export-fingerprint.js';
import { loadHost } from '../src/cli/load-host.js';
import { readLocalGo } from '../src/preflight/go-env.js';
import { importDecls, importDeclsOfFile } from '../src/preflight/import-decls.js';
import { plannedFacts } from '../src/preflight/planned-facts.js';
import { cleanEnv } from './support/e2e.js';

describe('import declarations, in the order the type checker meets them', () => {
  test('grouped, named, dot, blank and raw-string imports, comments anywhere', () => {
    const src = `// Copyright header
//go:build linux && !race

/* block */ package main // trailing

import "strings"
import (
\tf "fmt" // named
\t. "math"
\t_ \`embed\`
\t/* a comment */ "os"; "io"
)
import "unsafe"

// #include <stdio.h>
import "C"

func main() { import_ := 1; _ = import_ }
import "never" // not a header import: after a declaration
`;
    assert.deepEqual(importDecls(src), ['strings', 'fmt', 'math', 'embed', 'os', 'io', 'unsafe', 'C']);
  });
  test('no imports, a one-line file, and text that is not Go', () => {
    assert.deepEqual(importDecls('package p\n\nconst X = 1\n'), []);
    assert.deepEqual(importDecls('package p; import "errors"; var _ = errors.New'), ['errors']);
    assert.deepEqual(importDecls('\ufeffpackage p\nimport "bytes"\n'), ['bytes'], 'a byte order mark');
    assert.deepEqual(importDecls('\u0000\u0001 not go'), []);
    assert.deepEqual(importDecls('package p\nimport (\n"a"\n"unterminated'), ['a']);
  });
  test('a header longer than the first read is read further', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-imports-'));
    const file = join(dir, 'big.go');
    const pad = '// ' + 'x'.repeat(70) + '\n';
    writeFileSync(file, `package p\n${pad.repeat(400)}import (\n${Array.from({ length: 300 }, (_, i) => `\t_ "example.com/p${i}"\n`).join('')})\nvar X = 1\n`);
    const got = importDeclsOfFile(file);
    assert.equal(got.length, 300);
    assert.equal(got[299], 'example.com/p299');
  });
});

describe('export data fingerprint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gpc-fp-'));
  const ar = (body: string, size = body.length) =>
    Buffer.concat([Buffer.from('!<arch>\n'), Buffer.from('__.PKGDEF'.padEnd(16) + '0'.padEnd(12) + '0'.padEnd(6) + '0'.padEnd(6) + '644'.padEnd(8) + String(size).padEnd(10) + '`\n', 'latin1'), Buffer.from(body, 'latin1')]);
  const write = (name: string, b: Buffer | string) => {
    writeFileSync(join(dir, name), b);
    return join(dir, name);
  };
  test('the 8 bytes before the end-of-export-data marker', () => {
    const body = 'go object linux amd64 go1.26.8\n\n$$B\nu...\x01\x02\x03\x04\x05\x06\x07\x08\n$$\n';
    assert.equal(exportFingerprint(write('ok.a', ar(body))), '0102030405060708');
  });
  test('not an archive, truncated, a size past the end, no marker: null, never a throw', () => {
    assert.equal(exportFingerprint(write('text', 'hello')), null);
    assert.equal(exportFingerprint(join(dir, 'missing')), null);
    assert.equal(exportFingerprint(write('short.a', ar('x\n$$\n', 1 << 30))), null);
    assert.equal(exportFingerprint(write('nomarker.a', ar('go object\n$$B\n12345678xxxx'))), null);
    assert.equal(exportFingerprint(write('badsize.a', ar('go object\n$$B\n12345678\n$$\n', -5))), null);
    assert.equal(exportFingerprint(write('tiny.a', ar('\n$$\n'))), null);
  });
});

// A plugin whose main package is a cgo file: cgo's _cgo_gotypes.go brings syscall and runtime/cgo
// before the file's own imports, in an order that changed after go1.19 (measured: go1.19.8 links
// runtime/cgo's closure first, go1.26.8 syscall's).
describe('link order of a cgo main package, per toolchain', () => {
  const gos = [['go1.26.8', '/usr/local/go/bin/go'], ['go1.19.8', '/usr/lib/go-1.19/bin/go']].filter(([, g]) => existsSync(g!));
  for (const [tc, go] of gos) {
    test(`${tc}: preflight's order is the linker's`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gpc-cgo-order-'));
      writeFileSync(join(dir, 'go.mod'), 'module example.com/c\n\ngo 1.19\n');
      writeFileSync(join(dir, 'main.go'), 'package main\n\n// int twice(int x) { return 2*x; }\nimport "C"\nimport "strconv"\n\nfunc Twice(x int) string { return strconv.Itoa(int(C.twice(C.int(x)))) }\n');
      const env = { ...cleanEnv(), GOFLAGS: '', GOTOOLCHAIN: 'local', CGO_ENABLED: '1' };
      const r = spawnSync(go!, ['build', '-buildmode=plugin', '-o', 'c.so', '.'], { cwd: dir, env, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const want = loadHost(join(dir, 'c.so')).facts.packageHashes.map((h) => h.package);
      const planned = plannedFacts(dir, await readLocalGo(dir, ['-buildmode=plugin'], { go: go!, env }), ['-buildmode=plugin']);
      assert.deepEqual(Object.keys(planned.imports ?? {}), want);
      const at = (p: string) => want.indexOf(p);
      assert.ok(tc === 'go1.19.8' ? at('runtime/cgo') < at('syscall') : at('syscall') < at('runtime/cgo'), want.join(' '));
    });
  }
});
