// preflight, run on the source of each single-plugin ground-truth case with the
// build's own toolchain, flags and environment, must predict what plugin.Open
// did with the plugin built from it (issue 8 item 7: >= 95%). Sets:
// fixtures/ground-truth.json (source trees recreated as fixtures/gen/build-linux-amd64.mjs
// lays them out) and fixtures/ground-truth/causes.json (fixtures/gen/causes-tree.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { loadHost } from '../src/cli/load-host.js';
import { readLocalGo } from '../src/preflight/go-env.js';
import { needsCompiledFingerprints, hostFileSelection, plannedFacts } from '../src/preflight/planned-facts.js';
import { runPreflight } from '../src/preflight/run-preflight.js';
import { BASE_ENV, W, cleanEnv } from './support/e2e.js';
import { prepareMainTree, sh } from './support/main-tree.js';
import { BIN, ROOT, ensureFixtures, isLinuxAmd64 } from './support/fixtures.js';
import { type Expected, type RecordedCase, expectedFromRecord } from './support/runtime-verdict.js';

interface Build { go?: string; toolchain?: string; dir: string; package?: string; env: Record<string, string>; flags: string[]; copyOf?: string }
interface GtSet { binaries: { file: string; build?: Build }[]; cases: RecordedCase[] }

const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as GtSet;
const SETS: [string, GtSet][] = [
  ['ground-truth.json', read('fixtures/ground-truth.json')],
  ['ground-truth/causes.json', read('fixtures/ground-truth/causes.json')],
  // The generated matrix (fixtures/gen/matrix.mjs): its source trees exist once the set was built here.
  ['ground-truth/matrix.json', read('fixtures/ground-truth/matrix.json')],
  // Real plugins of real hosts (fixtures/gen/ecosystems.mjs): gotify/server and Kong's go-pluginserver.
  ['ground-truth/ecosystems.json', read('fixtures/ground-truth/ecosystems.json')],
];
/** The go command of a recorded build: its path, or its toolchain's. */
function goOf(b: Build): string {
  if (b.go) return b.go;
  if (b.toolchain === 'go1.19.8') return '/usr/lib/go-1.19/bin/go';
  if (b.toolchain === 'go1.26.8') return '/usr/local/go/bin/go';
  const r = spawnSync('go', ['env', 'GOROOT'], { env: { ...cleanEnv(), GOTOOLCHAIN: b.toolchain ?? 'local' }, encoding: 'utf8' });
  return join(r.stdout.trim(), 'bin', 'go');
}

const G = '/usr/local/go/bin/go';

const skip = !isLinuxAmd64 ? 'the corpus is linux/amd64' : !existsSync(G) ? `no go1.26.8 at ${G}` : false;

describe('preflight agrees with the runtime on single-plugin cases', { skip, concurrency: 1 }, () => {
  before(async () => {
    ensureFixtures();
    prepareMainTree({ refresh: true });
    const { prepareCausesTree } = (await import(join(ROOT, 'fixtures/gen/causes-tree.mjs'))) as { prepareCausesTree: () => void };
    prepareCausesTree();
  });

  test('>= 95% agreement (loads, failure kind and the package named), every disagreement listed', { timeout: 900_000 }, async (t) => {
    let n = 0;
    let agree = 0;
    let samePackage = 0;
    const off: string[] = [];
    const skipped: string[] = [];
    const locals = new Map<string, Awaited<ReturnType<typeof readLocalGo>>>();
    // The whole link order, per plugin binary: preflight's model of the linker against module data's pkghashes.
    const orders = new Map<string, string | null>();
    const compiled = new Set<string>();
    let viaGoflags = 0;
    const goflagsOff: string[] = [];
    for (const [name, set] of SETS) {
      for (const c of set.cases) {
        if (c.plugins.length !== 1) continue;
        const b = set.binaries.find((x) => x.file === c.plugins[0])?.build;
        if (!b?.dir || !b.flags || b.copyOf) {
          skipped.push(`${c.id}: no source build`);
          continue;
        }
        // preflight DIR judges the main package in DIR: the recorded build's package directory.
        const dir = join(b.dir, b.package ?? '.');
        const go = goOf(b);
        if (!existsSync(go) || !existsSync(dir)) {
          skipped.push(`${c.id}: ${existsSync(go) ? dir : go} is not here`);
          continue;
        }
        const env = { ...cleanEnv(), ...b.env, PATH: `${dirname(go)}:${process.env.PATH}` };
        // Built the same way: a build without -buildmode is an executable, not a plugin.
        const flags = b.flags.some((f) => f.startsWith('-buildmode')) ? b.flags : [...b.flags, '-buildmode=exe'];
        if (!existsSync(join(BIN, c.host))) {
          skipped.push(`${c.id}: host ${c.host} not built here`);
          continue;
        }
        const host = loadHost(join(BIN, c.host)).facts;
        // One go list per plugin build: many cases load the same plugin into other hosts.
        const selection = hostFileSelection(host);
        const compile = needsCompiledFingerprints(host, dir, flags, env) !== null;
        if (compile) compiled.add(c.plugins[0]!);
        const key = JSON.stringify([go, dir, flags, env, selection, compile]);
        if (!locals.has(key)) locals.set(key, await readLocalGo(dir, flags, { go, env }, selection, compile));
        const local = locals.get(key)!;
        const planned = plannedFacts(dir, local, flags);
        const r = runPreflight(host, planned);
        const built = loadHost(join(BIN, c.plugins[0]!)).facts;
        if (!orders.has(c.plugins[0]!) && built.kind === 'plugin') {
          const want = built.packageHashes.map((h) => h.package);
          const got = Object.keys(planned.imports ?? {}).map((p) => (p === planned.mainPackage ? planned.pluginPath : p));
          const at = want.findIndex((p, k) => got[k] !== p);
          orders.set(c.plugins[0]!, at < 0 && got.length === want.length ? null
            : `${c.plugins[0]}: at ${at < 0 ? want.length : at} the linker has ${want.slice(Math.max(0, at - 1), at + 3).join(' ')}, preflight ${got.slice(Math.max(0, at - 1), at + 3).join(' ')} (${want.length} vs ${got.length} packages)`);
        }
        const want: Expected = expectedFromRecord(c)[0]!;
        const got = r.prediction;
        // The same build with its file-selecting flags in GOFLAGS instead (the go command applies both):
        // preflight must predict the same.
        const selecting = flags.filter((f) => /^-(tags=|race$|msan$|asan$)/.test(f));
        if (selecting.length && !b.env.GOFLAGS?.match(/-(tags|race|msan|asan)/)) {
          const rest = flags.filter((f) => !selecting.includes(f));
          const viaEnv = { ...env, GOFLAGS: [b.env.GOFLAGS ?? '', ...selecting].join(' ').trim() };
          const key2 = JSON.stringify([go, dir, rest, viaEnv, selection, compile]);
          if (!locals.has(key2)) locals.set(key2, await readLocalGo(dir, rest, { go, env: viaEnv }, selection, compile));
          const p2 = runPreflight(host, plannedFacts(dir, locals.get(key2)!, rest)).prediction;
          viaGoflags++;
          if (p2.loads !== got.loads || p2.failure?.kind !== got.failure?.kind || p2.failure?.package !== got.failure?.package) {
            goflagsOff.push(`${c.id} (${selecting.join(' ')}): flags ${JSON.stringify({ loads: got.loads, package: got.failure?.package ?? null })}, GOFLAGS ${JSON.stringify({ loads: p2.loads, package: p2.failure?.package ?? null })}`);
          }
        }
        n++;
        const ok = got.loads === want.loads && (want.loads || got.failure?.kind === want.kind);
        if (ok) agree++;
        if (ok && (want.loads || got.failure?.package === want.package)) samePackage++;
        if (!ok) off.push(`${name} ${c.id}: runtime ${JSON.stringify(want)}, preflight ${JSON.stringify({ loads: got.loads, kind: got.failure?.kind ?? null, package: got.failure?.package ?? null })} ${r.findings.map((f) => f.rule).join(' ')}`);
        else if (!want.loads && got.failure?.package !== want.package) t.diagnostic(`package differs: ${c.id}: runtime ${want.package}, preflight ${got.failure?.package}`);
      }
    }
    t.diagnostic(`preflight agreement: ${agree}/${n} (loads + kind), ${samePackage}/${n} also naming the runtime's package; skipped ${skipped.length}; ${locals.size} go list runs`);
    const orderOff = [...orders.values()].filter((o) => o !== null);
    t.diagnostic(`compiled (no link) to read fingerprints, the fingerprints depending on inlining or the FIPS snapshot: ${compiled.size} plugin builds`);
    t.diagnostic(`link order: ${orders.size - orderOff.length}/${orders.size} plugins exactly as the linker wrote it`);
    for (const o of orderOff) t.diagnostic(`LINK ORDER ${o}`);
    for (const s of skipped) t.diagnostic(`skipped ${s}`);
    for (const o of off) t.diagnostic(`DISAGREES ${o}`);
    t.diagnostic(`file-selecting flags through GOFLAGS: ${viaGoflags - goflagsOff.length}/${viaGoflags} predicted as on the command line`);
    assert.ok(viaGoflags >= 3, `enough builds with -tags/-race/-msan/-asan (${viaGoflags})`);
    assert.deepEqual(goflagsOff, [], 'GOFLAGS select files as the command line does');
    assert.ok(n >= 40, `enough cases ran (${n})`);
    assert.ok(agree / n >= 0.95, `agreement ${agree}/${n}:\n${off.join('\n')}`);
    // The runtime names the first differing package in the plugin's link order: preflight must name it too.
    assert.ok(samePackage / n >= 0.95, `naming the runtime's package: ${samePackage}/${n}`);
    assert.ok(orders.size >= 100, `enough plugins compared (${orders.size})`);
    assert.deepEqual(orderOff, [], 'the link order preflight derives from the sources is the linker\'s, package for package');
  });
});

// What the build links, not what go.mod lists; harmless settings are not differences.
describe('preflight: only what the build links, harmless settings ignored', { skip, concurrency: 1 }, () => {
  const dir = join(W, 'causes/work/plugin-unlinked');
  let host: ReturnType<typeof loadHost>['facts'];
  before(async () => {
    ensureFixtures();
    const { prepareCausesTree } = (await import(join(ROOT, 'fixtures/gen/causes-tree.mjs'))) as { prepareCausesTree: () => void };
    prepareCausesTree();
    host = loadHost(join(BIN, 'causes/go1.26.8/host-base')).facts;
  });
  const env = (extra: Record<string, string> = {}) => ({ ...cleanEnv(), ...BASE_ENV, ...extra });
  const preflight = async (d: string, flags: string[], extra: Record<string, string> = {}) =>
    runPreflight(host, plannedFacts(d, await readLocalGo(d, flags, { go: G, env: env(extra) }), flags));

  test('a module go.mod requires at another version but the plugin never imports: predicted and really loads', async () => {
    cpSync(join(W, 'causes/work/plugin'), dir, { recursive: true });
    sh(G, ['mod', 'edit', '-require=github.com/cespare/xxhash/v2@v2.2.0'], dir);
    const main = readFileSync(join(dir, 'main.go'), 'utf8')
      .replace('\t"github.com/cespare/xxhash/v2"\n', '')
      .replace(' + " " + strconv.FormatUint(xxhash.Sum64String(who), 16)', '');
    writeFileSync(join(dir, 'main.go'), main);
    const r = await preflight(dir, ['-buildmode=plugin']);
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule), [], 'no finding for a module the build does not link');
    assert.equal(r.prediction.loads, true);
    // and the runtime agrees
    const out = join(W, 'causes/out-unlinked');
    mkdirSync(out, { recursive: true });
    spawnSync(G, ['build', '-buildmode=plugin', '-o', join(out, 'unlinked.so'), '.'], { cwd: dir, env: env() });
    const { runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as { runCase: (c: unknown, d: string) => Promise<{ results: { loads: boolean }[] }> };
    cpSync(join(BIN, 'causes/go1.26.8/host-base'), join(out, 'host-base'));
    const rt = await runCase({ host: 'host-base', plugins: ['unlinked.so'] }, out);
    assert.equal(rt.results[0]!.loads, true, JSON.stringify(rt.results[0]));
  });

  test('-gcflags=all=-m, all=-B and a GOEXPERIMENT that spells out the defaults are not differences', async () => {
    const p = join(W, 'causes/work/plugin');
    for (const flags of [['-gcflags=all=-m'], ['-gcflags=all=-B']]) {
      const r = await preflight(p, ['-buildmode=plugin', ...flags]);
      assert.equal(r.prediction.loads, true, `${flags}: ${r.findings.map((f) => f.rule)}`);
    }
    const d = await preflight(p, ['-buildmode=plugin'], { GOEXPERIMENT: 'regabiargs,greenteagc' });
    assert.equal(d.prediction.loads, true, `defaults spelled out: ${d.findings.map((f) => f.message)}`);
    const x = await preflight(p, ['-buildmode=plugin'], { GOEXPERIMENT: 'cgocheck2' });
    assert.equal(x.prediction.loads, false);
    assert.ok(x.findings.some((f) => f.rule === 'GPC102'));
  });
});
