// Bundles the GitHub Action entry point into dist/ (actions run without npm install).
import { build } from 'esbuild';

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

await build({
  entryPoints: ['src/action/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: process.argv[2] ?? 'dist/index.js',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [noOidc],
});
