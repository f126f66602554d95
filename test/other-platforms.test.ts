import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyseFile } from '../src/facts/analyse.js';
import { binPath, goCommand } from './support/fixtures.js';
import { rebuildCommand } from '../src/check/rebuild.js';
import { goVersionMText } from './support/go-version-m.js';

/**
 * 32-bit, big-endian and non-Linux ELF (and 32-bit ARM) executables, built here
 * with the local toolchain: the container readers must get class, byte order,
 * GOOS/GOARCH and build info right on all of them.
 */
const TARGETS: [goos: string, goarch: string, bits: number, order: 'little' | 'big'][] = [
  ['linux', '386', 32, 'little'],
  ['linux', 'arm', 32, 'little'],
  ['linux', 'ppc64', 64, 'big'],
  ['linux', 's390x', 64, 'big'],
  ['linux', 'mips', 32, 'big'],
  ['linux', 'riscv64', 64, 'little'],
  ['freebsd', 'amd64', 64, 'little'],
  ['netbsd', 'arm64', 64, 'little'],
  ['openbsd', 'amd64', 64, 'little'],
];

describe('executables for other platforms', { skip: goCommand() ? false : 'no Go toolchain on PATH', concurrency: 1 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'gpc-platforms-'));
  writeFileSync(join(dir, 'go.mod'), 'module example.com/hello\n\ngo 1.19\n');
  writeFileSync(join(dir, 'main.go'), 'package main\n\nimport "os"\n\nfunc main() { os.Stdout.WriteString("hello\\n") }\n');
  for (const [goos, goarch, bits, order] of TARGETS) {
    test(`${goos}/${goarch}`, { timeout: 180_000 }, () => {
      const out = join(dir, `hello-${goos}-${goarch}`);
      const env = { ...process.env, GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' };
      execFileSync('go', ['build', '-trimpath', '-o', out, '.'], { cwd: dir, env, stdio: 'pipe' });
      const [a] = analyseFile(out);
      assert.equal(a!.error, null);
      const f = a!.facts!;
      assert.equal(f.format, 'elf');
      assert.equal(f.goos, goos);
      assert.equal(f.goarch, goarch);
      assert.equal(f.bits, bits);
      assert.equal(f.byteOrder, order);
      assert.equal(f.kind, 'executable');
      assert.equal(f.paths?.trimmed, true, 'pclntab read in its byte order');
      assert.ok(f.compileUnits.length > 5, 'DWARF producers read');
      const live = execFileSync('go', ['version', '-m', out], { encoding: 'utf8' });
      assert.equal(goVersionMText(out, a!), live);
    });
  }
});

describe('the rebuild line names the host\'s platform when check runs on another', () => {
  test('an arm64 host checked on amd64 (and the other way round), from the corpus', () => {
    const [host] = analyseFile(binPath('linux-arm64/go1.26.8/host-base'));
    const [plugin] = analyseFile(binPath('linux-arm64/go1.26.8/greeter-base.so'));
    const h = host!.facts!;
    const p = { ...plugin!.facts!, file: 'greeter.so' };
    const onAmd64 = rebuildCommand(h, p, { goos: 'linux', goarch: 'amd64' });
    assert.match(onAmd64, /^GOOS=linux GOARCH=arm64 CGO_ENABLED=1 CC=aarch64-linux-gnu-gcc /);
    assert.doesNotMatch(rebuildCommand(h, p, { goos: 'linux', goarch: 'arm64' }), /GOOS=|GOARCH=|CC=/);
    // Unknown machine: as before, only a plugin for another platform than the host's names it.
    assert.doesNotMatch(rebuildCommand(h, p, null), /GOOS=/);
  });
});
