import type { BuildFacts } from '../facts/build-facts.js';
import { rebuildCommand } from '../check/rebuild.js';
import { inferDifferences } from '../check/infer.js';
import { type FailureKind, simulate } from '../check/simulate.js';
import { cpuLevel } from '../rules/notices/cpu-level.js';
import { type Finding, finding } from '../rules/types.js';
import { hostCannotLoad, noPluginSupport, platformMismatch } from '../rules/verdict/rules.js';
import { shellCommand } from '../report/shell-quote.js';

export interface PreflightReport {
  schemaVersion: 1;
  ok: boolean;
  host: { file: string; goVersion: string | null; goos: string | null; goarch: string | null };
  module: { path: string | null; dir: string; goVersion: string | null };
  /** Host packages this module's build would share with the host. */
  sharedPackages: number;
  /** What plugin.Open would do with the plugin built here: check's simulation, run on the planned build. */
  prediction: { loads: boolean; failure: { kind: FailureKind; package: string | null; packages: string[] } | null };
  findings: Finding[];
  /** The build command that reproduces the host's build settings here. */
  buildCommand: string;
}

/**
 * Before building: which shared packages will differ from the host's, and
 * why — the cause rules of `check`, applied to the build this directory
 * would produce instead of to a built plugin (no hashes yet, so no
 * "unknown cause").
 */
export function runPreflight(host: BuildFacts, planned: BuildFacts): PreflightReport {
  const findings: Finding[] = [];
  if (host.pluginSupport && !host.pluginSupport.supported) {
    const fix = host.pluginSupport.fix;
    // A host that crashes on every plugin (link mode) has its own rule and a host-side fix.
    const meta = host.pluginSupport.outcome === 'host-crash' ? hostCannotLoad.meta : noPluginSupport.meta;
    findings.push(finding(meta, { message: `the host cannot load plugins: it ${host.pluginSupport.reason}`, ...(fix ? { fix: `rebuild the host with ${fix.flag}`, commands: [fix.command] } : {}) }));
  }
  if (host.goos !== planned.goos || host.goarch !== planned.goarch) {
    findings.push(finding(platformMismatch.meta, {
      message: `this directory builds for ${planned.goos}/${planned.goarch}, the host is ${host.goos}/${host.goarch}`,
      fix: 'set GOOS and GOARCH to the host\'s', commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOOS', host.goos ?? ''], ['GOARCH', host.goarch ?? '']], tail: '…' })],
    }));
  }
  // go1.19 still builds a plugin without cgo, and it loads (measured: nocgo-plugin-go1.19.8); go1.20+ refuses to build.
  if (planned.buildInfo?.settings.find((s) => s.key === 'CGO_ENABLED')?.value === '0' && !/^go1\.1\d\b/.test(planned.goVersion ?? '')) {
    findings.push(finding(noPluginSupport.meta, {
      severity: 'error',
      message: 'CGO_ENABLED=0 here: -buildmode=plugin needs cgo (go1.20+ refuses to build)',
      fix: 'enable cgo and install a C compiler', commands: ['CGO_ENABLED=1 go build -buildmode=plugin …'],
    }));
  }
  const { shared, findings: causes, packages: differing } = inferDifferences(host, planned, 'would differ: ');
  findings.push(...causes);
  const prediction = predict(host, planned, new Set(differing));
  findings.push(...cpuLevel(host, planned));
  return {
    schemaVersion: 1,
    ok: !findings.some((f) => f.severity === 'error'),
    host: { file: host.file, goVersion: host.goVersion, goos: host.goos, goarch: host.goarch },
    module: { path: planned.buildInfo?.main?.path ?? null, dir: planned.file, goVersion: planned.goVersion },
    sharedPackages: shared.length,
    prediction,
    findings,
    buildCommand: rebuildCommand(host, planned).replace(/ -o \S+ \.$/, ' -o plugin.so .'),
  };
}

/**
 * The planned build as check sees a built plugin: its link table is the
 * packages `go list -deps` lists (dependencies first, as the linker orders
 * them), each with the host's hash unless a cause rule says it will differ;
 * then check's own simulation of plugin.Open decides.
 */
function predict(host: BuildFacts, planned: BuildFacts, differing: Set<string>): PreflightReport['prediction'] {
  const hostHash = new Map(host.exportedHashes.map((h) => [h.package, h.hash]));
  const order = Object.keys(planned.imports ?? {});
  const hashes = order.map((p) => ({ package: p, hash: hostHash.has(p) ? (differing.has(p) ? `${hostHash.get(p)}~planned` : hostHash.get(p)!) : 'planned' }));
  const facts: BuildFacts = { ...planned, packageHashes: hashes, packageHashSource: 'link-table', exportedHashes: hashes };
  const v = simulate(host, [{ file: planned.file, facts, error: null }])[0]!;
  return { loads: v.loads, failure: v.failure ? { kind: v.failure.kind, package: v.failure.package, packages: v.failure.packages } : null };
}
