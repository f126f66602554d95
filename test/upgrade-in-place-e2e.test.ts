// What replacing a loaded plugin's file on disk does to a running host, measured with
// the real loader (issue 8: "notices must be true too"; GPC203's text rests on it).
//
// fixtures/src/upgrade is built at test time on each toolchain that is installed: a host
// speaking fixtures/loader.mjs's protocol and one plugin built twice (-X main.Release=v1 /
// v2: no hash and no plugin path changes). The host opens live.so, then puts v2's bytes at
// live.so either in place (O_TRUNC + write, what `cp` does) or by renaming a new file over
// it (what `mv`/`install` do), runs a GC, opens live.so again, and opens other.so (v2 under
// another name). Recorded in fixtures/FINDINGS.md, "Replacing a loaded plugin's file".
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { GO126, GOCACHE, cleanEnv, mustRun, toolchainDir } from './support/e2e.js';
import { ROOT, isLinuxAmd64 } from './support/fixtures.js';

interface LoaderResult {
  results: { plugin: string; loads: boolean; error: string | null; reached?: boolean; name: string | null; greet: string | null }[];
  exitCode: number | null;
  signal: string | null;
  stderr: string;
}
type RunCase = (c: { host: string; plugins: string[]; env?: Record<string, string> }, binDir: string) => Promise<LoaderResult>;

// go1.27.3 only when it is already on disk (build-e2e/fix-e2e fetch it): this test never downloads.
const TOOLCHAINS: { version: string; go: string }[] = [
  { version: 'go1.26.8', go: GO126 },
  { version: 'go1.19.8', go: '/usr/lib/go-1.19/bin/go' },
  { version: 'go1.27.3', go: join(toolchainDir('go1.27.3'), 'bin/go') },
];

const skip = isLinuxAmd64 ? false : `needs linux/x64 to build and load plugins (this is ${process.platform}/${process.arch})`;

describe('replacing a loaded plugin file (GPC203): in place crashes the host, renamed over keeps the old plugin', { skip, concurrency: 1 }, () => {
  let out = '';
  let runCase: RunCase;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'gpc-upgrade-'));
    ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
  });
  after(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const tc of TOOLCHAINS) {
    test(tc.version, { timeout: 240_000 }, async (t: TestContext) => {
      if (!existsSync(tc.go)) return t.skip(`${tc.version} is not installed at ${tc.go}`);
      const dir = join(out, tc.version);
      cpSync(join(ROOT, 'fixtures/src/upgrade'), join(dir, 'src'), { recursive: true });
      // -trimpath on both sides (consistent, so they share std) keeps GOCACHE hits across runs of this test.
      const env = { ...cleanEnv(), GOENV: 'off', GOFLAGS: '-buildvcs=false -trimpath', GOTOOLCHAIN: 'local', CGO_ENABLED: '1', GOCACHE };
      const build = (args: string[]) => mustRun('nice', [tc.go, 'build', ...args], { cwd: join(dir, 'src'), env });
      build(['-o', join(dir, 'host'), './host']);
      build(['-buildmode=plugin', '-ldflags=-X=main.Release=v1', '-o', join(dir, 'v1.so'), './plugin']);
      build(['-buildmode=plugin', '-ldflags=-X=main.Release=v2', '-o', join(dir, 'v2.so'), './plugin']);

      const attempt = async (mode: 'inplace' | 'rename') => {
        copyFileSync(join(dir, 'v1.so'), join(dir, 'live.so'));
        copyFileSync(join(dir, 'v2.so'), join(dir, 'other.so'));
        const r = await runCase({ host: 'host', plugins: ['live.so', 'live.so', 'other.so'], env: { UPGRADE_MODE: mode, UPGRADE_NEW: './v2.so' } }, dir);
        t.diagnostic(`${tc.version} ${mode}: exit ${r.exitCode} ${JSON.stringify(r.results)} ${r.stderr.split('\n')[0]}`);
        return r;
      };

      // Renamed over: the old inode stays mapped, the old plugin keeps running, the path is cached.
      const renamed = await attempt('rename');
      assert.equal(renamed.exitCode, 0, renamed.stderr);
      const [a, b, c] = renamed.results;
      assert.equal(a!.name, 'v1/V1');
      assert.deepEqual([b!.loads, b!.name, b!.greet], [true, 'v1/V1', 'v1/V1'], 'opening the same path again returns the old plugin, still working');
      assert.equal(c!.loads, false);
      assert.match(c!.error ?? '', /plugin already loaded$/, 'the new build under another name: same plugin path');

      // In place: the mapped file's pages are the ones overwritten; the host dies at its next GC.
      const inPlace = await attempt('inplace');
      assert.equal(inPlace.results[0]!.name, 'v1/V1');
      assert.equal(inPlace.results[1]!.reached, false, 'the host died before the second open');
      assert.notEqual(inPlace.exitCode, 0);
      assert.match(inPlace.stderr, /SIGSEGV|SIGBUS|unexpected fault address|fatal error/);
    });
  }
});
