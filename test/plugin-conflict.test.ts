// GPC202 when the conflicting plugin is another build of the same plugin (a stale or failed build
// left in a plugin folder): the package in the way is the plugin's own main package, so there is
// no module to align; the fix is to load one build. Real load of both orders' first (fixtures/loader.mjs).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { cliJson } from './support/cli.js';
import { BIN, ROOT, ensureFixtures } from './support/fixtures.js';

type RunCase = (c: { host: string; plugins: string[] }, binDir: string) => Promise<{ results: { loads: boolean; error: string | null }[] }>;
let runCase: RunCase;
before(async () => {
  ensureFixtures();
  ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
});

test('a failed build of a plugin, then a good build of it: the good one fails on its own main package, and the fix is to load one build', async () => {
  const plugins = ['linux-amd64/go1.26.8/greeter-trimpath.so', 'linux-amd64/go1.26.8/greeter-base.so'];
  const real = await runCase({ host: 'linux-amd64/go1.26.8/host-base', plugins }, BIN);
  assert.equal(real.results[0]!.loads, false);
  assert.match(real.results[1]!.error ?? '', /different version of package example\.com\/greeter$/);
  const { json } = cliJson<{ plugins: { loads: boolean; failure: { package: string } | null; findings: { rule: string; fix?: string; commands?: string[] }[] }[] }>(
    ['check', '--format', 'json', '--host', join(BIN, 'linux-amd64/go1.26.8/host-base'), ...plugins.map((p) => join(BIN, p))],
  );
  assert.equal(json.plugins[1]!.failure?.package, 'example.com/greeter');
  const f = json.plugins[1]!.findings.find((x) => x.rule === 'GPC202')!;
  assert.match(f.fix!, /another build of this same plugin \(plugin path example\.com\/greeter\): load only one of them/);
  assert.equal(f.commands, undefined, 'no module to align');
});
