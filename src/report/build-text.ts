import type { BuildReport } from '../build/run-build.js';
import { commandLine } from '../build/shell.js';
import { checkText } from './check-text.js';
import { terminalText } from './escape.js';

const MARK = { error: '✗', warning: '!', notice: '·' } as const;

/** The plan as a plugin author reads it: what changes, the exact commands, what cannot be aligned, then the check. */
export function buildText(r: BuildReport, dryRun: boolean): string {
  const p = r.plan;
  const lines = [
    `build ${p.module.package} (${p.module.dir}) for host ${p.host.file} (${p.host.goVersion ?? 'unknown Go'}, ${p.host.goos}/${p.host.goarch}${p.host.trimpath === false ? ', built without -trimpath' : p.host.trimpath ? ', -trimpath' : ''})`,
    '',
    'aligned with the host:',
  ];
  for (const a of p.alignments) lines.push(`  ${a.dimension === 'module' ? 'module ' : ''}${a.name}: ${a.host}${a.plugin && a.plugin !== a.host ? ` (plugin had ${a.plugin})` : ''} — ${a.action}`);
  lines.push('', p.goModCommands.length ? `go.mod/go.sum edits (in ${p.module.dir}):` : 'go.mod: no edits needed');
  for (const c of p.goModCommands) lines.push(`  $ ${commandLine(p.env, [p.toolchain.go, ...c])}`);
  lines.push('', 'build:', `  $ ${p.command}`);
  if (p.unaligned.length) {
    lines.push('', 'cannot be aligned:');
    for (const f of p.unaligned) {
      lines.push(`  ${MARK[f.severity]} ${f.rule} ${f.message}`);
      if (f.fix) lines.push(`      fix: ${f.fix}`);
    }
  }
  if (dryRun) lines.push('', 'dry run: nothing was changed or built.');
  else if (r.output && r.check) lines.push('', `built ${r.output}`);
  // The plan quotes strings from the host binary or manifest, the module and the environment: each
  // line is escaped for the terminal as a whole (the check's own text is escaped by checkText).
  const plan = lines.map((l) => terminalText(l)).join('\n') + '\n';
  return r.output && r.check && !dryRun ? `${plan}\n${checkText(r.check).trimEnd()}\n` : plan;
}
