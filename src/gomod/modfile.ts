/**
 * A go.mod reader with line numbers, following the grammar of
 * golang.org/x/mod/modfile (read.go: lexer; rule.go: directives).
 *
 * Why our own: npm has no maintained go.mod parser (checked: only Rust crates,
 * a Perl module and Go's own package exist), `go mod edit -json` needs a Go
 * toolchain in the job and drops line numbers, and line regexes get blocks,
 * comments, quoted paths and `// indirect` wrong. The format is small: tokens
 * are `//` comments, newlines, punctuation `( ) [ ] { } ,`, quoted strings
 * ("…" with backslash escapes, `…` raw) and identifiers (any other printable
 * non-space runs); a line is a verb and its arguments, and `verb (` starts a
 * block whose lines take the verb. Errors are values, never exceptions: a file
 * we cannot fully read still yields what was read before the error.
 */

export interface GoModLine {
  /** The directive (`require`, `replace`, …), also for lines inside a block. */
  verb: string;
  /** Arguments after the verb, unquoted. */
  args: string[];
  /** 1-based line of the line's first token. */
  line: number;
  /** The end-of-line comment, without `//` and surrounding space. */
  comment: string | null;
  /** Arguments that were invalid as written (a quote in an unquoted string, as modfile's parseString rejects). */
  invalid: boolean;
}

export interface GoModFile {
  module: { path: string; line: number } | null;
  go: { version: string; line: number } | null;
  toolchain: { name: string; line: number } | null;
  require: { path: string; version: string; line: number; indirect: boolean }[];
  replace: { oldPath: string; oldVersion: string | null; newPath: string; newVersion: string | null; line: number }[];
  lines: GoModLine[];
  errors: { line: number; message: string }[];
}

type Tok =
  | { kind: 'ident' | 'string'; text: string; line: number }
  | { kind: 'comment'; text: string; line: number; suffix: boolean }
  | { kind: 'newline' | 'eof'; line: number }
  | { kind: 'punct'; text: string; line: number };

const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',']);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r';
// modfile's isIdent: printable and not space, minus the punctuation above.
const isIdentChar = (c: string) => !PUNCT.has(c) && !/[\s\p{C}]/u.test(c);

class GoModSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** Yields tokens; throws GoModSyntaxError at the first lexical error. */
function* lex(src: string): Generator<Tok> {
  let i = 0;
  let line = 1;
  let lineHasToken = false;
  while (i < src.length) {
    const c = src[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (src.startsWith('//', i)) {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      yield { kind: 'comment', text: src.slice(i + 2, stop).trim(), line, suffix: lineHasToken };
      i = stop;
      continue;
    }
    if (src.startsWith('/*', i)) throw new GoModSyntaxError(line, 'mod files must use // comments (not /* */ comments)');
    if (c === '\n') {
      yield { kind: 'newline', line };
      i++;
      line++;
      lineHasToken = false;
      continue;
    }
    lineHasToken = true;
    if (PUNCT.has(c)) {
      yield { kind: 'punct', text: c, line };
      i++;
      continue;
    }
    if (c === '"' || c === '`') {
      // modfile lexes both quotes but accepts only "…" as a value: a raw `…` string stays as written and is rejected later.
      let j = i + 1;
      let out = '';
      for (;;) {
        if (j >= src.length) throw new GoModSyntaxError(line, 'unexpected EOF in string');
        const d = src[j]!;
        if (d === '\n') throw new GoModSyntaxError(line, 'unexpected newline in string');
        j++;
        if (d === c) break;
        if (d === '\\' && c === '"') {
          if (j >= src.length) throw new GoModSyntaxError(line, 'unexpected EOF in string');
          const e = src[j++]!;
          // Go's strconv.Unquote escapes; module paths and versions use only the simple ones.
          const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' };
          if (e in simple) out += simple[e];
          else if (e === 'x' || e === 'u' || e === 'U') {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = src.slice(j, j + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new GoModSyntaxError(line, 'invalid escape in quoted string');
            const cp = parseInt(hex, 16);
            if (cp > 0x10ffff) throw new GoModSyntaxError(line, 'invalid escape in quoted string');
            out += String.fromCodePoint(cp);
            j += n;
          } else throw new GoModSyntaxError(line, 'invalid escape in quoted string');
        } else out += d;
      }
      yield c === '"' ? { kind: 'string', text: out, line } : { kind: 'ident', text: src.slice(i, j), line };
      i = j;
      continue;
    }
    if (!isIdentChar(c)) throw new GoModSyntaxError(line, `unexpected input character ${JSON.stringify(c)}`);
    let j = i;
    while (j < src.length && isIdentChar(src[j]!) && !src.startsWith('//', j)) {
      if (src.startsWith('/*', j)) throw new GoModSyntaxError(line, 'mod files must use // comments (not /* */ comments)');
      j++;
    }
    yield { kind: 'ident', text: src.slice(i, j), line };
    i = j;
  }
  yield { kind: 'eof', line };
}

/** Parses go.mod text into its directives, with the line of each. */
export function parseGoMod(src: string): GoModFile {
  const out: GoModFile = { module: null, go: null, toolchain: null, require: [], replace: [], lines: [], errors: [] };
  const toks = lex(src.replace(/^\ufeff/, ''));
  let peeked: Tok | null = null;
  const next = (): Tok => {
    if (peeked) {
      const t = peeked;
      peeked = null;
      return t;
    }
    return toks.next().value as Tok;
  };
  const peek = (): Tok => (peeked ??= toks.next().value as Tok);
  const isEol = (t: Tok) => t.kind === 'newline' || t.kind === 'eof' || (t.kind === 'comment' && t.suffix);

  /** Reads the rest of a line's tokens; returns them and the suffix comment. */
  const restOfLine = (): { args: string[]; comment: string | null; block: boolean; invalid: boolean } => {
    const args: string[] = [];
    let invalid = false;
    for (;;) {
      const t = next();
      if (t.kind === 'comment' && t.suffix) {
        // A suffix comment ends the line; the newline after it is consumed too.
        const n = peek();
        if (n.kind === 'newline') next();
        return { args, comment: t.text, block: false, invalid };
      }
      if (t.kind === 'newline' || t.kind === 'eof') return { args, comment: null, block: false, invalid };
      if (t.kind === 'punct' && t.text === '(' && isEol(peek())) {
        const n = next();
        if (n.kind === 'comment') {
          const m = peek();
          if (m.kind === 'newline') next();
        }
        return { args, comment: null, block: true, invalid };
      }
      if (t.kind === 'ident' && /["'`]/.test(t.text)) invalid = true;
      if (t.kind === 'ident' || t.kind === 'string' || t.kind === 'punct') args.push(t.text);
    }
  };

  try {
    for (;;) {
      const t = peek();
      if (t.kind === 'eof') break;
      if (t.kind === 'newline' || t.kind === 'comment') {
        next();
        continue;
      }
      const first = next() as Extract<Tok, { text: string }>;
      const verb = first.text;
      const { args, comment, block, invalid } = restOfLine();
      if (!block) {
        // `verb ( )` on one line is an empty block.
        if (args.length === 2 && args[0] === '(' && args[1] === ')') continue;
        out.lines.push({ verb, args, line: first.line, comment, invalid });
        continue;
      }
      if (args.length) throw new GoModSyntaxError(first.line, `unexpected tokens before ( in ${verb} block`);
      for (;;) {
        const b = peek();
        if (b.kind === 'eof') throw new GoModSyntaxError(first.line, `syntax error (unterminated block started at line ${first.line})`);
        if (b.kind === 'newline' || b.kind === 'comment') {
          next();
          continue;
        }
        if (b.kind === 'punct' && b.text === ')') {
          next();
          const after = restOfLine();
          if (after.args.length) throw new GoModSyntaxError(b.line, 'syntax error (expected newline after closing paren)');
          break;
        }
        const head = next() as Extract<Tok, { text: string }>;
        const rest = restOfLine();
        const headInvalid = head.kind === 'ident' && /["'`]/.test(head.text);
        out.lines.push({ verb, args: [head.text, ...rest.args], line: head.line, comment: rest.comment, invalid: rest.invalid || headInvalid });
      }
    }
  } catch (err) {
    if (!(err instanceof GoModSyntaxError)) throw err;
    out.errors.push({ line: err.line, message: err.message });
  }

  for (const l of out.lines) {
    const a = l.args;
    if (l.invalid) {
      out.errors.push({ line: l.line, message: 'unquoted string cannot contain quote' });
      continue;
    }
    switch (l.verb) {
      case 'module':
        if (a.length === 1 && !out.module) out.module = { path: a[0]!, line: l.line };
        else out.errors.push({ line: l.line, message: 'usage: module module/path' });
        break;
      case 'go':
        if (a.length === 1) out.go = { version: a[0]!, line: l.line };
        else out.errors.push({ line: l.line, message: 'usage: go 1.23' });
        break;
      case 'toolchain':
        if (a.length === 1) out.toolchain = { name: a[0]!, line: l.line };
        else out.errors.push({ line: l.line, message: 'usage: toolchain go1.23.0' });
        break;
      case 'require':
        if (a.length === 2) out.require.push({ path: a[0]!, version: a[1]!, line: l.line, indirect: /^indirect\b/.test(l.comment ?? '') });
        else out.errors.push({ line: l.line, message: 'usage: require module/path v1.2.3' });
        break;
      case 'replace': {
        const arrow = a.indexOf('=>');
        const left = a.slice(0, arrow);
        const right = a.slice(arrow + 1);
        if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          out.errors.push({ line: l.line, message: 'usage: replace module/path [v1.2.3] => other/module v1.4 | ../local/directory' });
          break;
        }
        out.replace.push({ oldPath: left[0]!, oldVersion: left[1] ?? null, newPath: right[0]!, newVersion: right[1] ?? null, line: l.line });
        break;
      }
      default:
        // exclude, retract, godebug, tool, ignore and future verbs: kept in `lines`, not needed here.
        break;
    }
  }
  return out;
}
