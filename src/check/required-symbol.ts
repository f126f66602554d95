/**
 * `--require-symbol NAME` or `NAME=TYPE`: a symbol the host looks up with
 * plugin.Lookup and, with a type, the type it asserts the plugin.Symbol to.
 */
export interface RequiredSymbol {
  name: string;
  /** A func or pointer type as Go prints it (`func() sdk.Plugin`, `*string`): compared exactly. */
  type: string | null;
  /** An interface literal (`interface { Name() string }`): its methods, which the symbol's type must have. */
  iface: { text: string; methods: { name: string; type: string }[] } | null;
}

/**
 * Whether an assertion to `type` is decided by type identity. Lookup's
 * symbol is always a func type (a function) or a pointer (a variable); an
 * assertion to anything else can only succeed as an interface assertion
 * (lura's `r.(Registerer)`), decided by the method set.
 */
export const comparableType = (type: string): boolean => type.startsWith('*') || type.startsWith('func(');

const IDENT = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
const EXPORTED_METHOD = /^(\p{Lu}[\p{L}\p{Nd}_]*)(\(.*)$/su;

/** Splits at `sep` outside (), [] and {}. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

/**
 * An interface literal as Go prints it, `interface { Greet(string) string; Name() string }`:
 * its methods, sorted by name as the runtime matches them; null when it is
 * not one, or names what cannot be checked here (an embedded interface, an
 * unexported method).
 */
export function interfaceMethods(type: string): { name: string; type: string }[] | null {
  const m = /^interface ?\{(.*)\}$/s.exec(type);
  if (!m) return null;
  const methods: { name: string; type: string }[] = [];
  for (const entry of splitTop(m[1]!, ';')) {
    const e = EXPORTED_METHOD.exec(entry);
    if (!e) return null;
    methods.push({ name: e[1]!, type: `func${e[2]!}` });
  }
  return methods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const KEYWORD_TYPE = /^(chan|func|map|struct|interface)\b/;

/**
 * What makes TYPE not a type as Go prints it: unbalanced brackets, or
 * parameter names (`func(who string)`): names are not part of a Go type, and
 * the runtime's string has none, so comparing would fail a matching symbol.
 */
function typeProblem(type: string): string | null {
  const stack: { c: string; from: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  // Every (…) group's inside, found as its closing bracket is matched.
  const groups: [number, number][] = [];
  for (let i = 0; i < type.length; i++) {
    const c = type[i]!;
    if (c === '(' || c === '[' || c === '{') stack.push({ c, from: i + 1 });
    else if (c in pairs) {
      const open = stack.pop();
      if (!open || open.c !== pairs[c]) return `unbalanced ${c} in ${JSON.stringify(type.slice(0, 80))}`;
      if (c === ')') groups.push([open.from, i]);
    }
  }
  if (stack.length) return `unclosed ${stack.at(-1)!.c} in ${JSON.stringify(type.slice(0, 80))}`;
  // In the order they open, as a reader meets them (an inner group closes first).
  for (const [start, end] of groups.sort((x, y) => x[0] - y[0])) {
    for (const entry of splitTop(type.slice(start, end), ',')) {
      // `name type` (`who string`, `args ...string`); a type never starts with an identifier and a space but a keyword's.
      if (!KEYWORD_TYPE.test(entry) && /^[\p{L}_][\p{L}\p{Nd}_]* /u.test(entry)) {
        return `parameter names are not part of a Go type (${JSON.stringify(entry.slice(0, 60))}): write it as Go prints it, e.g. func(string) string`;
      }
    }
  }
  return null;
}

/** Parses one `NAME[=TYPE]`; throws an Error saying what is wrong (the caller names the option). */
export function parseRequiredSymbol(spec: string): RequiredSymbol {
  const eq = spec.indexOf('=');
  const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
  if (!IDENT.test(name) || name.length > 256) throw new Error(`not a Go identifier: ${JSON.stringify(name.slice(0, 80))}`);
  if (eq < 0) return { name, type: null, iface: null };
  // Go prints types with single spaces (`func(string, int) error`): normalise the user's spaces; no control characters.
  const raw = spec.slice(eq + 1);
  const type = raw.trim().replace(/ +/g, ' ');
  if (type === '' || type.length > 4096 || /[\0-\x1f\x7f]/.test(raw)) throw new Error(`${name}: not a type: ${JSON.stringify(type.slice(0, 80))}`);
  const problem = typeProblem(type);
  if (problem) throw new Error(`${name}: ${problem}`);
  if (comparableType(type)) return { name, type, iface: null };
  const methods = interfaceMethods(type);
  return { name, type: null, iface: methods ? { text: type, methods } : null };
}

/** Why a NAME=TYPE is checked by name only, or null when its type is checked. */
export function nameOnlyReason(spec: string): string | null {
  const s = parseRequiredSymbol(spec);
  const eq = spec.indexOf('=');
  if (eq < 0 || s.type !== null || s.iface !== null) return null;
  return `${spec.slice(eq + 1).trim()} is not a func or pointer type, and plugin.Lookup returns only those (a function, or a pointer to a variable): the host's assertion to it is an interface assertion, decided by the method set, which is checked only for an interface written out with its exported methods ('${s.name}=interface { Name() string }'); ${s.name} is checked by name`;
}

/**
 * The Action's `require-symbols`: one per line; a line without `=` may list
 * several names separated by commas (types hold commas: `func(a, b int)`).
 */
export function splitRequiredSymbols(input: string): string[] {
  return input
    .split(/\r?\n/)
    .flatMap((line) => (line.includes('=') ? [line] : line.split(',')))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What the export offers: its dynamic type and, when read, its exported methods. */
interface ExportView {
  type: string | null;
  methods: { name: string; type: string | null }[] | null;
}

/**
 * The runtime's message when the host's assertion fails
 * (runtime.TypeAssertionError: plugin.Symbol is the static type of Lookup's
 * result; for an interface, itab init names the first of its methods, by
 * name, that the type lacks with that signature), or null when it succeeds
 * or cannot be decided from what was read.
 */
export function assertionFailure(want: RequiredSymbol, have: ExportView | undefined): string | null {
  if (!have?.type) return null;
  if (want.type !== null) return have.type === want.type ? null : `interface conversion: plugin.Symbol is ${have.type}, not ${want.type}`;
  if (want.iface === null || have.methods === null) return null;
  for (const m of want.iface.methods) {
    const same = have.methods.filter((x) => x.name === m.name);
    // A method whose type the linker dropped (mtyp -1): undecidable.
    if (same.some((x) => x.type === null)) return null;
    if (!same.some((x) => x.type === m.type)) return `interface conversion: ${have.type} is not ${want.iface.text}: missing method ${m.name}`;
  }
  return null;
}
