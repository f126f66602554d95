export function runPreflight(_args: string[]): number {
  process.stderr.write('not implemented yet\n');
  return 2;
}
