import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

const require = createRequire(import.meta.url);
/** Microsoft's official SARIF validator (the npm package ships the .NET tool). */
function multitool(): string | null {
  try {
    const p = require('@microsoft/sarif-multitool-linux') as string;
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}
const TOOL = process.platform === 'linux' && process.arch === 'x64' ? multitool() : null;

const BIN = 'fixtures/bin/linux-amd64/go1.26.8';

describe('SARIF', () => {
  test('0 errors from sarif-multitool validate, on a report with go.mod and binary locations', { skip: TOOL ? false : 'needs @microsoft/sarif-multitool-linux on linux/x64 (npm devDependency)' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpc-sarif-'));
    // From the repository root, fixtures/src/plugins/*/go.mod are in the workspace.
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', '--format', 'sarif', '--host', `${BIN}/host-base`,
      `${BIN}/greeter-xxhash-v2.2.0.so`, `${BIN}/beta.so`, `${BIN}/greeter-race.so`, `${BIN}/greeter-base.so`, `${BIN}/alpha.so`, '/nonexistent/x.so'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    const file = join(dir, 'check.sarif');
    writeFileSync(file, r.stdout);
    const sarif = JSON.parse(r.stdout);
    assert.ok(sarif.runs[0].results.some((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'fixtures/src/plugins/greeter/go.mod'));
    const out = join(dir, 'validation.sarif');
    const v = spawnSync(TOOL!, ['validate', file, '--output', out], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    assert.ok(existsSync(out), `${v.stdout}\n${v.stderr}`);
    const results = (JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }[] }[] }).runs.flatMap((x) => x.results ?? []);
    const errors = results.filter((x) => x.level === 'error');
    assert.deepEqual(errors.map((e) => `${e.ruleId}: ${e.message.text ?? e.message.arguments?.join(' ')}`), []);
  });
});
