import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { CheckReport } from '../check/run-check.js';
import { ALL_RULES } from '../rules/registry.js';
import { docsUrl } from '../rules/types.js';
import { VERSION } from '../version.js';
import { type ComposedFinding, type Composition, type Location, commandsWhere, composeReport, problemLine, shortName } from './compose.js';
import { jsonForLog } from './escape.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;
const SRCROOT = '%SRCROOT%';

// SARIF rule names are identifiers: `module-version-mismatch` → `ModuleVersionMismatch`.
const pascal = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
// SARIF messages are sentences.
const sentence = (s: string) => (/[.!?]$/.test(s.trimEnd()) ? s.trimEnd() : `${s.trimEnd()}.`);

/** A relative URI (percent-encoded path segments) under %SRCROOT%, or an absolute file: URI outside the workspace. */
function artifactLocation(l: Location): { uri: string; uriBaseId?: string } {
  if (l.inWorkspace) return { uri: l.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(l.file).href };
}

function physical(l: Location) {
  return {
    artifactLocation: artifactLocation(l),
    // A go.mod line, or the first line of a binary: code scanning needs a region on every result.
    region: { startLine: l.line ?? 1 },
  };
}

function fingerprint(c: Composition, f: ComposedFinding): string {
  // Stable across runs: the rule, where, and what differs; not the line (go.mod lines move) nor the message wording.
  const p = c.reports[f.host]!.plugins[f.plugin]!;
  const key = [f.finding.rule, f.location.file, f.location.module ?? '', shortName(p.file), [...(f.finding.packages ?? [])].sort().join(','), f.finding.evidence?.reference ?? '', f.finding.evidence?.plugin ?? ''].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function run(c: Composition, h: number, automationId: string | undefined) {
  const r: CheckReport = c.reports[h]!;
  const findings = c.findings.filter((f) => f.host === h);
  const ruleIds = ALL_RULES.map((m) => m.id);
  const results = findings.map((f) => {
    const p = r.plugins[f.plugin]!;
    const fi = f.finding;
    const text = [
      `${p.file}${p.failure && f.explainsFailure ? ` will not load: plugin.Open fails with "${p.failure.message}"` : ''}: ${fi.message}`,
      fi.fix ? ` Fix: ${fi.fix}` : '',
      fi.commands?.length ? ` Commands${commandsWhere(f) ? ` (${commandsWhere(f)})` : ''}: ${fi.commands.join(' ; ')}` : '',
    ].join('');
    return {
      ruleId: fi.rule,
      ...(ruleIds.includes(fi.rule) ? { ruleIndex: ruleIds.indexOf(fi.rule) } : {}),
      level: LEVEL[fi.severity],
      message: { text: sentence(text) },
      locations: [{ physicalLocation: physical(f.location) }],
      ...(f.related.length ? { relatedLocations: f.related.map((l, id) => ({ id: id + 1, physicalLocation: physical(l) })) } : {}),
      partialFingerprints: { 'goPluginCompat/v1': fingerprint(c, f) },
      properties: {
        plugin: p.file,
        ...(fi.packages ? { packages: fi.packages } : {}),
        ...(fi.evidence ? { evidence: fi.evidence } : {}),
        ...(fi.commands ? { commands: fi.commands, commandsDir: f.commandsDir } : {}),
        loads: p.loads,
        failureKind: p.failure?.kind ?? null,
      },
    };
  });
  return {
    tool: {
      driver: {
        name: 'go-plugin-compat',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: 'https://github.com/go-plugin-compat/go-plugin-compat',
        rules: ALL_RULES.map((m) => ({
          id: m.id,
          name: pascal(m.name),
          shortDescription: { text: sentence(m.summary) },
          fullDescription: { text: sentence(m.summary) },
          help: { text: `See ${docsUrl(m)}`, markdown: `See [${m.id}](${docsUrl(m)}).` },
          helpUri: docsUrl(m),
          defaultConfiguration: { level: LEVEL[m.severity] },
          properties: { tags: ['go-plugin', 'compatibility'], precision: 'very-high', 'problem.severity': m.severity === 'notice' ? 'recommendation' : m.severity },
        })),
      },
    },
    // Several checks in one repository (hosts, workflows) must not overwrite each other's alerts.
    automationDetails: { id: automationId ?? `go-plugin-compat/${r.host.file.replace(/[^A-Za-z0-9._/-]+/g, '_')}/` },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(c.workspace.endsWith('/') ? c.workspace : c.workspace + '/').href } },
    invocations: [{
      executionSuccessful: true,
      toolExecutionNotifications: [
        ...r.plugins.filter((p) => p.failure?.kind === 'unreadable').map((p) => ({
          level: 'error', message: { text: sentence(`${p.file}: ${p.failure!.message}`) },
        })),
        // Why some results point at a plugin file rather than its go.mod line.
        ...c.problems.map((p) => ({ level: 'warning', message: { text: sentence(problemLine(p)) } })),
      ],
    }],
    columnKind: 'unicodeCodePoints',
    results,
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: relative URIs under
 * %SRCROOT% (originalUriBaseIds), a region on every result, rule help URIs,
 * partial fingerprints and an automation id. One run per host.
 */
export function checkSarif(x: CheckReport | Composition, opts: { automationId?: string } = {}): string {
  const c = 'findings' in x && 'reports' in x ? x : composeReport(x);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: c.reports.map((_, h) => run(c, h, c.reports.length > 1 && opts.automationId ? `${opts.automationId.replace(/\/$/, '')}-${h + 1}/` : opts.automationId)),
  };
  return jsonForLog(JSON.stringify(sarif, null, 2)) + '\n';
}
