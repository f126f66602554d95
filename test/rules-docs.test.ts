import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ALL_RULES } from '../src/rules/registry.js';
import { ROOT } from './support/fixtures.js';

test('every rule has a stable, unique id and a doc page titled with its id and name', () => {
  const ids = ALL_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  const index = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8');
  for (const r of ALL_RULES) {
    assert.match(r.id, /^GPC\d{3}$/);
    const page = join(ROOT, 'docs/rules', `${r.id}.md`);
    assert.ok(existsSync(page), `docs/rules/${r.id}.md`);
    const text = readFileSync(page, 'utf8');
    assert.equal(text.split('\n')[0], `# ${r.id} ${r.name}`);
    for (const section of ['## What the runtime does', '## How to fix']) assert.ok(text.includes(section), `${r.id}: ${section}`);
    assert.ok(index.includes(`${r.id}.md`), `docs/rules/README.md links ${r.id}`);
  }
});
