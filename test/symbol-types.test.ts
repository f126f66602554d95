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
import { interfaceMethods, nameOnlyReason, parseRequiredSymbol, splitRequiredSymbols } from '../src/check/required-symbol.js';
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
		fmt.Println(try(path, "New"))
		fmt.Println(try(path, "Greeter"))
	}
}

// try reports plugin.Open's error, Lookup's, the type assertion's panic, or ok:
// New is asserted to a func type, Greeter to the interface sdk.Plugin.
func try(path, name string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint(r)
		}
	}()
	p, err := plugin.Open(path)
	if err != nil {
		return "open: " + err.Error()
	}
	sym, err := p.Lookup(name)
	if err != nil {
		return "lookup: " + err.Error()
	}
	if name == "New" {
		return "ok " + sym.(func() sdk.Plugin)().Name()
	}
	return "ok " + sym.(sdk.Plugin).Name()
}
`;

/** Greeter: a variable whose pointer type has (or lacks) sdk.Plugin's methods. */
const greeterVar = (greet: string) => `

// Greeter is looked up as a variable: Lookup returns *impl.
var Greeter impl

type impl struct{}

func (impl) Name() string { return "impl" }
${greet}
`;

/** The greeter's New, replaced: [variant, Go source of New]. */
const VARIANTS: [string, string][] = [
  ['base', 'func New() sdk.Plugin { return greeter{} }' + greeterVar('func (impl) Greet(who string) string { return who }')],
  ['func-string', 'func New() string { return "x" }\n\nvar _ sdk.Plugin = greeter{}' + greeterVar('func (*impl) Greet(who string) string { return who }')],
  ['var-func', 'var New = func() sdk.Plugin { return greeter{} }' + greeterVar('func (impl) Greet(who string, n int) string { return who }')],
  ['no-greet', 'func New() sdk.Plugin { return greeter{} }' + greeterVar('')],
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
      const decl = 'func New() sdk.Plugin { return greeter{} }';
      assert.ok(text.includes(decl), 'the greeter still declares New as the test expects');
      writeFileSync(main, text.replace(decl, src));
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
      return r.stdout.trim().split('\n');
    });
    assert.deepEqual(runtime, [
      ['ok greeter', 'ok impl'],
      ['interface conversion: plugin.Symbol is func() string, not func() sdk.Plugin', 'ok impl'],
      ['interface conversion: plugin.Symbol is *func() sdk.Plugin, not func() sdk.Plugin', 'interface conversion: *main.impl is not sdk.Plugin: missing method Greet'],
      ['ok greeter', 'interface conversion: *main.impl is not sdk.Plugin: missing method Greet'],
    ]);
    const h = loadHost(host);
    const verdict = (p: string, spec: string) => {
      const r = runCheck(h.facts, h.source, readPlugins([p], h.facts.goarch), [spec]).plugins[0]!;
      return r.loads ? 'ok' : r.failure!.message;
    };
    const ok = (line: string) => (line.startsWith('ok ') ? 'ok' : line);
    // New, asserted to the func type: the runtime's exact message.
    assert.deepEqual(plugins.map((p) => verdict(p, 'New=func() sdk.Plugin')), runtime.map((r) => ok(r[0]!)));
    // Greeter, asserted to sdk.Plugin written out: the same outcome, and the same message but for the interface's
    // spelling (the host names it sdk.Plugin; the checker knows only what it was given).
    const iface = 'interface { Greet(string) string; Name() string }';
    assert.deepEqual(plugins.map((p) => verdict(p, `Greeter=${iface}`)), runtime.map((r) => ok(r[1]!).replace('sdk.Plugin', iface)));
    // The name alone, or a named interface (its methods unknown): Lookup succeeds, every variant passes.
    for (const spec of ['New', 'Greeter', 'Greeter=sdk.Plugin']) assert.deepEqual(plugins.map((p) => verdict(p, spec)), ['ok', 'ok', 'ok', 'ok'], spec);
    // GPC008 says what the host asserts and what the plugin exports.
    const f = runCheck(h.facts, h.source, readPlugins([plugins[2]!], h.facts.goarch), ['New=func() sdk.Plugin']).plugins[0]!.findings.find((x) => x.rule === 'GPC008')!;
    assert.equal(f.evidence?.plugin, 'exports Greeter *main.impl, Label *string, New *func() sdk.Plugin');
    assert.match(f.fix!, /a variable as a pointer to it/);
    const g = runCheck(h.facts, h.source, readPlugins([plugins[3]!], h.facts.goarch), [`Greeter=${iface}`]).plugins[0]!.findings.find((x) => x.rule === 'GPC008')!;
    assert.match(g.message, /its type \*main\.impl has no method Greet of type func\(string\) string/);
  });
});

describe('parsing NAME[=TYPE]', () => {
  test('names, types with their spaces normalised, and what is refused', () => {
    assert.deepEqual(parseRequiredSymbol('New'), { name: 'New', type: null, iface: null });
    assert.deepEqual(parseRequiredSymbol(' New = func(string,  int)   error '), { name: 'New', type: 'func(string, int) error', iface: null });
    assert.deepEqual(parseRequiredSymbol('Ünï=*map[string]int'), { name: 'Ünï', type: '*map[string]int', iface: null });
    // Interface literals: methods sorted by name, each as its func type; nested braces and parentheses kept whole.
    assert.deepEqual(interfaceMethods('interface { Name() string; Greet(string) string }'), [{ name: 'Greet', type: 'func(string) string' }, { name: 'Name', type: 'func() string' }]);
    assert.deepEqual(interfaceMethods('interface { Register(func(map[string]interface {}, struct { A int; B int }) (int, error)) }'),
      [{ name: 'Register', type: 'func(func(map[string]interface {}, struct { A int; B int }) (int, error))' }]);
    assert.deepEqual(interfaceMethods('interface {}'), []);
    for (const unchecked of ['interface { io.Reader }', 'interface { name() string }', 'sdk.Plugin', 'map[string]int']) assert.equal(interfaceMethods(unchecked), null, unchecked);
    for (const bad of ['', '1x', 'a.b', 'x=', 'x= ', 'x=a\u0000b', 'x=a\nb', `${'a'.repeat(300)}`]) assert.throws(() => parseRequiredSymbol(bad), bad);
    // Not types as Go prints them: parameter names (the runtime's string has none), unbalanced brackets.
    for (const bad of ['X=interface { Greet(who string) string }', 'X=func() (p sdk.Plugin)', 'X=interface { Name(string }', 'X=func(string']) assert.throws(() => parseRequiredSymbol(bad), bad);
    for (const ok of ['X=func(chan int, ...string) map[string]int', 'X=func(interface {}, *sdk.T) (int, error)', 'X=*struct { A int; B string }']) assert.doesNotThrow(() => parseRequiredSymbol(ok), ok);
    assert.deepEqual(parseRequiredSymbol('X=sdk.Plugin'), { name: 'X', type: null, iface: null }, 'a named interface: the name alone');
    assert.equal(nameOnlyReason('X=*T'), null);
    assert.equal(nameOnlyReason('X'), null);
    assert.equal(nameOnlyReason('X=interface { M() }'), null, 'a written-out interface is checked');
    assert.match(nameOnlyReason('X=sdk.Plugin')!, /is not a func or pointer type.*X is checked by name/);
    // The Action's input: lines; commas split only lines without a type.
    assert.deepEqual(splitRequiredSymbols('New, Label\nRun=func(a, b int) error\r\n\n'), ['New', 'Label', 'Run=func(a, b int) error']);
  });
});
