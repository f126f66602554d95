import type { CheckReport, PluginReport } from '../check/run-check.js';
import type { Finding } from '../rules/types.js';
import { type Paint, plain } from './color.js';
import { type ComposedFinding, type Composition, commandsWhere, composeReport } from './compose.js';
import { terminalText as t } from './escape.js';

/** Causes fixed by how the plugin is built (toolchain, flags, environment), not by go.mod. */
const SETTING_RULES = new Set(['GPC101', 'GPC102', 'GPC103', 'GPC104', 'GPC107', 'GPC108', 'GPC109', 'GPC110', 'GPC112', 'GPC119']);

function wrap(text: string, indent: string, width = 100): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && indent.length + cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

function findingText(cf: ComposedFinding, paint: Paint): string {
  const f: Finding = cf.finding;
  const mark = f.severity === 'error' ? paint('red', '✗') : f.severity === 'warning' ? paint('yellow', '!') : paint('dim', '·');
  const lines = [`  ${mark} ${f.rule} ${wrap(t(f.message), '           ')}`];
  if (cf.location.kind === 'go.mod') {
    // Other lines of the same go.mod the finding concerns: spelled out, since `go.mod:11:7` reads as line 11, column 7.
    const more = cf.related.length ? `, also line${cf.related.length > 1 ? 's' : ''} ${cf.related.map((l) => l.line).join(', ')}` : '';
    lines.push(`           at ${t(cf.location.file)}:${cf.location.line}${cf.location.directive ? ` (${cf.location.directive} ${t(cf.location.module ?? '')})`.replace(/ \)$/, ')') : ''}${more}`);
  }
  if (f.packages && f.packages.length > 1 && f.rule !== 'GPC001') {
    const shown = f.packages.slice(0, 6).map(t).join(', ') + (f.packages.length > 6 ? `, … (${f.packages.length} in all)` : '');
    lines.push(`           packages: ${wrap(shown, '                     ')}`);
  }
  if (f.severity === 'notice') return lines.join('\n');
  if (f.fix) lines.push(`           fix: ${wrap(t(f.fix), '                ')}`);
  const where = commandsWhere(cf);
  if (where) lines.push(`           ${t(where)}:`);
  for (const c of f.commands ?? []) lines.push(`             $ ${t(c)}`);
  return lines.join('\n');
}

function pluginText(p: PluginReport, findings: ComposedFinding[], paint: Paint): string {
  const file = t(p.file);
  const title = p.loads
    ? `${paint('green', '✓')} ${file} loads`
    : p.opened
      ? `${paint('red', '✗')} ${file} opens, but ${p.failure?.message.startsWith('interface conversion: ') ? 'a required symbol has another type' : 'a required symbol is missing'}`
      : `${paint('red', '✗')} ${file} will ${paint('bold', 'NOT')} load`;
  const lines = [title];
  if (p.failure) lines.push(`  runtime: ${wrap(t(p.failure.message), '           ')}`);
  for (const f of findings) lines.push(findingText(f, paint));
  // The build line matters when the cause is a build setting; module causes carry their own commands.
  const settingCause = p.findings.some((f) => SETTING_RULES.has(f.rule));
  if (p.rebuild && settingCause) {
    // The line builds `.`: the main package, below the module's directory when it is not the module's root.
    const modDir = findings.find((f) => f.commandsDir !== null)?.commandsDir;
    const main = p.source?.mainPackage;
    const mod = p.source?.mainModule;
    const sub = main && mod && main.startsWith(`${mod}/`) ? main.slice(mod.length + 1) : '';
    const dir = modDir ? (sub ? `${modDir === '.' ? '' : `${modDir}/`}${sub}` : modDir) : null;
    lines.push(`  then build it with the host's settings${dir ? `, in ${t(dir)}` : ''}:\n    $ ${t(p.rebuild)}`);
  }
  return lines.join('\n');
}

/** The header: what the host is and what the numbers mean. */
export function hostLine(r: CheckReport): string {
  const h = r.host;
  const n = h.packageHashes;
  return `host ${t(h.file)} (${t(h.goVersion ?? 'unknown Go')}, ${t(`${h.goos}/${h.goarch}`)}${h.source === 'manifest' ? ', from manifest' : ''}): ` +
    (h.pluginSupport?.supported === false
      ? `cannot load plugins (${t(h.pluginSupport.reason)})`
      : `loads plugins; it exports the hashes of ${n} package${n === 1 ? '' : 's'}, and a plugin must contain the same build of each of those packages it also links`);
}

function reportText(r: CheckReport, findings: ComposedFinding[], paint: Paint): string {
  const s = r.summary;
  const tail = r.compatible
    ? `\nAll ${s.plugins} plugin${s.plugins === 1 ? '' : 's'} will load.`
    : `\n${s.failing} of ${s.plugins} plugin${s.plugins === 1 ? '' : 's'} will not load. (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.notices} notice${s.notices === 1 ? '' : 's'}; rule pages: docs/rules/)`;
  const blocks = r.plugins.map((p, i) => pluginText(p, findings.filter((f) => f.plugin === i), paint));
  return [hostLine(r), '', ...blocks.join('\n\n').split('\n'), tail].join('\n') + '\n';
}

/**
 * For people who have never heard of package hashes: verdict first, then why
 * (and on which go.mod line), then what to do. Every input-derived string is
 * escaped for terminals.
 */
export function checkText(x: CheckReport | Composition, opts: { paint?: Paint } = {}): string {
  const c = 'findings' in x && 'reports' in x ? x : composeReport(x);
  const paint = opts.paint ?? plain;
  return c.reports.map((r, h) => reportText(r, c.findings.filter((f) => f.host === h), paint)).join('\n');
}
