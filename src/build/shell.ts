/** POSIX shell quoting for the commands a plan prints (they must run when pasted). */
export function shellQuote(s: string): string {
  return /^[\w./=:,@+%^-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `A=1 B='x y' go build …` */
export function commandLine(env: Record<string, string>, argv: string[]): string {
  return [...Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`), ...argv.map(shellQuote)].join(' ');
}
