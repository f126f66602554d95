// Bundles the two entry points that start as processes, so that start-up reads a few files
// instead of resolving and compiling every module and dependency on its own (measured in
// docs/performance.md: 50–60 ms less for each `check` or `inspect`):
//   - the GitHub Action, into dist/index.js (committed: actions run without npm install);
//   - the CLI, into lib/bin/ (the package's `bin`; each command a chunk loaded when it runs).
// lib/ (tsc's output) stays the library: its modules and type declarations.
//
// Usage: node scripts/bundle.mjs [action|cli] [outfile-or-dir]   (both by default)
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

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

const [what = 'all', out] = process.argv.slice(2);
if (what === 'all' || what === 'action') {
  await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: (what === 'action' && out) || 'dist/index.js', plugins: [noOidc] });
}
if (what === 'all' || what === 'cli') {
  const outdir = (what === 'cli' && out) || 'lib/bin';
  await build({
    ...common,
    entryPoints: { 'go-plugin-compat': 'src/cli/main.ts' },
    outdir,
    // Each command stays a chunk of its own, loaded only when it runs.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
  // npm makes a dependency's bin executable when installing it, but not the project's own.
  chmodSync(`${outdir}/go-plugin-compat.js`, 0o755);
}
