import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import {
  guardRunnerCommands, jsonForLog, markdownText, terminalText, workflowData, workflowProperty,
} from '../src/report/escape.js';
import { shellAssign, shellCommand, shellWord } from '../src/report/shell-quote.js';
import type { BuildReport } from '../src/build/run-build.js';
import { buildText } from '../src/report/build-text.js';

/** Strings an attacker controls: file names, module paths, settings read from a binary. */
export const HOSTILE = [
  'x\n::error::pwned',
  'x\r::add-mask::secret',
  'x\r\n::stop-commands::tok',
  '  ::set-output name=a::b',
  '\u00a0::warning::nbsp',
  '\u0085::notice::nel',
  'a ##[add-mask]b',
  '##[error]legacy',
  '%0A::error::pre-escaped',
  'a,b:c=d%2C',
  '\u001b[31mred\u001b[0m\u001b]8;;http://evil\u0007link',
  '\u009b31m C1 CSI',
  'safe\u202eevil\u202c',
  '\u2066isolate\u2069\u200f',
  'line\u2028sep',
  '| cell | <img src=x onerror=alert(1)> [link](http://evil) @everyone ![i](x) `code` **b** <details>',
  "quote ' \" $(touch /tmp/gpc-pwned) `id` ; rm -rf ~ & | > < * ? [a] {b,c} !x #c \\ \t",
  '--help',
  '',
];

/** What the runner would do with one line: parse it as a command (TryParseV2, then TryParse). */
function runnerCommand(line: string): string | null {
  // .NET TrimStart trims Unicode white space including NEL.
  const t = line.replace(/^[\s\u0085]+/, '');
  if (t.startsWith('::') && t.indexOf('::', 2) > 2) return t.slice(2, t.indexOf('::', 2)).split(' ')[0]!;
  const i = line.indexOf('##[');
  if (i >= 0 && line.indexOf(']', i) > i) return line.slice(i + 3, line.indexOf(']', i)).split(' ')[0]!;
  return null;
}
const runnerLines = (out: string) => out.split(/\r\n|\r|\n/);

/** The runner's own unescaping (ActionCommand.UnescapeData / UnescapeProperty). */
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** What a reader sees of `s` in an annotation: its line breaks, and every other control as terminalText shows it. */
const visible = (s: string) => s.split(/(\r|\n)/).map((part) => (part === '\r' || part === '\n' ? part : terminalText(part))).join('');

describe('workflow command sink', () => {
  for (const h of HOSTILE) {
    test(`round-trips and stays one command: ${JSON.stringify(h)}`, () => {
      const line = `::error file=${workflowProperty(h)},title=${workflowProperty(h)}::${workflowData(h)}`;
      const lines = runnerLines(line);
      assert.equal(lines.length, 1);
      assert.equal(runnerCommand(line), 'error');
      assert.ok(!line.includes('##['));
      const data = line.slice(line.indexOf('::', 2) + 2);
      // The data shows the same text, except that `##[` carries a zero-width space and controls are shown as escapes.
      assert.equal(unescapeData(data), visible(h).replace(/##\[/g, '#\u200b#['));
      const info = line.slice(2, line.indexOf('::', 2));
      const props = info.slice(info.indexOf(' ') + 1).split(',');
      assert.equal(props.length, 2);
      assert.equal(unescapeProperty(props[0]!.slice('file='.length)), visible(h).replace(/##\[/g, '#\u200b#['));
    });
  }
});

describe('log guard (text output under GITHUB_ACTIONS)', () => {
  test('no line of hostile text is a runner command', () => {
    const text = HOSTILE.map((h) => `prefix ${h}\n${h}\n   ${h}`).join('\n');
    for (const line of runnerLines(guardRunnerCommands(text))) assert.equal(runnerCommand(line), null, JSON.stringify(line));
  });
  test('ordinary text is unchanged', () => {
    const t = 'host a (go1.26.8): loads plugins\n  ✗ GPC105 the plugin has x v1, the host has x v2\n    $ go mod edit -require=x@v2\n';
    assert.equal(guardRunnerCommands(t), t);
  });
  test('JSON keeps its value and loses `##[`', () => {
    const v = { a: HOSTILE };
    const out = jsonForLog(JSON.stringify(v, null, 2));
    assert.deepEqual(JSON.parse(out), v);
    for (const line of runnerLines(out)) assert.equal(runnerCommand(line), null, line);
  });
});

describe('terminal sink', () => {
  for (const h of HOSTILE) {
    test(`no control, escape or bidi character survives: ${JSON.stringify(h)}`, () => {
      const t = terminalText(h);
      assert.doesNotMatch(t, /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    });
  }
  test('visible escapes', () => {
    assert.equal(terminalText('a\u001b[31mb\nc\u202e'), 'a\\x1b[31mb\\nc\\u202e');
  });
  test('build\'s plan text: strings from the host, the module and the environment are escaped', () => {
    const evil = 'x\u001b]0;pwned\u0007\u202e';
    const report = {
      schemaVersion: 1, output: null, check: null,
      plan: {
        module: { package: `example.com/${evil}`, dir: `/tmp/${evil}` },
        host: { file: `host${evil}`, goVersion: 'go1.26.8', goos: 'linux', goarch: 'amd64', trimpath: false },
        alignments: [{ dimension: 'module', name: `example.com/m${evil}`, host: `v1.0.0${evil}`, plugin: 'v0.9.0', action: 'aligned' }],
        goModCommands: [], env: {}, toolchain: { go: 'go' }, command: `go build ${evil}`,
        unaligned: [{ severity: 'error', rule: 'GPC301', message: `cannot ${evil}`, fix: `do ${evil}` }],
      },
    } as unknown as BuildReport;
    const out = buildText(report, true);
    for (const line of out.split('\n')) assert.doesNotMatch(line, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/, line);
    assert.match(out, /\\x1b\]0;pwned\\x07\\u202e/);
  });
});

describe('job summary sink', () => {
  for (const h of HOSTILE) {
    test(`inert Markdown/HTML: ${JSON.stringify(h)}`, () => {
      const m = markdownText(h);
      assert.doesNotMatch(m.replace(/<br>|&#\d+;/g, ''), /[|`*_[\]()!@\\<>#:.]/);
      assert.ok(!/\n|\r/.test(m));
      // Entities decode back to the text (controls shown as visible escapes).
      const decoded = m.replace(/<br>/g, '\n').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
      assert.equal(decoded, h.split(/\r\n|\r|\n/).map(terminalText).join('\n'));
    });
  }
});

describe('shell sink (run through /bin/sh)', () => {
  const words = [...HOSTILE.filter((h) => h !== ''), 'github.com/x/y@v1.2.3', "-require=a'b@v1", '\u00e9t\u00e9', 'a\nb'];
  test('every word reaches the command exactly, nothing else runs', () => {
    const line = shellCommand(['printf', '%s\\0', ...words]);
    const r = spawnSync('/bin/sh', ['-c', line], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\0').slice(0, -1), words);
  });
  test('assignments quote the value only', () => {
    const v = "x y'$(id)";
    const r = spawnSync('/bin/sh', ['-c', `${shellAssign('GPC_V', v)} /bin/sh -c 'printf %s "$GPC_V"'`], { encoding: 'utf8' });
    assert.equal(r.stdout, v);
    assert.throws(() => shellAssign('A;B', 'x'));
  });
  test('safe words stay bare, others are single-quoted', () => {
    assert.equal(shellWord('-require=github.com/a/b@v1.0.0'), '-require=github.com/a/b@v1.0.0');
    assert.equal(shellWord('all=-N -l'), "'all=-N -l'");
    assert.equal(shellWord("it's"), "'it'\\''s'");
    assert.equal(shellWord('~/x'), "'~/x'");
  });
});

describe('passed-through output (go during build)', () => {
  test('split lines are guarded once whole', async () => {
    const { guardedStream } = await import('../src/report/guarded-stream.js');
    const { PassThrough } = await import('node:stream');
    const target = new PassThrough();
    let got = '';
    target.on('data', (c: Buffer) => (got += c.toString()));
    const s = guardedStream(target, { GITHUB_ACTIONS: 'true' });
    for (const chunk of ['ok line\n  :', ':add-mask::x\n##', '[error]y\r', '::warning::z']) s.write(chunk);
    await new Promise<void>((r) => s.end(r));
    for (const line of got.split(/\r\n|\r|\n/)) assert.equal(runnerCommand(line), null, JSON.stringify(line));
    assert.match(got, /^ok line\n/);
  });
});

describe('binary-controlled text never leaves a printed command\'s line', () => {
  test('a comment tail keeps line breaks and control characters on its line', () => {
    const c = shellCommand(['go', 'mod', 'edit', '-module=x/v2'], { tail: "# becomes 'x/v2/\nid #xx'; touch PWNED\r\u2028" });
    assert.equal(c.split(/[\n\r\u2028]/).length, 1, JSON.stringify(c));
  });

  test('GPC002 for a plugin path holding a newline: the new path is in the fix text, every command is one line', async () => {
    const { runCheck } = await import('../src/check/run-check.js');
    const { analyseFile } = await import('../src/facts/analyse.js');
    const { binPath } = await import('./support/fixtures.js');
    const host = analyseFile(binPath('linux-amd64/go1.26.8/host-base'))[0]!.facts!;
    const base = analyseFile(binPath('linux-amd64/go1.26.8/greeter-base.so'))[0]!.facts!;
    const hostile = (file: string) => ({ ...base, file, pluginPath: 'example.com/\nid #xx; touch PWNED', buildInfo: { ...base.buildInfo!, main: { ...base.buildInfo!.main!, path: 'example.com' } } });
    const r = runCheck(host, 'binary', [{ file: 'a.so', facts: hostile('a.so'), error: null }, { file: 'b.so', facts: hostile('b.so'), error: null }]);
    const f = r.plugins[1]!.findings.find((x) => x.rule === 'GPC002')!;
    assert.ok(f.commands?.length);
    for (const c of f.commands!) assert.doesNotMatch(c, /[\n\r]/, c);
    assert.match(f.fix!, /plugin path becomes example\.com\/v2\/\nid/);
  });
});

describe('workflow commands carry no raw control or bidi characters', () => {
  test('ESC, C1, bidi overrides and separators become visible text in data and properties; line breaks stay encoded', () => {
    for (const c of ['\x1b', '\x07', '\x9b', '\u202e', '\u2066', '\u200f', '\u2028', '\ufeff', '\x00']) {
      const s = `file${c}[31mname`;
      for (const out of [workflowData(s), workflowProperty(s)]) {
        assert.ok(!out.includes(c), JSON.stringify(out));
        assert.match(out, /\\(x|u)[0-9a-f]+/);
      }
    }
    assert.equal(workflowData('a\nb\r%'), 'a%0Ab%0D%25');
  });
});

test('GPC106 for a host-built module of unknown directory: the module path is quoted, never in the comment', async () => {
  const { moduleReplace } = await import('../src/rules/causes/module-replace.js');
  const { analyseFile } = await import('../src/facts/analyse.js');
  const { binPath } = await import('./support/fixtures.js');
  const base = analyseFile(binPath('linux-amd64/go1.26.8/greeter-base.so'))[0]!.facts!;
  const evil = 'example.com/x\ntouch PWNED #';
  const mod = (replace: { path: string; version: string } | null) => ({ path: evil, version: '(devel)', sum: '', replace: replace && { ...replace, sum: '', replace: null } });
  const reference = { ...base, paths: null, buildInfo: { ...base.buildInfo!, deps: [mod(null)] } };
  const plugin = { ...base, buildInfo: { ...base.buildInfo!, deps: [mod({ path: '../fork', version: '(devel)' })] } };
  const e = moduleReplace.explain({ reference, referenceName: 'host', plugin }, [`${evil}/p`])!;
  for (const c of e.commands!) {
    // Outside the quoted module path, nothing from the binary: no line break, no path in the comment.
    const rest = c.replace(shellWord(evil), 'MOD');
    assert.doesNotMatch(rest, /[\n\r]|example\.com/, c);
  }
});
