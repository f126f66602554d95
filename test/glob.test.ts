// The Action's `plugins` globs (src/action/glob.ts): the linear matcher agrees with the regular
// expression it replaced on generated patterns and paths, and patterns that made that expression
// backtrack for minutes, or throw, are answered at once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { globMatch } from '../src/action/glob.js';

/** The former translation to a RegExp (for reference only: exponential on some inputs). */
function reference(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '[^]*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2);
      re += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\\[\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

describe('plugins globs', () => {
  test('agree with the regular expression on 20,000 generated pattern/path pairs', () => {
    let x = 12345;
    const rnd = (n: number) => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const PIECES = ['a', 'b', '-', '.', '/', '*', '?', '[ab]', '[!a]', '[a-b]', '**', '**/'];
    const CHARS = ['a', 'b', 'c', '-', '.', '/'];
    for (let k = 0; k < 20_000; k++) {
      const glob = Array.from({ length: 1 + rnd(6) }, () => PIECES[rnd(PIECES.length)]!).join('');
      const path = Array.from({ length: rnd(9) }, () => CHARS[rnd(CHARS.length)]!).join('');
      // `***` and a star before `**` mean the same to both only as far as the shapes overlap: compare the rest.
      if (/\*\*\*/.test(glob)) continue;
      assert.equal(globMatch(glob, path), reference(glob).test(path), `${glob} ${JSON.stringify(path)}`);
    }
  });

  test('patterns that backtracked for minutes, and a backwards range that threw, answer at once', () => {
    const t = Date.now();
    assert.equal(globMatch('*-*-*-*-*-*.so', '-'.repeat(250)), false);
    assert.equal(globMatch('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(200)), false);
    assert.equal(globMatch('**/*-*-*-*.so', `${'x/'.repeat(60)}${'-'.repeat(250)}`), false);
    assert.equal(globMatch('[z-a].so', 'b.so'), false);
    assert.ok(Date.now() - t < 2000, `${Date.now() - t} ms`);
  });
});

describe('a relative pattern whose directory is a link out of the workspace', () => {
  test('is a problem, not a list of outside files', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { expandPatterns } = await import('../src/action/glob.js');
    const top = mkdtempSync(join(tmpdir(), 'gpc-glob-'));
    try {
      mkdirSync(join(top, 'ws'));
      mkdirSync(join(top, 'secret'));
      writeFileSync(join(top, 'secret/key.so'), 'x');
      symlinkSync(join(top, 'secret'), join(top, 'ws/sec'));
      const e = expandPatterns(['sec/*', 'sec/key.so'], join(top, 'ws'), join(top, 'ws'));
      assert.deepEqual(e.files, []);
      for (const pat of ['sec/*', 'sec/key.so']) assert.ok(e.problems.some((p) => p.path === pat && /symbolic link/.test(p.message)), JSON.stringify(e));
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});
