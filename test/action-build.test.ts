// The Action's `build` input and several hosts, run from a bundle of the current
// sources (dist/index.js is rebuilt once at release time), the way the runner runs it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureSdk, goEnv, goOnPathVersion, prepareSource, removeFixcheckDir } from './support/e2e.js';
import { ROOT, ensureFixtures, isLinuxAmd64 } from './support/fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'gpc-action-build-'));
const bundle = join(tmp, 'index.mjs');

before(async () => {
  ensureFixtures();
  execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), 'action', bundle], { cwd: ROOT, stdio: 'pipe' });
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function runAction(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmp, 'run-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const e: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: dir, GITHUB_WORKSPACE: env.GITHUB_WORKSPACE ?? ROOT };
  for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [bundle], { env: e, encoding: 'utf8', timeout: 600_000 });
  const outputs: Record<string, string> = {};
  const lines = readFileSync(output, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.+?)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  // The summary escapes Markdown punctuation as entities; the tests read it as rendered.
  const rendered = readFileSync(summary, 'utf8').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: rendered };
}

describe('GitHub Action: several hosts and the build input', () => {
  test('several host lines: the summary shows the host × plugin matrix, the report has every host', () => {
    const r = runAction({
      host: 'fixtures/bin/linux-amd64/go1.26.8/host-base\nfixtures/bin/linux-amd64/go1.26.8/host-trimpath',
      plugins: 'fixtures/bin/linux-amd64/go1.26.8/greeter-base.so',
      'fail-on': 'error',
    });
    assert.equal(r.code, 1);
    assert.equal(r.outputs.compatible, 'false');
    assert.match(r.summary, /1 of 2 host\/plugin pairs will not load/);
    // One row per plugin, one column per host.
    assert.match(r.summary, /\| plugin \| <code>host-base<\/code> \(go1\.26\.8\) \| <code>host-trimpath<\/code> \(go1\.26\.8\) \|/);
    assert.match(r.summary, /\| <code>fixtures\/bin\/linux-amd64\/go1\.26\.8\/greeter-base\.so<\/code> \| ✅ \| ❌ package-mismatch <code>internal\/cpu<\/code> \|/);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as { hosts: { plugins: { loads: boolean }[] }[] };
    assert.deepEqual(report.hosts.map((h) => h.plugins[0]!.loads), [true, false]);
  });

  const skip = !isLinuxAmd64 ? 'needs linux/x64 to build plugins' : goOnPathVersion() !== 'go1.26.8' ? 'needs go1.26.8 on PATH (the corpus hosts were built with it)' : false;
  test('the build input aligns a plugin module with the host, builds it and checks it', { skip, timeout: 600_000 }, () => {
    ensureSdk();
    const dir = prepareSource('action-build', ['-require=github.com/cespare/xxhash/v2@v2.2.0']);
    const ws = mkdtempSync(join(tmp, 'ws-'));
    try {
      const r = runAction({ host: join(ROOT, 'fixtures/bin/linux-amd64/go1.26.8/host-trimpath'), build: dir }, { ...goEnv(), GITHUB_WORKSPACE: ws });
      assert.equal(r.code, 0, `${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
      assert.equal(r.outputs.built, 'greeter.so', 'built into the workspace, named as go build names it');
      assert.equal(r.outputs.compatible, 'true');
      assert.match(readFileSync(join(dir, 'go.mod'), 'utf8'), /github\.com\/cespare\/xxhash\/v2 v2\.3\.0/, 'go.mod edited in place');
    } finally {
      removeFixcheckDir(dir);
    }
  });
});
