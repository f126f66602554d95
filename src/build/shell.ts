import { shellCommand, shellWord } from '../report/shell-quote.js';

/** POSIX shell quoting for the commands a plan prints (they must run when pasted). */
export const shellQuote = shellWord;

/** `A=1 B='x y' go build …` */
export function commandLine(env: Record<string, string>, argv: string[]): string {
  return shellCommand(argv, { env: Object.entries(env) });
}
