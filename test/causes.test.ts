// fixtures/ground-truth/causes.json (fixtures/gen/causes.mjs): one real plugin.Open per
// build setting that changes shared packages. check must agree with the runtime
// (loads, failure kind, package) and name the expected cause rule, never GPC199.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { runCheck } from '../src/check/run-check.js';
import { readPlugins } from '../src/cli/check.js';
import { loadHost } from '../src/cli/load-host.js';
import { analysePaths } from '../src/facts/paths.js';
import { BIN, ROOT, ensureFixtures } from './support/fixtures.js';
import { type RecordedCase, expectedFromRecord } from './support/runtime-verdict.js';

interface CauseCase extends RecordedCase {
  expect: { loads?: boolean; rule?: string; also?: string[] };
}

const set = JSON.parse(readFileSync(join(ROOT, 'fixtures/ground-truth/causes.json'), 'utf8')) as { cases: CauseCase[] };

before(ensureFixtures);

describe('causes: check agrees with the runtime and names the cause', () => {
  for (const c of set.cases) {
    test(c.id, () => {
      const host = loadHost(join(BIN, c.host));
      const r = runCheck(host.facts, host.source, readPlugins(c.plugins.map((p) => join(BIN, p)), host.facts.goarch));
      const want = expectedFromRecord(c)[0]!;
      const got = r.plugins[0]!;
      assert.equal(got.loads, want.loads, 'loads');
      assert.equal(got.loads, c.expect.loads === true, 'the generator\'s expectation still holds');
      if (want.loads) return;
      assert.equal(got.failure?.kind, want.kind, 'failure.kind');
      assert.equal(got.failure?.package, want.package, 'failure.package');
      const rules = got.findings.map((f) => f.rule);
      assert.ok(rules.includes(c.expect.rule!), `names ${c.expect.rule}; got ${rules.join(' ')}`);
      for (const r2 of c.expect.also ?? []) assert.ok(rules.includes(r2), `names ${r2}; got ${rules.join(' ')}`);
      assert.ok(!rules.includes('GPC199'), `no unexplained packages: ${JSON.stringify(got.findings.find((f) => f.rule === 'GPC199'))}`);
      // Every differing package is explained by some cause.
      const explained = new Set(got.findings.filter((f) => f.rule.startsWith('GPC1')).flatMap((f) => f.packages ?? []));
      for (const p of got.failure?.packages ?? []) assert.ok(explained.has(p), `${p} has a cause`);
    });
  }
});

// GPC199 is for facts that are genuinely absent: on the original corpus every differing package has a named cause.
describe('no unexplained packages on fixtures/ground-truth.json', () => {
  const gt = JSON.parse(readFileSync(join(ROOT, 'fixtures/ground-truth.json'), 'utf8')) as { cases: RecordedCase[] };
  for (const c of gt.cases) {
    test(c.id, () => {
      const host = loadHost(join(BIN, c.host));
      const r = runCheck(host.facts, host.source, readPlugins(c.plugins.map((p) => join(BIN, p)), host.facts.goarch));
      const unknown = r.plugins.flatMap((p) => p.findings).filter((f) => f.rule === 'GPC199');
      assert.deepEqual(unknown.map((f) => f.message), [], 'GPC199');
    });
  }
});

describe('module cache paths', () => {
  test('a cache under a dot directory is found where module@version begins', () => {
    const p = analysePaths(['/root/.cache/go-mod/github.com/cespare/xxhash/v2@v2.2.0/xxhash.go', '/usr/lib/go/src/runtime/proc.go', '/w/p/main.go']);
    assert.equal(p.modcache, '/root/.cache/go-mod');
    assert.deepEqual(p.modules, [{ path: 'github.com/cespare/xxhash/v2', version: 'v2.2.0' }]);
  });
  test('CI cache dirs, escaped upper case, several modules', () => {
    const p = analysePaths(['/home/runner.x/cache/gomod/github.com/!burnt!sushi/toml@v1.2.0/a.go', '/home/runner.x/cache/gomod/golang.org/x/sync@v0.1.0/b.go']);
    assert.equal(p.modcache, '/home/runner.x/cache/gomod');
    assert.deepEqual(p.modules.map((m) => m.path), ['github.com/BurntSushi/toml', 'golang.org/x/sync']);
  });
  test('GOPATH/pkg/mod wins; trimmed paths; vendor copies are not the cache', () => {
    assert.equal(analysePaths(['/home/a.b/go/pkg/mod/example.com/m@v1.0.0/x.go']).modcache, '/home/a.b/go/pkg/mod');
    assert.deepEqual(analysePaths(['gopkg.in/yaml.v3@v3.0.1/y.go']).modules, [{ path: 'gopkg.in/yaml.v3', version: 'v3.0.1' }]);
    const v = analysePaths(['/w/vendor/github.com/a/b/x.go']);
    assert.equal(v.modcache, null);
    assert.deepEqual(v.vendorDirs, ['/w/vendor']);
  });
  test('linear in the length of a hostile path', () => {
    const long = '/' + 'a.b/'.repeat(100_000) + 'x@v1/y.go';
    const t = performance.now();
    analysePaths([long, long.replace('@', '/')]);
    assert.ok(performance.now() - t < 2000, `took ${performance.now() - t} ms`);
  });
});
