import type { BuildFacts } from '../facts/build-facts.js';

export type Severity = 'error' | 'warning' | 'notice';

/** Static description of a rule: what the docs page and SARIF driver show. */
export interface RuleMeta {
  /** Stable code, never reused: `GPC101`. */
  id: string;
  /** Stable slug; the docs page is docs/rules/<id>.md. */
  name: string;
  severity: Severity;
  /** One line: what the rule detects. */
  summary: string;
  /**
   * Where in the plugin's go.mod the cause is written, when it is: `module`
   * (the require/replace line of the module of each package the finding
   * names), `toolchain` (the toolchain line, else the go line). Reports put
   * the finding on that line when the go.mod is in the workspace.
   */
  locate?: 'module' | 'toolchain';
}

/** One finding, as it appears in the JSON report. */
export interface Finding {
  rule: string;
  name: string;
  severity: Severity;
  message: string;
  /** Packages this finding explains (for package-level causes). */
  packages?: string[];
  /** What each side has, as short strings. */
  evidence?: { reference?: string; plugin?: string; referenceName?: string };
  /** What to do, in one sentence. */
  fix?: string;
  /**
   * Commands that apply the fix, to run in the plugin's module (in the host's, with `commandsFor: 'host'`;
   * in the plugin's package directory, with `commandsFor: 'package'`: a GOPATH build has no module).
   */
  commands?: string[];
  commandsFor?: 'host' | 'package';
  docs: string;
}

/** Two builds whose packages are compared: the side already in the process, and the plugin. */
export interface Pair {
  /** The host, or the earlier plugin that put the package in the process. */
  reference: BuildFacts;
  /** `host` or `plugin <file>`: how messages name the reference side. */
  referenceName: string;
  plugin: BuildFacts;
}

/** What a cause rule returns: the packages it explains and how to fix them. */
export interface Explanation {
  packages: string[];
  message: string;
  evidence: { reference: string; plugin: string };
  fix: string;
  commands?: string[];
  /** Where the commands run when not in the plugin's module (see Finding). */
  commandsFor?: 'package';
}

/**
 * A cause rule: given the differing packages not yet explained, claim those
 * this difference accounts for. Pure: facts in, explanation out.
 */
export interface CauseRule {
  meta: RuleMeta;
  /** `explained`: packages earlier rules already claimed for this pair, with their rule ids. */
  explain(pair: Pair, packages: string[], explained?: ReadonlyMap<string, string>): Explanation | null;
}

export const DOCS_BASE = 'https://github.com/go-plugin-compat/go-plugin-compat/blob/main/docs/rules/';

export function docsUrl(meta: RuleMeta): string {
  return `${DOCS_BASE}${meta.id}.md`;
}

export function finding(meta: RuleMeta, fields: Omit<Finding, 'rule' | 'name' | 'severity' | 'docs'> & { severity?: Severity }): Finding {
  return { rule: meta.id, name: meta.name, severity: fields.severity ?? meta.severity, docs: docsUrl(meta), ...fields };
}
