import type { MultiHostReport } from '../check/multi-host.js';
import type { CheckReport } from '../check/run-check.js';
import { terminalText } from './escape.js';

const cell = (p: CheckReport['plugins'][number]) =>
  p.loads ? '✓ loads' : `✗ ${p.failure?.kind ?? 'fails'}${p.failure?.package ? ` (${p.failure.package})` : ''}`;

/** Rows: hosts; columns: plugins (in load order). One line per host keeps wide matrices readable. */
export function matrixRows(r: MultiHostReport): { header: string[]; rows: string[][] } {
  const header = ['host', ...(r.hosts[0]?.plugins.map((p) => p.file) ?? [])].map(terminalText);
  const rows = r.hosts.map((h) => [`${h.host.file} (${h.host.goVersion ?? '?'})`, ...h.plugins.map(cell)].map(terminalText));
  return { header, rows };
}

/** Text: the host × plugin matrix, then each host's findings as `check` prints them (`details`, already rendered). */
export function checkMatrixText(r: MultiHostReport, details: string): string {
  const { header, rows } = matrixRows(r);
  const widths = header.map((_, i) => [header, ...rows].reduce((m, row) => Math.max(m, [...(row[i] ?? '')].length), 0));
  const line = (row: string[]) => row.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line), ''];
  const failing = r.hosts.reduce((n, h) => n + h.plugins.filter((p) => !p.loads).length, 0);
  const pairs = r.hosts.reduce((n, h) => n + h.plugins.length, 0);
  out.push(r.compatible ? `Every plugin loads into every host (${pairs} pairs).` : `${failing} of ${pairs} host/plugin pairs will not load.`, '');
  return out.join('\n') + details;
}
