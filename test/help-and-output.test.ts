import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { HELP } from '../src/cli/help.js';
import { colorEnabled } from '../src/report/color.js';
import { ROOT, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Every command the CLI dispatches (read from its table, so a new command without help fails here).
const COMMANDS = [...readCommands()];
function* readCommands(): Generator<string> {
  const src = spawnSync(process.execPath, ['-e', `const s=require('fs').readFileSync(${JSON.stringify(join(ROOT, 'src/cli/main.ts'))},'utf8');const m=/const COMMANDS[^{]*{([^}]*)}/.exec(s);console.log(m[1].match(/^\\s*([a-z-]+):/gm).map(x=>x.trim().slice(0,-1)).join(' '))`], { encoding: 'utf8' }).stdout.trim();
  yield* src.split(' ');
}

describe('help', () => {
  test('every command has a help entry', () => {
    assert.ok(COMMANDS.length >= 5, COMMANDS.join(' '));
    for (const c of COMMANDS) assert.ok(HELP[c], `no help for ${c}`);
  });
  for (const c of COMMANDS) {
    test(`${c} --help and help ${c}: usage, options, example, exit 0`, () => {
      const a = run([c, '--help']);
      const b = run(['help', c]);
      assert.equal(a.code, 0, a.stderr);
      assert.equal(b.code, 0, b.stderr);
      assert.equal(a.stdout, b.stdout);
      assert.match(a.stdout, new RegExp(`^Usage: go-plugin-compat ${c} `));
      assert.match(a.stdout, /\nOptions:\n/);
      assert.match(a.stdout, /\nExample:\n {2}go-plugin-compat /);
      assert.match(a.stdout, /-h, --help/);
      assert.equal(run([c, '-h']).code, 0);
    });
  }
  test('every option a command parses is in its help', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    for (const c of COMMANDS) {
      const file = join(ROOT, `src/cli/${c}.ts`);
      if (!existsSync(file)) continue;
      const src = readFileSync(file, 'utf8');
      const block = /options: \{([\s\S]*?)\n\s*\}\s*,?\s*\n?\s*\}\);/.exec(src)?.[1] ?? /options: \{(.*)\}/.exec(src)?.[1] ?? '';
      const names = [...block.matchAll(/'?([a-z][a-z-]*)'?: \{ type/g)].map((m) => m[1]!);
      assert.ok(names.length > 0, `options of ${c}`);
      for (const n of names) assert.match(HELP[c]!, new RegExp(`--${n}\\b`), `${c} --help lacks --${n}`);
    }
  });
  test('help alone, --version, unknown commands', () => {
    const h = run(['help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /go-plugin-compat help COMMAND/);
    const v = run(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.stdout, /^go-plugin-compat \d+\.\d+\.\d+\n$/);
    assert.equal(run([]).code, 2);
    assert.equal(run(['help', 'nope']).code, 2);
    assert.equal(run(['constructor']).code, 2, 'no prototype lookups');
  });
});

describe('text output', () => {
  const B = 'fixtures/bin/linux-amd64/go1.26.8';
  test('the header says what the 64 are; the finding points at the go.mod line', () => {
    const r = run(['check', '--host', `${B}/host-base`, `${B}/greeter-xxhash-v2.2.0.so`]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /it exports the hashes of 64 packages, and a plugin must contain the same build of each of those packages it also links/);
    assert.match(r.stdout, /at fixtures\/src\/plugins\/greeter\/go\.mod:7 \(require github\.com\/cespare\/xxhash\/v2\)/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when not a terminal');
  });
  test('NO_COLOR and FORCE_COLOR', () => {
    const forced = run(['check', '--host', `${B}/host-base`, `${B}/greeter-xxhash-v2.2.0.so`], { FORCE_COLOR: '1' });
    assert.match(forced.stdout, /\u001b\[31m✗\u001b\[39m/);
    assert.equal(colorEnabled({ isTTY: true }, {}), true);
    assert.equal(colorEnabled({ isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(colorEnabled({ isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count');
    assert.equal(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' }), true);
    assert.equal(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' }), false);
    assert.equal(colorEnabled({ isTTY: true }, { TERM: 'dumb' }), false);
  });
  test('--format github: ranked annotations within the limits, on the go.mod line; the summary when GITHUB_STEP_SUMMARY is set', () => {
    const plugins = ['greeter-xxhash-v2.2.0.so', 'alpha.so', 'beta.so', 'greeter-race.so', 'greeter-trimpath.so', 'greeter-gcflags-all-N-l.so', 'greeter-goexperiment.so', 'greeter-gomodcache.so', 'greeter-vendor.so', 'greeter-workdir.so', 'greeter-tags-sdkextra.so', 'alpha-tags-sdkextra.so'].map((f) => `${B}/${f}`);
    const r = run(['check', '--format', 'github', '--host', `${B}/host-base`, ...plugins]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.every((l) => /^::(error|warning|notice) /.test(l)), r.stdout);
    assert.match(lines[0]!, /^::error file=fixtures\/src\/plugins\/greeter\/go\.mod,line=7,title=GPC105 module-version-mismatch \(greeter-xxhash-v2\.2\.0\.so\)::greeter-xxhash-v2\.2\.0\.so will not load/);
    // The process's exit code adds "Process completed with exit code 1": 9 errors of ours.
    assert.equal(lines.filter((l) => l.startsWith('::error')).length, 9);
    assert.match(lines.at(-1)!, /^::notice title=go-plugin-compat%3A more findings::\d+ more findings .*go-plugin-compat check --format text/);
  });
});

describe('README examples', () => {
  test('every Action step in README uses only inputs action.yml declares, and parses as YAML-ish blocks', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const declared = new Set([...readFileSync(join(ROOT, 'action.yml'), 'utf8').split('outputs:')[0]!.matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!));
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    let steps = 0;
    for (const b of blocks) {
      assert.doesNotMatch(b, /\t/, 'YAML has no tabs');
      const lines = b.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!/uses: go-plugin-compat\/go-plugin-compat@v0/.test(lines[i]!)) continue;
        steps++;
        const indent = lines[i]!.search(/\S/) + (lines[i]!.trimStart().startsWith('- ') ? 2 : 0);
        assert.match(lines[i + 1]!, new RegExp(`^ {${indent}}with:$`));
        for (let j = i + 2; j < lines.length && lines[j]!.search(/\S/) > indent; j++) {
          const m = new RegExp(`^ {${indent + 2}}([a-z-]+):`).exec(lines[j]!);
          if (m) assert.ok(declared.has(m[1]!), `README uses undeclared input ${m[1]}`);
        }
      }
    }
    assert.ok(steps >= 5, `${steps} Action steps in README`);
    assert.match(readme, /security-events: write/);
    assert.match(readme, /github\/codeql-action\/upload-sarif/);
  });
});

describe('hostile names in every CLI output under GITHUB_ACTIONS=true', () => {
  test('text, json, sarif, github and inspect: no runner command from a file name', async () => {
    const { copyFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'gpc-hostile-'));
    const evil = join(dir, 'x\n::add-mask::secret\r  ::error::y ##[warning]z \u001b[2J\u202e.so');
    copyFileSync(join(ROOT, 'fixtures/bin/linux-amd64/go1.26.8/greeter-xxhash-v2.2.0.so'), evil);
    const host = join(ROOT, 'fixtures/bin/linux-amd64/go1.26.8/host-base');
    const isCommand = (line: string) => /^[\s\u0085]*::/.test(line) || line.includes('##[');
    for (const args of [['check', '--host', host, evil], ['check', '--format', 'json', '--host', host, evil], ['check', '--format', 'sarif', '--host', host, evil], ['inspect', evil], ['inspect', '--format', 'json', evil], ['check', '--host', evil, evil]]) {
      const r = run(args, { GITHUB_ACTIONS: 'true' });
      for (const line of (r.stdout + r.stderr).split(/\r\n|\r|\n/)) assert.ok(!isCommand(line), `${args[0]} ${args[1]}: ${JSON.stringify(line)}`);
      assert.doesNotMatch(r.stdout + r.stderr, /\u001b|\u202e/);
    }
    // github: only our own commands, one per line, the name inside escaped data.
    const g = run(['check', '--format', 'github', '--host', host, evil], { GITHUB_ACTIONS: 'true' });
    for (const line of g.stdout.trimEnd().split(/\r\n|\r|\n/)) assert.match(line, /^::(error|warning|notice) [^:]*::[^\r\n]*$/);
    assert.doesNotMatch(g.stdout, /##\[/);
  });
});

describe('a reader that closes the pipe early, or output that cannot be written', () => {
  const D = 'fixtures/bin/linux-amd64/go1.26.8';
  // The pipe's reading end is closed before the CLI writes (it takes ~100 ms to start), so every write fails with EPIPE.
  function closedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }
  const cases: [string, string[], number][] = [
    ['check, incompatible (exit 1)', ['check', '--host', `${D}/host-base`, '--format', 'json', `${D}/greeter-base.so`, `${D}/alpha-tags-sdkextra.so`], 1],
    ['check, compatible (exit 0)', ['check', '--host', `${D}/host-base`, '--format', 'text', `${D}/alpha.so`], 0],
    ['check --format sarif', ['check', '--host', `${D}/host-base`, '--format', 'sarif', `${D}/alpha-tags-sdkextra.so`], 1],
    ['inspect, streaming', ['inspect', '--format', 'json', `${D}/host-base`, `${D}/alpha.so`], 0],
    ['--help', ['--help'], 0],
  ];
  for (const [name, args, want] of cases) {
    test(`${name}: stops quietly with the exit code it decided, no stack trace`, { skip: !existsSync(join(ROOT, D, 'host-base')) && 'no corpus' }, async () => {
      const r = await closedPipe(args);
      assert.equal(r.code, want, r.stderr);
      assert.equal(r.stderr, '');
    });
  }
  test('a write error other than a closed pipe is named, exit 2', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'check', '--host', `${D}/host-base`, '--format', 'json', `${D}/alpha.so`], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^go-plugin-compat: cannot write to stdout: ENOSPC\n$/);
    } finally {
      closeSync(fd);
    }
  });
});
