import type { PluginReport } from '../check/run-check.js';
import { type ComposedFinding, type Composition, shortName } from './compose.js';
import { markdownCode, markdownText as md } from './escape.js';

/** GitHub rejects a step summary over 1 MiB; stay well below, with room for the closing note. */
export const SUMMARY_LIMIT = 1024 * 1024;
const BUDGET = SUMMARY_LIMIT - 16 * 1024;
/** One untrusted string never takes more than this in the summary. */
const MAX_TEXT = 2000;

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);
const cell = (s: string) => md(cut(s));

/** The go.mod line, linked to the file at this commit when `blobBase` (Actions: server, repository, commit) is known. */
function where(f: ComposedFinding, blobBase: string | null): string {
  if (f.location.kind !== 'go.mod') return '';
  const code = markdownCode(`${f.location.file}:${f.location.line}`);
  if (!blobBase || !f.location.inWorkspace) return `<br>${code}`;
  // Each path segment percent-encoded: nothing in it can leave the attribute or the URL path.
  const href = `${blobBase}/${f.location.file.split('/').map(encodeURIComponent).join('/')}#L${f.location.line}`;
  return `<br><a href="${href.replace(/[&"<>']/g, (c) => `&#${c.charCodeAt(0)};`)}">${code}</a>`;
}

/** `https://github.com/OWNER/REPO/blob/SHA` from the runner's variables, when they look right. */
export function blobBaseFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const server = env.GITHUB_SERVER_URL ?? '';
  const repo = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) || !/^[0-9a-f]{40,64}$/.test(sha)) return null;
  return `${server}/${repo}/blob/${sha}`;
}

function pluginSection(p: PluginReport, findings: ComposedFinding[], blobBase: string | null): string {
  const verdict = p.loads ? '✅ loads' : p.opened ? '❌ symbol missing' : '❌ will not load';
  const causes = findings.filter((f) => !f.isVerdict && f.finding.severity !== 'notice');
  const rows = (causes.length ? causes : findings.filter((f) => f.finding.severity !== 'notice')).map((f, i) => {
    const pkg = f.explainsFailure && p.failure?.package ? p.failure.package : (f.finding.packages ?? [])[0] ?? '';
    const more = (f.finding.packages?.length ?? 0) > 1 ? ` (+${f.finding.packages!.length - 1})` : '';
    return `| ${i === 0 ? verdict : ''} | ${pkg ? markdownCode(cut(pkg)) + more : ''} | **${f.finding.rule}** ${cell(f.finding.message)}${where(f, blobBase)} | ${f.finding.fix ? cell(f.finding.fix) : ''} |`;
  });
  if (rows.length === 0) rows.push(`| ${verdict} | | ${p.failure ? cell(p.failure.message) : ''} | |`);
  const details = findings.map((f) => {
    const fi = f.finding;
    const cmds = fi.commands?.length ? `\n<pre>${fi.commands.map((c) => md(cut(c))).join('\n')}</pre>\n` : '';
    return `- **${fi.rule}** (${fi.severity}) ${cell(fi.message)}${where(f, blobBase)}${fi.fix ? `<br>Fix: ${cell(fi.fix)}` : ''}${cmds}`;
  });
  return [
    `#### ${markdownCode(cut(p.file))}${p.failure ? ` — plugin.Open: ${cell(p.failure.message)}` : ''}`,
    '',
    '| verdict | package | cause | fix |',
    '|---|---|---|---|',
    ...rows,
    '',
    ...(details.length ? [`<details><summary>All ${details.length} finding${details.length === 1 ? '' : 's'} for ${markdownCode(cut(shortName(p.file)))}</summary>`, '', ...details, '', '</details>', ''] : []),
  ].join('\n');
}

/**
 * The job summary: per host a headline, per plugin a table (verdict, package,
 * cause, fix) and the full findings in a collapsed block; under 1 MiB, with
 * plugins that do not fit named by count and left to the JSON report.
 */
export function jobSummary(c: Composition, opts: { reportPath?: string; blobBase?: string | null } = {}): string {
  const blobBase = opts.blobBase === undefined ? blobBaseFromEnv() : opts.blobBase;
  const out: string[] = [];
  let size = 0;
  const push = (s: string) => {
    out.push(s);
    size += Buffer.byteLength(s) + 1;
  };
  for (const [h, r] of c.reports.entries()) {
    const s = r.summary;
    push(`### go-plugin-compat: ${r.compatible ? `every plugin loads into ${markdownCode(cut(shortName(r.host.file)))}` : `${s.failing} of ${s.plugins} plugin${s.plugins === 1 ? '' : 's'} will not load into ${markdownCode(cut(shortName(r.host.file)))}`}`);
    push('');
    push(`Host ${markdownCode(cut(r.host.file))} (${cell(r.host.goVersion ?? 'unknown Go')}, ${cell(`${r.host.goos}/${r.host.goarch}`)}${r.host.source === 'manifest' ? ', from manifest' : ''}): exports the hashes of ${r.host.packageHashes} packages. ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}.`);
    push('');
    for (const [i, p] of r.plugins.entries()) {
      const section = pluginSection(p, c.findings.filter((f) => f.host === h && f.plugin === i), blobBase);
      if (size + Buffer.byteLength(section) > BUDGET) {
        const left = r.plugins.length - i;
        push(`_${left} more plugin${left === 1 ? '' : 's'} not shown (the summary is limited to 1 MiB)${opts.reportPath ? `: every finding is in the JSON report (${markdownCode(opts.reportPath)}, the \`report\` output)` : ''}._`);
        push('');
        break;
      }
      push(section);
    }
  }
  if (c.problems.length) push(`_${c.problems.length} path${c.problems.length === 1 ? '' : 's'} could not be searched for go.mod files: ${c.problems.slice(0, 5).map((p) => markdownCode(cut(`${p.path}: ${p.message}`))).join(', ')}._\n`);
  return out.join('\n') + '\n';
}
