// The Action's writes (report, SARIF, summary files): inside the workspace or the runner's temp
// directory only, never through a symbolic link or a hard link, and no directory made outside.
import assert from 'node:assert/strict';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { UnsafePathError, writeInside } from '../src/action/safe-write.js';

describe('writeInside', () => {
  const top = mkdtempSync(join(tmpdir(), 'gpc-safe-write-'));
  const ws = join(top, 'ws');
  const outside = join(top, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  after(() => rmSync(top, { recursive: true, force: true }));

  test('a new file in new directories inside the workspace', () => {
    writeInside(join(ws, 'a/b/report.json'), '{}', [ws], 'report-file');
    assert.equal(readFileSync(join(ws, 'a/b/report.json'), 'utf8'), '{}');
  });

  test('a directory link on the way out: refused, and no directory made at its target', () => {
    symlinkSync(outside, join(ws, 'lnk'));
    assert.throws(() => writeInside(join(ws, 'lnk/a/b/c/x.sarif'), '{}', [ws], 'sarif-file'), UnsafePathError);
    assert.equal(existsSync(join(outside, 'a')), false);
  });

  test('a hard link to a file outside: refused, the file unchanged', () => {
    writeFileSync(join(outside, 'victim.txt'), 'keep');
    linkSync(join(outside, 'victim.txt'), join(ws, 'hl.json'));
    assert.throws(() => writeInside(join(ws, 'hl.json'), '{"x":1}', [ws], 'report-file'), /other hard links/);
    assert.equal(readFileSync(join(outside, 'victim.txt'), 'utf8'), 'keep');
  });
});
