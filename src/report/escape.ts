/**
 * One escaping function per sink. Every string that came from a binary, a
 * manifest, a file name or an input passes through the function of the sink
 * it is written to, at the moment it is written (renderers, not rules).
 *
 * The GitHub runner reads a step's stdout and stderr line by line (split on CR
 * and LF) and obeys `::cmd …::data` when a line starts with it after leading
 * white space, and the legacy `##[cmd …]data` anywhere in a line
 * (actions/runner ActionCommand.TryParseV2 / TryParse).
 */

/**
 * Data of a workflow command (`::error …::DATA`), as the runner unescapes it: `%25`, `%0D`, `%0A`.
 * Every other control, escape and bidi character is made visible as on a terminal (the runner
 * would print an ESC into the log and the annotation as it is).
 */
export function workflowData(s: string): string {
  const visible = s.replace(UNSAFE_IN_DATA, (c) => terminalText(c));
  return guardLegacyCommands(visible.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

// UNSAFE_TERMINAL without the line breaks, which workflow data encodes (our own multi-line messages).
const UNSAFE_IN_DATA = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A property value (`file=…,title=…`): data escaping plus `:` and `,`, which end a property. */
export function workflowProperty(s: string): string {
  return workflowData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// U+200B between the two characters that would form a command keeps the text readable and inert.
const ZWSP = '\u200b';

/** `##[` anywhere in a line is a legacy runner command: break it. */
export function guardLegacyCommands(s: string): string {
  return s.replace(/##\[/g, `#${ZWSP}#[`);
}

// .NET's String.TrimStart() trims Unicode white space, NEL (U+0085) included; JS's \s lacks NEL.
const LINE_START_COMMAND = /^([\s\u0085]*):(?=:)/;

/**
 * Makes a whole block of output inert for the runner: no line may start with
 * `::` (after white space) and no `##[` may appear. Applied to every text we
 * print under GitHub Actions, after the text is laid out (wrapping can move a
 * word to the start of a line).
 */
export function guardRunnerCommands(text: string): string {
  return guardLegacyCommands(text)
    .split(/(\r\n|\r|\n)/)
    .map((part) => part.replace(LINE_START_COMMAND, `$1:${ZWSP}`))
    .join('');
}

// C0 controls (but tab), DEL, C1 controls (U+009B is a one-byte CSI), bidi controls
// (U+061C, U+200E/F, U+202A–E, U+2066–9), line/paragraph separators and the BOM.
const UNSAFE_TERMINAL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * One untrusted string shown on a terminal (or a CI log): every control,
 * escape and bidi character becomes visible text (`\x1b`, `\u202e`), so
 * nothing can move the cursor, recolour, hide text or reorder it. Line breaks
 * too: a value never spans lines.
 */
export function terminalText(s: string): string {
  return s.replace(UNSAFE_TERMINAL, (c) => {
    const n = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** Whether output goes to a GitHub Actions log (where runner commands must be guarded). */
export function underGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** The final pass for anything written to stdout/stderr: guards runner commands under Actions. */
export function forLog(text: string, env: NodeJS.ProcessEnv = process.env): string {
  return underGithubActions(env) ? guardRunnerCommands(text) : text;
}

const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&"'@:$^=]/g;

/**
 * Text inside the job summary (GitHub-flavoured Markdown with HTML): every
 * Markdown and HTML special character as a numeric entity, so a string can
 * neither close a table cell, open a tag, link, mention (`@`) nor emphasise;
 * control characters as in terminals; line breaks as `<br>`.
 */
export function markdownText(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => terminalText(line).replace(MD_SPECIAL, (c) => `&#${c.charCodeAt(0)};`))
    .join('<br>');
}

/** Untrusted text as inline code in the summary: `<code>` with escaped content (backtick spans cannot be escaped). */
export function markdownCode(s: string): string {
  return `<code>${markdownText(s)}</code>`;
}

const JSON_INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * JSON for stdout: the same JSON value, inert for the runner and terminals:
 * `#` of `##[` as `\u0023`, and the DEL, C1, bidi and separator characters
 * JSON.stringify leaves raw as `\uXXXX` (they can only occur inside strings).
 */
export function jsonForLog(json: string): string {
  return json.replace(/##\[/g, '\\u0023#[').replace(JSON_INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
