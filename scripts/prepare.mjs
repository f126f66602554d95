// Runs on `npm ci` / `npm install` in a clone: compile the library, bundle the CLI (the
// package's bin, lib/bin/) and expand the compressed fixture binaries, so the README's first
// command works at once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { makeBinsExecutable } from './bin-mode.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
if (existsSync('tsconfig.json') && existsSync('node_modules/typescript')) {
  run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);
  makeBinsExecutable();
}
if (existsSync('fixtures/unpack.mjs')) run(process.execPath, ['fixtures/unpack.mjs']);
// After the fixtures: the CLI's code cache is made by running it on some of them.
if (existsSync('scripts/bundle.mjs') && existsSync('node_modules/esbuild')) {
  run(process.execPath, ['scripts/bundle.mjs', 'cli']);
}
