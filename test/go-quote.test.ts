import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatModInfo, goQuote, parseModInfo, settingNeedsQuote } from '../src/go/buildinfo.js';
import { goCommand } from './support/fixtures.js';

const SAMPLES = ['-N -l', 'all=-N -l', 'a\tb', 'say "hi"', 'back\\slash', '\x01\x7f', 'é ü', '\u2028', '`tick`'];

describe('build setting quoting matches Go', { skip: goCommand() ? false : 'no Go toolchain on PATH' }, () => {
  test('goQuote equals strconv.Quote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-quote-'));
    writeFileSync(join(dir, 'go.mod'), 'module q\n\ngo 1.19\n');
    writeFileSync(join(dir, 'main.go'), `package main
import ("encoding/json";"fmt";"os";"strconv")
func main() { var in []string; json.NewDecoder(os.Stdin).Decode(&in); for _, s := range in { fmt.Println(strconv.Quote(s)) } }
`);
    const out = execFileSync('go', ['run', '.'], { cwd: dir, input: JSON.stringify(SAMPLES), encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' } });
    assert.deepEqual(SAMPLES.map(goQuote), out.trim().split('\n'));
  });
});

test('quoted settings survive a parse/format round trip', () => {
  // As runtime/debug.BuildInfo.String writes them: quoted only when they hold blanks, quotes or newlines.
  const text = SAMPLES.map((v, i) => `build\tk${i}=${settingNeedsQuote(v) ? goQuote(v) : v}\n`).join('');
  const parsed = parseModInfo(text);
  assert.deepEqual(parsed.settings.map((s) => s.value), SAMPLES);
  assert.equal(formatModInfo(parsed), text);
});
