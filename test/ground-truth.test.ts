import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { runCheck } from '../src/check/run-check.js';
import { readPlugins } from '../src/cli/check.js';
import { loadHost } from '../src/cli/load-host.js';
import { toManifest } from '../src/facts/manifest.js';
import { BIN, ROOT, ensureFixtures, groundTruth, isLinuxAmd64 } from './support/fixtures.js';
import { type Expected, expectedFromRecord } from './support/runtime-verdict.js';

before(ensureFixtures);

function report(hostPath: string, plugins: string[]) {
  const host = loadHost(hostPath);
  return runCheck(host.facts, host.source, readPlugins(plugins.map((p) => join(BIN, p)), host.facts.goarch));
}

function predicted(hostPath: string, plugins: string[]): Expected[] {
  return report(hostPath, plugins).plugins.map((p) => ({ loads: p.loads, kind: p.failure?.kind ?? null, package: p.failure?.package ?? null }));
}

/** The rules that name each cause a corpus case varies. */
const CAUSE_OF: Record<string, string[]> = {
  toolchain: ['GPC101'], 'module-version': ['GPC105', 'GPC106'], replace: ['GPC106'], trimpath: ['GPC104'],
  gomodcache: ['GPC110'], workdir: ['GPC111', 'GPC112'], race: ['GPC103'], gcflags: ['GPC107'], 'tags-shared': ['GPC108'],
  pluginpath: ['GPC007'], 'no-cgo-host': ['GPC003'], 'plugin-path-collision': ['GPC002'], 'plugin-vs-plugin': ['GPC202'],
  'failed-load-residue': ['GPC202', 'GPC108'], 'not-a-plugin': ['GPC005'], platform: ['GPC004'], goexperiment: ['GPC102'],
};

function assertAgrees(got: Expected[], want: Expected[], id: string): void {
  assert.equal(got.length, want.length);
  got.forEach((g, i) => {
    const w = want[i]!;
    assert.equal(g.loads, w.loads, `${id} plugin #${i}: loads`);
    if (w.kind !== null) {
      assert.equal(g.kind, w.kind, `${id} plugin #${i}: failure.kind`);
      assert.equal(g.package, w.package, `${id} plugin #${i}: failure.package`);
    }
  });
}

describe('check agrees with the recorded runtime verdict on every corpus case', () => {
  const gt = groundTruth();
  const dir = mkdtempSync(join(tmpdir(), 'gpc-manifest-'));
  for (const c of gt.cases) {
    test(`${c.id} (host binary)`, () => {
      assertAgrees(predicted(join(BIN, c.host), c.plugins), expectedFromRecord(c), c.id);
    });
    test(`${c.id} (host manifest)`, () => {
      const m = join(dir, `${c.id}.json`);
      writeFileSync(m, JSON.stringify(toManifest(loadHost(join(BIN, c.host)).facts, 'test')));
      assertAgrees(predicted(m, c.plugins), expectedFromRecord(c), c.id);
    });
  }
});

/**
 * plugin.Open resolves exported symbols while ranging over a Go map, so which
 * missing symbol it names changes from run to run; compare the rest exactly.
 */
const stable = (e: string | null) => e?.replace(/could not find symbol \w+: (.*)undefined symbol: (\S+)\.\w+$/, 'could not find symbol <S>: $1undefined symbol: $2.<S>') ?? null;

describe('every failing plugin is attributed to the cause its case varies, never "unknown"', () => {
  for (const c of groundTruth().cases) {
    const want = expectedFromRecord(c);
    if (want.every((w) => w.loads)) continue;
    test(c.id, () => {
      const r = report(join(BIN, c.host), c.plugins);
      const allowed = c.varies.flatMap((v) => CAUSE_OF[v] ?? []);
      r.plugins.forEach((p, i) => {
        if (want[i]!.loads || want[i]!.kind === null) return;
        const rules = p.findings.map((f) => f.rule);
        // A re-open of the same file repeats the first verdict (GPC010); the cause is named there.
        if (rules.includes('GPC010')) return;
        assert.ok(rules.some((id) => allowed.includes(id)), `${c.id} #${i}: expected one of ${allowed} in ${rules}`);
        assert.ok(!rules.includes('GPC199'), `${c.id} #${i}: cause unknown`);
        for (const f of p.findings.filter((x) => x.severity === 'error' && x.rule.startsWith('GPC1'))) assert.ok(f.fix, `${f.rule} has a fix`);
      });
    });
  }
});

describe('the recorded ground truth still matches the runtime', { skip: isLinuxAmd64 ? false : 'needs linux/amd64 to run the corpus hosts' }, () => {
  const gt = groundTruth();
  for (const c of gt.cases) {
    const runner = (c as { runner?: string[] }).runner;
    const missing = runner && spawnSync(runner[0]!, ['--version']).status !== 0 ? `needs ${runner[0]} (Debian qemu-user) to run the ${c.host.split('/')[0]} host` : false;
    test(`re-run ${c.id}`, { skip: missing }, async () => {
      const { runCase } = (await import(join(ROOT, 'fixtures/loader.mjs'))) as {
        runCase: (c: unknown, binDir: string, opts?: { timeoutMs?: number }) => Promise<{ results: { loads: boolean; error: string | null; reached?: boolean }[]; stderr: string }>;
      };
      const now = await runCase(c, BIN, { timeoutMs: c.timeoutMs ?? 30_000 });
      now.results.forEach((r, i) => {
        const rec = c.results[i]!;
        assert.equal(r.loads, rec.loads, `${c.id} #${i} loads`);
        assert.equal(stable(r.error), stable(rec.error), `${c.id} #${i} error message`);
        assert.equal(r.reached ?? true, rec.reached ?? true, `${c.id} #${i} reached`);
      });
    });
  }
});
