import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `*`, `?` and `**` (any depth) → a RegExp over `/`-separated relative paths. */
function toRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Expands one pattern relative to `cwd`, sorted so the load order is stable.
 * A pattern without wildcards is returned as is (a missing file is reported
 * later by the reader, naming it).
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  if (!/[*?]/.test(pattern)) return [pattern];
  const parts = pattern.split('/');
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, firstWild).join('/');
  const re = toRegExp(parts.slice(firstWild).join('/'));
  const out: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    if (depth > 32) return;
    let entries;
    try {
      entries = readdirSync(join(cwd, dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(dir, r, depth + 1);
      else if (re.test(r) && statSync(join(cwd, dir, r)).isFile()) out.push(base ? `${base}/${r}` : r);
    }
  };
  walk(base, '', 0);
  return out.sort();
}
