export class UsageError extends Error {}

export function formatOption<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  const v = (value ?? allowed[0]) as T;
  if (!allowed.includes(v)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, not "${value}"`);
  return v;
}
