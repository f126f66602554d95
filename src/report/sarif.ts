import type { CheckReport } from '../check/run-check.js';
import { ALL_RULES } from '../rules/registry.js';
import { docsUrl } from '../rules/types.js';
import { VERSION } from '../version.js';

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** SARIF 2.1.0: one result per finding, located at the plugin file. */
export function checkSarif(r: CheckReport): string {
  const results = r.plugins.flatMap((p) =>
    p.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: ALL_RULES.findIndex((m) => m.id === f.rule),
      level: LEVEL[f.severity],
      message: { text: `${p.file}: ${f.message}${f.fix ? ` Fix: ${f.fix}.` : ''}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: p.file.replace(/^\.\//, '') } } }],
      properties: {
        ...(f.packages ? { packages: f.packages } : {}),
        ...(f.evidence ? { evidence: f.evidence } : {}),
        ...(f.commands ? { commands: f.commands } : {}),
        loads: p.loads,
        failureKind: p.failure?.kind ?? null,
      },
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'go-plugin-compat',
          version: VERSION,
          informationUri: 'https://github.com/go-plugin-compat/go-plugin-compat',
          rules: ALL_RULES.map((m) => ({
            id: m.id,
            name: m.name,
            shortDescription: { text: m.summary },
            helpUri: docsUrl(m),
            defaultConfiguration: { level: LEVEL[m.severity] },
          })),
        },
      },
      results,
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
