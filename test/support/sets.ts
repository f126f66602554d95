// Every ground-truth set: the original fixtures/ground-truth.json and each
// fixtures/ground-truth/<set>.json (same shape). A set either ships its
// binaries as bundles (fixtures/unpack.mjs expands them) or names a command
// that builds them at test time ("materialize"; exit 3 = cannot here, with
// the reason on stderr, e.g. a missing toolchain).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck, type CheckReport } from '../../src/check/run-check.js';
import { readPlugins } from '../../src/cli/check.js';
import { loadHost } from '../../src/cli/load-host.js';
import { BIN, ROOT, ensureFixtures } from './fixtures.js';
import { type Expected, type RecordedCase, expectedFromRecord } from './runtime-verdict.js';

export interface SetCase extends RecordedCase {
  toolchain?: string;
  /** Why a cause cannot be named from the binaries (the facts are not recorded): only then may GPC199 appear. */
  factsAbsent?: string | null;
  /** Check options describing the system the case ran on (check --glibc / --asan-options). */
  check?: CaseCheckOptions;
}

export interface GroundTruthSet {
  name: string;
  file: string;
  binaries: { file: string; toolchain: string; role: string }[];
  cases: SetCase[];
  /** Command (run from the repository root) that builds the set's binaries when missing. */
  materialize?: string;
  /** Module exporting runCase(case, binDir) for re-running a case for real; default fixtures/loader.mjs. */
  runner?: string;
}

export function groundTruthSets(): GroundTruthSet[] {
  const sets: GroundTruthSet[] = [];
  const read = (name: string, file: string) => {
    const doc = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Omit<GroundTruthSet, 'name' | 'file'>;
    sets.push({ ...doc, name, file });
  };
  read('original', 'fixtures/ground-truth.json');
  const dir = join(ROOT, 'fixtures/ground-truth');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) read(f.replace(/\.json$/, ''), `fixtures/ground-truth/${f}`);
  }
  return sets;
}

const materialized = new Map<string, string | null>();
/** Makes the set's binaries available; returns null, or why they cannot be here (the tests skip, saying so). */
export function materialize(set: GroundTruthSet): string | null {
  if (materialized.has(set.name)) return materialized.get(set.name)!;
  ensureFixtures();
  let why: string | null = null;
  const missing = [...new Set(set.cases.flatMap((c) => [c.host, ...c.plugins]))].filter((f) => !existsSync(join(BIN, f)));
  if (missing.length && set.materialize) {
    const [cmd, ...args] = set.materialize.split(' ');
    const r = spawnSync(cmd === 'node' ? process.execPath : cmd!, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status === 3) why = r.stderr.trim().split('\n').pop() ?? 'cannot build here';
    else if (r.status !== 0) throw new Error(`${set.materialize} failed:\n${r.stderr}`);
  } else if (missing.length) why = `${missing.length} binaries missing, e.g. ${missing[0]}`;
  materialized.set(set.name, why);
  return why;
}

/** A case's check options: the deployment system it ran on (--glibc, --asan-options), when that matters. */
export type CaseCheckOptions = { glibc?: string; asanOptions?: string };

export function report(hostPath: string, plugins: string[], check: CaseCheckOptions = {}): CheckReport {
  const host = loadHost(hostPath);
  return runCheck(host.facts, host.source, readPlugins(plugins.map((p) => join(BIN, p)), host.facts.goarch), [], { deployment: check });
}

export function predictedOf(r: CheckReport): Expected[] {
  return r.plugins.map((p) => ({ loads: p.loads, kind: p.failure?.kind ?? null, package: p.failure?.package ?? null }));
}

/** The toolchain(s) a case involves, from the set's binaries: "go1.26.8", or "go1.19.8+go1.26.8" when they mix. */
export function toolchainOf(set: GroundTruthSet, c: SetCase): string {
  if (c.toolchain) return c.toolchain;
  const tc = new Map(set.binaries.map((b) => [b.file, b.toolchain]));
  const all = [...new Set([c.host, ...c.plugins].map((f) => tc.get(f) ?? f.split('/').find((s) => /^go1\./.test(s)) ?? '?'))];
  return all.join('+');
}

/** Whether a prediction agrees with the runtime: loads, failure.kind and failure.package. */
export function agrees(got: Expected, want: Expected): boolean {
  if (got.loads !== want.loads) return false;
  if (want.kind === null) return true;
  return got.kind === want.kind && got.package === want.package;
}

export { expectedFromRecord };
