import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The import paths of one Go source file, in declaration order: the order
 * in which the compiler's type checker meets them, and so the order of the
 * object file's import list (see link-order.ts). Only the file's header is
 * scanned: the package clause, then import declarations until the first
 * other declaration. Comments, blank/dot/named imports, grouped and
 * single-line forms, interpreted and raw strings are handled.
 */
export function importDecls(text: string): string[] {
  return scanImports(text).paths;
}

/** The import paths, and whether the scan ended at a declaration that is not an import (not at the text's end). */
function scanImports(text: string): { paths: string[]; complete: boolean } {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    for (;;) {
      while (i < n && /[\s;]/.test(text[i]!)) i++;
      if (text.startsWith('//', i)) {
        const e = text.indexOf('\n', i);
        i = e < 0 ? n : e + 1;
      } else if (text.startsWith('/*', i)) {
        const e = text.indexOf('*/', i + 2);
        i = e < 0 ? n : e + 2;
      } else return;
    }
  };
  const word = (): string => {
    const m = /^[\p{L}_][\p{L}\p{Nd}_]*|^\./u.exec(text.slice(i, i + 256));
    if (!m) return '';
    i += m[0].length;
    return m[0];
  };
  const str = (): string | null => {
    const q = text[i];
    if (q === '`') {
      const e = text.indexOf('`', i + 1);
      if (e < 0) return null;
      const s = text.slice(i + 1, e);
      i = e + 1;
      return s;
    }
    if (q !== '"') return null;
    let s = '';
    for (i++; i < n && text[i] !== '"'; i++) {
      if (text[i] === '\n') return null;
      if (text[i] === '\\' && i + 1 < n) i++;
      s += text[i];
    }
    if (i >= n) return null;
    i++;
    return s;
  };
  // One import spec: [name] "path".
  const spec = (): boolean => {
    skipSpace();
    if (text[i] !== '"' && text[i] !== '`') {
      if (!word()) return false;
      skipSpace();
    }
    const p = str();
    if (p === null) return false;
    out.push(p);
    return true;
  };
  const done = (complete: boolean) => ({ paths: out, complete: complete && i < n });
  if (text.charCodeAt(0) === 0xfeff) i = 1; // Go accepts a byte order mark at the start of a file
  skipSpace();
  if (word() !== 'package') return done(true);
  skipSpace();
  word();
  for (;;) {
    skipSpace();
    if (i >= n) return done(false);
    if (word() !== 'import') return done(true);
    skipSpace();
    if (text[i] === '(') {
      i++;
      for (;;) {
        skipSpace();
        if (text[i] === ')') {
          i++;
          break;
        }
        if (i >= n || !spec()) return done(false);
      }
    } else if (!spec()) return done(false);
  }
}

/**
 * A file's import paths, reading no more of it than its header needs: the
 * first 4 KiB, more only while the import block runs past what was read.
 */
export function importDeclsOfFile(path: string, maxBytes = 4 << 20): string[] {
  const fd = openSync(path, 'r');
  try {
    for (let size = 4 << 10; ; size *= 4) {
      const buf = Buffer.alloc(size);
      const got = readSync(fd, buf, 0, size, 0);
      const r = scanImports(buf.toString('utf8', 0, got));
      if (r.complete || got < size || size >= maxBytes) return r.paths;
    }
  } finally {
    closeSync(fd);
  }
}
