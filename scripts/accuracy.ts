// Measures agreement of `check` with the recorded runtime verdicts, case by case.
// Usage: npx tsx scripts/accuracy.ts [--manifest]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../src/check/run-check.js';
import { readPlugins } from '../src/cli/check.js';
import { loadHost } from '../src/cli/load-host.js';
import { toManifest } from '../src/facts/manifest.js';
import { expectedFromRecord, type RecordedCase } from '../test/support/runtime-verdict.js';

const useManifest = process.argv.includes('--manifest');
const bin = 'fixtures/bin';
const gt = JSON.parse(readFileSync('fixtures/ground-truth.json', 'utf8')) as { cases: RecordedCase[] };
const dir = mkdtempSync(join(tmpdir(), 'gpc-acc-'));
let agree = 0;
let total = 0;
for (const c of gt.cases) {
  let hostPath = join(bin, c.host);
  if (useManifest) {
    const m = join(dir, c.id + '.json');
    writeFileSync(m, JSON.stringify(toManifest(loadHost(hostPath).facts, 'test')));
    hostPath = m;
  }
  const host = loadHost(hostPath);
  const report = runCheck(host.facts, host.source, readPlugins(c.plugins.map((p) => join(bin, p)), host.facts.goarch));
  const want = expectedFromRecord(c);
  report.plugins.forEach((p, i) => {
    const w = want[i]!;
    const got = { loads: p.loads, kind: p.failure?.kind ?? null, package: p.failure?.package ?? null };
    const ok = got.loads === w.loads && (w.kind === null ? true : got.kind === w.kind) && (w.kind === null ? true : got.package === w.package);
    total++;
    if (ok) agree++;
    else console.log(`DISAGREE ${c.id} #${i}: runtime ${JSON.stringify(w)} predicted ${JSON.stringify(got)} :: ${c.results[i]?.error ?? c.stderr.split('\n')[0]}`);
  });
}
console.log(`${agree}/${total} plugin verdicts agree with the runtime (${useManifest ? 'manifests' : 'host binaries'})`);
process.exitCode = agree === total ? 0 : 1;
