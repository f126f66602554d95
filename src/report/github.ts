import type { CheckReport } from '../check/run-check.js';

/** Escaping of workflow commands (toolkit's escapeData / escapeProperty). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub workflow commands: one annotation per finding, on the plugin file. */
export function checkGithub(r: CheckReport): string {
  const lines: string[] = [];
  for (const p of r.plugins) {
    for (const f of p.findings) {
      const body = `${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}${f.commands?.length ? '\n' + f.commands.map((c) => `  $ ${c}`).join('\n') : ''}`;
      lines.push(`::${f.severity} file=${prop(p.file)},title=${prop(`${f.rule} ${f.name}`)}::${data(body)}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
