/**
 * Shell commands we suggest embed module paths, versions, file names and
 * settings read from binaries and manifests. Every word that is not made of
 * safe characters is POSIX single-quoted, so pasting a suggested command runs
 * exactly the words shown and nothing else.
 */

// Characters no POSIX shell (nor bash/zsh interactively) treats specially anywhere in a word.
// Not safe: ~ (tilde expansion), ^ (Bourne pipe), ! (history), # (comment), {} (brace expansion), * ? [ (globs).
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One word, quoted when it needs to be. NUL cannot appear in an argument: it becomes U+FFFD. */
export function shellWord(word: string): string {
  const w = word.replace(/\0/g, '\ufffd');
  if (SAFE_WORD.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}

/** `NAME=value` before a command: the name is ours, the value is quoted. */
export function shellAssign(name: string, value: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an environment variable name: ${name}`);
  return `${name}=${shellWord(value)}`;
}

/**
 * A command line from words (each quoted as needed). `env` entries come
 * first as assignments; `tail` is our own trailing text (a `…` placeholder or
 * a `# comment`), never input-derived.
 */
export function shellCommand(words: string[], opts: { env?: [string, string][]; tail?: string } = {}): string {
  const parts = [...(opts.env ?? []).map(([k, v]) => shellAssign(k, v)), ...words.map(shellWord)];
  // A `# comment` ends at a line break, and quoting does nothing inside it: whatever reaches the
  // tail stays on the command's line (a plugin path with a newline once made its rest a command).
  return parts.join(' ') + (opts.tail ? ` ${opts.tail.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')}` : '');
}
