// A plugin cut short (an interrupted copy or download): dlopen maps its segments anyway, and the host
// dies with SIGBUS touching the missing pages, so the plugins after it are never opened. Real
// plugin.Open (fixtures/loader.mjs) against check, for cuts inside each loadable segment.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cliJson } from './support/cli.js';
import { BIN, ROOT, ensureFixtures } from './support/fixtures.js';

const HOST = join(BIN, 'linux-amd64/go1.26.8/host-base');
const GOOD = join(BIN, 'linux-amd64/go1.26.8/greeter-base.so');
type RunCase = (c: { host: string; plugins: string[] }, binDir: string) => Promise<{ results: { loads: boolean; reached?: boolean }[]; stderr: string; signal: string | null; exitCode: number | null }>;
let runCase: RunCase;
let dir: string;

/** The file ranges of the PT_LOAD segments of a 64-bit little-endian ELF file. */
function loadSegments(b: Buffer): { offset: number; end: number }[] {
  const phoff = Number(b.readBigUInt64LE(32));
  const out = [];
  for (let i = 0; i < b.readUInt16LE(56); i++) {
    const o = phoff + i * 56;
    if (b.readUInt32LE(o) !== 1) continue;
    const offset = Number(b.readBigUInt64LE(o + 8));
    out.push({ offset, end: offset + Number(b.readBigUInt64LE(o + 32)) });
  }
  return out;
}

before(async () => {
  ensureFixtures();
  ({ runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: RunCase });
  dir = mkdtempSync(join(tmpdir(), 'gpc-trunc-'));
  copyFileSync(GOOD, join(dir, 'good.so'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a plugin cut inside a loadable segment: the host dies with SIGBUS, check says host-crash and that later plugins are not reached', async () => {
  const segs = loadSegments(readFileSync(GOOD)).filter((s) => s.end > s.offset + 8192);
  assert.ok(segs.length >= 2);
  for (const [k, s] of segs.entries()) {
    // Past the segment's first page, so that the ELF header and the tables before it stay whole.
    const cut = s.offset + Math.floor((s.end - s.offset) / 2);
    const name = `cut-${k}.so`;
    copyFileSync(GOOD, join(dir, name));
    truncateSync(join(dir, name), cut);
    const real = await runCase({ host: HOST, plugins: [name, 'good.so'] }, dir);
    assert.match(real.stderr, /SIGBUS/, `${name}: ${real.stderr.slice(0, 300)}`);
    assert.equal(real.results[1]!.reached, false);
    const { code, json } = cliJson<{ plugins: { failure: { kind: string; message: string } | null; findings: { rule: string }[] }[] }>(['check', '--format', 'json', '--host', HOST, join(dir, name), join(dir, 'good.so')]);
    assert.equal(code, 2, 'a damaged file is still unreadable input');
    assert.equal(json.plugins[0]!.failure?.kind, 'host-crash');
    assert.match(json.plugins[0]!.failure!.message, /^SIGBUS: bus error \(ELF segment LOAD#\d+ .* the file is truncated\)$/);
    assert.deepEqual(json.plugins[0]!.findings.map((f) => f.rule), ['GPC012']);
    assert.match(json.plugins[1]!.failure?.message ?? '', /not reached/);
  }
});
