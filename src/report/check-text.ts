import type { CheckReport, PluginReport } from '../check/run-check.js';
import type { Finding } from '../rules/types.js';

const MARK = { error: '✗', warning: '!', notice: '·' } as const;
/** Causes fixed by how the plugin is built (toolchain, flags, environment), not by go.mod. */
const SETTING_RULES = new Set(['GPC101', 'GPC102', 'GPC103', 'GPC104', 'GPC107', 'GPC108', 'GPC109', 'GPC110', 'GPC112']);

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

function findingText(f: Finding): string {
  const head = `  ${MARK[f.severity]} ${f.rule} ${wrap(f.message, '           ')}`;
  const lines = [head];
  if (f.packages && f.packages.length > 1 && f.rule !== 'GPC001') {
    const shown = f.packages.slice(0, 6).join(', ') + (f.packages.length > 6 ? `, … (${f.packages.length} in all)` : '');
    lines.push(`           packages: ${wrap(shown, '                     ')}`);
  }
  if (f.severity === 'notice') return lines.join('\n');
  if (f.fix) lines.push(`           fix: ${wrap(f.fix, '                ')}`);
  for (const c of f.commands ?? []) lines.push(`             $ ${c}`);
  return lines.join('\n');
}

function pluginText(p: PluginReport): string {
  const title = p.loads
    ? `✓ ${p.file} loads`
    : p.opened
      ? `✗ ${p.file} opens, but a required symbol is missing`
      : `✗ ${p.file} will NOT load`;
  const lines = [title];
  if (p.failure) lines.push(`  runtime: ${wrap(p.failure.message, '           ')}`);
  for (const f of p.findings) lines.push(findingText(f));
  // The build line matters when the cause is a build setting; module causes carry their own commands.
  const settingCause = p.findings.some((f) => SETTING_RULES.has(f.rule));
  if (p.rebuild && settingCause) lines.push(`  then build it with the host's settings:\n    $ ${p.rebuild}`);
  return lines.join('\n');
}

/** For people who have never heard of package hashes: verdict first, then why, then what to do. */
export function checkText(r: CheckReport): string {
  const h = r.host;
  const head = `host ${h.file} (${h.goVersion ?? 'unknown Go'}, ${h.goos}/${h.goarch}${h.source === 'manifest' ? ', from manifest' : ''}): ` +
    (h.pluginSupport?.supported === false
      ? `cannot load plugins (${h.pluginSupport.reason})`
      : `loads plugins; each must contain the same build of every package it shares with the host's ${h.packageHashes}`);
  const s = r.summary;
  const tail = r.compatible
    ? `\nAll ${s.plugins} plugin${s.plugins === 1 ? '' : 's'} will load.`
    : `\n${s.failing} of ${s.plugins} plugin${s.plugins === 1 ? '' : 's'} will not load. (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.notices} notice${s.notices === 1 ? '' : 's'}; rule pages: docs/rules/)`;
  return [head, '', ...r.plugins.map(pluginText).join('\n\n').split('\n'), tail].join('\n') + '\n';
}
