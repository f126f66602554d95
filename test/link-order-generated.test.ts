// Generated variations, not hand-picked ones: seeded random plugins (several files with random
// names, random std imports in random order, blank/named/dot forms, a local subpackage imported at
// a random place, cgo in some files) are built with each toolchain here, and preflight's link
// order (src/preflight/link-order.ts) must equal the module data's pkghashes, package for package.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadHost } from '../src/cli/load-host.js';
import { readLocalGo } from '../src/preflight/go-env.js';
import { plannedFacts } from '../src/preflight/planned-facts.js';
import { cleanEnv } from './support/e2e.js';

const STD = ['bufio', 'bytes', 'compress/gzip', 'container/list', 'crypto/sha256', 'encoding/base64', 'encoding/binary', 'encoding/json',
  'errors', 'flag', 'fmt', 'hash/crc32', 'io', 'log', 'math', 'math/big', 'math/rand', 'net/url', 'os', 'path', 'path/filepath',
  'regexp', 'sort', 'strconv', 'strings', 'sync', 'sync/atomic', 'text/template', 'time', 'unicode', 'unicode/utf8'];

/** mulberry32: a small seeded generator, so a failure names a reproducible seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: T[], k: number): T[] => {
    const c = [...xs];
    const out: T[] = [];
    while (out.length < k && c.length) out.push(c.splice(int(c.length), 1)[0]!);
    return out;
  };
  return { int, pick };
}

/** One file: package clause, then imports in the generator's order, grouped or one per line. */
function goFile(pkg: string, imports: string[], r: ReturnType<typeof rng>, cgo: boolean): string {
  // Blank imports: the compiler records them like any other, and they need no use.
  const forms = imports.map((p) => `\t_ "${p}"`);
  const lines = [`// generated\npackage ${pkg}\n`];
  if (cgo) lines.push('// static int one(void) { return 1; }\nimport "C"\n');
  if (r.int(2) === 0 || forms.length < 2) lines.push(`import (\n${forms.join('\n')}\n)\n`);
  else for (const f of forms) lines.push(`import ${f.trim()}\n`);
  if (cgo) lines.push(`func CgoOne${r.int(1e9)}() int { return int(C.one()) }\n`);
  return lines.join('\n');
}

function makePlugin(dir: string, seed: number): void {
  const r = rng(seed);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(dir, 'go.mod'), 'module example.com/gen\n\ngo 1.19\n');
  const names = r.pick(['a', 'b', 'c', 'main', 'x', 'zz', 'util', 'plugin'], 1 + r.int(4));
  const subAt = r.int(names.length);
  const cgoAt = r.int(3) === 0 ? r.int(names.length) : -1;
  names.forEach((n, i) => {
    const imports = r.pick(STD, 2 + r.int(6));
    if (i === subAt) imports.splice(r.int(imports.length + 1), 0, 'example.com/gen/sub');
    writeFileSync(join(dir, `${n}.go`), goFile('main', imports, r, i === cgoAt));
  });
  writeFileSync(join(dir, 'main_export.go'), 'package main\n\nvar Label = "gen"\n');
  writeFileSync(join(dir, 'sub', 'sub.go'), goFile('sub', r.pick(STD, 1 + r.int(5)), r, r.int(4) === 0));
}

const GO127 = spawnSync('go', ['env', 'GOROOT'], { env: { ...cleanEnv(), GOTOOLCHAIN: 'go1.27.3' }, encoding: 'utf8' }).stdout?.trim();
const TOOLCHAINS: [string, string][] = [
  ['go1.26.8', '/usr/local/go/bin/go'],
  ['go1.19.8', '/usr/lib/go-1.19/bin/go'],
  ['go1.27.3', GO127 ? join(GO127, 'bin', 'go') : '/nonexistent/go1.27.3'],
];
// GPC_LINK_ORDER_SEEDS=N runs N seeds (the suite runs six).
const SEEDS = process.env.GPC_LINK_ORDER_SEEDS ? Array.from({ length: Number(process.env.GPC_LINK_ORDER_SEEDS) }, (_, i) => 1000 + i) : [11, 23, 37, 41, 53, 67];

describe('generated plugins: preflight\'s link order is the linker\'s', { concurrency: 1 }, () => {
  for (const [tc, go] of TOOLCHAINS) {
    test(`${tc}: ${SEEDS.length} seeded plugins`, { skip: existsSync(go) ? false : `no ${tc} at ${go}`, timeout: 600_000 }, async () => {
      for (const seed of SEEDS) {
        const dir = mkdtempSync(join(tmpdir(), `gpc-gen-${seed}-`));
        makePlugin(dir, seed);
        const env = { ...cleanEnv(), GOFLAGS: '', GOTOOLCHAIN: 'local', CGO_ENABLED: '1' };
        const b = spawnSync(go, ['build', '-buildmode=plugin', '-o', 'p.so', '.'], { cwd: dir, env, encoding: 'utf8' });
        assert.equal(b.status, 0, `seed ${seed}: ${b.stderr}`);
        const want = loadHost(join(dir, 'p.so')).facts.packageHashes.map((h) => h.package);
        const planned = plannedFacts(dir, await readLocalGo(dir, ['-buildmode=plugin'], { go, env }), ['-buildmode=plugin']);
        assert.deepEqual(Object.keys(planned.imports ?? {}), want, `seed ${seed} (${dir})`);
      }
    });
  }
});
