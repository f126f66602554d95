/**
 * A manifest is input from elsewhere: its compiler and C flags are applied to
 * a build on this machine only when every word is one that cannot make the
 * compiler read or write other files or run other programs. Anything else is
 * reported, not applied.
 */
const SAFE_GC = /^-(N|l|B|m+|S|C|L|E|K|h|live|smallframes|std|complete|dwarf(=(true|false))?|d=[\w,=.-]+|spectre=[\w,]+|wb(=(true|false))?|[mlN]=\d+|c=\d+)$/;
const SAFE_C = /^-(O[0-3sgz]?|g[0-3]?|D[A-Za-z_][A-Za-z0-9_]*(=[A-Za-z0-9_.]*)?|U[A-Za-z_][A-Za-z0-9_]*|W(all|extra|error|no-[a-z-]+)|std=[a-z0-9+]+|m(arch|tune)=[a-z0-9-]+|f(no-)?(omit-frame-pointer|stack-protector(-strong)?|PIC|pic|common|strict-aliasing))$/;

/** `-gcflags` value: an optional `pattern=` then flags, split on spaces (Go's own quoting is rare in recorded settings). */
export function safeGcflags(value: string): boolean {
  const m = /^(?:([^\s-][^\s=]*)=)?(.*)$/s.exec(value);
  const words = (m?.[2] ?? value).split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SAFE_GC.test(w));
}

export function safeCflags(value: string): boolean {
  return value.split(/\s+/).filter(Boolean).every((w) => SAFE_C.test(w));
}
