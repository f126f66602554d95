import { closeSync, constants, fstatSync, openSync, appendFileSync, statSync } from 'node:fs';
import type { MultiHostReport } from '../check/multi-host.js';
import type { PluginReport } from '../check/run-check.js';
import { type ComposedFinding, type Composition, commandsWhere, problemLine, shortName } from './compose.js';
import { markdownCode, markdownText as md } from './escape.js';

/** GitHub rejects a step summary over 1 MiB (the whole file of the step, not one write). */
export const SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the closing lines (the "not shown" note, the go.mod problems), which are bounded. */
const MARGIN = 16 * 1024;
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
    const runIn = commandsWhere(f);
    const cmds = fi.commands?.length ? `${runIn ? `<br>${cell(runIn)}:` : ''}\n<pre>${fi.commands.map((c) => md(cut(c))).join('\n')}</pre>\n` : '';
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
export function jobSummary(c: Composition, opts: { reportPath?: string; blobBase?: string | null; budget?: number } = {}): string {
  const blobBase = opts.blobBase === undefined ? blobBaseFromEnv() : opts.blobBase;
  const budget = opts.budget ?? SUMMARY_LIMIT - MARGIN;
  const out: string[] = [];
  let size = 0;
  const push = (s: string) => {
    out.push(s);
    size += Buffer.byteLength(s) + 1;
  };
  const full = (h: number) => {
    const left = c.reports.length - h;
    if (left > 0) push(`_${plural(left, 'more host')} not shown (the summary is limited to 1 MiB)${opts.reportPath ? `: every finding is in the JSON report (${markdownCode(cut(opts.reportPath))}, the \`report\` output)` : ''}._\n`);
  };
  for (const [h, r] of c.reports.entries()) {
    const s = r.summary;
    const head = [
      `### go-plugin-compat: ${r.compatible ? `every plugin loads into ${markdownCode(cut(shortName(r.host.file)))}` : `${s.failing} of ${s.plugins} plugin${s.plugins === 1 ? '' : 's'} will not load into ${markdownCode(cut(shortName(r.host.file)))}`}`,
      '',
      `Host ${markdownCode(cut(r.host.file))} (${cell(r.host.goVersion ?? 'unknown Go')}, ${cell(`${r.host.goos}/${r.host.goarch}`)}${r.host.source === 'manifest' ? ', from manifest' : ''}): exports the hashes of ${r.host.packageHashes} packages. ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}.`,
      '',
    ].join('\n');
    // Every line counts against the budget, a host's headline too: hosts may be many.
    if (size + Buffer.byteLength(head) > budget) {
      full(h);
      break;
    }
    push(head);
    let budgetSpent = false;
    for (const [i, p] of r.plugins.entries()) {
      const section = pluginSection(p, c.findings.filter((f) => f.host === h && f.plugin === i), blobBase);
      if (size + Buffer.byteLength(section) > budget) {
        const left = r.plugins.length - i;
        push(`_${left} more plugin${left === 1 ? '' : 's'} not shown (the summary is limited to 1 MiB)${opts.reportPath ? `: every finding is in the JSON report (${markdownCode(cut(opts.reportPath))}, the \`report\` output)` : ''}._`);
        push('');
        budgetSpent = true;
        break;
      }
      push(section);
    }
    if (budgetSpent) {
      full(h + 1);
      break;
    }
  }
  if (c.problems.length) push(`_The search for go.mod files (where findings go) noted ${c.problems.length} problem${c.problems.length === 1 ? '' : 's'}: ${c.problems.slice(0, 5).map((p) => markdownCode(cut(problemLine(p)))).join(', ')}._\n`);
  return out.join('\n') + '\n';
}

const MAX_HOST_COLUMNS = 50;
const verdictCell = (p: PluginReport) => (p.loads ? '✅' : `❌ ${md(p.failure?.kind ?? 'fails')}${p.failure?.package ? ` ${markdownCode(cut(p.failure.package))}` : ''}`);

/**
 * Several hosts: one row per plugin, one column per host (hosts are few, plugins
 * may be hundreds), rows past `budget` bytes counted, not shown.
 */
export function matrixMarkdown(r: MultiHostReport, budget = SUMMARY_LIMIT / 2): string {
  const plugins = r.hosts[0]?.plugins.map((p) => p.file) ?? [];
  // Columns are bounded too: a header of hundreds of hosts alone could fill the summary.
  const shown = r.hosts.slice(0, MAX_HOST_COLUMNS);
  const failing = r.hosts.reduce((n, h) => n + h.plugins.filter((p) => !p.loads).length, 0);
  const pairs = r.hosts.reduce((n, h) => n + h.plugins.length, 0);
  const out = [
    `### go-plugin-compat: ${r.compatible ? `every plugin loads into every host (${pairs} pairs)` : `${failing} of ${pairs} host/plugin pairs will not load`}`,
    '',
    `| plugin | ${shown.map((h) => `${markdownCode(shortName(h.host.file).slice(0, 100))} (${cell((h.host.goVersion ?? '?').slice(0, 40))})`).join(' | ')} |`,
    `|---|${shown.map(() => '---').join('|')}|`,
  ];
  if (shown.length < r.hosts.length) out.splice(1, 0, '', `_${plural(r.hosts.length - shown.length, 'more host')} not shown as columns (the summary is limited to 1 MiB)._`);
  let size = Buffer.byteLength(out.join('\n'));
  for (const [i, file] of plugins.entries()) {
    const row = `| ${markdownCode(cut(file))} | ${shown.map((h) => (h.plugins[i] ? verdictCell(h.plugins[i]) : '')).join(' | ')} |`;
    if (size + Buffer.byteLength(row) + 1 > budget) {
      out.push('', `_${plural(plugins.length - i, 'more plugin')} not shown (the summary is limited to 1 MiB)._`);
      break;
    }
    out.push(row);
    size += Buffer.byteLength(row) + 1;
  }
  return out.join('\n');
}

/** Bytes already in the step's summary file (0 when it does not exist yet or is not a regular file). */
function summaryUsed(file: string): number {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return 0;
  }
  try {
    const st = fstatSync(fd);
    return st.isFile() ? st.size : 0;
  } finally {
    closeSync(fd);
  }
}

/**
 * Appends the matrix (several hosts) and the job summary to the step's summary
 * file, within what GitHub accepts for the whole file: a step that already
 * wrote to it (or `check` run twice in one step) leaves less room, and a
 * summary over the limit is dropped whole by the runner.
 */
export function appendStepSummary(file: string, reports: MultiHostReport, c: Composition, opts: { reportPath?: string; blobBase?: string | null } = {}): void {
  // A FIFO would block the run, a directory fail it: the summary is extra, so it is skipped, saying why.
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    if (st && !st.isFile()) throw new Error('not a regular file');
    writeSummary(file, reports, c, opts);
  } catch (err) {
    process.stderr.write(`go-plugin-compat: job summary not written (GITHUB_STEP_SUMMARY: ${JSON.stringify(file.slice(0, 200))}): ${JSON.stringify((err as Error).message.slice(0, 200))}\n`);
  }
}

function writeSummary(file: string, reports: MultiHostReport, c: Composition, opts: { reportPath?: string; blobBase?: string | null }): void {
  let budget = SUMMARY_LIMIT - MARGIN - summaryUsed(file);
  const note = '_go-plugin-compat: no room left in the job summary (GitHub accepts 1 MiB per step)._\n';
  if (budget < 4 * 1024) {
    if (budget + MARGIN > note.length) appendFileSync(file, note);
    return;
  }
  let text = '';
  if (reports.hosts.length > 1) {
    text = matrixMarkdown(reports, budget / 2) + '\n\n';
    budget -= Buffer.byteLength(text);
  }
  appendFileSync(file, text + jobSummary(c, { ...opts, budget }));
}
