import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { multiHost } from '../src/check/multi-host.js';
import { runCheck, type CheckReport, type PluginReport } from '../src/check/run-check.js';
import { readPlugins } from '../src/cli/check.js';
import { loadHost } from '../src/cli/load-host.js';
import { PER_LEVEL, planAnnotations } from '../src/report/annotations.js';
import { checkJson } from '../src/report/check-json.js';
import { checkSarif } from '../src/report/sarif.js';
import { checkText } from '../src/report/check-text.js';
import { commandsWhere, compose, pluginGoMod, problemLine } from '../src/report/compose.js';
import { SUMMARY_LIMIT, appendStepSummary, jobSummary } from '../src/report/summary.js';
import { markdownCode, markdownText } from '../src/report/escape.js';
import { indexGoMods } from '../src/workspace/go-mods.js';
import { ROOT, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

function check(dir: string, host: string, plugins: string[]): CheckReport {
  const h = loadHost(join(ROOT, 'fixtures/bin/linux-amd64', dir, host));
  const ps = readPlugins(plugins.map((p) => join(ROOT, 'fixtures/bin/linux-amd64', p)), h.facts.goarch).map((p, i) => ({ ...p, file: `fixtures/bin/linux-amd64/${plugins[i]}` }));
  return runCheck({ ...h.facts, file: host }, h.source, ps);
}
const at = (r: CheckReport, rule: string) => {
  const c = compose([r], { workspace: ROOT, goMods: () => indexGoMods(join(ROOT, 'fixtures/src')) });
  return c.findings.find((f) => f.finding.rule === rule)?.location;
};

describe('placing findings on go.mod lines', () => {
  test('from build info: the require line of the differing module', () => {
    assert.deepEqual(at(check('go1.26.8', 'host-base', ['go1.26.8/greeter-xxhash-v2.2.0.so']), 'GPC105'),
      { file: 'fixtures/src/plugins/greeter/go.mod', inWorkspace: true, line: 7, kind: 'go.mod', directive: 'require', module: 'github.com/cespare/xxhash/v2' });
  });
  test('without build info (go1.19 plugin): the module recovered from the plugin path', () => {
    const r = check('go1.19.8', 'host-base', ['go1.19.8/greeter-xxhash-v2.2.0.so']);
    assert.equal(r.plugins[0]!.source.mainModule, null);
    assert.equal(at(r, 'GPC105')?.file, 'fixtures/src/plugins/greeter/go.mod');
    assert.equal(at(r, 'GPC105')?.line, 7);
  });
  test('a toolchain mismatch: the toolchain line, else the go line', () => {
    const r = check('go1.26.8', 'host-base', ['go1.27.3/greeter-base.so']);
    const l = at(r, 'GPC101');
    assert.equal(l?.file, 'fixtures/src/plugins/greeter/go.mod');
    assert.equal(l?.directive, 'go');
    assert.equal(l?.line, 3);
  });
  test('a replace decides the source: its line is the one to change; outside the workspace the plugin file stays', () => {
    const ws = mkdtempSync(join(tmpdir(), 'gpc-compose-'));
    mkdirSync(join(ws, 'g'));
    writeFileSync(join(ws, 'g/go.mod'), 'module example.com/greeter\n\nrequire github.com/cespare/xxhash/v2 v2.3.0\n\nreplace github.com/cespare/xxhash/v2 => github.com/cespare/xxhash/v2 v2.2.0\n');
    const r = check('go1.26.8', 'host-base', ['go1.26.8/greeter-replace-version.so']);
    const c = compose([r], { workspace: ws, cwd: ROOT, goMods: () => indexGoMods(ws) });
    const f = c.findings.find((x) => x.finding.rule === 'GPC106')!;
    assert.deepEqual([f.location.file, f.location.line, f.location.directive], ['g/go.mod', 5, 'replace']);
    const v = c.findings.find((x) => x.finding.rule === 'GPC001')!;
    assert.equal(v.location.inWorkspace, false);
    assert.match(v.location.file, /^\/.*greeter-replace-version\.so$/);
  });
  test("the go.mod search skips module caches (a GOPATH in the workspace): their modules are other people's", () => {
    const ws = mkdtempSync(join(tmpdir(), 'gpc-gomods-'));
    try {
      for (const [dir, mod] of [['plugin', 'example.com/p'], ['go/pkg/mod/github.com/x/y@v1.0.0', 'github.com/x/y'], ['go/pkg/mod/golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64', 'golang.org/toolchain'], ['cache-test/cache', 'example.com/keep']] as const) {
        mkdirSync(join(ws, dir), { recursive: true });
        writeFileSync(join(ws, dir, 'go.mod'), `module ${mod}\n`);
      }
      mkdirSync(join(ws, 'go/pkg/mod/cache/download/github.com/x/y/@v'), { recursive: true });
      writeFileSync(join(ws, 'go/pkg/mod/cache/download/github.com/x/y/@v/go.mod'), 'module github.com/x/y\n');
      mkdirSync(join(ws, 'go/pkg/mod/cache/vcs/sub'), { recursive: true });
      writeFileSync(join(ws, 'go/pkg/mod/cache/vcs/sub/go.mod'), 'module example.com/vcs\n');
      // A directory named cache without download/ is an ordinary directory.
      assert.deepEqual(indexGoMods(ws).files.map((f) => f.mod.module?.path).sort(), ['example.com/keep', 'example.com/p']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
  test('go.mod search is lazy: not called when no finding can be placed', () => {
    let called = 0;
    compose([check('go1.26.8', 'host-base', ['go1.26.8/greeter-base.so'])], { workspace: ROOT, goMods: () => (called++, null) });
    assert.equal(called, 0);
  });
});

describe('where commands run', () => {
  const composed = (host: string, plugin: string, goMods = true) =>
    compose([check('go1.26.8', host, [`go1.26.8/${plugin}`])], { workspace: ROOT, ...(goMods ? { goMods: () => indexGoMods(join(ROOT, 'fixtures/src')) } : {}) });
  test("a plugin-side fix names the plugin's module directory in every output; the host's own rebuild does not", () => {
    const c = composed('host-base', 'greeter-gcflags-all-N-l.so');
    const gc = c.findings.find((f) => f.finding.rule === 'GPC107')!;
    assert.equal(gc.commandsDir, 'fixtures/src/plugins/greeter');
    assert.equal(commandsWhere(gc), 'in fixtures/src/plugins/greeter');
    const text = checkText(c);
    assert.match(text, /\n {11}in fixtures\/src\/plugins\/greeter:\n {13}\$ go build -buildmode=plugin/);
    assert.match(text, /then build it with the host's settings, in fixtures\/src\/plugins\/greeter:\n/);
    const json = JSON.parse(checkJson(c)) as { plugins: { findings: { rule: string; commandsDir?: string | null }[] }[] };
    assert.equal(json.plugins[0]!.findings.find((f) => f.rule === 'GPC107')!.commandsDir, 'fixtures/src/plugins/greeter');
    assert.match(planAnnotations(c, { reserveErrors: 1, overflowWhere: 'x' }).annotations.map((a) => a.message).join('\n'), /Run in fixtures\/src\/plugins\/greeter:\n {2}\$ go build/);
    // No go.mod to find: said in words, never a guessed directory.
    const unknown = composed('host-base', 'greeter-gcflags-all-N-l.so', false).findings.find((f) => f.finding.rule === 'GPC107')!;
    assert.equal(unknown.commandsDir, null);
    assert.equal(commandsWhere(unknown), "in the plugin's module directory");
    // GPC003: the commands rebuild the host, not the plugin.
    const noSupport = composed('host-nocgo', 'greeter-base.so').findings.find((f) => f.finding.rule === 'GPC003')!;
    assert.equal(noSupport.finding.commandsFor, 'host');
    assert.equal(noSupport.commandsDir, null);
    assert.equal(commandsWhere(noSupport), null);
  });
  test('without a main module (go build file.go): the go.mod go used for a build directory, not a local replacement\'s, and the innermost of nested ones', () => {
    const ws = mkdtempSync(join(tmpdir(), 'gpc-homes-'));
    try {
      const mod = (dir: string, text: string) => {
        mkdirSync(join(ws, dir), { recursive: true });
        writeFileSync(join(ws, dir, 'go.mod'), text);
      };
      // The plugin's module replaces xxhash with ./xx, a module of its own with Go files at its root;
      // the plugin's main package is in cmd/p, so its module root holds no Go file.
      mod('repo', 'module example.com/greeter\n\nrequire github.com/cespare/xxhash/v2 v2.3.0\n\nreplace github.com/cespare/xxhash/v2 => ./xx\n');
      mod('repo/xx', 'module github.com/cespare/xxhash/v2\n');
      writeFileSync(join(ws, 'repo/xx/xxhash.go'), 'package xxhash\n');
      mkdirSync(join(ws, 'repo/cmd/p'), { recursive: true });
      writeFileSync(join(ws, 'repo/cmd/p/main.go'), 'package main\n');
      // A copy of the module with a nested go.mod where the plugin was built.
      mod('copy', 'module example.com/other\n');
      mod('copy/inner', 'module example.com/other\n');
      const report = (dirs: string[]) => ({ file: 'p.so', pluginPath: 'plugin/unnamed-0123', source: { mainModule: null, mainPackage: 'command-line-arguments', dirs } }) as unknown as PluginReport;
      const idx = indexGoMods(ws);
      const plugin = join(ws, 'bin', 'p.so');
      assert.equal(pluginGoMod(report([join(ws, 'repo/cmd/p'), join(ws, 'repo/xx')]), plugin, idx)?.file, join(ws, 'repo/go.mod'));
      // Only the replacement's directory among the build directories (go build cmd/p/main.go lists no other).
      assert.equal(pluginGoMod(report([join(ws, 'repo/xx')]), plugin, idx)?.file, join(ws, 'repo/go.mod'));
      assert.equal(pluginGoMod(report([join(ws, 'repo'), join(ws, 'repo/xx')]), plugin, idx)?.file, join(ws, 'repo/go.mod'));
      assert.equal(pluginGoMod(report([join(ws, 'copy/inner')]), plugin, idx)?.file, join(ws, 'copy/inner/go.mod'));
      assert.deepEqual(idx.problems, []);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
  test('two go.mod files declaring the plugin\'s module: the one holding its Go files wins over a planted decoy; a true tie names none', () => {
    const ws = mkdtempSync(join(tmpdir(), 'gpc-decoy-'));
    try {
      const greeter = join(ROOT, 'fixtures/src/plugins/greeter');
      // "aaa" sorts first and sits as near the plugin file as the real module does.
      mkdirSync(join(ws, 'aaa'));
      writeFileSync(join(ws, 'aaa/go.mod'), readFileSync(join(greeter, 'go.mod')));
      writeFileSync(join(ws, 'aaa/main_test.go'), 'package main\n');
      mkdirSync(join(ws, 'plugins/greeter'), { recursive: true });
      for (const f of ['go.mod', 'main.go']) writeFileSync(join(ws, 'plugins/greeter', f), readFileSync(join(greeter, f)));
      const run = () => compose([check('go1.26.8', 'host-base', ['go1.26.8/greeter-gcflags-all-N-l.so'])], { workspace: ws, cwd: ROOT, goMods: () => indexGoMods(ws) });
      const real = run();
      const gc = real.findings.find((f) => f.finding.rule === 'GPC107')!;
      assert.equal(gc.commandsDir, 'plugins/greeter');
      assert.deepEqual(real.problems, []);
      // The decoy copies a Go file too: nothing decides, so no directory is guessed and the tie is reported.
      writeFileSync(join(ws, 'aaa/main.go'), 'package main\n');
      const tied = run();
      const t = tied.findings.find((f) => f.finding.rule === 'GPC107')!;
      assert.equal(t.commandsDir, null);
      assert.equal(t.location.kind, 'plugin');
      assert.equal(tied.problems.length, 1);
      assert.match(tied.problems[0]!.message, /^2 go\.mod files declare module example\.com\/greeter and nothing tells which one built .*; its findings stay on the plugin file$/);
      // The job summary says it once, in the words check prints on stderr (no path repeated in front).
      const summary = jobSummary(tied);
      assert.ok(summary.includes(`noted 1 problem: ${markdownCode(problemLine(tied.problems[0]!))}._`), summary);
      assert.ok(summary.includes(markdownText(join(ws, 'plugins/greeter/go.mod'))), 'the summary names both go.mod files');
      // JSON and SARIF carry it too: a script or code scanning can tell why the finding is on the plugin file.
      const json = JSON.parse(checkJson(tied)) as { goModProblems: { path: string; message: string }[] };
      assert.deepEqual(json.goModProblems, [{ path: tied.problems[0]!.path, message: problemLine(tied.problems[0]!) }]);
      assert.deepEqual((JSON.parse(checkJson(real)) as { goModProblems: unknown[] }).goModProblems, []);
      // Many copies: the line names the first five and counts the rest.
      for (const d of ['c1', 'c2', 'c3', 'c4', 'c5']) {
        mkdirSync(join(ws, d));
        for (const f of ['go.mod', 'main.go']) writeFileSync(join(ws, d, f), readFileSync(join(greeter, f)));
      }
      const many = run().problems[0]!.message;
      assert.match(many, /^7 go\.mod files declare module example\.com\/greeter .*: (?:[^,]+, ){4}[^,]+ and 2 more; its findings stay on the plugin file$/);
      const sarif = JSON.parse(checkSarif(tied)) as { runs: { invocations: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
      const notes = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications;
      assert.equal(notes.length, 1);
      assert.equal(notes[0]!.level, 'warning');
      assert.ok(notes[0]!.message.text.startsWith(problemLine(tied.problems[0]!)), notes[0]!.message.text);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('GPC106 for a plugin-side directory replace', () => {
  test('the fix also says that the changes in the directory can only come through the host', () => {
    const f = check('go1.26.8', 'host-base', ['go1.26.8/greeter-replace-dir.so']).plugins[0]!.findings.find((x) => x.rule === 'GPC106')!;
    assert.match(f.fix!, /if the plugin needs changes made in its local copy of github\.com\/cespare\/xxhash\/v2, the host must be built with the same replace instead/);
    const versioned = check('go1.26.8', 'host-base', ['go1.26.8/greeter-replace-version.so']).plugins[0]!.findings.find((x) => x.rule === 'GPC106')!;
    assert.doesNotMatch(versioned.fix!, /local copy/, 'a replace by a module version is no local copy');
  });
});

describe('annotation plan and summary limits', () => {
  const many = check('go1.26.8', 'host-base', ['alpha.so', 'beta.so', 'greeter-xxhash-v2.2.0.so', 'greeter-race.so', 'greeter-trimpath.so', 'greeter-gcflags-all-N-l.so', 'greeter-goexperiment.so', 'greeter-gomodcache.so', 'greeter-vendor.so', 'greeter-workdir.so', 'greeter-tags-sdkextra.so', 'alpha-tags-sdkextra.so'].map((f) => `go1.26.8/${f}`));
  test('per level and per job, with one overflow notice', () => {
    const c = compose([many], { workspace: ROOT, goMods: () => indexGoMods(join(ROOT, 'fixtures/src')) });
    const p = planAnnotations(c, { reserveErrors: 1, overflowWhere: 'the job summary' });
    const n = (l: string) => p.annotations.filter((a) => a.level === l).length;
    assert.equal(n('error'), PER_LEVEL - 1);
    assert.ok(n('warning') <= PER_LEVEL && n('notice') <= PER_LEVEL);
    assert.match(p.annotations.at(-1)!.message, /more findings .* are in the job summary/);
    // The job budget wins over the per-level caps.
    const small = planAnnotations(c, { reserveErrors: 1, jobBudget: 5, overflowWhere: 'x' });
    assert.equal(small.annotations.length, 4, '3 annotations, the overflow notice, and the failure message = 5');
    // Errors first; the first is the cause of the package the runtime names for the first failing plugin.
    assert.equal(p.annotations[0]!.level, 'error');
  });
  test('the summary stays under 1 MiB however many plugins', () => {
    const huge: CheckReport = { ...many, plugins: Array.from({ length: 400 }, () => many.plugins).flat() };
    const s = jobSummary(compose([huge], { workspace: ROOT }));
    assert.ok(Buffer.byteLength(s) < 1024 * 1024, String(Buffer.byteLength(s)));
    assert.match(s, /more plugins not shown \(the summary is limited to 1 MiB\)/);
  });
  test('several hosts and hundreds of plugins, appended after what the step already wrote: the file stays under 1 MiB', () => {
    const huge: CheckReport = { ...many, plugins: Array.from({ length: 400 }, () => many.plugins).flat() };
    const reports = [huge, { ...huge, host: { ...huge.host, file: 'other-host' } }, { ...huge, host: { ...huge.host, file: 'third-host' } }];
    const dir = mkdtempSync(join(tmpdir(), 'gpc-summary-'));
    try {
      for (const before of [0, 300 * 1024, 1000 * 1024, 1020 * 1024, 2 << 20]) {
        const file = join(dir, `summary-${before}.md`);
        writeFileSync(file, 'x'.repeat(before));
        appendStepSummary(file, multiHost(reports), compose(reports, { workspace: ROOT }), { blobBase: null });
        const total = statSync(file).size;
        if (before < SUMMARY_LIMIT) assert.ok(total < SUMMARY_LIMIT, `${before} + ours = ${total}`);
        else assert.equal(total, before, 'a file already over the limit gets nothing more');
        const ours = readFileSync(file, 'utf8').slice(before).replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
        if (before === 0) {
          assert.match(ours, /^### go-plugin-compat: \d+ of 14400 host\/plugin pairs will not load/);
          assert.match(ours, /more plugins not shown \(the summary is limited to 1 MiB\)/);
          assert.match(ours, /\| plugin \| <code>host-base<\/code> \(go1\.26\.8\) \| <code>other-host<\/code>/);
        }
        if (before === 1020 * 1024) assert.match(ours, /no room left in the job summary/);
        if (before === 1000 * 1024) assert.match(ours, /^### go-plugin-compat: /, 'a small room still takes the head of the matrix');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('hundreds of hosts: their headlines count too, and the hosts that do not fit are counted', () => {
    const longName = `hosts/${'h'.repeat(1900)}`;
    const reports = Array.from({ length: 400 }, (_, i) => ({ ...many, host: { ...many.host, file: `${longName}-${i}` } }));
    const s = jobSummary(compose(reports, { workspace: ROOT }), { blobBase: null });
    assert.ok(Buffer.byteLength(s) < 1024 * 1024, String(Buffer.byteLength(s)));
    assert.match(s, /\d+ more hosts not shown \(the summary is limited to 1 MiB\)/);
  });
  test('a summary file that is a FIFO or a directory is skipped, not waited on; hundreds of host columns stay bounded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-summary-odd-'));
    try {
      const fifo = join(dir, 'fifo');
      execFileSync('mkfifo', [fifo]);
      const c = compose([many], { workspace: ROOT });
      appendStepSummary(fifo, multiHost([many]), c, { blobBase: null });
      appendStepSummary(dir, multiHost([many]), c, { blobBase: null });
      const reports = Array.from({ length: 600 }, (_, i) => ({ ...many, host: { ...many.host, file: `${'-'.repeat(240)}${i}` } }));
      const file = join(dir, 'sum.md');
      appendStepSummary(file, multiHost(reports), compose(reports, { workspace: ROOT }), { blobBase: null });
      assert.ok(statSync(file).size < SUMMARY_LIMIT, String(statSync(file).size));
      assert.match(readFileSync(file, 'utf8'), /550 more hosts not shown as columns/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('hostile strings in the summary stay text', () => {
    const evil = '| x | <script>alert(1)</script> [a](http://e) @all\n## h';
    const r: CheckReport = { ...many, plugins: many.plugins.slice(0, 1).map((p) => ({ ...p, file: evil, failure: p.failure && { ...p.failure, message: evil } })) };
    const s = jobSummary(compose([r], { workspace: ROOT }));
    assert.ok(!s.includes('<script>') && !s.includes('[a](') && !s.includes('@all') && !s.includes('\n## h'));
  });
});

describe('summary links', () => {
  test('go.mod lines link to the file at the commit; odd runner variables give no link', async () => {
    const { blobBaseFromEnv } = await import('../src/report/summary.js');
    const r = check('go1.26.8', 'host-base', ['go1.26.8/greeter-xxhash-v2.2.0.so']);
    const c = compose([r], { workspace: ROOT, goMods: () => indexGoMods(join(ROOT, 'fixtures/src')) });
    const s = jobSummary(c, { blobBase: 'https://github.com/o/r/blob/' + 'a'.repeat(40) });
    assert.match(s, /<a href="https:\/\/github\.com\/o\/r\/blob\/a{40}\/fixtures\/src\/plugins\/greeter\/go\.mod#L7"><code>/);
    assert.equal(blobBaseFromEnv({ GITHUB_SERVER_URL: 'javascript:alert(1)//', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'a'.repeat(40) }), null);
    assert.equal(blobBaseFromEnv({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r"><x', GITHUB_SHA: 'a'.repeat(40) }), null);
    assert.doesNotMatch(jobSummary(c, { blobBase: null }), /<a href/);
  });
});
