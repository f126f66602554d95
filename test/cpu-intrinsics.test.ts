// CPU levels that change the compiler's intrinsics (src/rules/cpu-intrinsics.ts): a linux/ppc64le
// host and plugin built across GOPPC64=power10, cross-compiled with cgo and run for real under
// qemu-ppc64le with a POWER10 CPU. The runtime names math/bits; check must predict that, explain it
// with GPC119 (not "cause unknown", not "it loads"), and its rebuild line must give a plugin that loads.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliJson } from './support/cli.js';
import { cleanEnv, goOnPathVersion, parseCommandLine, retargetOutput, run } from './support/e2e.js';
import { ROOT, hasTool, isLinuxAmd64 } from './support/fixtures.js';

interface CheckJson {
  plugins: { loads: boolean; failure: { kind: string; package: string | null } | null; findings: { rule: string; message: string; packages?: string[] }[]; rebuild: string | null }[];
}
type RunCase = (c: { host: string; plugins: string[]; runner?: string[]; env?: Record<string, string> }, binDir: string) => Promise<{ results: { loads: boolean; error: string | null }[]; exitCode: number | null; stderr: string }>;

const CC = 'powerpc64le-linux-gnu-gcc';
const SYSROOT = '/usr/powerpc64le-linux-gnu';
const skip = !isLinuxAmd64 ? 'needs linux/x64'
  : goOnPathVersion() !== 'go1.26.8' ? 'needs go1.26.8 on PATH'
  : !hasTool(CC) ? `needs ${CC} (Debian gcc-powerpc64le-linux-gnu)`
  : !hasTool('qemu-ppc64le') || !existsSync(join(SYSROOT, 'lib/ld64.so.2')) ? 'needs qemu-ppc64le and the ppc64el C library (qemu-user, libc6-ppc64el-cross)'
  : false;

describe('GOPPC64 across power10: math/bits differs, GPC119 says why, the rebuild line fixes it', { skip, concurrency: 1 }, () => {
  let dir = '';
  let runCase: RunCase;
  const env = { ...cleanEnv(), GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', CGO_ENABLED: '1', GOOS: 'linux', GOARCH: 'ppc64le', CC };
  const build = (cwd: string, out: string, args: string[], extra: Record<string, string> = {}) => {
    const r = run('go', ['build', ...args, '-o', join(dir, 'bin', out), '.'], { cwd, env: { ...env, ...extra }, timeout: 900_000 });
    assert.equal(r.code, 0, r.stderr);
  };
  const real = (host: string, plugin: string) => runCase({ host, plugins: [plugin], runner: ['qemu-ppc64le', '-L', SYSROOT], env: { QEMU_CPU: 'power10' } }, join(dir, 'bin'));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gpc-ppc64le-'));
    mkdirSync(join(dir, 'bin'));
    cpSync(join(ROOT, 'fixtures/src'), join(dir, 'src'), { recursive: true });
    build(join(dir, 'src/host'), 'host', []);
    build(join(dir, 'src/plugins/greeter'), 'greeter-power10.so', ['-buildmode=plugin'], { GOPPC64: 'power10' });
    ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  test('predicted as the runtime decides, explained by GPC119, fixed by the rebuild line', { timeout: 900_000 }, async (t) => {
    const rt = await real('host', 'greeter-power10.so');
    t.diagnostic(`runtime: ${JSON.stringify(rt.results[0])}`);
    assert.equal(rt.results[0]!.loads, false, rt.stderr);
    const p = cliJson<CheckJson>(['check', '--format', 'json', '--host', join(dir, 'bin/host'), join(dir, 'bin/greeter-power10.so')]).json.plugins[0]!;
    assert.equal(p.failure?.kind, 'package-mismatch');
    assert.equal(`plugin was built with a different version of package ${p.failure?.package}`, rt.results[0]!.error?.replace(/^plugin\.Open\("[^"]*"\): /, ''));
    const rules = p.findings.map((f) => f.rule);
    assert.ok(rules.includes('GPC119'), rules.join(' '));
    assert.ok(!rules.includes('GPC199') && !rules.includes('GPC201'), rules.join(' '));
    assert.ok(p.findings.find((f) => f.rule === 'GPC119')!.packages!.includes(p.failure!.package!));
    // The rebuild line, as printed (the cross-compiling environment is the user's shell's, as for the build above).
    assert.match(p.rebuild ?? '', /GOPPC64=power8/);
    const { env: lineEnv, argv } = parseCommandLine(p.rebuild!);
    const cmd = retargetOutput(argv, join(dir, 'bin/greeter-fixed.so'));
    const r = run(cmd[0]!, cmd.slice(1), { cwd: join(dir, 'src/plugins/greeter'), env: { ...env, GOPPC64: 'power10', ...lineEnv }, timeout: 900_000 });
    assert.equal(r.code, 0, `${p.rebuild}\n${r.stderr}`);
    const fixed = cliJson<CheckJson>(['check', '--format', 'json', '--host', join(dir, 'bin/host'), join(dir, 'bin/greeter-fixed.so')]).json.plugins[0]!;
    assert.equal(fixed.loads, true, JSON.stringify(fixed.failure));
    const rt2 = await real('host', 'greeter-fixed.so');
    assert.equal(rt2.results[0]!.loads, true, JSON.stringify(rt2.results[0]));
  });
});
