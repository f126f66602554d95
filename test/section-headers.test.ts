// ELF files without section headers (llvm-objcopy --strip-sections, sstrip): the dynamic linker and
// plugin.Open never read sections, so such a host loads plugins as before. Read from the dynamic
// segment (DT_SYMTAB/DT_STRTAB/DT_GNU_HASH…), every corpus host stripped this way must give the same
// verdicts as the original, and the real runtime must agree on one of them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliJson } from './support/cli.js';
import { BIN, ROOT, ensureFixtures } from './support/fixtures.js';

const OBJCOPY = ['llvm-objcopy', 'llvm-objcopy-19', 'llvm-objcopy-14'].find((c) => spawnSync(c, ['--version']).status === 0) ?? null;
const skip = OBJCOPY ? false : 'no llvm-objcopy (apt install llvm)';

interface Report { plugins: { file: string; loads: boolean; failure: { kind: string; package: string | null } | null }[] }
const verdicts = (host: string, plugins: string[]) =>
  cliJson<Report>(['check', '--format', 'json', '--host', host, ...plugins]).json.plugins.map((p) => ({ loads: p.loads, kind: p.failure?.kind ?? null, package: p.failure?.package ?? null }));

let dir: string;
describe('hosts without section headers are read from their dynamic segment', { skip }, () => {
  before(() => {
    ensureFixtures();
    dir = mkdtempSync(join(tmpdir(), 'gpc-sectionless-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const strip = (file: string, name: string) => {
    const out = join(dir, name);
    const r = spawnSync(OBJCOPY!, ['--strip-sections', file, out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return out;
  };

  for (const tc of ['go1.19.8', 'go1.26.8', 'go1.27.3']) {
    const d = join(BIN, 'linux-amd64', tc);
    test(`${tc}: every host, stripped of its section headers, gives the original's verdicts and build facts`, () => {
      const files = readdirSync(d).sort();
      const hosts = files.filter((f) => f.startsWith('host-') && !f.endsWith('.so'));
      const plugins = files.filter((f) => f.endsWith('.so')).slice(0, 12).map((f) => join(d, f));
      assert.ok(hosts.length >= 1 && plugins.length >= 3);
      for (const h of hosts) {
        const stripped = strip(join(d, h), `${tc}-${h}`);
        assert.deepEqual(verdicts(stripped, plugins), verdicts(join(d, h), plugins), `${tc}/${h}`);
        const [a, b] = [stripped, join(d, h)].map((f) => cliJson<{ binaries: { buildInfo: unknown; exportedHashes: unknown; goVersion: string }[] }>(['inspect', '--format', 'json', f]).json.binaries[0]!) as [{ buildInfo: unknown; exportedHashes: unknown; goVersion: string }, { buildInfo: unknown; exportedHashes: unknown; goVersion: string }];
        assert.deepEqual(a.buildInfo, b.buildInfo, `${h}: build info`);
        assert.deepEqual(a.exportedHashes, b.exportedHashes, `${h}: exported hashes`);
        assert.equal(a.goVersion, b.goVersion);
      }
    });
  }

  test('the real runtime agrees: a stripped host loads the plugin it should and refuses the other', async () => {
    const { runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: (c: unknown, bin: string) => Promise<{ results: { loads: boolean; error: string | null }[] }> };
    const host = strip(join(BIN, 'linux-amd64/go1.26.8/host-base'), 'real-host');
    for (const p of ['greeter-base.so', 'greeter-xxhash-v2.2.0.so']) {
      const plugin = join(BIN, 'linux-amd64/go1.26.8', p);
      const real = (await runCase({ host, plugins: [`linux-amd64/go1.26.8/${p}`] }, BIN)).results[0]!;
      const [ours] = verdicts(host, [plugin]);
      assert.equal(ours!.loads, real.loads, p);
      if (!real.loads) assert.match(real.error!, new RegExp(`different version of package ${ours!.package!.replace(/[.\\/]/g, '\\$&')}$`));
    }
  });
});
