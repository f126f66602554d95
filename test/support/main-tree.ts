// The plugin source trees the corpus's linux/amd64 plugins were built from (fixtures/gen/build-linux-amd64.mjs),
// for tests that rebuild them: the preflight agreement and the printed-fix proofs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BASE_ENV, MODCACHE, W, WORK, cleanEnv } from './e2e.js';
import { ROOT } from './fixtures.js';

const G = '/usr/local/go/bin/go';
/** Runs a command in the corpus's environment; throws with its stderr when it fails. */
export const sh = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, env: { ...cleanEnv(), ...BASE_ENV }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} in ${cwd}: ${r.stderr}`);
};

/**
 * The source dirs of fixtures/gen/build-linux-amd64.mjs, recreated where
 * missing (never removed: other tests share WORK). `refresh` also copies the
 * committed sources over what is there (undoing edits); without it nothing
 * that exists is written, so a test running beside another that refreshes
 * never rewrites a file under it.
 */
export function prepareMainTree(opts: { refresh: boolean }): void {
  const src = join(ROOT, 'fixtures/src');
  for (const d of [WORK, `${W}/work2`]) if (opts.refresh || !existsSync(join(d, 'plugins', 'greeter', 'go.mod'))) cpSync(src, d, { recursive: true });
  const g = (...p: string[]) => join(WORK, 'plugins', ...p);
  sh(G, ['mod', 'download', 'github.com/cespare/xxhash/v2@v2.3.0', 'github.com/cespare/xxhash/v2@v2.2.0'], join(WORK, 'host'));
  const variant = (name: string, ...edit: string[]) => {
    if (existsSync(g(name))) return;
    cpSync(g('greeter'), g(name), { recursive: true });
    if (edit.length) sh(G, ['mod', 'edit', ...edit], g(name));
  };
  variant('greeter-xxhash-v2.2.0', '-require=github.com/cespare/xxhash/v2@v2.2.0');
  variant('greeter-replace-version', '-replace=github.com/cespare/xxhash/v2=github.com/cespare/xxhash/v2@v2.2.0');
  const fork = join(WORK, 'forks', 'xxhash');
  if (!existsSync(fork)) {
    cpSync(join(MODCACHE, 'github.com/cespare/xxhash/v2@v2.3.0'), fork, { recursive: true });
    spawnSync('chmod', ['-R', 'u+w', fork]);
  }
  variant('greeter-replace-dir', '-replace=github.com/cespare/xxhash/v2=../../forks/xxhash');
  if (!existsSync(g('greeter-vendor'))) {
    variant('greeter-vendor');
    sh(G, ['mod', 'vendor'], g('greeter-vendor'));
  }
  const elsewhere = join(W, 'elsewhere', 'greeter');
  if (!existsSync(elsewhere)) {
    mkdirSync(dirname(elsewhere), { recursive: true });
    cpSync(g('greeter'), elsewhere, { recursive: true });
    sh(G, ['mod', 'edit', `-replace=example.com/sdk=${WORK}/sdk`], elsewhere);
  }
}

