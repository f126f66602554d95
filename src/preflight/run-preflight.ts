import type { BuildFacts } from '../facts/build-facts.js';
import { rebuildCommand } from '../check/rebuild.js';
import { inferDifferences } from '../check/infer.js';
import { type FailureKind, simulate } from '../check/simulate.js';
import { cpuLevel } from '../rules/notices/cpu-level.js';
import { unknownCause } from '../rules/causes/unknown.js';
import { type Finding, finding } from '../rules/types.js';
import { hostCannotLoad, noPluginSupport, platformMismatch } from '../rules/verdict/rules.js';
import { shellCommand, shellWord } from '../report/shell-quote.js';
import { defaultOutputName } from '../build/output-name.js';

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
  /**
   * Where the plugin's package fingerprints came from: predicted from the sources and settings,
   * or compiled (no link: `go list -export`) because `reason` makes them depend on the compiler.
   */
  fingerprints: { source: 'predicted' | 'compiled'; reason: string | null };
}

/**
 * Before building: which shared packages will differ from the host's, and
 * why — the cause rules of `check`, applied to the build this directory
 * would produce instead of to a built plugin (no hashes yet, so no
 * "unknown cause").
 */
export function runPreflight(host: BuildFacts, planned: BuildFacts, compiledBecause: string | null = null): PreflightReport {
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
  const { shared, findings: inferred, packages: claimed } = inferDifferences(host, planned, 'would differ: ');
  const compiled = compiledDifferences(host, planned);
  // Compiled: a cause names only the packages whose fingerprints really differ, and one that names none is not a cause.
  const causes = compiled ? inferred.flatMap((f) => f.packages?.length ? (f.packages.some((p) => compiled.has(p)) ? [{ ...f, packages: f.packages.filter((p) => compiled.has(p)) }] : []) : [f]) : inferred;
  findings.push(...causes);
  if (compiled) {
    // Compiled fingerprints that differ with no setting to blame: GPC199, with what is known.
    const explained = new Set(causes.flatMap((f) => f.packages ?? []));
    const rest = [...compiled].filter((p) => !explained.has(p));
    const e = rest.length ? unknownCause.explain({ reference: host, referenceName: 'host', plugin: planned }, rest, new Map()) : null;
    if (e) findings.push(finding(unknownCause.meta, { message: `would differ (compiled fingerprints): ${e.message}`, packages: e.packages, evidence: { ...e.evidence, referenceName: 'host' }, fix: e.fix }));
  }
  const prediction = predict(host, planned, compiled ?? differingPackages(host, planned, claimed));
  findings.push(...cpuLevel(host, planned));
  return {
    schemaVersion: 1,
    ok: !findings.some((f) => f.severity === 'error'),
    host: { file: host.file, goVersion: host.goVersion, goos: host.goos, goarch: host.goarch },
    module: { path: planned.buildInfo?.main?.path ?? null, dir: planned.file, goVersion: planned.goVersion },
    sharedPackages: shared.length,
    prediction,
    findings,
    // Named as `go build -buildmode=plugin` names it (and as `build` does): the main package's last element.
    buildCommand: rebuildCommand(host, planned).replace(/ -o \S+ \.$/, ` -o ${shellWord(defaultOutputName(planned.mainPackage ?? planned.buildInfo?.path ?? 'plugin'))} .`),
    fingerprints: planned.compiledHashes ? { source: 'compiled', reason: compiledBecause } : { source: 'predicted', reason: null },
  };
}

/**
 * Rules whose setting applies to every package but changes only those
 * whose compiled files it selects differently (build tags, instrumentation
 * tags, goexperiment.* tags): measured, -race on go1.26 changes
 * internal/runtime/sys (consts_race.go) and not internal/abi before it.
 */
const FILE_SELECTING = new Set(['GPC102', 'GPC103', 'GPC108']);

/**
 * Which claimed packages will really differ. A package's fingerprint is a
 * hash of its export data, so a file-selecting setting changes the packages
 * whose files it selects differently and, at most, what imports them — and
 * an import always precedes its importer in link order, so the runtime
 * names a package whose own files changed.
 */
function differingPackages(host: BuildFacts, planned: BuildFacts, claimed: string[]): Set<string> {
  const sel = planned.fileSelection;
  if (!sel) return new Set(claimed);
  // The same inference without the file-selecting rules: which packages another difference changes anyway.
  const other = new Set(inferDifferences(host, planned, '', FILE_SELECTING).packages);
  const filesDiffer = (p: string) => p in sel.underHost && (sel.own[p] ?? []).join('/') !== sel.underHost[p]!.join('/');
  const roots = new Set(claimed.filter((p) => other.has(p) || filesDiffer(p)));
  // Importers of a changed package may change too (inlined bodies, types): keep them, after their import.
  const graph = planned.imports ?? {};
  const reaches = new Map<string, boolean>();
  const importsRoot = (p: string, depth = 0): boolean => {
    if (roots.has(p)) return true;
    if (reaches.has(p) || depth > 10_000) return reaches.get(p) ?? false;
    reaches.set(p, false);
    const r = (graph[p] ?? []).some((q) => importsRoot(q, depth + 1));
    reaches.set(p, r);
    return r;
  };
  return new Set(claimed.filter((p) => importsRoot(p)));
}

/** With compiled fingerprints: the shared packages whose fingerprint differs from the host's. */
function compiledDifferences(host: BuildFacts, planned: BuildFacts): Set<string> | null {
  const fp = planned.compiledHashes;
  if (!fp) return null;
  return new Set(host.exportedHashes.filter((h) => fp[h.package] !== undefined && fp[h.package] !== h.hash).map((h) => h.package));
}

/**
 * The planned build as check sees a built plugin: its link table is the
 * packages the build links in the linker's order (link-order.ts), each with
 * the host's hash unless it will differ (compiled fingerprints, or the cause
 * rules narrowed by file selection); then check's own simulation of
 * plugin.Open decides.
 */
function predict(host: BuildFacts, planned: BuildFacts, differing: Set<string>): PreflightReport['prediction'] {
  const hostHash = new Map(host.exportedHashes.map((h) => [h.package, h.hash]));
  // The linker lists the main package under the plugin path (-pluginpath renames it).
  const order = Object.keys(planned.imports ?? {}).map((p) => (p === planned.mainPackage && planned.pluginPath ? planned.pluginPath : p));
  const hashes = order.map((p) => ({ package: p, hash: hostHash.has(p) ? (differing.has(p) ? `${hostHash.get(p)}~planned` : hostHash.get(p)!) : 'planned' }));
  const facts: BuildFacts = { ...planned, packageHashes: hashes, packageHashSource: 'link-table', exportedHashes: hashes };
  const v = simulate(host, [{ file: planned.file, facts, error: null }])[0]!;
  return { loads: v.loads, failure: v.failure ? { kind: v.failure.kind, package: v.failure.package, packages: v.failure.packages } : null };
}
