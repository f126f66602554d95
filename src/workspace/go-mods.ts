import { type Dirent, closeSync, existsSync, fstatSync, openSync, readSync, readdirSync, constants } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { type GoModFile, parseGoMod } from '../gomod/modfile.js';

export interface GoModEntry {
  /** Absolute path of the go.mod. */
  file: string;
  /** Its directory, absolute. */
  dir: string;
  mod: GoModFile;
}

export interface GoModIndex {
  root: string;
  files: GoModEntry[];
  /** Directories or files that could not be read: reported, never fatal. */
  problems: { path: string; message: string }[];
}

// Directories the go command ignores for packages, or that hold other people's modules: a module
// cache's extracted modules are `path@version` (toolchains too), its downloads are under cache/download.
const SKIP = (name: string) => name.startsWith('.') || name.startsWith('_') || name === 'node_modules' || name === 'vendor' || name === 'testdata' || name.includes('@');
const isModuleCacheDownloads = (dir: string, name: string) => name === 'cache' && existsSync(join(dir, name, 'download'));
const MAX_DIRS = 20_000;
const MAX_DEPTH = 16;
const MAX_GOMOD_BYTES = 1 << 20;

function readSmallRegular(file: string): string {
  // O_NOFOLLOW | O_NONBLOCK: never block on a FIFO, never read through a symlink.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > MAX_GOMOD_BYTES) throw new Error(`larger than ${MAX_GOMOD_BYTES} bytes`);
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Every go.mod under `root` (breadth first, bounded in directories and depth,
 * symbolic links not followed), parsed. Unreadable directories and files are
 * listed in `problems`.
 */
export function indexGoMods(root: string): GoModIndex {
  const out: GoModIndex = { root, files: [], problems: [] };
  let queue: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  let seen = 0;
  while (queue.length) {
    const nextLevel: typeof queue = [];
    for (const { dir, depth } of queue) {
      if (++seen > MAX_DIRS) {
        out.problems.push({ path: dir, message: `stopped looking for go.mod files after ${MAX_DIRS} directories` });
        return sortIndex(out);
      }
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (err) {
        out.problems.push({ path: dir, message: `cannot list directory: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
        continue;
      }
      for (const e of entries) {
        const p = join(dir, e.name);
        if (e.name === 'go.mod' && (e.isFile() || e.isSymbolicLink())) {
          try {
            out.files.push({ file: p, dir, mod: parseGoMod(readSmallRegular(p)) });
          } catch (err) {
            out.problems.push({ path: p, message: `cannot read go.mod: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
          }
        } else if (e.isDirectory() && !SKIP(e.name) && !isModuleCacheDownloads(dir, e.name)) {
          if (depth + 1 > MAX_DEPTH) out.problems.push({ path: p, message: `deeper than ${MAX_DEPTH} levels: not searched for go.mod files` });
          else nextLevel.push({ dir: p, depth: depth + 1 });
        }
      }
    }
    queue = nextLevel;
  }
  return sortIndex(out);
}

function sortIndex(i: GoModIndex): GoModIndex {
  i.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return i;
}

/** Whether `dir` holds a Go source file that builds (not a test), as a regular file. */
export function holdsGoFiles(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && e.name.endsWith('.go') && !e.name.endsWith('_test.go'));
  } catch {
    return false;
  }
}

/** True when `p` is `dir` or inside it (both absolute, normalised). */
export function isInside(p: string, dir: string): boolean {
  const r = relative(dir, p);
  return r === '' || (r !== '..' && !r.startsWith('..' + sep) && !isAbsolute(r));
}

/** The nearest ancestor of `p` (or `p` itself) that exists, and the directories below it down to `p`, outermost first. */
export function existingAncestor(p: string): { dir: string; missing: string[] } {
  const missing: string[] = [];
  let dir = p;
  while (!existsSync(dir) && dirname(dir) !== dir) {
    missing.unshift(dir);
    dir = dirname(dir);
  }
  return { dir, missing };
}
