// Agreement of `check` with the recorded runtime verdicts, per ground-truth set
// and toolchain: loads, failure.kind and failure.package, plus where GPC199
// ("cause unknown") appears. Sets built at test time are built first (or
// listed as skipped, with the reason).
// Usage: npx tsx scripts/accuracy.ts [--manifest] [--set NAME]...
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toManifest } from '../src/facts/manifest.js';
import { loadHost } from '../src/cli/load-host.js';
import { BIN } from '../test/support/fixtures.js';
import { OPEN_GPC199 } from '../test/support/open-gaps.js';
import { agrees, expectedFromRecord, groundTruthSets, materialize, predictedOf, report, toolchainOf } from '../test/support/sets.js';

const argv = process.argv.slice(2);
const useManifest = argv.includes('--manifest');
const only = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));
const dir = mkdtempSync(join(tmpdir(), 'gpc-acc-'));
const rows: { set: string; toolchain: string; cases: number; opens: number; agree: number; gpc199: number; gpc199Excused: number; gpc199Open: number }[] = [];
const problems: string[] = [];
const skipped: string[] = [];

for (const set of groundTruthSets()) {
  if (only.length && !only.includes(set.name)) continue;
  const why = materialize(set);
  if (why) {
    skipped.push(`${set.name}: skipped: ${why}`);
    continue;
  }
  const manifests = new Map<string, string>();
  for (const c of set.cases) {
    let hostPath = join(BIN, c.host);
    if (useManifest) {
      if (!manifests.has(c.host)) {
        const m = join(dir, `${manifests.size}.json`);
        writeFileSync(m, JSON.stringify(toManifest(loadHost(hostPath).facts, 'test')));
        manifests.set(c.host, m);
      }
      hostPath = manifests.get(c.host)!;
    }
    const tc = toolchainOf(set, c);
    let row = rows.find((r) => r.set === set.name && r.toolchain === tc);
    if (!row) rows.push((row = { set: set.name, toolchain: tc, cases: 0, opens: 0, agree: 0, gpc199: 0, gpc199Excused: 0, gpc199Open: 0 }));
    row.cases++;
    const r = report(hostPath, c.plugins, c.check);
    const got = predictedOf(r);
    const want = expectedFromRecord(c);
    want.forEach((w, i) => {
      row.opens++;
      if (agrees(got[i]!, w)) row.agree++;
      else problems.push(`DISAGREE ${set.name} ${c.id} #${i}: runtime ${JSON.stringify(w)} predicted ${JSON.stringify(got[i])} :: ${c.results[i]?.error ?? c.stderr.split('\n')[0]}`);
      if (r.plugins[i]!.findings.some((f) => f.rule === 'GPC199')) {
        row.gpc199++;
        if (c.factsAbsent) row.gpc199Excused++;
        else if (OPEN_GPC199[c.id]) row.gpc199Open++;
        else problems.push(`GPC199 ${set.name} ${c.id} #${i}: cause unknown although the case varies ${c.varies.join(', ')}, which the binaries record`);
      }
    });
  }
}

for (const p of problems) console.log(p);
for (const s of skipped) console.log(s);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\n${pad('set', 12)}${pad('toolchain', 20)}${pad('cases', 7)}${pad('opens', 7)}${pad('agree', 7)}${pad('%', 8)}GPC199 (facts absent / open gap)`);
let agree = 0, total = 0, unexcused = 0;
for (const r of rows) {
  agree += r.agree;
  total += r.opens;
  unexcused += r.gpc199 - r.gpc199Excused - r.gpc199Open;
  console.log(`${pad(r.set, 12)}${pad(r.toolchain, 20)}${pad(r.cases, 7)}${pad(r.opens, 7)}${pad(r.agree, 7)}${pad(((100 * r.agree) / r.opens).toFixed(1), 8)}${r.gpc199} (${r.gpc199Excused} / ${r.gpc199Open})`);
}
console.log(`\n${agree}/${total} plugin opens agree with the runtime (${useManifest ? 'host manifests' : 'host binaries'}); GPC199 where facts are recorded and no open gap is listed (test/support/open-gaps.ts): ${unexcused}`);
process.exitCode = agree === total && unexcused === 0 ? 0 : 1;
