import { join } from 'node:path';
import { importDeclsOfFile } from './import-decls.js';
import type { GoListPackage } from './go-env.js';

/**
 * The order in which the linker will list the plugin's packages in its
 * module data (`pkghashes`), which is the order in which plugin.Open
 * compares them with the host's — so the first differing package in this
 * order is the one the runtime names.
 *
 * The mechanism, from the Go sources (go1.19–go1.27):
 * - cmd/compile records an import in the object file (`ctxt.AddImport`,
 *   noder/import.go) the first time the type checker resolves it, walking
 *   the compiled files in the order the go command passes them and each
 *   file's import declarations in order; `unsafe` is not recorded.
 * - The go command passes the package's GoFiles (sorted), then cgo's
 *   outputs: `_cgo_gotypes.go` (which imports syscall and runtime/cgo) and
 *   one `x.cgo1.go` per CgoFile (the file's own imports). With -cover, each
 *   instrumented file starts with `import _cover_atomic_ "sync/atomic"`
 *   (atomic mode) and, in package main, `import _ "runtime/coverage"`.
 * - cmd/link loads the main package first (Library[0]), then every object's
 *   imports, then runtime/race, msan, asan, runtime and — a plugin always
 *   links externally — runtime/cgo, and finally orders the libraries by a
 *   depth-first postorder over each library's imports in object-file order
 *   (`postorder`, cmd/link/internal/ld/lib.go).
 * `go list -deps` sorts Imports, so its order is not the linker's.
 */
export interface LinkOrderOptions {
  /** The toolchain's version (go1.19 cgo writes runtime/cgo before syscall, later ones after). */
  goVersion: string;
  race: boolean;
  msan: boolean;
  asan: boolean;
  /** Packages compiled with -cover instrumentation, and the cover mode. */
  covered: Set<string>;
  coverMode: 'set' | 'count' | 'atomic';
}

/** Packages whose cgo output does not import syscall (cmd/go passes -import_syscall=false). */
const NO_SYSCALL = new Set(['runtime/race', 'runtime/msan', 'runtime/cgo', 'runtime/asan']);

/** The object-file import list of one package, as the compiler will write it. */
function objectImports(p: GoListPackage, mainPath: string | null, o: LinkOrderOptions): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const resolve = (path: string) => p.ImportMap?.[path] ?? path;
  const add = (path: string) => {
    const r = resolve(path);
    if (r === 'unsafe' || r === 'C' || seen.has(r)) return;
    seen.add(r);
    out.push(r);
  };
  const cover = o.covered.has(p.ImportPath);
  let first = true;
  const file = (name: string) => {
    if (cover && first) {
      // cmd/cover inserts these right after the package clause of every file it instruments.
      if (o.coverMode === 'atomic' && p.ImportPath !== 'sync/atomic') add('sync/atomic');
      if (p.ImportPath === mainPath || p.Name === 'main') add('runtime/coverage');
    }
    first = false;
    for (const i of importDeclsOfFile(join(p.Dir ?? '', name))) add(i);
  };
  for (const f of p.GoFiles ?? []) file(f);
  if (p.CgoFiles?.length) {
    const cgoFirst = /^go1\.1\d(\.|$|[a-z])/.test(o.goVersion);
    const syscall = !(p.Standard && NO_SYSCALL.has(p.ImportPath));
    const rtcgo = !(p.Standard && p.ImportPath === 'runtime/cgo');
    if (cgoFirst && rtcgo) add('runtime/cgo');
    if (syscall) add('syscall');
    if (!cgoFirst && rtcgo) add('runtime/cgo');
    for (const f of p.CgoFiles) file(f);
  }
  return out;
}

/**
 * The plugin's packages in link order (module data's pkghashes), from
 * `go list -deps` of its main package with the build's flags: every listed
 * package has its GoFiles/CgoFiles and directory.
 */
export function linkOrder(packages: GoListPackage[], mainPath: string, o: LinkOrderOptions): string[] {
  const byPath = new Map(packages.map((p) => [p.ImportPath, p]));
  const imports = new Map<string, string[]>();
  const order: string[] = [];
  // Entered once, whether its DFS is still running or done (an import cycle cannot compile).
  const entered = new Set<string>();
  const dfs = (root: string) => {
    // Iterative, so that a deep import chain cannot exhaust the stack.
    const stack: { path: string; next: number }[] = [];
    const enter = (path: string) => {
      if (entered.has(path) || !byPath.has(path)) return;
      entered.add(path);
      if (!imports.has(path)) imports.set(path, objectImports(byPath.get(path)!, mainPath, o));
      stack.push({ path, next: 0 });
    };
    enter(root);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const deps = imports.get(top.path)!;
      if (top.next < deps.length) enter(deps[top.next++]!);
      else {
        stack.pop();
        order.push(top.path);
      }
    }
  };
  dfs(mainPath);
  for (const internal of [o.race && 'runtime/race', o.msan && 'runtime/msan', o.asan && 'runtime/asan', 'runtime', 'runtime/cgo']) {
    if (internal) dfs(internal);
  }
  return order;
}
