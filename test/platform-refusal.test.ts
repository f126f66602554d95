// What glibc's dlopen says of a file for another platform, predicted as the runtime's error
// (failure.message) and checked against the real linux/amd64 host on: the corpus's Mach-O and
// linux/arm64 plugins, and C shared objects zig builds for other word sizes, machines and byte orders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliJson } from './support/cli.js';
import { BIN, ensureFixtures, isLinuxAmd64 } from './support/fixtures.js';

before(ensureFixtures);

const HOST = join(BIN, 'linux-amd64/go1.26.8/host-base');
const glibc = isLinuxAmd64 && /GNU libc|GLIBC/i.test(spawnSync('ldd', ['--version'], { encoding: 'utf8' }).stdout ?? '');
const zig = spawnSync('python3', ['-m', 'ziglang', 'version']).status === 0;

/** The error plugin.Open returns in the real host, without its `plugin.Open("…"): ` prefix. */
function realError(file: string): string {
  const r = spawnSync(HOST, [file], { encoding: 'utf8', timeout: 60_000 });
  const line = r.stdout.split('\n').find((l) => l.includes('"plugin"'));
  assert.ok(line, `${r.stdout}\n${r.stderr}`);
  const rec = JSON.parse(line) as { loads: boolean; error: string };
  assert.equal(rec.loads, false);
  return rec.error.replace(/^plugin\.Open\("(?:[^"\\]|\\.)*"\): /, '');
}

function predicted(file: string): { message: string; kind: string } {
  const p = cliJson<{ plugins: { failure: { message: string; kind: string } }[] }>(['check', '--format', 'json', '--host', HOST, file]).json.plugins[0]!;
  return p.failure;
}

describe('dlopen refusals of other platforms, as glibc words them', { skip: !glibc && 'needs a linux/amd64 glibc system to run the host' }, () => {
  for (const rel of ['darwin-amd64/go1.26.8/greeter-base.so', 'darwin-arm64/go1.26.8/greeter-base.so', 'linux-arm64/go1.26.8/greeter-base.so']) {
    test(rel, () => {
      const file = realpathSync(join(BIN, rel));
      const p = predicted(file);
      assert.equal(p.kind, 'platform-mismatch');
      assert.equal(p.message, realError(file));
    });
  }

  describe('C shared objects for other targets (zig cc)', { skip: !zig && 'needs pip ziglang' }, () => {
    let dir = '';
    before(() => {
      dir = realpathSync(mkdtempSync(join(tmpdir(), 'gpc-refusal-')));
      writeFileSync(join(dir, 'x.c'), 'int f(void) { return 1; }\n');
    });
    after(() => dir && rmSync(dir, { recursive: true, force: true }));
    // Word size, byte order and machine, each on its own and together.
    for (const target of ['x86-linux-gnu', 'arm-linux-gnueabihf', 'aarch64-linux-gnu', 's390x-linux-gnu', 'powerpc64le-linux-gnu', 'riscv64-linux-gnu', 'mips-linux-gnueabihf']) {
      test(target, (t) => {
        const file = join(dir, `${target}.so`);
        const b = spawnSync('python3', ['-m', 'ziglang', 'cc', '-target', target, '-shared', '-o', file, join(dir, 'x.c')], { encoding: 'utf8', timeout: 300_000 });
        if (b.status !== 0) return t.skip(`zig cannot build for ${target}: ${b.stderr.trim().split('\n').pop()}`);
        const p = predicted(file);
        assert.equal(p.kind, 'platform-mismatch');
        assert.equal(p.message, realError(file));
      });
    }
  });
});
