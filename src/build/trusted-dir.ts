import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether nobody but this user (or root) can have put anything at `p` or can
 * change it: every directory on its way that exists (symbolic links
 * resolved) is owned by us or root and writable by no one else, unless it is
 * sticky (like /tmp, or the golang image's /go): there others can only add
 * entries of their own, and the next component's owner is checked in turn.
 * What does not exist yet go creates as ours. Without user ids (Windows):
 * true, as there is nothing to compare.
 */
export function onlyOursOnTheWay(p: string): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  let existing = p;
  for (;;) {
    try {
      existing = realpathSync(existing);
      break;
    } catch {
      const up = path.dirname(existing);
      if (up === existing) return false;
      existing = up;
    }
  }
  // realpath resolved the links, so lstat of each prefix sees directories only.
  const parts = existing.split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    let st;
    try {
      st = lstatSync(dir);
    } catch {
      return false;
    }
    if (st.uid !== uid && st.uid !== 0) return false;
    const othersWrite = (st.mode & 0o022) !== 0;
    const sticky = (st.mode & 0o1000) !== 0;
    if (othersWrite && !sticky) return false;
  }
  return true;
}
