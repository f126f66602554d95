// Time and peak memory of `inspect --format json` against `go version -m`, over
// the same files in the same run: all files in one process each, 3 runs, median.
//
// Usage: npx tsx scripts/bench.ts [FILES...]
//   default FILES: the third-party binaries (scripts/third-party.ts) plus every file in fixtures/bin
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseFile } from '../src/facts/analyse.js';
import { ensureThirdParty } from './third-party.js';

const RUNS = 3;
const ROOT = resolve(import.meta.dirname, '..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function defaultFiles(): string[] {
  const third = ensureThirdParty({ log: (m) => console.error(m) }).map((b) => b.path);
  return [...third, ...listFiles(join(ROOT, 'fixtures/bin'))];
}

interface Run {
  wallMs: number;
  maxRssKiB: number;
  status: number | null;
}

/**
 * Runs argv once under `/usr/bin/time -v` (peak RSS of the largest process in
 * the tree, as wait4 reports it). Without /usr/bin/time, a Node wrapper
 * reports `process.resourceUsage().maxRSS` for its child the same way.
 */
function runOnce(argv: string[], scratch: string): Run {
  const out = join(scratch, 'time.txt');
  const t0 = performance.now();
  let r;
  if (TIME) {
    r = spawnSync(TIME, ['-v', '-o', out, ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } else {
    const wrapper = `const r=require('child_process').spawnSync(process.argv[1],process.argv.slice(2),{stdio:['ignore','ignore','inherit']});` +
      `require('fs').writeFileSync(${JSON.stringify(out)},'Maximum resident set size (kbytes): '+process.resourceUsage().maxRSS+'\\nExit status: '+r.status+'\\n');`;
    r = spawnSync(process.execPath, ['-e', wrapper, ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  }
  const wallMs = performance.now() - t0;
  const report = readFileSync(out, 'utf8');
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const exit = /Exit status: (-?\d+)/.exec(report);
  if (!rss) throw new Error(`no RSS in time report for ${argv.join(' ')}:\n${report}\n${r.stderr}`);
  // `time -v` exits with the command's status; without the report line, fall back to it.
  return { wallMs, maxRssKiB: Number(rss[1]), status: exit ? Number(exit[1]) : r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(argv: string[], scratch: string): { wallMs: number; maxRssKiB: number; runs: Run[] } {
  const runs = Array.from({ length: RUNS }, () => runOnce(argv, scratch));
  return { wallMs: median(runs.map((r) => r.wallMs)), maxRssKiB: median(runs.map((r) => r.maxRssKiB)), runs };
}

/** The CLI as one plain JS file (kept in $TMPDIR/gpc-bench so that the printed command can be re-run). */
function bundleCli(): string {
  const dir = join(tmpdir(), 'gpc-bench');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'gpc-cli.mjs');
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    ['src/cli/main.ts', '--bundle', '--platform=node', '--target=node20', '--format=esm', `--outfile=${out}`, '--log-level=warning',
      "--banner:js=import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`esbuild bundle failed: ${r.stderr}`);
  return out;
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const q = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);

function main(): number {
  const args = process.argv.slice(2);
  const files = (args.length ? args : defaultFiles()).map((f) => resolve(f));
  const sizes = new Map(files.map((f) => [f, statSync(f).size]));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const scratch = mkdtempSync(join(tmpdir(), 'gpc-bench-'));
  const bundle = bundleCli();
  const goVer = spawnSync('go', ['version'], { encoding: 'utf8' }).stdout.trim();
  const rel = files.map((f) => (f.startsWith(ROOT + '/') ? relative(ROOT, f) : f));

  const tools: { name: string; argv: (fs: string[]) => string[]; shown: string }[] = [
    { name: 'inspect (installed CLI: node lib/cli/main.js)', argv: (fs) => [process.execPath, 'lib/cli/main.js', 'inspect', '--format', 'json', ...fs], shown: 'node lib/cli/main.js inspect --format json "${FILES[@]}" >/dev/null   # what npx go-plugin-compat runs' },
    { name: 'inspect (npx tsx, from source)', argv: (fs) => ['npx', 'tsx', 'src/cli/main.ts', 'inspect', '--format', 'json', ...fs], shown: 'npx tsx src/cli/main.ts inspect --format json "${FILES[@]}" >/dev/null' },
    { name: 'inspect (esbuild bundle, plain node)', argv: (fs) => [process.execPath, bundle, 'inspect', '--format', 'json', ...fs], shown: `node ${bundle} inspect --format json "\${FILES[@]}" >/dev/null` },
    { name: 'go version -m', argv: (fs) => ['go', 'version', '-m', ...fs], shown: 'go version -m "${FILES[@]}" >/dev/null' },
  ];

  console.log(`# bench: ${files.length} files, ${mb(total)} (${files.filter((f) => !f.startsWith(ROOT + '/')).length} third-party), ${RUNS} runs each, median`);
  console.log(`node ${process.version}, ${goVer}, ${cpus()[0]?.model ?? '?'} ×${cpus().length}, peak RSS from ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

  const results = tools.map((t) => ({ t, m: measure(t.argv(rel), scratch) }));
  console.log('| command | files | wall (median) | peak RSS (median) | runs (wall) | exit |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const { t, m } of results) {
    console.log(`| ${t.name} | ${files.length} | ${sec(m.wallMs)} | ${mib(m.maxRssKiB)} | ${m.runs.map((r) => sec(r.wallMs)).join(', ')} | ${[...new Set(m.runs.map((r) => r.status))].join(',')} |`);
  }

  // Per file: the three largest.
  const largest = [...files].sort((a, b) => sizes.get(b)! - sizes.get(a)!).slice(0, 3);
  console.log('\n## the 3 largest files, one file per process (median of 3) and in-process analyseFile (first call, then median of 3 more)\n');
  console.log(`| file | size | ${tools.map((t) => t.name).join(' | ')} | analyseFile in-process |`);
  console.log(`| --- | ---: | ${tools.map(() => '---:').join(' | ')} | ---: |`);
  // Cells: median wall, median peak RSS.
  for (const f of largest) {
    const r = rel[files.indexOf(f)]!;
    const cells = tools.map((t) => {
      const m = measure(t.argv([r]), scratch);
      return `${sec(m.wallMs)}, ${mib(m.maxRssKiB)}`;
    });
    const c0 = performance.now();
    analyseFile(f);
    const first = performance.now() - c0;
    const inproc = median(Array.from({ length: RUNS }, () => {
      const t0 = performance.now();
      analyseFile(f);
      return performance.now() - t0;
    }));
    console.log(`| ${r} | ${mb(sizes.get(f)!)} | ${cells.join(' | ')} | ${first.toFixed(0)} ms first, ${inproc.toFixed(0)} ms again |`);
  }

  console.log('\n## commands (cwd: the repository root; each wrapped in `/usr/bin/time -v`)\n');
  console.log('```sh');
  console.log(`FILES=(${rel.map(q).join(' ')})`);
  for (const t of tools) console.log(t.shown);
  console.log(`# ${bundle} is built first with: node_modules/.bin/esbuild src/cli/main.ts --bundle --platform=node --target=node20 --format=esm --outfile=${bundle} --banner:js=<createRequire shim>`);
  console.log('```');
  rmSync(scratch, { recursive: true, force: true });
  return 0;
}

process.exitCode = main();
