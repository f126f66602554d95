/** go build's default name for a plugin: the last element of the import path (not a /vN suffix), plus .so. */
export function defaultOutputName(importPath: string): string {
  const parts = importPath.split('/');
  let last = parts[parts.length - 1] ?? 'plugin';
  if (/^v\d+$/.test(last) && parts.length > 1) last = parts[parts.length - 2]!;
  return `${last}.so`;
}
