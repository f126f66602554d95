// Bundles the two entry points that start as processes, so that start-up reads one file instead
// of resolving and compiling every module and dependency on its own (docs/performance.md):
//   - the GitHub Action, into dist/index.js (committed: actions run without npm install);
//   - the CLI, into lib/bin/cli.cjs, with its V8 code cache lib/bin/cli.cache
//     (scripts/code-cache.mjs; run after tsc, which compiles the bin that loads them,
//     lib/bin/go-plugin-compat.js from src/bin/).
// lib/ (tsc's output) stays the library: its modules and type declarations.
//
// Usage: node scripts/bundle.mjs [action|cli] [outfile-or-dir] [--fixtures DIR]   (both by default)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBinsExecutable } from './bin-mode.mjs';

/**
 * @actions/core imports its OIDC client (getIDToken) at the top, and with it
 * @actions/http-client and undici, whose HTTP parser compiles WebAssembly when
 * the bundle loads. The Action never asks for an ID token: bundle a stub that
 * says so instead, which keeps start-up to the code the Action runs.
 */
const noOidc = {
  name: 'no-oidc-client',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes('@actions/core') ? { path: 'oidc-utils', namespace: 'no-oidc' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'no-oidc' }, () => ({
      contents: "export class OidcClient { static getIDToken() { throw new Error('go-plugin-compat: getIDToken is not bundled'); } }",
      loader: 'js',
    }));
  },
};

/**
 * elfy's parser loads node's assert module (~2 ms of every run) for one check,
 * `assert.equal(strtab.type, 'strtab')`; the CLI bundle gives it that one
 * function, with the same loose comparison and an error of the same kind.
 */
const elfyAssert = {
  name: 'elfy-assert',
  setup(b) {
    b.onResolve({ filter: /^assert$/ }, (args) => (/[\\/]elfy[\\/]/.test(args.importer) ? { path: 'assert', namespace: 'elfy-assert' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'elfy-assert' }, () => ({
      contents: "exports.equal = function equal(actual, expected, message) { if (actual != expected) { const e = new Error(message || `${actual} == ${expected}`); e.name = 'AssertionError'; e.code = 'ERR_ASSERTION'; throw e; } };",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // The CommonJS dependencies (elfy, macho, semver) call require for node's own modules.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { fixtures: { type: 'string', default: 'fixtures/bin' } } });
const [what = 'all', out] = positionals;
if (what === 'all' || what === 'action') {
  await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: (what === 'action' && out) || 'dist/index.js', plugins: [noOidc] });
}
if (what === 'all' || what === 'cli') {
  const outdir = (what === 'cli' && out) || 'lib/bin';
  const bundle = join(outdir, 'cli.cjs');
  // One CommonJS file: src/bin/launch.ts compiles it with vm.Script, which takes a code cache
  // (ES modules cannot), and V8 compiles each function only when it first runs.
  await build({ ...common, banner: {}, format: 'cjs', entryPoints: ['src/cli/main.ts'], outfile: bundle, plugins: [elfyAssert] });
  // The entry's #! line is not JavaScript inside the CommonJS wrapper.
  writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/^#![^\n]*\n/, ''));
  execFileSync(process.execPath, ['scripts/code-cache.mjs', bundle, join(outdir, 'cli.cache'), values.fixtures], { stdio: 'inherit' });
  // `npm run build` runs tsc just before, which writes the bins without their x bit.
  if (outdir === 'lib/bin') makeBinsExecutable();
}
