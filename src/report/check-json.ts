import type { CheckReport } from '../check/run-check.js';

export function checkJson(r: CheckReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}
