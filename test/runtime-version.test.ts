// The runtime version string in read-only data (src/go/runtime-version.ts), found from a native
// search for `go1.`: the same strings as the regular expression it replaced, on generated data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { longestVersionIn } from '../src/go/runtime-version.js';

const RE = /(?<![\d.])go1\.\d+\.\d+(?:(?:rc|beta)\d+)?(?![\d.])/g;
function byRegex(buf: Buffer): string | null {
  let best: string | null = null;
  for (const m of buf.toString('latin1').matchAll(RE)) if (!best || m[0].length > best.length) best = m[0];
  return best;
}

describe('runtime version in data', () => {
  test('named cases', () => {
    const cases: [string, string | null][] = [
      ['go1.26.5', 'go1.26.5'], ['Cgo1.26.5\0', 'go1.26.5'], ['1go1.2.3', null], ['.go1.2.3', null],
      ['go1.21.10x', 'go1.21.10'], ['go1.2.3.4', null], ['go1.2.3rc1', 'go1.2.3rc1'], ['go1.2.3rc1.', 'go1.2.3'],
      ['go1.2.3beta', 'go1.2.3'], ['go1.2', null], ['go1.2.3go1.20.5rc2', 'go1.2.3'], ['go1.2.3xgo1.20.5rc2', 'go1.20.5rc2'], ['\xffgo1.19.8\x00go1.9.1', 'go1.19.8'],
    ];
    for (const [s, want] of cases) assert.equal(longestVersionIn(Buffer.from(s, 'latin1')), want, JSON.stringify(s));
  });

  test('agrees with the regular expression on 50,000 generated strings', () => {
    const alphabet = ['g', 'o', '1', '.', '2', '3', '0', 'r', 'c', 'b', 'e', 't', 'a', 'x', '\0', '\xff', 'go1.', 'go1.2', '.3', 'rc', 'beta'];
    let seed = 12345;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      for (let k = 1 + rnd(14); k > 0; k--) s += alphabet[rnd(alphabet.length)];
      const b = Buffer.from(s, 'latin1');
      assert.equal(longestVersionIn(b), byRegex(b), JSON.stringify(s));
    }
  });
});
