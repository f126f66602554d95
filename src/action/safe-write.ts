import { closeSync, constants, fstatSync, ftruncateSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { existingAncestor, isInside } from '../workspace/go-mods.js';

export class UnsafePathError extends Error {}

/**
 * Writes `data` to `path` only if it lands inside one of `roots` (the
 * workspace, the runner's temp directory), and never through a symbolic
 * link: the parent directory is resolved with realpath and must be inside a
 * root's realpath, and the file is opened with O_NOFOLLOW (a link in its
 * place fails with ELOOP instead of being followed). Missing parent
 * directories inside the root are created.
 */
export function writeInside(path: string, data: string, roots: string[], what: string): string {
  const target = resolve(path);
  const realRoots = roots.flatMap((r) => {
    try {
      return [realpathSync(r)];
    } catch {
      return [];
    }
  });
  const lexicalRoot = roots.map((r) => resolve(r)).find((r) => isInside(target, r));
  if (!lexicalRoot) throw new UnsafePathError(`${what} ${path} is outside the workspace and the runner's temp directory: refusing to write it`);
  const parent = dirname(target);
  const outside = (real: string) => new UnsafePathError(`${what} ${path}: its directory resolves to ${real}, outside the workspace and the runner's temp directory (a symbolic link?): refusing to write it`);
  // Missing directories are made one level at a time below an existing one that is checked first:
  // a symbolic link on the way must not get directories made at its target before the refusal.
  const { dir: existing, missing } = existingAncestor(parent);
  const realExisting = realpathSync(existing);
  if (!realRoots.some((r) => isInside(realExisting, r))) throw outside(realExisting);
  for (const dir of missing) mkdirSync(resolve(realExisting, relative(existing, dir)));
  const realParent = realpathSync(parent);
  if (!realRoots.some((r) => isInside(realParent, r))) throw outside(realParent);
  let fd: number;
  try {
    fd = openSync(resolve(realParent, target.slice(parent.length + 1)), constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UnsafePathError(`${what} ${path} is a symbolic link: refusing to write through it`);
    throw new UnsafePathError(`${what} ${path}: cannot open for writing (${code ?? (err as Error).message})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UnsafePathError(`${what} ${path} is not a regular file: refusing to write it`);
    // A hard link is the same file under another name, possibly outside the workspace.
    if (st.nlink > 1) throw new UnsafePathError(`${what} ${path} has other hard links (the same file elsewhere): refusing to write through it`);
    ftruncateSync(fd, 0);
    const buf = Buffer.from(data);
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
  return target;
}
