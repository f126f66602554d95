import type { MultiHostReport } from '../check/multi-host.js';
import { markdownCode, markdownText } from '../report/escape.js';

/** Job summary for several hosts: the host × plugin matrix, one row per host. */
export function matrixMarkdown(r: MultiHostReport): string {
  const plugins = r.hosts[0]?.plugins.map((p) => p.file) ?? [];
  const rows = r.hosts.map((h) => {
    const cells = h.plugins.map((p) => (p.loads ? '✅' : `❌ ${markdownText(p.failure?.kind ?? 'fails')}${p.failure?.package ? ` ${markdownCode(p.failure.package)}` : ''}`));
    return `| ${markdownCode(h.host.file)} (${markdownText(h.host.goVersion ?? '?')}) | ${cells.join(' | ')} |`;
  });
  const failing = r.hosts.reduce((n, h) => n + h.plugins.filter((p) => !p.loads).length, 0);
  const pairs = r.hosts.reduce((n, h) => n + h.plugins.length, 0);
  return [
    `### go-plugin-compat: ${r.compatible ? `every plugin loads into every host (${pairs} pairs)` : `${failing} of ${pairs} host/plugin pairs will not load`}`,
    '',
    `| host | ${plugins.map(markdownCode).join(' | ')} |`,
    `|---|${plugins.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n');
}
