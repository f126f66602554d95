import type { BuildFacts } from '../facts/build-facts.js';
import type { Deployment } from '../facts/native.js';
import { gopathMode } from '../rules/query.js';
import { cpuLevel } from '../rules/notices/cpu-level.js';
import { pluginConflicts } from '../rules/notices/plugin-conflict.js';
import { upgradeInPlace } from '../rules/notices/upgrade-in-place.js';
import { type Finding, type Severity, finding } from '../rules/types.js';
import { VERDICT_RULES, unreadable } from '../rules/verdict/rules.js';
import { NATIVE_RULES, glibcPluginInMusl } from '../rules/verdict/native.js';
import { attribute } from './attribute.js';
import { inferDifferences } from './infer.js';
import { rebuildCommand } from './rebuild.js';
import { type FailureKind, type PluginInput, type Verdict, simulate } from './simulate.js';

export interface PluginReport {
  file: string;
  /** False when the process died (or hung) in an earlier plugin.Open: this one is never opened. */
  reached: boolean;
  loads: boolean;
  opened: boolean;
  failure: { kind: FailureKind; package: string | null; packages: string[]; message: string } | null;
  findings: Finding[];
  goVersion: string | null;
  pluginPath: string | null;
  inferred: string | null;
  /**
   * Where the plugin's source is, for placing findings on its go.mod: its main module (build info),
   * main package, build directories (from its file names: read on first use, as only a finding to
   * place needs them; not in the JSON report).
   */
  /** `gopath`: built in GOPATH mode, so no go.mod is its own. */
  source: { mainModule: string | null; mainPackage: string | null; readonly dirs: string[]; readonly gopath?: boolean };
  /** One command that rebuilds the plugin the way the host was built, when the plugin fails. */
  rebuild: string | null;
}

export interface CheckReport {
  schemaVersion: 1;
  compatible: boolean;
  host: {
    file: string;
    source: 'binary' | 'manifest';
    goVersion: string | null;
    goos: string | null;
    goarch: string | null;
    kind: string;
    pluginSupport: BuildFacts['pluginSupport'];
    packageHashes: number;
  };
  plugins: PluginReport[];
  summary: { plugins: number; loading: number; failing: number; errors: number; warnings: number; notices: number };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * The whole analysis: simulate the process, then rules → findings. Pure
 * given the facts; the renderers only format what this returns.
 */
export function runCheck(
  host: BuildFacts,
  hostSource: 'binary' | 'manifest',
  plugins: PluginInput[],
  requireSymbols: string[] = [],
  options: { deployment?: Partial<Deployment> } = {},
): CheckReport {
  const verdicts = simulate(host, plugins, { requireSymbols, ...(options.deployment ? { deployment: options.deployment } : {}) });
  const files = plugins.map((p) => p.file);
  const conflicts = pluginConflicts(verdicts, files, (i) => plugins[i]?.facts ?? null);
  const reports = verdicts.map((v): PluginReport => {
    const facts = plugins[v.index]!.facts;
    const findings: Finding[] = [];
    for (const rule of [...VERDICT_RULES, ...NATIVE_RULES]) findings.push(...rule.check({ host, verdict: v, plugin: facts, all: plugins }));
    let failure = v.failure;
    let loads = v.loads;
    if (facts && facts.kind === 'plugin' && v.loads && facts.exportedHashes.length === 0 && facts.packageHashes.length === 0) {
      // No fingerprints to compare: judge from the build facts, and say so (GPC011).
      const inferred = inferDifferences(host, facts, 'inferred from build facts: ');
      if (inferred.packages.length) {
        const first = inferred.shared.find((p) => inferred.packages.includes(p))!;
        loads = false;
        failure = { kind: 'package-mismatch', package: first, packages: inferred.packages, message: `plugin was built with a different version of package ${first}` };
        findings.push(...inferred.findings);
      }
    }
    if (facts && v.cachedFrom === null && v.notReachedAfter === null) {
      findings.push(...attribute(host, facts, v.differences, (i) => plugins[i]?.facts ?? null, files, (i) => verdicts[i]!.failure !== null));
      findings.push(...(conflicts.get(v.index) ?? []));
      if (facts.kind === 'plugin' && host.goarch === facts.goarch) findings.push(...cpuLevel(host, facts));
      if (loads) findings.push(...upgradeInPlace(v.file, facts), ...glibcPluginInMusl(host, facts));
    }
    findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    // Its explanation could not be read (the file changed or went away after the verdict's read,
    // or that part is damaged): the file judged may not be this one, so it is reported unreadable.
    if (facts?.lazyReadError) {
      const message = facts.lazyReadError;
      return {
        file: v.file, reached: v.notReachedAfter === null, loads: false, opened: false,
        failure: { kind: 'unreadable', package: null, packages: [], message },
        findings: [finding(unreadable.meta, { message: `cannot read the plugin: ${message}` })],
        goVersion: facts.goVersion, pluginPath: facts.pluginPath, inferred: v.inferred, source: pluginSource(null), rebuild: null,
      };
    }
    return {
      file: v.file,
      reached: v.notReachedAfter === null,
      loads,
      opened: loads === v.loads ? v.opened : false,
      failure,
      findings,
      goVersion: facts?.goVersion ?? null,
      pluginPath: facts?.pluginPath ?? null,
      inferred: v.inferred,
      source: pluginSource(facts),
      // The build line reproduces the host's build: useful when the host fixed a differing package.
      rebuild: (failure?.kind === 'package-mismatch' || (failure?.kind === 'host-crash' && v.crash === 'toolchain')) && v.cachedFrom === null && v.notReachedAfter === null && facts && (v.differences.length === 0 || v.differences.some((d) => d.owner.kind === 'host')) ? rebuildCommand(host, facts) : null,
    };
  });
  const all = reports.flatMap((r) => r.findings);
  return {
    schemaVersion: 1,
    compatible: reports.every((r) => r.loads),
    host: {
      file: host.file,
      source: hostSource,
      goVersion: host.goVersion,
      goos: host.goos,
      goarch: host.goarch,
      kind: host.kind,
      pluginSupport: host.pluginSupport,
      packageHashes: host.exportedHashes.length,
    },
    plugins: reports,
    summary: {
      plugins: reports.length,
      loading: reports.filter((r) => r.loads).length,
      failing: reports.filter((r) => !r.loads).length,
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      notices: all.filter((f) => f.severity === 'notice').length,
    },
  };
}

export type { Verdict };

/** A plugin's `source`; its build directories are read when first asked for (a file that cannot be read again has none: its paths settle to null). */
function pluginSource(facts: BuildFacts | null): PluginReport['source'] {
  return {
    mainModule: facts?.buildInfo?.main?.path || null,
    mainPackage: facts?.mainPackage ?? null,
    get dirs() {
      return facts?.paths && !facts.paths.trimmed ? facts.paths.localDirs : [];
    },
    get gopath() {
      return !!facts && gopathMode(facts);
    },
  };
}
