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

test('a manifest with millions of objects or deep nesting is refused in one pass, before parsing', async () => {
  const { parseManifest } = await import('../src/facts/manifest.js');
  const head = '{"kind":"go-plugin-compat/host-manifest","schemaVersion":1,"extra":';
  const cases: [string, RegExp][] = [
    [`${head}[${'{},'.repeat(400_000)}{}]}`, /more than 200000 JSON objects and arrays/],
    [`${head}${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /nested more than 32 levels deep/],
    // Brackets inside strings are text, not structure.
    [`${head}"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, /./],
  ];
  for (const [text, want] of cases) {
    const t = Date.now();
    assert.throws(() => parseManifest(text, 'm.json'), want);
    assert.ok(Date.now() - t < 1000, `${Date.now() - t} ms`);
  }
  // The string case fails later, on the schema, not on its brackets.
  assert.throws(() => parseManifest(cases[2]![0], 'm.json'), (e: Error) => !/nested|JSON objects/.test(e.message));
});
