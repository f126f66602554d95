// GPC203 (upgrade-needs-new-name) on a real plugin's facts: only a version of the plugin's own in
// its file name spares the notice; its Go release or a dependency's version does not change
// with a new build of the plugin, so a name holding only those is still upgraded in place.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { analyseFile } from '../src/facts/analyse.js';
import { upgradeInPlace } from '../src/rules/notices/upgrade-in-place.js';
import { BIN, ensureFixtures } from './support/fixtures.js';

before(ensureFixtures);

test("GPC203: a version of the plugin's own in the file name, not its Go release or a dependency's", () => {
  const [a] = analyseFile(join(BIN, 'linux-amd64/go1.26.8/greeter-base.so'));
  const facts = a!.facts!;
  const xxhash = facts.buildInfo!.deps.find((d) => d.path === 'github.com/cespare/xxhash/v2')!.version;
  assert.equal(xxhash, 'v2.3.0');
  const notice = (name: string) => upgradeInPlace(`/srv/plugins/${name}`, facts).map((f) => f.rule);
  for (const name of ['greeter.so', `greeter-xxhash-${xxhash}.so`, 'greeter-xxhash-2.3.0.so', `greeter-${facts.goVersion}.so`, 'greeter-go1.26.so']) {
    assert.deepEqual(notice(name), ['GPC203'], name);
  }
  for (const name of ['greeter-v1.4.0.so', 'greeter-1.4.so', 'greeter_v2.so', 'greeter-v2.so', `greeter-go1.26-v0.3.0.so`, 'greeter-2026.12.so']) {
    assert.deepEqual(notice(name), [], name);
  }
});
