// Ground-truth set "identity" (fixtures/gen/identity.mjs, fixtures/ground-truth/identity.json):
// plugin identity from module data, which hosts can load plugins, and host crashes.
// Every recorded plugin.Open must agree with `check` (loads, failure kind, package, reached),
// stripped twins must give the same identity and verdicts, and GPC013's printed fix is applied
// and loaded for real.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { runCheck } from '../src/check/run-check.js';
import { readPlugins } from '../src/cli/check.js';
import { checkJson } from '../src/report/check-json.js';
import { compose } from '../src/report/compose.js';
import { indexGoMods } from '../src/workspace/go-mods.js';
import { loadHost } from '../src/cli/load-host.js';
import { openContainers } from '../src/container/open.js';
import { analyseFile } from '../src/facts/analyse.js';
import { pluginIdentity } from '../src/facts/plugin-identity.js';
import { layoutsThatFit, readModuleData } from '../src/go/moduledata.js';
import { readPluginAbi } from '../src/go/pkghash.js';
import { FileSource } from '../src/io/file-source.js';
import { GO126, goEnv, mustRun, parseCommandLine, retargetOutput } from './support/e2e.js';
import { onlyPclntabPointer } from './support/blind-container.js';
import { BIN, ROOT, ensureFixtures, isLinuxAmd64 } from './support/fixtures.js';
import { type RecordedCase, expectedFromRecord } from './support/runtime-verdict.js';

before(ensureFixtures);

const SET = JSON.parse(readFileSync(join(ROOT, 'fixtures/ground-truth/identity.json'), 'utf8')) as {
  binaries: { file: string; role: string; toolchain: string; build: { dir: string; flags: string[]; package: string; env: Record<string, string> } }[];
  cases: RecordedCase[];
};
const TCS = ['go1.19.8', 'go1.26.8', 'go1.27.3'];
const LAYOUT: Record<string, string> = { 'go1.19.8': 'go1.19', 'go1.26.8': 'go1.26', 'go1.27.3': 'go1.27' };
const facts = (rel: string) => analyseFile(join(BIN, rel))[0]!.facts!;

function report(hostRel: string, plugins: string[], requireSymbols: string[] = [], binDir = BIN) {
  const host = loadHost(join(binDir, hostRel));
  return runCheck(host.facts, host.source, readPlugins(plugins.map((p) => join(BIN, p)), host.facts.goarch), requireSymbols);
}

describe('identity set: check agrees with every recorded plugin.Open', () => {
  test('the set is wide enough', () => {
    assert.ok(SET.cases.length >= 30);
    assert.ok(SET.cases.reduce((n, c) => n + c.plugins.length, 0) >= 60);
  });
  for (const c of SET.cases) {
    test(c.id, () => {
      const got = report(c.host, c.plugins).plugins;
      const want = expectedFromRecord(c);
      // The loader marks every plugin without an answer line; the first of them is the one that crashed (it was opened).
      const crashedAt = c.results.findIndex((r) => r.reached === false);
      assert.equal(got.length, want.length);
      got.forEach((g, i) => {
        const w = want[i]!;
        const r = c.results[i]!;
        assert.equal(g.loads, w.loads, `plugin #${i} ${c.plugins[i]}: loads`);
        assert.equal(g.reached, r.reached !== false || i === crashedAt, `plugin #${i}: reached`);
        if (w.kind !== null) assert.equal(g.failure?.kind, w.kind, `plugin #${i}: failure.kind`);
        if (w.package !== null) assert.equal(g.failure?.package, w.package, `plugin #${i}: package`);
        // Neither the runtime nor the prediction may leave a crash unexplained.
        if (g.failure?.kind === 'host-crash' && g.reached) {
          const rules = g.findings.map((f) => f.rule);
          assert.ok(rules.includes('GPC012'), `plugin #${i}: GPC012 in ${rules}`);
          assert.match(g.findings.find((f) => f.rule === 'GPC012')!.message, /fatal error: runtime: no plugin module data/);
        }
      });
    });
  }
});

describe('identity from module data', () => {
  for (const tc of TCS) {
    test(`${tc}: plugin paths and exports as the runtime reads them`, () => {
      const v2 = facts(`identity/${tc}/v2.so`);
      assert.equal(v2.pluginPath, 'example.com/idplugin/v2');
      assert.equal(v2.identity?.pluginPathSource, 'module-data');
      assert.equal(v2.identity?.moduleData?.layout, LAYOUT[tc]);
      assert.equal(v2.packageHashSource, 'module-data');
      assert.deepEqual(v2.identity?.exports?.map((e) => `${e.name}:${e.kind}:${e.resolves}`), ['Label:var:true', 'New:func:true']);
      assert.deepEqual(v2.identity?.disagreements, [], 'symbol table and module data agree on an ordinary build');
      // The linker escapes a dot in the last path element; module data and the dynamic symbols carry that form.
      const dotted = facts(`identity/${tc}/dotted.so`);
      assert.equal(dotted.pluginPath, 'example.com/acme.plugins/hello%2ev1');
      assert.deepEqual(dotted.exportedSymbols, ['New', 'Version']);
      const files = facts(`identity/${tc}/files.so`);
      assert.match(files.pluginPath ?? '', /^plugin\/unnamed-[0-9a-f]{40}$/);
      assert.equal(files.identity?.unnamed, true);
      if (tc !== 'go1.19.8') assert.equal(files.buildInfo?.path, 'command-line-arguments', 'build info path is not the plugin path');
      else assert.equal(files.buildInfo, null, 'go1.19 plugins carry no build info');
    });

    test(`${tc}: stripped twins (-s -w, strip) keep plugin path, link order, exports and verdicts`, () => {
      const [a, sw, st] = ['v2.so', 'v2-sw.so', 'v2-strip.so'].map((n) => facts(`identity/${tc}/${n}`));
      assert.equal(a!.stripped, false);
      for (const twin of [sw!, st!]) {
        assert.equal(twin.stripped, true);
        assert.equal(twin.pluginPath, a!.pluginPath);
        assert.deepEqual(twin.packageHashes, a!.packageHashes);
        assert.equal(twin.packageHashSource, 'module-data');
        assert.deepEqual(twin.exportedSymbols, a!.exportedSymbols);
        assert.ok(twin.identity?.moduleData, 'module data found without a symbol table');
      }
      const verdict = (n: string) => report(`identity/${tc}/host-ext`, [`identity/${tc}/${n}`], ['New', 'Label']).plugins.map((p) => [p.loads, p.failure?.kind ?? null, p.pluginPath]);
      assert.deepEqual(verdict('v2-sw.so'), verdict('v2.so'));
      assert.deepEqual(verdict('v2-strip.so'), verdict('v2.so'));
    });

    test(`${tc}: --require-symbol resolves as dlsym(pluginpath + "." + name), stripped or not`, () => {
      const r = report(`identity/${tc}/host-ext`, [`identity/${tc}/v2-strip.so`, `identity/${tc}/dotted.so`], ['New']).plugins;
      assert.deepEqual(r.map((p) => p.loads), [true, true]);
      const miss = report(`identity/${tc}/host-ext`, [`identity/${tc}/v2-sw.so`], ['Version']).plugins[0]!;
      assert.equal(miss.failure?.kind, 'symbol-missing');
    });

    test(`${tc}: which hosts can load plugins, from their dynamic symbols`, () => {
      // Stripping removes .symtab, not .dynsym: stripped hosts still load plugins.
      for (const h of ['host-ext', 'host-pie', 'host-sw', 'host-strip']) assert.equal(facts(`identity/${tc}/${h}`).pluginSupport?.supported, true, h);
      assert.equal(facts(`identity/${tc}/host-nocgo`).pluginSupport?.outcome, 'no-plugin-support');
      for (const h of ['host-int', 'host-pie-int', 'host-static']) {
        const s = facts(`identity/${tc}/${h}`).pluginSupport!;
        assert.equal(s.supported, false, h);
        assert.equal(s.outcome, 'host-crash', h);
        assert.match(s.reason, /runtime\.lastmoduledatap/);
        assert.equal(s.fix?.flag, '-ldflags=-linkmode=external');
      }
    });
  }

  test('each release\'s row of the layout table fits only its own binaries (go1.20–go1.25 rows, from source, fit none)', () => {
    const files = ['identity', 'causes', 'platform', 'linux-amd64'].flatMap((d) => TCS.map((tc) => join(BIN, d, tc)))
      .filter((d) => existsSync(d)).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.so')).map((f) => join(d, f)));
    assert.ok(files.length >= 60, `enough plugins (${files.length})`);
    for (const f of files) {
      const tc = TCS.find((t) => f.includes(`/${t}/`))!;
      const fit: string[] = layoutsThatFit(openContainers(f)[0]!);
      // go1.27 reads pluginpath, pkghashes and ptab at go1.19's indices: a go1.19 binary fits both alike.
      const allowed = tc === 'go1.19.8' ? ['go1.19', 'go1.27'] : [LAYOUT[tc]!];
      assert.ok(fit.includes(LAYOUT[tc]!) && fit.every((l) => allowed.includes(l)), `${f}: ${fit.join(',')}`);
    }
  });

  test('module data is found by the pclntab pointer alone (GoReSym) and matches the symbol', () => {
    for (const rel of ['identity/go1.19.8/v2.so', 'identity/go1.26.8/v2.so', 'identity/go1.27.3/v2.so']) {
      const c = openContainers(join(BIN, rel))[0]!;
      const bySymbol = readModuleData(c)!;
      const blind = onlyPclntabPointer(c);
      const byPointer = readModuleData(blind)!;
      assert.equal(byPointer.locatedBy, 'pclntab-pointer', rel);
      assert.equal(byPointer.address, bySymbol.address);
      assert.deepEqual(byPointer.pkgHashes, bySymbol.pkgHashes);
    }
  });

  test('cross-built Mach-O plugins: identity from module data and the export trie', () => {
    for (const arch of ['amd64', 'arm64']) {
      const f = facts(`darwin-${arch}/go1.26.8/greeter-base.so`);
      assert.equal(f.pluginPath, 'example.com/greeter');
      assert.equal(f.identity?.moduleData?.layout, 'go1.26');
      assert.deepEqual(f.exportedSymbols, ['Label', 'New']);
      assert.ok(f.packageHashes.length > 40);
      assert.equal(facts(`darwin-${arch}/go1.26.8/host-base`).pluginSupport?.supported, true);
    }
  });

  test('check judges a plugin by module data, and a host by its dynamic symbols and pclntab, without reading the static symbol table; inspect still reads it', () => {
    const statics = (rel: string, lazy: boolean) => {
      const seen: string[] = [];
      const read = FileSource.prototype.read;
      FileSource.prototype.read = function (this: FileSource, offset: number, length: number, what?: string) {
        if (what === 'ELF section .symtab' || what === 'ELF section .strtab') seen.push(what);
        return read.call(this, offset, length, what);
      };
      try {
        const [a] = analyseFile(join(BIN, rel), { lazy });
        assert.equal(a!.error, null);
        return { seen, facts: a!.facts! };
      } finally {
        FileSource.prototype.read = read;
      }
    };
    for (const tc of ['go1.26.8', 'go1.27.3']) {
      const rel = `identity/${tc}/v2.so`;
      const checkPass = statics(rel, true);
      assert.deepEqual(checkPass.seen, [], `${rel}: check read ${checkPass.seen.join(', ')}`);
      assert.equal(checkPass.facts.packageHashSource, 'module-data');
      const inspectPass = statics(rel, false);
      assert.ok(inspectPass.seen.includes('ELF section .symtab'), `${rel}: inspect cross-checks`);
      assert.deepEqual(checkPass.facts.packageHashes, inspectPass.facts.packageHashes);
      assert.equal(checkPass.facts.pluginPath, inspectPass.facts.pluginPath);
    }
    // go1.19.8 has no module-data section: module data is found by its symbol, so the table is read anyway.
    assert.ok(statics('identity/go1.19.8/v2.so', true).seen.length > 0);
    // An executable (-buildmode=exe) has no link table; its pclntab says whether it links package plugin.
    // (A static host, CGO_ENABLED=0, has no dynamic table: its hashes are read from the static one.)
    for (const host of ['linux-amd64/go1.26.8/host-base', 'linux-amd64/go1.26.8/host-nocgo', 'linux-amd64/go1.27.3/host-base', 'identity/go1.19.8/host-ext']) {
      const lazy = statics(host, true);
      if (!host.endsWith('nocgo')) assert.deepEqual(lazy.seen, [], `${host}: check read ${lazy.seen.join(', ')}`);
      const eager = statics(host, false);
      for (const k of ['kind', 'packageHashes', 'exportedHashes', 'pluginSupport', 'symbolSpelling'] as const) assert.deepEqual(lazy.facts[k], eager.facts[k], `${host}: ${k}`);
    }
  });

  test('check reads the host\'s DWARF only to explain a rejected plugin, and explains it as an eager read does', () => {
    // The corpus's go1.26.8 hosts are linked without DWARF (-w); go1.19.8's host has it.
    const D = join(BIN, 'linux-amd64/go1.19.8');
    const host = join(D, 'host-base');
    const dwarfOf = (run: () => unknown) => {
      const seen: string[] = [];
      const { fill, read } = FileSource.prototype;
      const note = (src: FileSource, what?: string) => src.path === host && /debug_info/.test(what ?? '') && seen.push(what!);
      FileSource.prototype.fill = function (this: FileSource, buf: Buffer, offset: number, length: number, what?: string) {
        note(this, what);
        return fill.call(this, buf, offset, length, what);
      };
      FileSource.prototype.read = function (this: FileSource, offset: number, length: number, what?: string) {
        note(this, what);
        return read.call(this, offset, length, what);
      };
      try {
        return { seen, result: run() };
      } finally {
        Object.assign(FileSource.prototype, { fill, read });
      }
    };
    const check = (plugin: string, lazy: boolean) => {
      const h = loadHost(host, 'amd64', { lazy });
      return runCheck(h.facts, h.source, readPlugins([join(D, plugin)], 'amd64')).plugins[0]!;
    };
    const loads = dwarfOf(() => check('greeter-base.so', true));
    assert.equal((loads.result as { loads: boolean }).loads, true);
    assert.deepEqual(loads.seen, [], 'a plugin that loads needs no explanation');
    assert.ok(dwarfOf(() => check('greeter-base.so', false)).seen.length > 0, 'an eager host reads it');
    for (const rejected of ['greeter-trimpath.so', 'greeter-xxhash-v2.2.0.so', 'greeter-race-stripped.so']) {
      const lazy = check(rejected, true);
      assert.equal(lazy.loads, false, rejected);
      assert.deepEqual(JSON.parse(JSON.stringify(lazy)), JSON.parse(JSON.stringify(check(rejected, false))), rejected);
    }
  });

  test('check opens each plugin once: what explains a rejection by the host is read in that opening, and a loading plugin\'s file names are never read', () => {
    const D = join(BIN, 'linux-amd64/go1.26.8');
    const h = loadHost(join(D, 'host-base'), 'amd64', { lazy: true });
    const closes = (file: string, run: () => unknown) => {
      let n = 0;
      const { close } = FileSource.prototype;
      FileSource.prototype.close = function (this: FileSource) {
        if (this.path === file) n++;
        return close.call(this);
      };
      try {
        return { n, result: run(), count: () => n };
      } finally {
        FileSource.prototype.close = close;
      }
    };
    for (const [plugin, loads] of [['greeter-base.so', true], ['greeter-xxhash-v2.2.0.so', false], ['greeter-trimpath.so', false], ['greeter-gcflags-all-N-l.so', false]] as const) {
      const file = join(D, plugin);
      let inputs: ReturnType<typeof readPlugins> = [];
      const run = closes(file, () => {
        inputs = readPlugins([file], 'amd64', [h.facts]);
        const r = runCheck(h.facts, h.source, inputs);
        compose([r], { workspace: ROOT, goMods: () => indexGoMods(join(ROOT, 'fixtures/src')) }).findings.forEach((f) => f.commandsDir);
        return r;
      });
      const r = run.result as ReturnType<typeof runCheck>;
      assert.equal(r.plugins[0]!.loads, loads, plugin);
      assert.equal(run.count(), 1, `${plugin}: opened ${run.count()} times`);
      // Nothing read for an explanation of a plugin that loads: its file names stay unread.
      if (loads) assert.ok(Object.getOwnPropertyDescriptor(inputs[0]!.facts!, 'paths')?.get, `${plugin}: its file names were read`);
      // The same report as when the explanation reopens the file (no host to guess from).
      assert.deepEqual(JSON.parse(checkJson(r)), JSON.parse(checkJson(runCheck(h.facts, h.source, readPlugins([file], 'amd64')))), plugin);
    }
  });

  test('a plugin that changes or goes away before its explanation is read is reported unreadable, naming it; the others are still judged', () => {
    const D = join(BIN, 'linux-amd64/go1.26.8');
    const h = loadHost(join(D, 'host-base'), 'amd64', { lazy: true });
    const dir = mkdtempSync(join(tmpdir(), 'gpc-changed-'));
    try {
      for (const [what, change] of [
        ['replaced', (f: string) => { cpSync(join(D, 'greeter-base.so'), `${f}.new`); renameSync(`${f}.new`, f); }],
        ['deleted', (f: string) => rmSync(f)],
      ] as const) {
        const file = join(dir, `p-${what}.so`);
        cpSync(join(D, 'greeter-xxhash-v2.2.0.so'), file);
        // No host given: nothing is read ahead, so the explanation reopens the file.
        const inputs = readPlugins([file, join(D, 'greeter-pluginpath.so')], 'amd64');
        change(file);
        const r = runCheck(h.facts, h.source, inputs);
        assert.equal(r.plugins[0]!.failure?.kind, 'unreadable', what);
        assert.match(r.plugins[0]!.failure!.message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `), what);
        assert.deepEqual(r.plugins[0]!.findings.map((f) => f.rule), ['GPC006'], what);
        assert.equal(r.plugins[1]!.failure?.kind, 'symbol-resolution', `${what}: the next plugin is still judged`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('"plugin already loaded": the plugin\'s own packages are not explained as shared ones (they move with the new plugin path)', () => {
    const D = 'linux-amd64/go1.26.8';
    const host = loadHost(join(BIN, D, 'host-base'));
    const files = ['greeter-base.so', 'greeter-owndir.so'].map((f) => join(BIN, D, f));
    const r = runCheck(host.facts, host.source, readPlugins(files, host.facts.goarch)).plugins[1]!;
    assert.equal(r.failure?.kind, 'already-loaded');
    // The two builds differ only in example.com/greeter (read from another directory): GPC111 and GPC202 said so.
    assert.deepEqual(r.findings.filter((f) => f.severity !== 'notice').map((f) => f.rule), ['GPC002']);
  });

  test('GPC020: a symbol table that disagrees with module data is reported, module data wins', () => {
    const rel = 'identity/go1.26.8/v2.so';
    const c = openContainers(join(BIN, rel))[0]!;
    const md = readModuleData(c)!;
    const abi = { ...readPluginAbi(c), pluginPath: 'example.com/other' };
    const id = pluginIdentity(c, md, abi, 'example.com/idplugin/v2', null);
    assert.equal(id.pluginPath, 'example.com/idplugin/v2');
    assert.match(id.disagreements.join(), /thispluginpath says example\.com\/other/);
  });
});

describe('GPC013: the printed fix, applied to the host, loads a plugin for real', () => {
  const skip = !isLinuxAmd64 ? 'needs linux/amd64' : !existsSync(GO126) ? `needs go1.26.8 at ${GO126}` : false;
  test('host-int rebuilt as GPC013 says loads v2.so', { skip, timeout: 600_000 }, async () => {
    const rec = SET.binaries.find((b) => b.file === 'identity/go1.26.8/host-int')!;
    // The generator's source dir (paths are part of package hashes without -trimpath).
    const dir = rec.build.dir;
    if (!existsSync(join(dir, 'main.go'))) {
      const src = join(dir, '..');
      mkdirSync(src, { recursive: true });
      cpSync(join(ROOT, 'fixtures/src/identity'), src, { recursive: true });
      cpSync(join(ROOT, 'fixtures/src/sdk'), join(src, 'sdk'), { recursive: true });
    }
    const out = mkdtempSync(join(tmpdir(), 'gpc-gpc013-'));
    try {
      // 1. The host exactly as the corpus built it: check predicts the crash and names the fix.
      const env = goEnv(rec.build.env);
      mustRun(GO126, ['build', ...rec.build.flags, '-o', join(out, 'host-int'), '.'], { cwd: dir, env });
      const before = report('host-int', ['identity/go1.26.8/v2.so'], [], out).plugins[0]!;
      assert.equal(before.failure?.kind, 'host-crash');
      const f = before.findings.find((x) => x.rule === 'GPC013');
      assert.ok(f?.commands?.length, 'GPC013 prints a command');
      // 2. Apply it unaltered except for the output path.
      const { env: cmdEnv, argv } = parseCommandLine(f.commands[0]!);
      assert.equal(argv[0], 'go');
      mustRun(GO126, retargetOutput(argv.slice(1), join(out, 'host-fixed')), { cwd: dir, env: { ...env, ...cmdEnv } });
      // 3. Predicted to load, and the real host loads it.
      const after = report('host-fixed', ['identity/go1.26.8/v2.so'], [], out).plugins[0]!;
      assert.equal(after.loads, true, JSON.stringify(after.failure));
      const { runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: (c: object, d: string) => Promise<{ results: { loads: boolean; error: string | null }[]; stderr: string }> };
      cpSync(join(out, 'host-fixed'), join(BIN, 'identity/go1.26.8/.host-fixed-gpc013'));
      try {
        const real = await runCase({ host: 'identity/go1.26.8/.host-fixed-gpc013', plugins: ['identity/go1.26.8/v2.so'] }, BIN);
        assert.equal(real.results[0]!.loads, true, `${real.results[0]!.error} ${real.stderr}`);
      } finally {
        rmSync(join(BIN, 'identity/go1.26.8/.host-fixed-gpc013'), { force: true });
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('GPC011: what could not be read, and the fix for that part', () => {
  test('a host that exports no hashes (a hand-made manifest): the fix names the host binary or a made manifest', () => {
    const host = loadHost(join(BIN, 'identity/go1.26.8/host-ext')).facts;
    const r = runCheck({ ...host, exportedHashes: [] }, 'manifest', readPlugins([join(BIN, 'identity/go1.26.8/v2.so')], host.goarch));
    const f = r.plugins[0]!.findings.find((x) => x.rule === 'GPC011');
    assert.ok(f, JSON.stringify(r.plugins[0]!.findings.map((x) => x.rule)));
    assert.match(f.message, /host exports no package hashes/);
    assert.match(f.fix ?? '', /go-plugin-compat manifest/);
  });
  test('a stripped plugin is read exactly: no GPC011', () => {
    const host = loadHost(join(BIN, 'identity/go1.26.8/host-ext')).facts;
    const stripped = readdirSync(join(BIN, 'identity/go1.26.8')).filter((f) => /strip/.test(f) && f.endsWith('.so'));
    assert.ok(stripped.length > 0);
    for (const s of stripped) {
      const r = runCheck(host, 'binary', readPlugins([join(BIN, 'identity/go1.26.8', s)], host.goarch));
      assert.ok(!r.plugins[0]!.findings.some((x) => x.rule === 'GPC011'), `${s}: ${r.plugins[0]!.findings.map((x) => x.message)}`);
    }
  });
});
