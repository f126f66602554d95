import type { BuildFacts } from '../facts/build-facts.js';
import { shellAssign, shellWord } from '../report/shell-quote.js';
import { intrinsicLevelDifference } from '../rules/cpu-intrinsics.js';
import { baseVersion, fipsEnvValue, fipsSnapshot, gcflagsSetting, isTrimmed, pgoOf, raceOf, setting, tagsOf, workspaceModules } from '../rules/query.js';


export interface Platform {
  goos: string;
  goarch: string;
}

const NODE_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64' };

/** The GOOS/GOARCH of the machine running check (null where node's names have no Go equivalent). */
export function thisPlatform(): Platform | null {
  const goarch = NODE_ARCH[process.arch];
  const goos = process.platform === 'win32' ? 'windows' : process.platform;
  return goarch ? { goos, goarch } : null;
}

/** Debian's (and Ubuntu's) names of the GNU C cross compilers for linux targets (gcc-<triplet>). */
const CROSS_CC: Record<string, string> = {
  amd64: 'x86_64-linux-gnu-gcc', arm64: 'aarch64-linux-gnu-gcc', arm: 'arm-linux-gnueabihf-gcc', '386': 'i686-linux-gnu-gcc',
  ppc64le: 'powerpc64le-linux-gnu-gcc', s390x: 's390x-linux-gnu-gcc', riscv64: 'riscv64-linux-gnu-gcc', loong64: 'loongarch64-linux-gnu-gcc',
};

/**
 * The `go build` line (environment and flags) that reproduces the host's
 * build for a plugin: toolchain, -trimpath, instrumentation, tags, gcflags,
 * cgo and experiment settings. Path-dependent parts (GOMODCACHE, checkout
 * location) are added only when the host was built without -trimpath.
 */
export function rebuildCommand(host: BuildFacts, plugin: BuildFacts, here: Platform | null = thisPlatform()): string {
  const env: string[] = [];
  const flags: string[] = ['-buildmode=plugin'];
  const hv = baseVersion(host.goVersion);
  if (hv && hv !== baseVersion(plugin.goVersion)) env.push(shellAssign('GOTOOLCHAIN', hv));
  // The line is run where check runs: a host for another platform (an arm64 host checked in an
  // amd64 CI job) needs the target spelled out, and cgo a C cross compiler for it.
  const cross = !!here && !!host.goos && !!host.goarch && (host.goos !== here.goos || host.goarch !== here.goarch);
  if (host.goos && host.goarch && (host.goos !== plugin.goos || host.goarch !== plugin.goarch || cross)) env.push(shellAssign('GOOS', host.goos), shellAssign('GOARCH', host.goarch));
  env.push('CGO_ENABLED=1');
  // -msan needs clang (gcc has no -fsanitize=memory); a musl host needs a musl C compiler.
  if (raceOf(host).msan) env.push('CC=clang');
  else if (host.native?.libc === 'musl' && plugin.native?.libc !== 'musl') env.push('CC=musl-gcc');
  else if (cross && host.goos === 'linux' && CROSS_CC[host.goarch!]) env.push(shellAssign('CC', CROSS_CC[host.goarch!]!));
  // A CPU level that changes the compiler's intrinsics changes standard-library hashes (GPC119).
  const level = intrinsicLevelDifference(host, plugin);
  if (level) env.push(shellAssign(level.key, level.a));
  for (const k of ['CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS', 'GOEXPERIMENT']) {
    const v = setting(host, k);
    if (v !== undefined && v !== '' && v !== setting(plugin, k)) env.push(shellAssign(k, v));
    // The plugin's experiment is usually exported in the user's shell: an empty value means the defaults
    // (test/fix-e2e.test.ts: without it the line rebuilt the same broken plugin).
    else if (k === 'GOEXPERIMENT' && !v && setting(plugin, k)) env.push('GOEXPERIMENT=');
  }
  // GOFIPS140 is an environment setting; the go command adds its build tag itself.
  if (fipsEnvValue(fipsSnapshot(host)) !== fipsEnvValue(fipsSnapshot(plugin))) env.push(shellAssign('GOFIPS140', fipsEnvValue(fipsSnapshot(host))));
  // A go.work around the plugin overrides its go.mod (replace directives included); the host's build info names
  // no workspace. A plugin without build info (go1.19-era) cannot show one, so the line turns it off anyway: harmless
  // when there is none (measured: a go.mod replace alone did not fix a go1.19.8 plugin built inside a workspace).
  if ((workspaceModules(plugin).length || (!plugin.buildInfo && host.buildInfo)) && !workspaceModules(host).length) env.push('GOWORK=off');
  const trimmed = isTrimmed(host);
  if (trimmed) flags.push('-trimpath');
  // With a vendor/ directory go builds -mod=vendor by default; an untrimmed host built from the module cache needs -mod=mod.
  const vendored = trimmed === false && !isTrimmed(plugin) && !!plugin.paths?.vendorDirs?.length && !host.paths?.vendorDirs?.length;
  if (vendored) flags.push('-mod=mod');
  if (trimmed === false && host.paths?.modcache && host.paths.modcache !== plugin.paths?.modcache && (plugin.paths?.modcache || isTrimmed(plugin) || vendored)) {
    // An untrimmed host fixes the module cache path too (unknown for a trimmed or vendored plugin, so say it).
    env.push(shellAssign('GOMODCACHE', host.paths.modcache));
  }
  const r = raceOf(host);
  if (r.race) flags.push('-race');
  if (r.msan) flags.push('-msan');
  if (r.asan) flags.push('-asan');
  const tags = tagsOf(host);
  if (tags && tags.length) flags.push(shellWord(`-tags=${tags.join(',')}`));
  // A default.pgo next to the plugin's main package is used unless -pgo says otherwise.
  const pg = pgoOf(host);
  if (pg) flags.push(shellWord(`-pgo=${pg}`));
  else if (pgoOf(plugin)) flags.push('-pgo=off');
  const gc = gcflagsSetting(host);
  if (gc) flags.push(shellWord(`-gcflags=${gc}`));
  return [...env, 'go', 'build', ...flags, '-o', shellWord(plugin.file.split('/').pop() ?? 'plugin.so'), '.'].join(' ');
}
