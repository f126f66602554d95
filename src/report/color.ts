/**
 * Colour for terminals: on for a TTY unless NO_COLOR is set (no-color.org: any
 * non-empty value), FORCE_COLOR forces it (`0`/`false` forces it off). Colours
 * are only ever added around our own marks, never taken from input.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export type Paint = (style: 'red' | 'yellow' | 'green' | 'dim' | 'bold', s: string) => string;

const CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22] } as const;

export const plain: Paint = (_style, s) => s;
export const ansi: Paint = (style, s) => `\u001b[${CODES[style][0]}m${s}\u001b[${CODES[style][1]}m`;

export function painter(on: boolean): Paint {
  return on ? ansi : plain;
}
