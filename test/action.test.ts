import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT, ensureFixtures } from './support/fixtures.js';

const BIN = join(ROOT, 'fixtures/bin/linux-amd64/go1.26.8');
let bundle = '';

before(async () => {
  await ensureFixtures();
  // The Action as the runner runs it: node on a bundle built from the current sources, alone in a directory.
  const dir = mkdtempSync(join(tmpdir(), 'gpc-action-dist-'));
  chmodSync(dir, 0o755);
  bundle = join(dir, 'index.js');
  execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), 'action', bundle], { cwd: ROOT, stdio: 'pipe' });
});

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  tmp: string;
  /** Annotations the runner would make: `::error|warning|notice props::data` at a line's start. */
  annotations: { level: string; props: Record<string, string>; data: string }[];
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Runs the bundled Action the way the runner does: INPUT_* variables, output and summary files, RUNNER_TEMP, GITHUB_WORKSPACE. */
function runAction(inputs: Record<string, string>, workspace = ROOT, extra: { uid?: number; gid?: number } = {}): ActionRun {
  const tmp = mkdtempSync(join(tmpdir(), 'gpc-action-'));
  chmodSync(tmp, 0o777);
  const output = join(tmp, 'output');
  const summary = join(tmp, 'summary');
  writeFileSync(output, '', { mode: 0o666 });
  writeFileSync(summary, '', { mode: 0o666 });
  chmodSync(output, 0o666);
  chmodSync(summary, 0o666);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, GITHUB_WORKSPACE: workspace };
  // The runner names inputs INPUT_<NAME>, upper-cased, dashes kept.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [bundle], { env, cwd: workspace, encoding: 'utf8', timeout: 60_000, ...extra });
  const outputs: Record<string, string> = {};
  const lines = readFileSync(output, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.+?)<<(.+)$/.exec(lines[i]!);
    if (m) {
      outputs[m[1]!] = lines[i + 1]!;
      i += 2;
    }
  }
  const annotations: ActionRun['annotations'] = [];
  let stopped: string | null = null;
  for (const line of r.stdout.split(/\r\n|\r|\n/)) {
    const m = /^\s*::([a-z-]+|[0-9a-f-]{36})( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    if (stopped) {
      if (m[1] === stopped) stopped = null;
      continue;
    }
    if (m[1] === 'stop-commands') {
      stopped = m[3]!;
      continue;
    }
    if (!['error', 'warning', 'notice'].includes(m[1]!)) continue;
    const props: Record<string, string> = {};
    for (const p of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const [k, v] = p.split(/=(.*)/s);
      props[k!] = unescapeProperty(v ?? '');
    }
    annotations.push({ level: m[1]!, props, data: unescapeData(m[3]!) });
  }
  return { code: r.status, stdout: r.stdout + r.stderr, outputs, summary: readFileSync(summary, 'utf8'), tmp, annotations };
}

/** A workspace as a plugin repository has it: plugin modules with their go.mod, and built plugins. */
function makeWorkspace(): { ws: string; xxhashLine: number } {
  const ws = mkdtempSync(join(tmpdir(), 'gpc-ws-'));
  chmodSync(ws, 0o755);
  mkdirSync(join(ws, 'plugins/greeter'), { recursive: true });
  mkdirSync(join(ws, 'plugins/beta'), { recursive: true });
  const greeterMod = [
    '// The greeter plugin.',
    'module example.com/greeter',
    '',
    'go 1.19',
    '',
    'require (',
    '\texample.com/sdk v0.0.0',
    '\tgithub.com/cespare/xxhash/v2 v2.2.0 // pinned',
    ')',
    '',
    'replace example.com/sdk => ../../sdk',
    '',
  ].join('\n');
  writeFileSync(join(ws, 'plugins/greeter/go.mod'), greeterMod);
  writeFileSync(join(ws, 'plugins/beta/go.mod'), 'module example.com/beta\n\ngo 1.19\n\nrequire golang.org/x/sync v0.7.0\nrequire example.com/sdk v0.0.0\nreplace example.com/sdk => ../../sdk\n');
  mkdirSync(join(ws, 'build/more'), { recursive: true });
  copyFileSync(join(BIN, 'greeter-xxhash-v2.2.0.so'), join(ws, 'build/greeter-xxhash-v2.2.0.so'));
  for (const f of ['alpha.so', 'alpha-tags-sdkextra.so', 'beta.so', 'greeter-base.so', 'greeter-race.so', 'greeter-trimpath.so', 'greeter-gcflags-all-N-l.so', 'greeter-goexperiment.so', 'greeter-gomodcache.so', 'greeter-vendor.so', 'greeter-workdir.so', 'greeter-tags-sdkextra.so', 'greeter-cgo-cflags.so', 'greeter-goamd64-v3.so']) {
    copyFileSync(join(BIN, f), join(ws, 'build/more', f));
  }
  copyFileSync(join(BIN, 'host-base'), join(ws, 'build/host-base'));
  return { ws, xxhashLine: 8 };
}

describe('GitHub Action', () => {
  test('action.yml runs dist/index.js on node24 and describes every input and output', () => {
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    assert.match(yml, /using: node24/);
    assert.match(yml, /main: dist\/index\.js/);
    for (const k of ['host', 'manifest', 'plugins', 'build', 'require-symbols', 'fail-on', 'format', 'sarif-file', 'sarif-category', 'report-file', 'working-directory']) {
      assert.match(yml, new RegExp(`^  ${k}:\\n    description: .{20,}`, 'm'), k);
    }
    for (const k of ['compatible', 'report', 'errors', 'warnings', 'built']) assert.match(yml, new RegExp(`^  ${k}:\\n    description: .{10,}`, 'm'), k);
  });

  test('the committed bundle is built from the current sources', () => {
    // Built exactly as `npm run build` builds it (scripts/bundle.mjs action, with its esbuild plugins).
    const dir = mkdtempSync(join(tmpdir(), 'gpc-bundle-'));
    try {
      const out = join(dir, 'index.js');
      execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), 'action', out], { cwd: ROOT, stdio: 'pipe' });
      assert.equal(readFileSync(out, 'utf8'), readFileSync(join(ROOT, 'dist/index.js'), 'utf8'), 'dist/index.js is stale: run npm run build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('done when: go.mod line for a dependency mismatch, 10 per level with an overflow notice, workspace-relative paths, valid SARIF', () => {
    const { ws, xxhashLine } = makeWorkspace();
    const r = runAction({
      host: 'build/host-base',
      plugins: 'build/greeter-xxhash-v2.2.0.so\nbuild/more/*.so',
      'sarif-file': 'results/go-plugin-compat.sarif',
    }, ws);
    assert.equal(r.code, 1, r.stdout);
    // The dependency mismatch sits on the require line of the plugin's own go.mod.
    const dep = r.annotations.find((a) => a.props.title?.startsWith('GPC105') && a.data.startsWith('greeter-xxhash-v2.2.0.so will not load'));
    assert.ok(dep, r.stdout);
    assert.equal(dep.level, 'error');
    assert.equal(dep.props.file, 'plugins/greeter/go.mod');
    assert.equal(dep.props.line, String(xxhashLine));
    assert.match(dep.data, /plugin was built with a different version of package github\.com\/cespare\/xxhash\/v2/);
    assert.match(dep.data, /\$ go get github\.com\/cespare\/xxhash\/v2@v2\.3\.0/);
    // GitHub's limits: at most 10 per level (the step's failure message is one of the errors), one notice for the rest.
    const count = (l: string) => r.annotations.filter((a) => a.level === l).length;
    assert.equal(count('error'), 10, 'nine findings and the failure message');
    assert.ok(count('warning') <= 10);
    assert.ok(count('notice') <= 10);
    assert.ok(r.annotations.length <= 50);
    const overflow = r.annotations.filter((a) => a.level === 'notice' && /more finding/.test(a.data));
    assert.equal(overflow.length, 1);
    assert.match(overflow[0]!.data, /^\d+ more findings \(\d+ errors.*are in the job summary\.$/s);
    // The failure message is the last error.
    assert.equal(r.annotations.filter((a) => a.level === 'error').at(-1)!.props.file, undefined);
    // Paths are workspace-relative, never absolute.
    for (const a of r.annotations) if (a.props.file !== undefined) assert.doesNotMatch(a.props.file, /^\/|\.\./, a.props.file);
    assert.ok(r.annotations.some((a) => a.props.file === 'build/more/greeter-race.so'));
    // The summary: a table per plugin, collapsible details, under 1 MiB.
    assert.match(r.summary, /\| verdict \| package \| cause \| fix \|/);
    assert.match(r.summary, /<details><summary>/);
    assert.ok(Buffer.byteLength(r.summary) < 1024 * 1024);
    assert.equal(r.outputs.compatible, 'false');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    assert.ok(r.outputs.report!.startsWith(r.tmp));
    const f = report.plugins[0].findings.find((x: { rule: string }) => x.rule === 'GPC105');
    assert.deepEqual(f.location, { file: 'plugins/greeter/go.mod', inWorkspace: true, line: xxhashLine, kind: 'go.mod', directive: 'require', module: 'github.com/cespare/xxhash/v2' });
    // SARIF: relative to %SRCROOT%, a region everywhere, and valid for the official validator.
    const sarifPath = join(ws, 'results/go-plugin-compat.sarif');
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    const run = sarif.runs[0];
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${ws}/`);
    assert.ok(run.automationDetails.id);
    for (const res of run.results) {
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(loc.region.startLine >= 1);
      assert.ok(res.partialFingerprints['goPluginCompat/v1']);
    }
    assert.ok(run.results.some((res: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => res.ruleId === 'GPC105' && res.locations[0]!.physicalLocation.artifactLocation.uri === 'plugins/greeter/go.mod' && res.locations[0]!.physicalLocation.region.startLine === xxhashLine));
    for (const rule of run.tool.driver.rules) assert.match(rule.helpUri, /docs\/rules\/GPC\d{3}\.md$/);
  });

  test('a compatible set passes, with a manifest outside the workspace (absolute path)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gpc-action-m-'));
    const m = join(tmp, 'host.abi.json');
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'manifest', join(BIN, 'host-base'), '-o', m]);
    const r = runAction({ manifest: m, plugins: `${BIN}/greeter-base.s?`, 'require-symbols': 'New', 'fail-on': 'error' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.compatible, 'true');
    assert.equal(r.outputs.errors, '0');
  });

  test('working-directory: relative inputs resolve inside it', () => {
    const { ws } = makeWorkspace();
    const r = runAction({ 'working-directory': 'build', host: 'host-base', plugins: 'more/greeter-base.so', 'fail-on': 'never' }, ws);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.compatible, 'true');
    const bad = runAction({ 'working-directory': '../', host: 'host-base', plugins: 'x.so' }, ws);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^::error::input `working-directory`.*must be inside the workspace/m);
  });

  test('inputs are validated: enumerations, plugins or build', () => {
    for (const [k, v] of [['fail-on', 'errors'], ['format', 'sarif']] as const) {
      const r = runAction({ host: `${BIN}/host-base`, plugins: `${BIN}/greeter-base.so`, [k]: v });
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`^::error::input \`${k}\` must be one of`, 'm'));
    }
    const none = runAction({ host: `${BIN}/host-base` });
    assert.match(none.stdout, /^::error::set the `plugins` input/m);
  });

  test('paths: .. leaves the workspace, broken entries and unreadable inputs are reported, never skipped, never aborting', () => {
    const { ws } = makeWorkspace();
    symlinkSync('nowhere.so', join(ws, 'build/more/dangling.so'));
    symlinkSync('loop.so', join(ws, 'build/more/loop.so'));
    const r = runAction({ host: 'build/host-base', plugins: '../*.so\nbuild/more/*.so\nbuild/none-*.so', 'fail-on': 'never' }, ws);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs.compatible, 'false');
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const byFile = new Map<string, { failure: { kind: string; message: string } }>(report.plugins.map((p: { file: string }) => [p.file, p]));
    assert.match(byFile.get('../*.so')!.failure.message, /leaves the workspace/);
    assert.match(byFile.get('build/more/dangling.so')!.failure.message, /broken symbolic link/);
    assert.match(byFile.get('build/more/loop.so')!.failure.message, /broken symbolic link/);
    assert.match(byFile.get('build/none-*.so')!.failure.message, /matches no file/);
    assert.ok(byFile.has('build/more/greeter-base.so'), 'the other plugins are still judged');
  });

  test('an unreadable directory in a glob is reported (run as an unprivileged user)', { skip: process.getuid?.() !== 0 ? 'needs root to switch to an unprivileged user' : false }, () => {
    const { ws } = makeWorkspace();
    mkdirSync(join(ws, 'build/more/locked'));
    copyFileSync(join(BIN, 'greeter-base.so'), join(ws, 'build/more/locked/hidden.so'));
    chmodSync(join(ws, 'build/more/locked'), 0o000);
    const r = runAction({ host: 'build/host-base', plugins: 'build/more/**/*.so', 'fail-on': 'never' }, ws, { uid: 65534, gid: 65534 });
    assert.equal(r.code, 0, r.stdout);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const locked = report.plugins.find((p: { file: string }) => p.file === 'build/more/locked');
    assert.ok(locked, r.stdout);
    assert.match(locked.failure.message, /cannot list directory: permission denied/);
    assert.equal(r.outputs.compatible, 'false');
  });

  test('sarif-file and report-file: only inside the workspace or RUNNER_TEMP, never through a symbolic link', () => {
    const { ws } = makeWorkspace();
    const outside = mkdtempSync(join(tmpdir(), 'gpc-outside-'));
    const base = { host: 'build/host-base', plugins: 'build/more/greeter-base.so' };
    const r1 = runAction({ ...base, 'sarif-file': join(outside, 'x.sarif') }, ws);
    assert.equal(r1.code, 1);
    assert.match(r1.stdout, /^::error::sarif-file .* is outside the workspace/m);
    assert.ok(!existsSync(join(outside, 'x.sarif')));
    symlinkSync(join(outside, 'victim'), join(ws, 'link.sarif'));
    const r2 = runAction({ ...base, 'sarif-file': 'link.sarif' }, ws);
    assert.match(r2.stdout, /^::error::sarif-file \S*link\.sarif is a symbolic link/m);
    assert.ok(!existsSync(join(outside, 'victim')));
    symlinkSync(outside, join(ws, 'linkdir'));
    const r3 = runAction({ ...base, 'report-file': 'linkdir/report.json' }, ws);
    assert.match(r3.stdout, /^::error::report-file .*outside the workspace/m);
    assert.ok(!existsSync(join(outside, 'report.json')));
  });

  test('hostile file names never become runner commands', () => {
    const { ws } = makeWorkspace();
    const evil = 'evil\n::add-mask::x ##[error]y %0A::warning::z.so';
    copyFileSync(join(BIN, 'greeter-xxhash-v2.2.0.so'), join(ws, 'build/more', evil));
    const r = runAction({ host: 'build/host-base', plugins: 'build/more/evil*', 'fail-on': 'never' }, ws);
    assert.equal(r.code, 0, r.stdout);
    // Every annotation comes from us: our levels and titles only, the name inside the data/properties.
    for (const a of r.annotations) assert.match(a.props.title ?? 'GPC', /^(GPC\d{3}|go-plugin-compat)/);
    assert.ok(!/^\s*::add-mask::/m.test(r.stdout.replace(/::stop-commands::[\s\S]*?::[0-9a-f-]{36}::/g, '')));
    assert.ok(r.annotations.some((a) => a.data.includes(evil.replace('##[', '#\u200b#['))), r.stdout);
  });
});
