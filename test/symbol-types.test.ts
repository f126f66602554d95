// --require-symbol NAME=TYPE against the runtime: a host that looks up New and asserts
// `func() sdk.Plugin`, built here, loads the greeter plugin and two variants whose New has
// another dynamic type (a func of another signature; a variable, which Lookup returns as a
// pointer). The host recovers the assertion's panic and prints it; check must predict the same
// outcome and the runtime's exact message, from the type ptab records for each export.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readPlugins } from '../src/cli/check.js';
import { loadHost } from '../src/cli/load-host.js';
import { runCheck } from '../src/check/run-check.js';
import { nameOnlyReason, parseRequiredSymbol, splitRequiredSymbols } from '../src/check/required-symbol.js';
import { GO126, SDK, ensureSdk, fixcheckDir, goEnv, mustRun, prepareSource, removeFixcheckDir } from './support/e2e.js';
import { isLinuxAmd64 } from './support/fixtures.js';

const HOST = `package main

import (
	"fmt"
	"os"
	"plugin"

	"example.com/sdk"
)

func main() {
	for _, path := range os.Args[1:] {
		fmt.Println(try(path))
	}
}

// try reports plugin.Open's error, Lookup's, the type assertion's panic, or ok.
func try(path string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint(r)
		}
	}()
	p, err := plugin.Open(path)
	if err != nil {
		return "open: " + err.Error()
	}
	sym, err := p.Lookup("New")
	if err != nil {
		return "lookup: " + err.Error()
	}
	newFn := sym.(func() sdk.Plugin)
	return "ok " + newFn().Name()
}
`;

/** The greeter's New, replaced: [variant, Go source of New]. */
const VARIANTS: [string, string][] = [
  ['base', 'func New() sdk.Plugin { return greeter{} }'],
  ['func-string', 'func New() string { return "x" }\n\nvar _ sdk.Plugin = greeter{}'],
  ['var-func', 'var New = func() sdk.Plugin { return greeter{} }'],
];

const skip = !isLinuxAmd64 ? 'needs linux/x64 to build and load plugins' : !existsSync(GO126) ? `needs ${GO126} (go1.26.8)` : false;

describe('--require-symbol NAME=TYPE agrees with the host\'s type assertion', { skip }, () => {
  const out = mkdtempSync(join(tmpdir(), 'gpc-symtypes-'));
  const dirs: string[] = [];
  const plugins: string[] = [];
  let host = '';
  before(() => {
    ensureSdk();
    const hostDir = fixcheckDir('symtypes-host');
    removeFixcheckDir(hostDir);
    mkdirSync(hostDir, { recursive: true });
    dirs.push(hostDir);
    writeFileSync(join(hostDir, 'go.mod'), `module example.com/symhost\n\ngo 1.26\n\nrequire example.com/sdk v0.0.0\n\nreplace example.com/sdk => ${SDK}\n`);
    writeFileSync(join(hostDir, 'main.go'), HOST);
    host = join(out, 'host');
    mustRun(GO126, ['build', '-o', host, '.'], { cwd: hostDir, env: goEnv() });
    for (const [name, src] of VARIANTS) {
      const dir = prepareSource(`symtypes-${name}`, []);
      dirs.push(dir);
      const main = join(dir, 'main.go');
      const text = readFileSync(main, 'utf8');
      assert.ok(text.includes(VARIANTS[0]![1]), 'the greeter still declares New as the test expects');
      writeFileSync(main, text.replace(VARIANTS[0]![1], src));
      const so = join(out, `${name}.so`);
      mustRun(GO126, ['build', '-buildmode=plugin', '-o', so, '.'], { cwd: dir, env: goEnv() });
      plugins.push(so);
    }
  });
  after(() => {
    for (const d of dirs) removeFixcheckDir(d);
    rmSync(out, { recursive: true, force: true });
  });

  test('the runtime, and check with the asserted type, say the same for each variant', () => {
    // Each plugin in a process of its own: the variants share a plugin path.
    const runtime = plugins.map((p) => {
      const r = spawnSync(host, [p], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    });
    assert.deepEqual(runtime, [
      'ok greeter',
      'interface conversion: plugin.Symbol is func() string, not func() sdk.Plugin',
      'interface conversion: plugin.Symbol is *func() sdk.Plugin, not func() sdk.Plugin',
    ]);
    const h = loadHost(host);
    const predicted = plugins.map((p) => {
      const r = runCheck(h.facts, h.source, readPlugins([p], h.facts.goarch), ['New=func() sdk.Plugin']).plugins[0]!;
      return r.loads ? 'ok greeter' : r.failure!.message;
    });
    assert.deepEqual(predicted, runtime);
    // The name alone: every variant exports New, so Lookup succeeds in all three.
    assert.deepEqual(plugins.map((p) => runCheck(h.facts, h.source, readPlugins([p], h.facts.goarch), ['New']).plugins[0]!.loads), [true, true, true]);
    // An interface type (lura's `r.(Registerer)`): Lookup never returns one, so the assertion is an interface
    // assertion, decided by the method set, which is not checked: only the name is, and the plugin loads.
    assert.deepEqual(plugins.map((p) => runCheck(h.facts, h.source, readPlugins([p], h.facts.goarch), ['New=sdk.Plugin', 'New=interface { Name() string }']).plugins[0]!.loads), [true, true, true]);
    // GPC008 says what the host asserts and what the plugin exports.
    const f = runCheck(h.facts, h.source, readPlugins([plugins[2]!], h.facts.goarch), ['New=func() sdk.Plugin']).plugins[0]!.findings.find((x) => x.rule === 'GPC008')!;
    assert.equal(f.evidence?.plugin, 'exports Label *string, New *func() sdk.Plugin');
    assert.match(f.fix!, /a variable as a pointer to it/);
  });
});

describe('parsing NAME[=TYPE]', () => {
  test('names, types with their spaces normalised, and what is refused', () => {
    assert.deepEqual(parseRequiredSymbol('New'), { name: 'New', type: null });
    assert.deepEqual(parseRequiredSymbol(' New = func(string,  int)   error '), { name: 'New', type: 'func(string, int) error' });
    assert.deepEqual(parseRequiredSymbol('Ünï=*map[string]int'), { name: 'Ünï', type: '*map[string]int' });
    for (const bad of ['', '1x', 'a.b', 'x=', 'x= ', 'x=a\u0000b', 'x=a\nb', `${'a'.repeat(300)}`]) assert.throws(() => parseRequiredSymbol(bad), bad);
    assert.deepEqual(parseRequiredSymbol('X=sdk.Plugin'), { name: 'X', type: null }, 'an interface type: the name alone');
    assert.equal(nameOnlyReason('X=*T'), null);
    assert.equal(nameOnlyReason('X'), null);
    assert.match(nameOnlyReason('X=interface { M() }')!, /is not a func or pointer type.*X is checked by name/);
    // The Action's input: lines; commas split only lines without a type.
    assert.deepEqual(splitRequiredSymbols('New, Label\nRun=func(a, b int) error\r\n\n'), ['New', 'Label', 'Run=func(a, b int) error']);
  });
});
