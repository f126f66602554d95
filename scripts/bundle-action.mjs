// Bundles the GitHub Action entry point into dist/ (actions run without npm install).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/action/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/index.js',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
