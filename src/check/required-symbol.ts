/**
 * `--require-symbol NAME` or `NAME=TYPE`: a symbol the host looks up with
 * plugin.Lookup and, with a type, the type it asserts the plugin.Symbol to.
 */
export interface RequiredSymbol {
  name: string;
  /**
   * The asserted type as Go prints it (`func() sdk.Plugin`, `*string`), or
   * null for the name alone, or for a type the symbol is never exactly
   * (see `comparableType`).
   */
  type: string | null;
}

/**
 * Whether an assertion to `type` is decided by type identity. Lookup's
 * symbol is always a func type (a function) or a pointer (a variable); an
 * assertion to anything else can only succeed as an interface assertion
 * (lura's `r.(Registerer)`), which depends on the method set: not checked.
 */
export const comparableType = (type: string): boolean => type.startsWith('*') || type.startsWith('func(');

const IDENT = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;

/** Parses one `NAME[=TYPE]`; throws an Error saying what is wrong (the caller names the option). */
export function parseRequiredSymbol(spec: string): RequiredSymbol {
  const eq = spec.indexOf('=');
  const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
  if (!IDENT.test(name) || name.length > 256) throw new Error(`not a Go identifier: ${JSON.stringify(name.slice(0, 80))}`);
  if (eq < 0) return { name, type: null };
  // Go prints types with single spaces (`func(string, int) error`): normalise the user's spaces; no control characters.
  const raw = spec.slice(eq + 1);
  const type = raw.trim().replace(/ +/g, ' ');
  if (type === '' || type.length > 4096 || /[\0-\x1f\x7f]/.test(raw)) throw new Error(`${name}: not a type: ${JSON.stringify(type.slice(0, 80))}`);
  return { name, type: comparableType(type) ? type : null };
}

/** Why a NAME=TYPE is checked by name only, or null when its type is compared. */
export function nameOnlyReason(spec: string): string | null {
  const eq = spec.indexOf('=');
  if (eq < 0) return null;
  const type = spec.slice(eq + 1).trim();
  return comparableType(type)
    ? null
    : `${type} is not a func or pointer type, and plugin.Lookup returns only those (a function, or a pointer to a variable): an assertion to it succeeds only as an interface assertion, whose method set is not checked; ${spec.slice(0, eq).trim()} is checked by name`;
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

/**
 * The runtime's panic when the host asserts `sym.(T)` and the symbol's
 * dynamic type is another (runtime.TypeAssertionError; plugin.Symbol is the
 * static type of Lookup's result).
 */
export const assertionFailure = (actual: string, wanted: string): string => `interface conversion: plugin.Symbol is ${actual}, not ${wanted}`;
