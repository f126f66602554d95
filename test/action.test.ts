import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { ROOT, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

/** Runs the committed action bundle the way the runner does: inputs as INPUT_* variables. */
function runAction(inputs: Record<string, string>) {
  const tmp = mkdtempSync(join(tmpdir(), 'gpc-action-'));
  const output = join(tmp, 'output');
  const summary = join(tmp, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, GITHUB_WORKSPACE: ROOT };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], { env, encoding: 'utf8', timeout: 60_000 });
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses heredoc blocks: name<<delimiter / value / delimiter
  const lines = readFileSync(output, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.+?)<<(.+)$/.exec(lines[i]!);
    if (m) {
      outputs[m[1]!] = lines[i + 1]!;
      i += 2;
    }
  }
  return { code: r.status, stdout: r.stdout, outputs, summary: readFileSync(summary, 'utf8'), tmp };
}

describe('GitHub Action', () => {
  test('action.yml runs dist/index.js on node24 with the contract inputs and outputs', () => {
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    assert.match(yml, /using: node24/);
    assert.match(yml, /main: dist\/index\.js/);
    for (const k of ['host', 'manifest', 'plugins', 'require-symbols', 'fail-on', 'format', 'sarif-file']) assert.match(yml, new RegExp(`^  ${k}:`, 'm'), k);
    for (const k of ['compatible', 'report', 'errors', 'warnings']) assert.match(yml, new RegExp(`^  ${k}:`, 'm'), k);
  });

  test('the committed bundle is built from the current sources', async () => {
    const r = await build({
      entryPoints: [join(ROOT, 'src/action/main.ts')], bundle: true, platform: 'node', target: 'node20', format: 'esm', write: false,
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      legalComments: 'none', logLevel: 'silent', absWorkingDir: ROOT,
    });
    assert.equal(r.outputFiles[0]!.text, readFileSync(join(ROOT, 'dist/index.js'), 'utf8'), 'dist/index.js is stale: run npm run build');
  });

  test('an incompatible plugin: annotations, summary, outputs, JSON and SARIF; the step fails', () => {
    const r = runAction({
      host: 'fixtures/bin/linux-amd64/go1.26.8/host-base',
      plugins: 'fixtures/bin/linux-amd64/go1.26.8/alpha.so\nfixtures/bin/linux-amd64/go1.26.8/greeter-xxhash-*.so',
      'sarif-file': '',
      'fail-on': 'error',
    });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error (?=.*file=fixtures\/bin\/linux-amd64\/go1\.26\.8\/greeter-xxhash-v2\.2\.0\.so)(?=.*title=GPC105 module-version-mismatch).*::the plugin has github.com\/cespare\/xxhash\/v2 v2.2.0/m);
    assert.equal(r.outputs.compatible, 'false');
    assert.ok(Number(r.outputs.errors) >= 2);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    assert.equal(report.plugins.length, 2);
    assert.equal(report.plugins[1].failure.package, 'github.com/cespare/xxhash/v2');
    assert.match(r.summary, /1 of 2 plugins will not load/);
  });

  test('fail-on never, a manifest host and SARIF output', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gpc-action-m-'));
    const m = join(tmp, 'host.abi.json');
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'manifest', join(ROOT, 'fixtures/bin/linux-amd64/go1.26.8/host-base'), '-o', m]);
    const sarif = join(tmp, 'out.sarif');
    const r = runAction({ manifest: m, plugins: 'fixtures/bin/linux-amd64/go1.26.8/greeter-trimpath.so', 'fail-on': 'never', 'sarif-file': sarif });
    assert.equal(r.code, 0);
    assert.equal(r.outputs.compatible, 'false');
    assert.equal(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results[1].ruleId, 'GPC104');
  });

  test('a compatible set passes', () => {
    const r = runAction({ host: 'fixtures/bin/linux-amd64/go1.26.8/host-base', plugins: 'fixtures/bin/linux-amd64/go1.26.8/greeter-base.so', 'require-symbols': 'New' });
    assert.equal(r.code, 0);
    assert.equal(r.outputs.compatible, 'true');
    assert.equal(r.outputs.errors, '0');
  });
});
