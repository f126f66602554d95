// check's failure message is the runtime's own text where the runtime's text is known: plugin.Open
// dlopens the file's real path, so dlerror's words name the link's target, not the name given.
// Real plugin.Open (fixtures/loader.mjs) through a symbolic link, against check's JSON.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliJson } from './support/cli.js';
import { BIN, ROOT, ensureFixtures } from './support/fixtures.js';

type RunCase = (c: { host: string; plugins: string[] }, binDir: string) => Promise<{ results: { loads: boolean; error: string | null }[] }>;
let runCase: RunCase;
let dir: string;
const HOST = join(BIN, 'linux-amd64/go1.26.8/host-base');
// Which exported symbol the runtime names first follows map order: compare with the name masked.
const stable = (e: string) => e.replace(/could not find symbol \w+: (.*)undefined symbol: (\S+)\.\w+$/, 'could not find symbol <S>: $1undefined symbol: $2.<S>');

before(async () => {
  ensureFixtures();
  ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
  dir = mkdtempSync(join(tmpdir(), 'gpc-messages-'));
  symlinkSync(join(BIN, 'linux-amd64/go1.26.8/greeter-pluginpath.so'), join(dir, 'pp.so'));
  symlinkSync(HOST, join(dir, 'exe.so'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

for (const [file, kind] of [['pp.so', 'symbol-resolution'], ['exe.so', 'not-a-plugin']] as const) {
  test(`${kind}: the message names the file as dlopen saw it (the link's target)`, async () => {
    const real = (await runCase({ host: HOST, plugins: [file] }, dir)).results[0]!;
    const { json } = cliJson<{ plugins: { failure: { kind: string; message: string } | null }[] }>(['check', '--format', 'json', '--host', HOST, join(dir, file)]);
    const ours = json.plugins[0]!.failure!;
    assert.equal(ours.kind, kind);
    assert.ok(real.error, 'the runtime fails too');
    assert.ok(stable(real.error).endsWith(`: ${stable(ours.message)}`), `runtime: ${real.error}\nours:    ${ours.message}`);
  });
}
