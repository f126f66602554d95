import type { CheckReport } from '../check/run-check.js';
import { type AnnotationOptions, planAnnotations, workflowCommands } from './annotations.js';
import { type Composition, composeReport } from './compose.js';

/**
 * `--format github`: the same annotations the Action writes (one per root
 * cause, ranked, within GitHub's limits, plus a notice counting the rest).
 */
export function checkGithub(x: CheckReport | Composition, opts: Partial<AnnotationOptions> = {}): string {
  const c = 'findings' in x && 'reports' in x ? x : composeReport(x);
  return workflowCommands(planAnnotations(c, {
    reserveErrors: opts.reserveErrors ?? 0,
    ...(opts.jobBudget !== undefined ? { jobBudget: opts.jobBudget } : {}),
    overflowWhere: opts.overflowWhere ?? 'the output of `go-plugin-compat check --format text`',
  }));
}
