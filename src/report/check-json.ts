import type { CheckReport } from '../check/run-check.js';
import { type Composition, composeReport, problemLine } from './compose.js';
import { jsonForLog } from './escape.js';

/**
 * The `check --format json` contract, each finding with its `location` (the
 * go.mod line or the plugin file). Several hosts: `{schemaVersion, compatible, hosts: [{host, plugins}]}`.
 */
export function checkJsonValue(x: CheckReport | Composition): unknown {
  const c = 'findings' in x && 'reports' in x ? x : composeReport(x);
  const withLocations = c.reports.map((r, h) => ({
    ...r,
    plugins: r.plugins.map((p, i) => {
      const mine = c.findings.filter((f) => f.host === h && f.plugin === i);
      return {
        ...p,
        // Build directories only place findings (and cost a second read of the file's names): not reported.
        source: { mainModule: p.source.mainModule, mainPackage: p.source.mainPackage },
        findings: p.findings.map((f, k) => {
          const cf = mine[k];
          return cf ? { ...f, location: { ...cf.location }, ...(cf.related.length ? { relatedLocations: cf.related } : {}), ...(f.commands?.length ? { commandsDir: cf.commandsDir } : {}) } : f;
        }),
      };
    }),
  }));
  // Why findings stayed on a plugin file instead of its go.mod line (a tie between go.mod files, an unreadable directory).
  const goModProblems = c.problems.map((p) => ({ path: p.path, message: problemLine(p) }));
  if (withLocations.length === 1) return { ...withLocations[0], goModProblems };
  return {
    schemaVersion: 1,
    compatible: withLocations.every((r) => r.compatible),
    hosts: withLocations.map(({ host, plugins, summary }) => ({ host, plugins, summary })),
    goModProblems,
  };
}

export function checkJson(x: CheckReport | Composition): string {
  return jsonForLog(JSON.stringify(checkJsonValue(x), null, 2)) + '\n';
}
