import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { baseVersion, goSemver } from '../rules/query.js';
import { type GoCommand, ToolingError, runGo } from './go-run.js';
import semver from 'semver';

export interface Toolchain extends GoCommand {
  version: string;
  /** How it was found, in words for the plan. */
  how: string;
}

async function versionOf(cmd: GoCommand, cwd: string): Promise<{ version: string | null; error: string }> {
  const r = await runGo(cmd, ['env', 'GOVERSION'], cwd);
  if (r.code !== 0) return { version: null, error: r.stderr.trim().split('\n').slice(-2).join(' ') };
  return { version: baseVersion(r.stdout.trim()), error: '' };
}

/** Places where a release is commonly installed (Debian, the tarball, golang.org/dl, toolchain downloads). */
function localInstalls(want: string, modcaches: string[], goos: string, goarch: string): string[] {
  const minor = /^go(\d+\.\d+)/.exec(want)?.[1] ?? '';
  const toolchainDir = `golang.org/toolchain@v0.0.1-${want}.${goos}-${goarch}/bin/go`;
  return [
    `/usr/lib/go-${minor}/bin/go`,
    '/usr/local/go/bin/go',
    join(homedir(), 'sdk', want, 'bin/go'),
    ...modcaches.map((m) => join(m, toolchainDir)),
    join(homedir(), 'go/pkg/mod', toolchainDir),
  ];
}

/**
 * A go command that is exactly the host's release. go1.21+ can switch to any
 * release itself (GOTOOLCHAIN=<release>, downloaded and verified against the
 * checksum database); older releases, and machines where that download is
 * not possible, need an installed copy: --go, or a well-known location.
 */
export async function findToolchain(hostVersion: string | null, opts: { go?: string; cwd: string; goos: string; goarch: string }): Promise<Toolchain> {
  const want = baseVersion(hostVersion);
  if (!want || !goSemver(want)) throw new ToolingError(`the host's Go release is not known (${hostVersion ?? 'none recorded'}), so the toolchain cannot be matched`);
  // GOOS and GOARCH may come from a manifest and name a toolchain directory below: plain names only
  // (a `../` in them picked any bin/go on the machine to run).
  for (const [k, v] of [['GOOS', opts.goos], ['GOARCH', opts.goarch]] as const) {
    if (!/^[a-z0-9]{1,32}$/.test(v)) throw new ToolingError(`the host's ${k} ${JSON.stringify(v)} is not a Go platform name`);
  }
  if (opts.go) {
    const cmd = { go: opts.go, env: { GOTOOLCHAIN: 'local' } };
    const v = await versionOf(cmd, opts.cwd);
    if (v.version !== want) throw new ToolingError(`--go ${opts.go} is ${v.version ?? `not runnable (${v.error})`}; the host was built with ${want}`);
    return { ...cmd, version: want, how: `--go ${opts.go}` };
  }
  const tried: string[] = [];
  const switchable = semver.gte(goSemver(want)!, '1.21.0');
  if (switchable) {
    const cmd = { go: 'go', env: { GOTOOLCHAIN: want } };
    const v = await versionOf(cmd, opts.cwd);
    if (v.version === want) return { ...cmd, version: want, how: `GOTOOLCHAIN=${want} (go on PATH selects or downloads it)` };
    tried.push(`GOTOOLCHAIN=${want} go: ${v.version ?? v.error}`);
  }
  const onPath = { go: 'go', env: { GOTOOLCHAIN: 'local' } };
  const pathVersion = await versionOf(onPath, opts.cwd);
  if (pathVersion.version === want) return { ...onPath, version: want, how: 'go on PATH' };
  tried.push(`go on PATH: ${pathVersion.version ?? pathVersion.error}`);
  const modcache = (await runGo(onPath, ['env', 'GOMODCACHE'], opts.cwd)).stdout.trim();
  for (const bin of localInstalls(want, modcache ? [modcache] : [], opts.goos, opts.goarch)) {
    if (!existsSync(bin)) continue;
    const cmd = { go: bin, env: { GOTOOLCHAIN: 'local' } };
    const v = await versionOf(cmd, opts.cwd);
    if (v.version === want) return { ...cmd, version: want, how: `installed at ${bin}` };
    tried.push(`${bin}: ${v.version ?? v.error}`);
  }
  const get = switchable
    ? `let go download it (GOTOOLCHAIN=${want} needs network access to the module proxy and GOSUMDB on), or install it: go install golang.org/dl/${want}@latest && ${want} download`
    : `GOTOOLCHAIN cannot select releases before go1.21; install it: go install golang.org/dl/${want}@latest && ${want} download (or your distribution's package)`;
  throw new ToolingError(`cannot obtain ${want}, the host's Go release (${tried.join('; ')}): ${get}, then pass --go PATH if it is not on PATH`);
}
