// Plugin and host from different patch releases of one Go release. The runtime never compares Go
// versions: a plugin joins the host's module list through its own runtime.addmoduledata, which
// stores it at the `next` offset of its release's moduledata, and patch releases keep that layout;
// then the package hashes decide. Observed with go1.26.7 and go1.26.0 plugins in a go1.26.8 host
// (a helper session's run: the first loads, the second fails on internal/runtime/syscall/linux),
// toolchains outside this project's three, so the cases here are go1.26.8 plugins whose build info
// says go1.26.7: loaded for real, they behave exactly as the unmodified plugin (the runtime reads
// no version), and check must predict that, not the crash of another minor release.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openContainers } from '../src/container/open.js';
import { cliJson } from './support/cli.js';
import { BIN, ROOT, ensureFixtures, isLinuxAmd64 } from './support/fixtures.js';

before(ensureFixtures);

interface CheckJson {
  plugins: { loads: boolean; failure: { kind: string; package: string | null; message: string } | null; findings: { rule: string; message: string; packages?: string[] }[] }[];
}
type RunCase = (c: { host: string; plugins: string[] }, binDir: string) => Promise<{ results: { loads: boolean; error: string | null }[]; exitCode: number | null }>;

/** A copy of `rel` whose build info names `to` instead of its own release (same length: bytes replaced in place). */
function retagged(rel: string, from: string, to: string, dir: string): string {
  const src = join(BIN, rel);
  const c = openContainers(src)[0]!;
  const bi = c.section('.go.buildinfo')!;
  c.source.close();
  const data = readFileSync(src);
  const at = data.subarray(bi.offset, bi.offset + bi.size).indexOf(from);
  assert.ok(at >= 0 && from.length === to.length, `${from} in ${rel}'s build info`);
  data.write(to, bi.offset + at, 'latin1');
  const out = join(dir, rel.split('/').pop()!);
  writeFileSync(out, data, { mode: 0o755 });
  return out;
}

describe('patch releases of one Go release: the package hashes decide, no crash', { skip: !isLinuxAmd64 && 'runs linux/amd64 hosts' }, () => {
  let dir = '';
  let runCase: RunCase;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gpc-patch-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(BIN, 'linux-amd64/go1.26.8/host-base'), join(dir, 'bin/host-base'));
    ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  for (const [name, loads] of [['alpha.so', true], ['alpha-tags-sdkextra.so', false]] as const) {
    test(`${name} retagged go1.26.7: as the runtime does, ${loads ? 'loads' : 'a package mismatch'}`, async () => {
      const plugin = retagged(`linux-amd64/go1.26.8/${name}`, 'go1.26.8', 'go1.26.7', join(dir, 'bin'));
      const facts = cliJson<{ binaries: { goVersion: string }[] }>(['inspect', '--format', 'json', plugin]).json.binaries[0]!;
      assert.equal(facts.goVersion, 'go1.26.7', 'check sees the other patch release');
      const real = await runCase({ host: 'host-base', plugins: [name] }, join(dir, 'bin'));
      assert.equal(real.results[0]!.loads, loads, JSON.stringify(real.results[0]));
      const p = cliJson<CheckJson>(['check', '--format', 'json', '--host', join(dir, 'bin/host-base'), plugin]).json.plugins[0]!;
      assert.equal(p.loads, loads, JSON.stringify(p.failure));
      assert.ok(!p.findings.some((f) => f.rule === 'GPC012' || f.rule === 'GPC011'), p.findings.map((f) => f.rule).join(' '));
      if (!loads) {
        assert.equal(p.failure?.kind, 'package-mismatch');
        assert.equal(`plugin was built with a different version of package ${p.failure?.package}`, real.results[0]!.error?.replace(/^plugin\.Open\("[^"]*"\): /, ''));
        const why = p.findings.find((f) => f.rule === 'GPC101');
        assert.match(why?.message ?? '', /go1\.26\.7, but the host was built with go1\.26\.8: \d+ shared packages? differs? \(a patch release/);
      }
    });
  }

  test('another release and another module version: both causes and both fixes at once', () => {
    const p = cliJson<CheckJson>(['check', '--format', 'json', '--host', join(BIN, 'linux-amd64/go1.26.8/host-base'), join(BIN, 'linux-amd64/go1.27.3/greeter-xxhash-v2.2.0.so')]).json.plugins[0]!;
    assert.equal(p.failure?.kind, 'host-crash');
    const rules = p.findings.map((f) => f.rule);
    assert.ok(rules.includes('GPC101') && rules.includes('GPC105'), rules.join(' '));
    assert.deepEqual(p.findings.find((f) => f.rule === 'GPC105')?.packages, ['github.com/cespare/xxhash/v2']);
    assert.ok(!p.findings.find((f) => f.rule === 'GPC101')?.packages?.includes('github.com/cespare/xxhash/v2'));
  });

  test('another minor release still crashes the host, as observed', () => {
    const p = cliJson<CheckJson>(['check', '--format', 'json', '--host', join(BIN, 'linux-amd64/go1.26.8/host-base'), join(BIN, 'linux-amd64/go1.27.3/greeter-base.so')]).json.plugins[0]!;
    assert.equal(p.failure?.kind, 'host-crash');
    assert.match(p.findings.find((f) => f.rule === 'GPC101')?.message ?? '', /cannot register the other's module, and \d+ shared packages differ/);
  });
});
