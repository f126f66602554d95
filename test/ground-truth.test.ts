import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadHost } from '../src/cli/load-host.js';
import { toManifest } from '../src/facts/manifest.js';
import { BIN, ROOT, isLinuxAmd64 } from './support/fixtures.js';
import { OPEN_GPC199 } from './support/open-gaps.js';
import { type Expected } from './support/runtime-verdict.js';
import { type GroundTruthSet, type SetCase, expectedFromRecord, groundTruthSets, materialize, predictedOf, report, toolchainOf } from './support/sets.js';

/** The rules that name each cause a case of the original set varies. */
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

/**
 * plugin.Open resolves exported symbols while ranging over a Go map, so which
 * missing symbol it names changes from run to run; compare the rest exactly.
 */
const stable = (e: string | null) => e?.replace(/could not find symbol \w+: (.*)undefined symbol: (\S+)\.\w+$/, 'could not find symbol <S>: $1undefined symbol: $2.<S>') ?? null;

type Runner = { runCase: (c: unknown, binDir: string, opts?: { timeoutMs?: number }) => Promise<{ results: { loads: boolean; error: string | null; reached?: boolean }[]; stderr: string }> };

function judgeSet(set: GroundTruthSet): void {
  describe(`set ${set.name} (${set.file})`, () => {
    // Built (or expanded) once, before the first case; the cases skip with the reason when that cannot happen here.
    let why: string | null | undefined;
    const skip = () => (why === undefined ? (why = materialize(set)) : why);
    const dir = mkdtempSync(join(tmpdir(), `gpc-manifest-${set.name}-`));
    const manifests = new Map<string, string>();
    const manifestOf = (host: string) => {
      if (!manifests.has(host)) {
        const m = join(dir, `${manifests.size}.json`);
        writeFileSync(m, JSON.stringify(toManifest(loadHost(join(BIN, host)).facts, 'test')));
        manifests.set(host, m);
      }
      return manifests.get(host)!;
    };

    if (set.materialize) {
      test('binaries built at test time are the recorded builds (sha256)', (t) => {
        const s = skip();
        if (s) return t.skip(s);
        const rec = set.binaries as { file: string; sha256?: string }[];
        const differ = rec.filter((b) => b.sha256 && createHash('sha256').update(readFileSync(join(BIN, b.file))).digest('hex') !== b.sha256);
        // Another C toolchain (external linking) changes bytes, not package hashes: the re-runs below
        // then confirm the recorded verdicts against the runtime.
        t.diagnostic(`${rec.length - differ.length} of ${rec.length} binaries byte-identical to the recorded build${differ.length ? `; differing: ${differ.slice(0, 5).map((b) => b.file).join(', ')}` : ''}`);
      });
    }

    describe('check agrees with the recorded runtime verdict (loads, failure.kind, failure.package)', () => {
      for (const c of set.cases) {
        test(`${c.id} [${toolchainOf(set, c)}]`, (t) => {
          const s = skip();
          if (s) return t.skip(s);
          const want = expectedFromRecord(c);
          const r = report(join(BIN, c.host), c.plugins, c.check);
          assertAgrees(predictedOf(r), want, c.id);
          assertAgrees(predictedOf(report(manifestOf(c.host), c.plugins, c.check)), want, `${c.id} (host manifest)`);
          assertGpc199(c, r.plugins.map((p) => p.findings.map((f) => f.rule)), want, t);
          if (set.name === 'original') assertCause(c, r.plugins.map((p) => p.findings), want);
        });
      }
    });

    describe('the recorded ground truth still matches the runtime', { skip: isLinuxAmd64 ? false : 'needs linux/amd64 to run the corpus hosts' }, () => {
      for (const c of set.cases) {
        const runner = (c as { runner?: string[] }).runner;
        const missing = runner && spawnSync(runner[0]!, ['--version']).status !== 0 ? `needs ${runner[0]} (Debian qemu-user) to run the ${c.host.split('/')[0]} host` : false;
        test(`re-run ${c.id}`, { skip: missing }, async (t) => {
          const s = skip();
          if (s) return t.skip(s);
          const { runCase } = (await import(join(ROOT, set.runner ?? 'fixtures/loader.mjs'))) as Runner;
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
  });
}

/** GPC199 ("cause unknown") only where the binaries genuinely lack the facts; the case says which. */
function assertGpc199(c: SetCase, rules: string[][], want: Expected[], t: { diagnostic: (m: string) => void; todo: (m: string) => void }): void {
  rules.forEach((ids, i) => {
    if (!ids.includes('GPC199')) return;
    assert.ok(!want[i]!.loads, `${c.id} #${i}: GPC199 on a plugin that loads`);
    // Called after the verdict assertions, so a TODO never hides a wrong verdict.
    if (!c.factsAbsent && OPEN_GPC199[c.id]) return t.todo(`open gap, GPC199 although recorded: ${OPEN_GPC199[c.id]}`);
    assert.ok(c.factsAbsent, `${c.id} #${i}: GPC199 (cause unknown), but the case varies ${c.varies.join(', ')}, which the binaries record`);
    t.diagnostic(`#${i}: GPC199 excused, facts absent: ${c.factsAbsent}`);
  });
}

/** Original set: every failing plugin is attributed to the cause its case varies, with a fix. */
function assertCause(c: SetCase, findings: { rule: string; severity: string; fix?: unknown }[][], want: Expected[]): void {
  findings.forEach((fs, i) => {
    if (want[i]!.loads || want[i]!.kind === null) return;
    const rules = fs.map((f) => f.rule);
    // A re-open of the same file repeats the first verdict (GPC010); the cause is named there.
    if (rules.includes('GPC010')) return;
    const allowed = c.varies.flatMap((v) => CAUSE_OF[v] ?? []);
    assert.ok(rules.some((id) => allowed.includes(id)), `${c.id} #${i}: expected one of ${allowed} in ${rules}`);
    for (const f of fs.filter((x) => x.severity === 'error' && x.rule.startsWith('GPC1'))) assert.ok(f.fix, `${f.rule} has a fix`);
  });
}

for (const set of groundTruthSets()) judgeSet(set);
