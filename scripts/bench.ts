// `npm run bench`: go-plugin-compat against `go version -m`, side by side, in one run.
//
// Measures, per tool and tree (this working tree, and with --baseline REF a git ref such as
// main, built the same way): start-up over `node -e 0` (CLI and Action bundle), `inspect` on 64
// and 512 paths (wall, marginal time per binary after subtracting the tool's own start-up, peak
// RSS), and `check` of one host and 50 plugins. Every measurement is repeated --runs times,
// interleaved (tool A, tool B, go, A, B, go, …) so that the load of a shared machine hits every
// tool alike; the table shows medians.
//
// Paths: the third-party Go binaries (scripts/third-party.ts, including the large ones) and the
// project's corpus (fixtures/bin), cycled to N paths; repeats are real copies (distinct inodes,
// so that no tool can answer a repeat from a cache). Copies and builds are kept outside the
// repository, under $GPC_BENCH_DIR or $TMPDIR/gpc-bench.
//
// Usage: npm run bench -- [--baseline REF] [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readFloor } from './read-floor.js';
import { ensureThirdParty } from './third-party.js';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = resolve(process.env.GPC_BENCH_DIR || join(tmpdir(), 'gpc-bench'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const { values: opts } = parseArgs({
  options: {
    baseline: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
});
const RUNS = Number(opts.runs);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** A tree to measure: its compiled CLI and its Action bundle, built the way `npm run build` does. */
interface Tree {
  name: string;
  cli: string;
  action: string;
}

function sh(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${r.stdout}${r.stderr}`);
}

/** Exports a git ref (or, with ref null, the working tree's tracked and new files) and builds it. */
function buildTree(name: string, ref: string | null): Tree {
  const dir = join(WORK, 'trees', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths = ['src', 'scripts', 'package.json', 'tsconfig.json'];
  if (ref) {
    execFileSync('bash', ['-c', `git archive ${JSON.stringify(ref)} ${paths.join(' ')} | tar -x -C ${JSON.stringify(dir)}`], { cwd: ROOT });
  } else {
    execFileSync('bash', ['-c', `git ls-files -co --exclude-standard -z ${paths.join(' ')} | xargs -0 tar -c | tar -x -C ${JSON.stringify(dir)}`], { cwd: ROOT });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  sh(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.'], dir);
  // Trees before the CLI bundle (scripts/bundle.mjs) bundled only the Action; the CLI is the tree's own bin.
  sh(process.execPath, existsSync(join(dir, 'scripts/bundle.mjs')) ? ['scripts/bundle.mjs', '--fixtures', join(ROOT, 'fixtures/bin')] : ['scripts/bundle-action.mjs'], dir);
  const bin = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['go-plugin-compat']!;
  return { name, cli: join(dir, bin), action: join(dir, 'dist/index.js') };
}

interface Run {
  wallMs: number;
  maxRssKiB: number;
  status: number | null;
}

/** One run under `/usr/bin/time -v` (peak RSS of the process as wait4 reports it). */
function runOnce(argv: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const out = join(WORK, `time-${process.pid}.txt`);
  const t0 = performance.now();
  let r;
  if (TIME) {
    r = spawnSync(TIME, ['-v', '-o', out, ...argv], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  } else {
    const wrapper = `const r=require('child_process').spawnSync(process.argv[1],process.argv.slice(2),{stdio:['ignore','ignore','inherit']});` +
      `require('fs').writeFileSync(${JSON.stringify(out)},'Maximum resident set size (kbytes): '+process.resourceUsage().maxRSS+'\\nExit status: '+r.status+'\\n');`;
    r = spawnSync(process.execPath, ['-e', wrapper, ...argv], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  }
  const wallMs = performance.now() - t0;
  const report = readFileSync(out, 'utf8');
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const exit = /Exit status: (-?\d+)/.exec(report);
  if (!rss) throw new Error(`no RSS in time report for ${argv.join(' ')}:\n${report}\n${r.stderr}`);
  return { wallMs, maxRssKiB: Number(rss[1]), status: exit ? Number(exit[1]) : r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Job {
  key: string;
  argv: string[];
  env?: NodeJS.ProcessEnv;
}

/** Runs every job `runs` times, round-robin, and returns the median wall time and RSS per job. */
function interleaved(jobs: Job[], runs = RUNS): Map<string, { wallMs: number; maxRssKiB: number; exits: string }> {
  const all = new Map<string, Run[]>(jobs.map((j) => [j.key, []]));
  for (let i = 0; i < runs; i++) for (const j of jobs) all.get(j.key)!.push(runOnce(j.argv, j.env));
  return new Map(
    [...all].map(([k, rs]) => [k, { wallMs: median(rs.map((r) => r.wallMs)), maxRssKiB: median(rs.map((r) => r.maxRssKiB)), exits: [...new Set(rs.map((r) => r.status))].join(',') }]),
  );
}

/** N paths: the base list cycled, every repeat a copy of its own (a distinct inode). */
function pathSet(base: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    if (round === 0) {
      out.push(src);
      continue;
    }
    const dst = join(WORK, 'copies', String(round), `${i % base.length}-${basename(src)}`);
    if (!existsSync(dst) || statSync(dst).size !== statSync(src).size) {
      mkdirSync(join(dst, '..'), { recursive: true });
      copyFileSync(src, dst);
    }
    out.push(dst);
  }
  return out;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

function main(): void {
  mkdirSync(WORK, { recursive: true });
  const load0 = loadavg();
  const third = ensureThirdParty({ log: (m) => console.error(m), large: true });
  const corpus = listFiles(join(ROOT, 'fixtures/bin'));
  const base = [...third.map((b) => b.path), ...corpus];
  const sizes = [64, 512];
  const sets = new Map(sizes.map((n) => [n, pathSet(base, n)]));
  const tiny = corpus.find((f) => f.endsWith('linux-amd64/go1.26.8/host-nocgo'))!;

  // check: one host and 50 plugins (the go1.26.8 linux/amd64 plugins of the corpus, cycled as copies).
  const dir = join(ROOT, 'fixtures/bin/linux-amd64/go1.26.8');
  const host = join(dir, 'host-base');
  const plugins = pathSet(listFiles(dir).filter((f) => f.endsWith('.so')), 50);

  console.error('building the trees …');
  const trees: Tree[] = [];
  // Directory-safe name; the label shows the ref and its commit.
  if (opts.baseline) {
    const commit = execFileSync('git', ['rev-parse', '--short', opts.baseline], { cwd: ROOT, encoding: 'utf8' }).trim();
    trees.push(buildTree(`baseline_${commit}`, opts.baseline));
  }
  trees.push(buildTree('this-tree', null));
  const label = (t: Tree) => t.name.replace(/_/g, ' ');

  const goVer = spawnSync('go', ['version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`# go-plugin-compat bench\n`);
  console.log(`node ${process.version}, ${goVer}, ${cpus()[0]?.model ?? '?'} ×${cpus().length}; peak RSS from ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}; ${RUNS} interleaved runs per cell, median`);
  console.log(`paths: ${base.length} distinct binaries (${third.length} third-party of ${(third.reduce((a, b) => a + b.size, 0) / 1e6).toFixed(0)} MB, ${corpus.length} corpus), cycled to 64 and 512 paths as copies`);
  console.log(`load average at start: ${load0.map((l) => l.toFixed(2)).join(' ')}\n`);

  // Start-up.
  const startJobs: Job[] = [{ key: 'node', argv: [process.execPath, '-e', '0'] }];
  for (const t of trees) {
    startJobs.push({ key: `${t.name} cli`, argv: [process.execPath, t.cli, '--version'] });
    startJobs.push({ key: `${t.name} inspect1`, argv: [process.execPath, t.cli, 'inspect', '--format', 'json', tiny] });
    // No inputs: the Action loads, reads its inputs and fails at once.
    startJobs.push({ key: `${t.name} action`, argv: [process.execPath, t.action], env: { PATH: process.env.PATH, GITHUB_OUTPUT: '/dev/null', GITHUB_STEP_SUMMARY: '/dev/null' } });
  }
  startJobs.push({ key: 'go inspect1', argv: ['go', 'version', '-m', tiny] });
  const st = interleaved(startJobs, Math.max(RUNS, 11));
  const node0 = st.get('node')!.wallMs;
  console.log(`## start-up (median of ${Math.max(RUNS, 11)}; \`node -e 0\` = ${ms(node0)})\n`);
  console.log('| tree | CLI `--version` over node -e 0 | `inspect` of 1 small file over node -e 0 | Action bundle (no inputs) over node -e 0 |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const t of trees) {
    const d = (k: string) => `+${ms(st.get(`${t.name} ${k}`)!.wallMs - node0)}`;
    console.log(`| ${label(t)} | ${d('cli')} | ${d('inspect1')} | ${d('action')} |`);
  }
  console.log(`| go version -m (1 small file) | | ${ms(st.get('go inspect1')!.wallMs)} (absolute) | |\n`);

  // inspect on 64 and 512 paths.
  const tools = [
    ...trees.map((t) => ({ name: `inspect, ${label(t)}`, key: t.name, argv: (fs: string[]) => [process.execPath, t.cli, 'inspect', '--format', 'json', ...fs] })),
    { name: 'go version -m', key: 'go', argv: (fs: string[]) => ['go', 'version', '-m', ...fs] },
  ];
  const startOf = (key: string) => st.get(key === 'go' ? 'go inspect1' : `${key} inspect1`)!.wallMs;
  const jobs: Job[] = [];
  for (const n of sizes) for (const t of tools) jobs.push({ key: `${t.key} ${n}`, argv: t.argv(sets.get(n)!) });
  const res = interleaved(jobs);
  console.log(`## inspect --format json (wall, marginal per binary = (wall − wall on 1 small file) / (N − 1), peak RSS)\n`);
  console.log('| tool | 64 paths: wall | marginal/binary | × go | peak RSS | 512 paths: wall | marginal/binary | × go | peak RSS | RSS 512/64 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const marginal = (key: string, n: number) => (res.get(`${key} ${n}`)!.wallMs - startOf(key)) / (n - 1);
  for (const t of tools) {
    const cells = sizes.flatMap((n) => {
      const r = res.get(`${t.key} ${n}`)!;
      return [ms(r.wallMs), `${marginal(t.key, n).toFixed(2)} ms`, `${(marginal(t.key, n) / marginal('go', n)).toFixed(2)}×`, mib(r.maxRssKiB) + (r.exits !== '0' && t.key !== 'go' ? ` (exit ${r.exits})` : '')];
    });
    const ratio = res.get(`${t.key} 512`)!.maxRssKiB / res.get(`${t.key} 64`)!.maxRssKiB;
    console.log(`| ${t.name} | ${cells.join(' | ')} | ${ratio.toFixed(2)} |`);
  }

  // The floor: the bytes inspect reads, read again with no decoding, and the native inflation of its DWARF.
  const floors = sizes.map((n) => readFloor(sets.get(n)!, RUNS));
  const fl = floors.map((f, i) => ({ f, total: f.readMs + f.inflateMs, go: marginal('go', sizes[i]!) }));
  console.log(`| floor: inspect's reads replayed, no decoding, + its DWARF inflation (scripts/read-floor.ts) | | ${fl.map(({ f, total, go }) => `${total.toFixed(2)} ms (${f.readMs.toFixed(2)} read, ${f.inflateMs.toFixed(2)} inflate) | ${(total / go).toFixed(2)}× | | `).join('| ')}|`);
  console.log(`\nthe floor reads ${fl.map(({ f }) => `${(f.bytesPerBinary / 1e6).toFixed(2)} MB in ${f.readsPerBinary.toFixed(0)} reads`).join(' and ')} per binary (64 and 512 paths); \`go version -m\` reads the build-info block only`);

  // check: host + 50 plugins, and the first 1 and 10 of them (where the time per plugin goes: the
  // first ones run while the code is still cold).
  const checkSizes = [1, 10, 50];
  const cjobs: Job[] = trees.flatMap((t) => checkSizes.map((n) => ({ key: `${t.name} ${n}`, argv: [process.execPath, t.cli, 'check', '--host', host, '--format', 'json', ...plugins.slice(0, n)] })));
  const cres = interleaved(cjobs);
  console.log(`\n## check --host host-base (linux/amd64 go1.26.8) + 50 plugins, --format json (marginal = wall − CLI \`--version\`)\n`);
  console.log('| tree | wall | marginal | peak RSS | exit | wall with 1 plugin | with 10 | ms per plugin, 2–10 | 11–50 |');
  console.log('| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const t of trees) {
    const cell = (n: number) => cres.get(`${t.name} ${n}`)!;
    const [one, ten, all] = [cell(1), cell(10), cell(50)];
    console.log(`| ${label(t)} | ${ms(all.wallMs)} | ${ms(all.wallMs - st.get(`${t.name} cli`)!.wallMs)} | ${mib(all.maxRssKiB)} | ${all.exits} | ${ms(one.wallMs)} | ${ms(ten.wallMs)} | ${((ten.wallMs - one.wallMs) / 9).toFixed(1)} | ${((all.wallMs - ten.wallMs) / 40).toFixed(1)} |`);
  }

  console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const cmds = join(WORK, 'paths-512.txt');
  writeFileSync(cmds, sets.get(512)!.join('\n') + '\n');
  console.log(`\nre-run one cell by hand: \`xargs -a ${cmds} -d '\\n' /usr/bin/time -v node ${trees.at(-1)!.cli} inspect --format json >/dev/null\`; command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\``);
}

main();
