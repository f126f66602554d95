import type { Verdict } from '../../check/simulate.js';
import type { BuildFacts } from '../../facts/build-facts.js';
import type { Finding, RuleMeta } from '../types.js';

/** What a verdict rule sees: the host, one plugin's simulated outcome and all plugins' facts. */
export interface VerdictContext {
  host: BuildFacts;
  verdict: Verdict;
  plugin: BuildFacts | null;
  all: { file: string; facts: BuildFacts | null }[];
}

export interface VerdictRule {
  meta: RuleMeta;
  check(ctx: VerdictContext): Finding[];
}
