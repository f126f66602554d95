import type { PluginReport } from '../check/run-check.js';
import type { Severity } from '../rules/types.js';
import { type ComposedFinding, type Composition, SEVERITY_ORDER, commandsWhere, shortName } from './compose.js';
import { workflowData, workflowProperty } from './escape.js';

/** GitHub shows at most 10 annotations per level per step and 50 per job. */
export const PER_LEVEL = 10;
export const PER_JOB = 50;

export interface Annotation {
  level: Severity;
  /** Workspace-relative; absent when the place is outside the workspace (GitHub would drop it). */
  file?: string;
  line?: number;
  title: string;
  message: string;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Root causes not annotated (shown in the job summary), per level. */
  hidden: Record<Severity, number>;
}

export interface AnnotationOptions {
  /** Error annotations the step adds itself (its failure message): they count against the 10. */
  reserveErrors: number;
  /** Warning annotations the step writes besides these (e.g. build findings). */
  reserveWarnings?: number;
  /** Annotations this job may still take (50 minus those earlier steps of ours made). */
  jobBudget?: number;
  /** Where the hidden ones are: the job summary when it is written, else how to list them. */
  overflowWhere: string;
}

function pluginOf(c: Composition, f: ComposedFinding): PluginReport {
  return c.reports[f.host]!.plugins[f.plugin]!;
}

function annotationFor(c: Composition, f: ComposedFinding, alsoIn: string[]): Annotation {
  const p = pluginOf(c, f);
  const fi = f.finding;
  const name = shortName(p.file);
  // With several hosts, every annotation says which host (process) it is about.
  const hostFile = c.reports.length > 1 ? c.reports[f.host]!.host.file : null;
  const intoHost = hostFile ? ` into host ${hostFile}` : '';
  const lead = f.explainsFailure && p.failure
    ? `${name} will not load${intoHost}: plugin.Open fails with "${p.failure.message}".\n`
    : f.location.kind === 'go.mod' || !f.location.inWorkspace ? `${p.file}${intoHost}: ` : hostFile ? `host ${hostFile}: ` : '';
  const lines = [lead + fi.message];
  if (alsoIn.length) lines.push(`Also in: ${alsoIn.join(', ')}`);
  if (fi.fix) lines.push(`Fix: ${fi.fix}`);
  const where = commandsWhere(f);
  if (where) lines.push(`Run ${where}:`);
  for (const cmd of fi.commands ?? []) lines.push(`  $ ${cmd}`);
  if (f.related.length) lines.push(`Also at: ${f.related.map((l) => `${l.file}:${l.line}`).join(', ')}`);
  return {
    level: fi.severity,
    ...(f.location.inWorkspace ? { file: f.location.file } : {}),
    ...(f.location.inWorkspace && f.location.line !== null ? { line: f.location.line } : {}),
    title: `${fi.rule} ${fi.name}${f.location.kind === 'go.mod' ? ` (${name})` : ''}`,
    message: lines.join('\n'),
  };
}

/**
 * Which findings become annotations, within GitHub's limits: one per root
 * cause, errors first, the cause of the package the runtime names before the
 * others, earlier plugins (load order) first. A verdict whose cause is known
 * is folded into that cause's annotation. What does not fit is counted and
 * announced by one notice.
 */
export function planAnnotations(c: Composition, opts: AnnotationOptions): AnnotationPlan {
  // What plugin.Open does, or the cause of the package it names, comes before side findings.
  const primary = (f: ComposedFinding) => (f.explainsFailure || f.isVerdict ? 0 : 1);
  const explained = new Set(c.findings.filter((f) => f.explainsFailure).map((f) => `${f.host}/${f.plugin}`));
  const candidates = c.findings
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => !(f.isVerdict && explained.has(`${f.host}/${f.plugin}`)))
    .sort((a, b) => SEVERITY_ORDER[a.f.finding.severity] - SEVERITY_ORDER[b.f.finding.severity] || primary(a.f) - primary(b.f) || a.order - b.order);
  // One per root cause; the others name their plugin under the one kept.
  const causes = new Map<string, { f: ComposedFinding; also: string[] }>();
  for (const { f } of candidates) {
    const k = causes.get(f.rootCause);
    if (k) {
      const n = shortName(pluginOf(c, f).file);
      if (n !== shortName(pluginOf(c, k.f).file) && !k.also.includes(n)) k.also.push(n);
    } else causes.set(f.rootCause, { f, also: [] });
  }
  const list = [...causes.values()];
  const budget = Math.max(0, (opts.jobBudget ?? PER_JOB) - opts.reserveErrors);
  const caps: Record<Severity, number> = { error: Math.max(0, PER_LEVEL - opts.reserveErrors), warning: Math.max(0, PER_LEVEL - (opts.reserveWarnings ?? 0)), notice: PER_LEVEL };
  const pick = (noticeCap: number, total: number) => {
    const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
    const chosen: typeof list = [];
    for (const x of list) {
      const lvl = x.f.finding.severity;
      const cap = lvl === 'notice' ? noticeCap : caps[lvl];
      if (taken[lvl] < cap && chosen.length < total) {
        taken[lvl]++;
        chosen.push(x);
      }
    }
    return chosen;
  };
  let chosen = pick(caps.notice, budget);
  let overflow = list.length - chosen.length;
  if (overflow > 0) {
    // The notice that announces the rest takes a notice slot and a job slot.
    chosen = pick(caps.notice - 1, budget - 1);
    overflow = list.length - chosen.length;
  }
  const hidden: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const chosenSet = new Set(chosen);
  for (const x of list) if (!chosenSet.has(x)) hidden[x.f.finding.severity]++;
  const annotations = chosen.map((x) => annotationFor(c, x.f, x.also));
  if (overflow > 0 && budget > 0) {
    const parts = (['error', 'warning', 'notice'] as const).filter((l) => hidden[l]).map((l) => `${hidden[l]} ${l}${hidden[l] === 1 ? '' : 's'}`);
    annotations.push({
      level: 'notice',
      title: 'go-plugin-compat: more findings',
      message: `${overflow} more finding${overflow === 1 ? '' : 's'} (${parts.join(', ')}) ${overflow === 1 ? 'is' : 'are'} not annotated: GitHub shows at most ${PER_LEVEL} annotations of each level per step. All of them are in ${opts.overflowWhere}.`,
    });
  }
  return { annotations, hidden };
}

/** The annotations as workflow commands, every value escaped for the runner. */
export function workflowCommands(plan: AnnotationPlan): string {
  return plan.annotations.map((a) => {
    const props = [
      a.file !== undefined ? `file=${workflowProperty(a.file)}` : '',
      a.line !== undefined ? `line=${a.line}` : '',
      `title=${workflowProperty(a.title)}`,
    ].filter(Boolean).join(',');
    return `::${a.level} ${props}::${workflowData(a.message)}\n`;
  }).join('');
}
