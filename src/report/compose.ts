import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CheckReport, PluginReport } from '../check/run-check.js';
import type { GoModFile } from '../gomod/modfile.js';
import { ALL_RULES } from '../rules/registry.js';
import type { Finding, RuleMeta, Severity } from '../rules/types.js';
import { VERDICT_RULES } from '../rules/verdict/rules.js';
import { type GoModEntry, type GoModIndex, holdsGoFiles, isInside } from '../workspace/go-mods.js';

/** Where a finding is shown: the go.mod line that causes it, or the plugin file. */
export interface Location {
  /** Workspace-relative and `/`-separated when inside the workspace; absolute otherwise. */
  file: string;
  inWorkspace: boolean;
  /** 1-based line (go.mod); null for a binary (the whole file). */
  line: number | null;
  kind: 'go.mod' | 'plugin';
  /** For go.mod locations: the directive on that line and the module it names. */
  directive?: 'require' | 'replace' | 'go' | 'toolchain' | 'module';
  module?: string;
}

export interface ComposedFinding {
  /** Index into `Composition.reports` (one report per host). */
  host: number;
  /** Index of the plugin in its report (load order). */
  plugin: number;
  finding: Finding;
  location: Location;
  /** Further go.mod lines of the same finding (several modules). */
  related: Location[];
  /** A verdict rule (what plugin.Open does), as opposed to a cause or a notice. */
  isVerdict: boolean;
  /** A cause that explains the package the runtime names. */
  explainsFailure: boolean;
  /** Findings with the same key are one root cause (same rule, place and evidence). */
  rootCause: string;
  /**
   * Where the finding's commands run: the plugin's module directory (as
   * `location.file` is written), when its go.mod was found; null when unknown,
   * when the commands are the host's, or when there are none.
   */
  commandsDir: string | null;
}

/** The one ordered list of findings every output renders: by host, plugin (load order), then as the report orders them. */
export interface Composition {
  workspace: string;
  reports: CheckReport[];
  findings: ComposedFinding[];
  /** go.mod files that could not be read while placing findings. */
  problems: { path: string; message: string }[];
}

export interface ComposeContext {
  /** GITHUB_WORKSPACE in the Action, the current directory for the CLI. */
  workspace: string;
  /** Where relative plugin paths in the reports are resolved. Default: the workspace. */
  cwd?: string;
  /** The workspace's go.mod files; called only when a finding can be placed on one. */
  goMods?: () => GoModIndex | null;
}

const META = new Map<string, RuleMeta>();
const metaOf = (id: string): RuleMeta | undefined => {
  if (META.size === 0) for (const m of ALL_RULES) META.set(m.id, m);
  return META.get(id);
};
const VERDICT_IDS = new Set(VERDICT_RULES.map((r) => r.meta.id));

const toPosix = (p: string) => p.split(sep).join('/');

function fileLocation(workspace: string, abs: string, kind: Location['kind']): Location {
  const inWorkspace = isInside(abs, workspace);
  return { file: inWorkspace ? toPosix(relative(workspace, abs)) : abs, inWorkspace, line: null, kind };
}

/** Module path of `pkg` among `paths`: the longest that is `pkg` or a prefix at a path boundary. */
function moduleFor(pkg: string, paths: Iterable<string>): string | null {
  let best: string | null = null;
  for (const m of paths) if ((pkg === m || pkg.startsWith(m + '/')) && (!best || m.length > best.length)) best = m;
  return best;
}

/**
 * The plugin's own go.mod: the one whose `module` is the plugin's main module
 * (build info); without build info, the longest module path that prefixes its
 * main package (the plugin path); else the go.mod go used for a directory it
 * was built in (the innermost one holding it), or, when another go.mod
 * replaces that module with that directory (a dependency's sources), the
 * go.mod that replaces it.
 * When several remain (a copy, or a planted decoy), the evidence that decides
 * is, in order: being the innermost go.mod of a directory the plugin was
 * built in; holding Go files where its main package sits (when its import
 * path is known); being strictly nearest to the plugin file. Still tied:
 * none, and a problem saying so (a finding then stays on the plugin file
 * rather than on a guessed go.mod).
 */
export function pluginGoMod(p: PluginReport, pluginAbs: string, index: GoModIndex): GoModEntry | null {
  // GOPATH mode: the go.mod files around its sources are its dependencies' (a module checked out in GOPATH).
  if (p.source?.gopath) return null;
  const withModule = index.files.filter((f) => f.mod.module);
  let cands: GoModEntry[] = [];
  const main = p.source?.mainModule && p.source.mainModule !== 'command-line-arguments' ? p.source.mainModule : null;
  if (main) cands = withModule.filter((f) => f.mod.module!.path === main);
  const pkg = p.source?.mainPackage ?? p.pluginPath;
  const pkgKnown = !!pkg && pkg !== 'command-line-arguments' && !pkg.startsWith('plugin/unnamed-');
  if (cands.length === 0 && pkgKnown) {
    const m = moduleFor(pkg, withModule.map((f) => f.mod.module!.path));
    if (m) cands = withModule.filter((f) => f.mod.module!.path === m);
  }
  // Build directories come from the plugin's file names, read again only when needed here.
  let homes: Set<GoModEntry> | undefined;
  const buildHomes = () => (homes ??= new Set((p.source?.dirs ?? []).map((d) => innermostGoMod(d, withModule)).filter((f) => f !== null)));
  if (cands.length === 0 && buildHomes().size) {
    // A build directory whose module another go.mod replaces with it holds a dependency's sources:
    // the plugin's module is the one that replaces (its own directory need not be among them).
    const found = new Set<GoModEntry>();
    for (const home of buildHomes()) {
      const replacers = withModule.filter((f) => f !== home && localReplaceDirs(f).includes(home.dir));
      for (const f of replacers.length ? replacers : [home]) found.add(f);
    }
    const replaced = new Set([...found].flatMap(localReplaceDirs));
    cands = [...found].filter((f) => !replaced.has(f.dir));
  }
  if (cands.length <= 1) return cands[0] ?? null;
  const narrow = (keep: (f: GoModEntry) => boolean) => {
    const k = cands.filter(keep);
    if (k.length) cands = k;
  };
  narrow((f) => buildHomes().has(f));
  if (cands.length > 1 && pkgKnown) {
    const modPath = cands[0]!.mod.module!.path;
    const rel = pkg === modPath || pkg.startsWith(modPath + '/') ? pkg.slice(modPath.length + 1) : '';
    narrow((f) => holdsGoFiles(join(f.dir, ...rel.split('/').filter(Boolean))));
  }
  if (cands.length <= 1) return cands[0] ?? null;
  const common = (a: string, b: string) => {
    const x = a.split(sep);
    const y = b.split(sep);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    return i;
  };
  const ranked = cands.map((f) => ({ f, n: common(f.dir, pluginAbs) })).sort((a, b) => b.n - a.n);
  if (ranked[0]!.n > ranked[1]!.n) return ranked[0]!.f;
  const module = cands[0]!.mod.module!.path;
  // The nearest few by name: a workspace holding many copies must not make one line of kilobytes.
  const files = `${ranked.slice(0, 5).map((r) => r.f.file).join(', ')}${cands.length > 5 ? ` and ${cands.length - 5} more` : ''}`;
  const message = cands.every((f) => f.mod.module!.path === module)
    ? `${cands.length} go.mod files declare module ${module} and nothing tells which one built ${pluginAbs}: ${files}; its findings stay on the plugin file`
    : `${cands.length} go.mod files hold directories ${pluginAbs} was built in and nothing tells which is its own: ${files}; its findings stay on the plugin file`;
  if (!index.problems.some((x) => x.message === message)) index.problems.push({ path: cands[0]!.file, message });
  return null;
}

/** The go.mod go uses for a directory: the innermost one holding it. */
function innermostGoMod(dir: string, files: GoModEntry[]): GoModEntry | null {
  let best: GoModEntry | null = null;
  for (const f of files) if (isInside(dir, f.dir) && (!best || f.dir.length > best.dir.length)) best = f;
  return best;
}

/** Directories a go.mod's replace directives point at (a local path: ./, ../ or absolute), absolute. */
function localReplaceDirs(f: GoModEntry): string[] {
  return f.mod.replace
    .filter((r) => r.newVersion === null && (r.newPath.startsWith('./') || r.newPath.startsWith('../') || isAbsolute(r.newPath)))
    .map((r) => resolve(f.dir, r.newPath));
}

function lineFor(mod: GoModFile, pkg: string): { line: number; directive: 'require' | 'replace'; module: string } | null {
  const m = moduleFor(pkg, [...mod.replace.map((r) => r.oldPath), ...mod.require.map((r) => r.path)]);
  if (!m) return null;
  const req = mod.require.find((r) => r.path === m);
  // A replace decides where the module's source comes from: it is the line to change.
  const rep = mod.replace.find((r) => r.oldPath === m && (r.oldVersion === null || r.oldVersion === req?.version)) ?? mod.replace.find((r) => r.oldPath === m);
  if (rep) return { line: rep.line, directive: 'replace', module: m };
  return req ? { line: req.line, directive: 'require', module: m } : null;
}

/** The go.mod lines a finding is about, the runtime's package first. */
function goModLocations(meta: RuleMeta, f: Finding, failurePkg: string | null, entry: GoModEntry, workspace: string): Location[] {
  const base = fileLocation(workspace, entry.file, 'go.mod');
  const mod = entry.mod;
  const moduleLine = (): Location[] => (mod.module ? [{ ...base, line: mod.module.line, directive: 'module' }] : [{ ...base, line: 1 }]);
  if (meta.locate === 'toolchain') {
    if (mod.toolchain) return [{ ...base, line: mod.toolchain.line, directive: 'toolchain' }];
    if (mod.go) return [{ ...base, line: mod.go.line, directive: 'go' }];
    return moduleLine();
  }
  const pkgs = [...(f.packages ?? [])];
  if (failurePkg && pkgs.includes(failurePkg)) pkgs.sort((a, b) => (a === failurePkg ? -1 : b === failurePkg ? 1 : 0));
  const out: Location[] = [];
  const seen = new Set<number>();
  for (const pkg of pkgs) {
    const l = lineFor(mod, pkg);
    if (l && !seen.has(l.line)) {
      seen.add(l.line);
      out.push({ ...base, line: l.line, directive: l.directive, module: l.module });
    }
  }
  return out.length ? out : moduleLine();
}

/**
 * Composes the reports' findings into the one ordered list with locations.
 * Pure except for `ctx.goMods`, which is called at most once and only when
 * some finding can be placed on a go.mod line (and, when several go.mod files
 * declare a plugin's module, a look for Go files in their directories).
 */
export function compose(reports: CheckReport[], ctx: ComposeContext): Composition {
  const workspace = resolve(ctx.workspace);
  const cwd = resolve(ctx.cwd ?? workspace);
  let index: GoModIndex | null | undefined;
  const goMods = () => (index === undefined ? (index = ctx.goMods?.() ?? null) : index);
  const findings: ComposedFinding[] = [];
  for (const [h, report] of reports.entries()) {
    for (const [i, p] of report.plugins.entries()) {
      const abs = resolve(cwd, p.file);
      const pluginLoc = fileLocation(workspace, abs, 'plugin');
      let entry: GoModEntry | null | undefined;
      const failurePkg = p.failure?.package ?? null;
      const pluginEntry = () => {
        if (entry === undefined) {
          const idx = goMods();
          entry = idx ? pluginGoMod(p, abs, idx) : null;
        }
        return entry;
      };
      for (const f of p.findings) {
        const meta = metaOf(f.rule);
        let locs: Location[] = [pluginLoc];
        if (meta?.locate) {
          const e = pluginEntry();
          // Only a go.mod inside the workspace can carry an annotation.
          if (e && isInside(e.file, workspace)) locs = goModLocations(meta, f, failurePkg, e, workspace);
        }
        const pluginCommands = (f.commands?.length ?? 0) > 0 && f.commandsFor === undefined;
        const dirEntry = pluginCommands ? pluginEntry() : null;
        const isVerdict = VERDICT_IDS.has(f.rule);
        const location = locs[0]!;
        findings.push({
          host: h,
          plugin: i,
          finding: f,
          location,
          related: locs.slice(1),
          isVerdict,
          explainsFailure: !isVerdict && failurePkg !== null && (f.packages ?? []).includes(failurePkg),
          rootCause: [f.rule, location.file, location.line ?? '', location.kind === 'plugin' ? `${h}` : '', f.evidence?.reference ?? '', f.evidence?.plugin ?? '', location.kind === 'plugin' ? f.message : ''].join('\u0000'),
          commandsDir: dirEntry ? fileLocation(workspace, dirEntry.dir, 'go.mod').file || '.' : null,
        });
      }
    }
  }
  return { workspace, reports, findings, problems: index ? index.problems : [] };
}

/** One problem of the go.mod search as a line: why findings stayed on a plugin file. */
export function problemLine(p: { path: string; message: string }): string {
  return p.message.includes(p.path) ? p.message : `${p.path}: ${p.message}`;
}

/**
 * Where in one known go.mod a finding belongs (preflight: the module being
 * planned), or null when the rule is not about a go.mod line.
 */
export function locateInGoMod(f: Finding, failurePkg: string | null, entry: GoModEntry, workspace: string): Location[] | null {
  const meta = metaOf(f.rule);
  return meta?.locate ? goModLocations(meta, f, failurePkg, entry, resolve(workspace)) : null;
}

/** A composition without go.mod placement (findings on the plugin files), for callers that have only a report. */
export function composeReport(report: CheckReport, workspace = process.cwd()): Composition {
  return compose([report], { workspace, cwd: workspace });
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Where to run a finding's commands, in words ("in DIR"), or null (none, or the host's own build). */
export function commandsWhere(cf: ComposedFinding): string | null {
  if (!cf.finding.commands?.length || cf.finding.commandsFor === 'host') return null;
  if (cf.finding.commandsFor === 'package') return "in the plugin's package directory";
  return cf.commandsDir !== null ? `in ${cf.commandsDir}` : "in the plugin's module directory";
}

/** Short display name of a plugin or host file. */
export const shortName = (file: string): string => basename(file);
