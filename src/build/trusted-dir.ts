import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Links followed on the way before the path is refused (a loop, or a maze someone built). */
const MAX_LINKS = 16;

/**
 * Whether nobody but this user (or root) can have put anything at `p`, or
 * can change what it leads to, before go uses it. Every entry on the way is
 * looked at as it is (lstat, root first):
 * - a directory must be owned by us or root and writable by no one else,
 *   unless it is sticky (like /tmp, or the golang image's /go): there others
 *   can only add entries of their own, and the next entry's owner is checked;
 * - a symbolic link must be owned by us or root (its owner can re-point it),
 *   must lead somewhere, and the way is checked again from where it leads;
 * - the first entry that does not exist go creates as ours, unless the
 *   directory it goes in is writable by others at all (sticky or not):
 *   another user could create it first.
 * Without user ids (Windows): true, as there is nothing to compare.
 */
export function onlyOursOnTheWay(p: string, links = 0): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  if (links > MAX_LINKS) return false;
  const parts = path.resolve(p).split(path.sep).filter(Boolean);
  let othersMayCreate = false;
  for (let i = 0; i <= parts.length; i++) {
    const here = path.sep + parts.slice(0, i).join(path.sep);
    let st;
    try {
      st = lstatSync(here);
    } catch {
      return !othersMayCreate;
    }
    if (st.uid !== uid && st.uid !== 0) return false;
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(here);
      } catch {
        return false; // dangling, or a loop: whoever creates its target decides
      }
      return onlyOursOnTheWay(path.join(target, ...parts.slice(i)), links + 1);
    }
    const othersWrite = (st.mode & 0o022) !== 0;
    if (othersWrite && (st.mode & 0o1000) === 0) return false;
    othersMayCreate = othersWrite;
  }
  return true;
}
