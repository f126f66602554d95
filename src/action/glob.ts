import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { describeError } from '../io/errors.js';
import { existingAncestor, isInside } from '../workspace/go-mods.js';

/** A path or pattern that could not be used as given: becomes an error entry of the report, never skipped silently. */
export interface GlobProblem {
  /** What to name in the report: the directory, entry or pattern. */
  path: string;
  message: string;
}

export interface Expansion {
  /** Absolute paths of matched files, per pattern in input order, each pattern's matches sorted. */
  files: string[];
  problems: GlobProblem[];
}

const MAX_DEPTH = 64;
const MAX_ENTRIES = 200_000;
const hasWild = (s: string) => /[*?[]/.test(s);

type Token =
  | { kind: 'char'; ch: string }
  | { kind: 'one' }
  | { kind: 'class'; negate: boolean; items: ([string, string] | string)[] }
  | { kind: 'star' }
  | { kind: 'globstar' }
  | { kind: 'globstar-slash' };

/** `*`, `?`, `[…]` (`[!…]`, ranges) and `**` (with a slash after it: any number of directories) over `/`-separated relative paths. */
function tokenize(glob: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out.push({ kind: slash ? 'globstar-slash' : 'globstar' });
        i += slash ? 2 : 1;
      } else if (out.at(-1)?.kind !== 'star') out.push({ kind: 'star' }); // `**` inside a name is one `*`
    } else if (c === '?') out.push({ kind: 'one' });
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      let body = glob.slice(i + 1, end);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const items: ([string, string] | string)[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          items.push([body[k]!, body[k + 2]!]);
          k += 2;
        } else items.push(body[k]!);
      }
      out.push({ kind: 'class', negate, items });
      i = end;
    } else out.push({ kind: 'char', ch: c });
  }
  return out;
}

/**
 * Whether `path` matches the glob: one pass over the path with the set of
 * pattern positions it can be at (an NFA), so time is linear in the path
 * times the pattern, whatever the pattern. A regular expression with a
 * quantifier per `*` backtracked exponentially on long names (`*-*-*-*-*.so`
 * against 250 dashes took 44 s). A range written backwards matches nothing.
 */
export function globMatch(glob: string, path: string): boolean {
  const tokens = tokenize(glob);
  const m = tokens.length;
  let cur: Uint8Array = new Uint8Array(m + 1);
  // A position is reached fresh (1: from the token before, or the start) or by staying in a star (2).
  const close = (set: Uint8Array): Uint8Array => {
    // A star may end anywhere (it matched what it stayed on); `**/` only where a directory ends: fresh.
    for (let i = 0; i < m; i++) {
      const k = tokens[i]!.kind;
      if ((set[i] && (k === 'star' || k === 'globstar')) || ((set[i]! & 1) !== 0 && k === 'globstar-slash')) set[i + 1] = set[i + 1]! | 1;
    }
    return set;
  };
  cur[0] = 1;
  close(cur);
  for (const c of path) {
    const next = new Uint8Array(m + 1);
    let any = false;
    for (let i = 0; i < m; i++) {
      if (!cur[i]) continue;
      const t = tokens[i]!;
      let stay = false;
      let advance = false;
      switch (t.kind) {
        case 'char': advance = c === t.ch; break;
        case 'one': advance = c !== '/'; break;
        case 'class': advance = c !== '/' && t.items.some((it) => (typeof it === 'string' ? it === c : it[0] <= c && c <= it[1])) !== t.negate; break;
        case 'star': stay = c !== '/'; break;
        case 'globstar': stay = true; break;
        case 'globstar-slash': stay = true; advance = c === '/'; break;
      }
      if (stay) next[i] = next[i]! | 2;
      if (advance) next[i + 1] = next[i + 1]! | 1;
      any ||= stay || advance;
    }
    if (!any) return false;
    cur = close(next);
  }
  return cur[m] !== 0;
}

/**
 * Expands the `plugins` input: paths or globs, relative to `cwd` (the working
 * directory inside the workspace) or absolute (e.g. under runner.temp; they
 * behave as that absolute path). A relative pattern that leaves the
 * workspace is a problem, not a match. Unreadable directories, dangling
 * links and entries that cannot be examined are problems, reported by the
 * caller as error entries; the walk goes on. Symbolic links to directories
 * are not followed (no loops); links to files are matched.
 */
export function expandPatterns(patterns: string[], cwd: string, workspace: string): Expansion {
  const out: Expansion = { files: [], problems: [] };
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern) continue;
    const abs = isAbsolute(pattern);
    const full = normalize(abs ? pattern : join(cwd, pattern));
    if (!abs && !isInside(full.split(/[*?[]/)[0]!.replace(/[^/]*$/, '') || full, workspace)) {
      out.problems.push({ path: pattern, message: `leaves the workspace (${workspace}); give an absolute path for files outside it` });
      continue;
    }
    if (pattern.split('/').some((seg, i, all) => seg === '..' && all.slice(0, i).some(hasWild))) {
      out.problems.push({ path: pattern, message: '`..` after a wildcard is not supported' });
      continue;
    }
    if (!hasWild(full)) {
      if (!abs && !realInside(full, workspace)) {
        out.problems.push({ path: pattern, message: `leaves the workspace (${workspace}) through a symbolic link; give an absolute path for files outside it` });
        continue;
      }
      // A plain path: the reader reports a missing or unreadable file, naming it.
      out.files.push(full);
      continue;
    }
    const parts = full.split(sep);
    const firstWild = parts.findIndex(hasWild);
    const base = parts.slice(0, firstWild).join(sep) || sep;
    // A relative pattern stays in the workspace on disk too: its fixed part may be a directory link.
    if (!abs && !realInside(base, workspace)) {
      out.problems.push({ path: pattern, message: `leaves the workspace (${workspace}) through a symbolic link; give an absolute path for files outside it` });
      continue;
    }
    const glob = parts.slice(firstWild).join('/');
    const matches: string[] = [];
    let seen = 0;
    const walk = (dir: string, rel: string, depth: number): void => {
      if (depth > MAX_DEPTH) {
        out.problems.push({ path: dir, message: `deeper than ${MAX_DEPTH} levels: not searched` });
        return;
      }
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (err) {
        // The directory may hold plugins: say so instead of judging the rest as if it did not exist.
        if (depth > 0 || (err as NodeJS.ErrnoException).code !== 'ENOENT') out.problems.push({ path: dir, message: `cannot list directory: ${describeError(err)}` });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (++seen > MAX_ENTRIES) {
          out.problems.push({ path: dir, message: `more than ${MAX_ENTRIES} entries under ${base}: stopped` });
          return;
        }
        const r = rel ? `${rel}/${e.name}` : e.name;
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          walk(p, r, depth + 1);
          continue;
        }
        if (!globMatch(glob, r)) continue;
        if (e.isSymbolicLink()) {
          let st;
          try {
            st = statSync(p);
          } catch (err) {
            out.problems.push({ path: p, message: `broken symbolic link: ${describeError(err)}` });
            continue;
          }
          if (st.isDirectory()) {
            out.problems.push({ path: p, message: 'a symbolic link to a directory: not followed' });
            continue;
          }
        } else if (e.isFile() === false) {
          try {
            lstatSync(p);
          } catch (err) {
            out.problems.push({ path: p, message: `cannot examine: ${describeError(err)}` });
            continue;
          }
        }
        // Regular files, links to files and other kinds (FIFOs, devices) all go to the reader, which rejects what it cannot read.
        matches.push(p);
      }
    };
    walk(base, '', 0);
    if (matches.length === 0) out.problems.push({ path: pattern, message: 'matches no file' });
    out.files.push(...matches);
  }
  return out;
}

/** `file` relative to `workspace` when inside it (`/`-separated), else absolute: how inputs are named in reports. */
export function displayPath(file: string, workspace: string): string {
  const f = resolve(file);
  return isInside(f, workspace) ? relative(workspace, f).split(sep).join('/') || '.' : f;
}

/** Whether `path`, resolved through any links (as far as it exists), is inside `root`'s real path. */
function realInside(path: string, root: string): boolean {
  const { dir } = existingAncestor(path);
  try {
    return isInside(join(realpathSync(dir), relative(dir, path)), realpathSync(root));
  } catch {
    return true; // unreadable: the walk reports it
  }
}
