import { LIMITS } from '../io/limits.js';

/** What the pclntab file names reveal about where a binary was built. */
export interface PathFacts {
  /** True when no file name is absolute: built with -trimpath (or equivalent rewriting). */
  trimmed: boolean;
  /** The GOROOT the standard library was compiled from, e.g. `/usr/local/go`; null when trimmed. */
  goroot: string | null;
  /** GOMODCACHE, e.g. `/root/go/pkg/mod`; null when trimmed or no module came from the cache. */
  modcache: string | null;
  /** `module@version` pairs seen in file names (recovers versions of binaries without build info). */
  modules: { path: string; version: string }[];
  /** Absolute directories holding sources outside GOROOT and the module cache (work dirs, replace dirs). */
  localDirs: string[];
  /** Directories that are vendored module trees (`…/vendor/…`). */
  vendorDirs: string[];
}

/** Module paths in the cache escape upper-case letters as `!x`. */
export function unescapeModulePath(p: string): string {
  return p.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}
export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => '!' + c.toLowerCase());
}

/** `/…`, or a Windows drive `C:\` / `C:/` (without a regular expression: it runs once per file name). */
const isAbs = (f: string) => {
  const c = f.charCodeAt(0);
  if (c === 47) return true;
  const d = f.charCodeAt(2);
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && f.charCodeAt(1) === 58 && (d === 47 || d === 92);
};
const GOROOT_RE = /^(.*)\/src\/runtime\/[^/]+\.(?:go|s)$/;

/** A module path's first element (`f` from `s` to `e`) is a domain name: `github.com`, `golang.org`, `example.com` (not `.cache`). */
function domainLike(f: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  const c0 = f.charCodeAt(s);
  if (!((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57))) return false;
  const dot = f.lastIndexOf('.', e - 1);
  if (dot <= s || dot === e - 1) return false;
  for (let i = s; i < e; i++) {
    const c = f.charCodeAt(i);
    // a-z 0-9 . - _ ~ and `!` (the cache's escape of upper case)
    if (!(c >= 97 && c <= 122) && !(c >= 48 && c <= 57) && c !== 46 && c !== 45 && c !== 95 && c !== 126 && c !== 33) return false;
  }
  return true;
}

/** One file under a `module@version` directory: where the module path may start, and the module's version. */
interface ModFile {
  /** Offsets (into the file name) where the module path could begin: after `…/pkg/mod/`, or at a domain-like element. */
  starts: number[];
  /** Offset of the `@`. */
  at: number;
  version: string;
}

/**
 * Finds `<escaped module path>@<version>/` in one file name, in one pass over
 * its elements (no regular expression, so no backtracking on hostile names).
 * A module cache may be anywhere (`~/.cache/go-mod`, a CI cache dir), so the
 * path is not split at a directory name: every element that can start a module
 * path is a candidate, and analysePaths picks the one the files agree on.
 */
const MAX_STARTS = 16;
const KNOWN_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'golang.org', 'google.golang.org', 'gopkg.in', 'go.uber.org', 'k8s.io', 'sigs.k8s.io', 'cloud.google.com', 'go.opentelemetry.io', 'gitee.com', 'codeberg.org', 'go.etcd.io', 'honnef.co', 'filippo.io', 'modernc.org', 'gonum.org', 'gorm.io', 'mvdan.cc']);

export function findModuleVersion(f: string): ModFile | null {
  // Most names (the work tree's, vendored ones) hold no `@` at all: a native search settles them.
  if (f.indexOf('@v') < 0) return null;
  let at = -1;
  let elStart = 0;
  const starts: number[] = [];
  let pkgMod = -1;
  // Element by element, by index (no slices: this runs for every file name of a module).
  for (let i = f.indexOf('/'); ; i = f.indexOf('/', i + 1)) {
    if (i < 0) i = f.length;
    const a0 = f.indexOf('@', elStart);
    const a = a0 >= 0 && a0 < i ? a0 - elStart : -1;
    if (a > 0 && f.charCodeAt(elStart + a + 1) === 118 /* v */ && i < f.length) {
      at = elStart + a;
      // The element holding `@` is the module's last path element; it can also be its only one.
      if (starts.length === 0) starts.push(elStart);
      break;
    }
    if (a >= 0) starts.length = 0; // an `@` that is not a module version ends no module path
    else if (i - elStart === 3 && f.startsWith('mod', elStart) && elStart >= 4 && f.startsWith('pkg/', elStart - 4)) pkgMod = i + 1;
    else if (domainLike(f, elStart, i)) starts.push(elStart);
    if (i >= f.length) break;
    elStart = i + 1;
  }
  if (at < 0) return null;
  const vEnd = f.indexOf('/', at);
  const version = f.slice(at + 1, vEnd);
  // `<GOPATH>/pkg/mod/` is the conventional cache: the module path starts right after it.
  // Module paths have a few elements: the last candidates are the only plausible ones (and keep the vote linear).
  const cand = pkgMod >= 0 && pkgMod <= at ? [pkgMod] : starts.slice(-MAX_STARTS);
  return cand.length ? { starts: cand, at, version } : null;
}

export function analysePaths(files: string[]): PathFacts {
  // Longer than PATH_MAX is no file the compiler opened (and bounds every pattern below).
  const real = files.filter((f) => f.length <= LIMITS.pathBytesMax && f !== '<autogenerated>' && !f.startsWith('<') && f !== '?');
  const abs = real.filter(isAbs);
  const trimmed = real.length > 0 && abs.length === 0;
  let goroot: string | null = null;
  for (const f of abs) {
    const m = GOROOT_RE.exec(f);
    if (m) {
      goroot = m[1]!;
      break;
    }
  }
  const local = new Set<string>();
  const vendor = new Set<string>();
  // One entry per directory of module files, with how many files it holds.
  const modFiles: { f: string; m: ModFile; abs: boolean; count: number }[] = [];
  const gorootSrc = goroot === null ? null : goroot + '/src/';
  // Everything below depends on a file's directory only (the module element is always a
  // directory): each directory is looked at once, its other files only counted.
  const dirs = new Map<string, (typeof modFiles)[number] | null>();
  for (const f of real) {
    if (gorootSrc !== null && f.startsWith(gorootSrc)) continue;
    const slash = f.lastIndexOf('/');
    const dirKey = slash < 0 ? null : f.slice(0, slash + 1);
    if (dirKey !== null) {
      const seen = dirs.get(dirKey);
      if (seen !== undefined) {
        if (seen) seen.count++;
        continue;
      }
    }
    const absolute = isAbs(f);
    const m = findModuleVersion(f);
    let entry: (typeof modFiles)[number] | null = null;
    // A vendored copy is not the module cache, even if its path holds an `@`.
    if (m && !(absolute && f.lastIndexOf('/vendor/', m.at) >= 0)) {
      entry = { f, m, abs: absolute, count: 1 };
      modFiles.push(entry);
    } else if (absolute) {
      const dir = f.slice(0, slash);
      const v = dir.indexOf('/vendor/');
      if (v >= 0) vendor.add(dir.slice(0, v + 7));
      else local.add(dir);
    }
    if (dirKey !== null) dirs.set(dirKey, entry);
  }
  // Every cached module shares one cache directory: among each file's candidate
  // starts, take the cache prefix most files allow (ties: the longest prefix,
  // i.e. the shortest module path).
  const votes = new Map<string, number>();
  for (const { f, m, abs: a, count } of modFiles) {
    if (!a) continue;
    for (const s of new Set(m.starts.map((st) => f.slice(0, st - 1)))) votes.set(s, (votes.get(s) ?? 0) + count);
  }
  // A tie (one module, or modules that all share a dotted directory) prefers a
  // prefix followed by a well-known code host, then the longest prefix.
  const hosted = (prefix: string) => modFiles.some(({ f, abs: a }) => a && f.startsWith(prefix + '/') && KNOWN_HOSTS.has(f.slice(prefix.length + 1, f.indexOf('/', prefix.length + 1))));
  let most = 0;
  for (const n of votes.values()) most = Math.max(most, n);
  const tied = [...votes.entries()].filter(([, n]) => n === most).map(([p]) => ({ p, hosted: hosted(p) }));
  const modcache = tied.sort((a, b) => Number(b.hosted) - Number(a.hosted) || b.p.length - a.p.length)[0]?.p ?? null;
  const modules = new Map<string, { path: string; version: string }>();
  const cachePrefix = modcache === null ? null : modcache + '/';
  const unescaped = new Map<string, string>();
  for (const { f, m, abs: a } of modFiles) {
    let start: number;
    if (!a) start = m.starts.includes(0) ? 0 : m.starts[0]!;
    else start = cachePrefix !== null && f.startsWith(cachePrefix) && m.starts.includes(cachePrefix.length) ? cachePrefix.length : m.starts[0]!;
    const raw = f.slice(start, m.at);
    let mod = unescaped.get(raw);
    if (mod === undefined) unescaped.set(raw, (mod = unescapeModulePath(raw)));
    modules.set(`${mod}@${m.version}`, { path: mod, version: m.version });
  }
  return {
    trimmed,
    goroot,
    modcache,
    // Code-unit order, as Go sorts module paths (and as localDirs below).
    modules: [...modules.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0)),
    localDirs: [...local].sort(),
    vendorDirs: [...vendor].sort(),
  };
}

/** The longest common directory prefix of some absolute dirs. */
export function commonDir(dirs: string[]): string | null {
  if (dirs.length === 0) return null;
  const parts = dirs.map((d) => d.split('/'));
  const first = parts[0]!;
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  const out = first.slice(0, n).join('/');
  return out === '' ? '/' : out;
}
