// The manifest validator is generated from docs/manifest.schema.json at build
// time (scripts/build-manifest-validator.mjs): it must be the schema's current compilation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { OUT, generate } from '../scripts/build-manifest-validator.mjs';

test('src/facts/manifest-validate.generated.ts is up to date with docs/manifest.schema.json (npm run schema)', () => {
  assert.equal(readFileSync(OUT as URL, 'utf8'), generate() as string);
});
