// Runs on `npm ci` / `npm install` in a clone: compile the CLI and expand the
// compressed fixture binaries, so the README's first command works at once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
if (existsSync('tsconfig.json') && existsSync('node_modules/typescript')) {
  run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);
}
if (existsSync('fixtures/unpack.mjs')) run(process.execPath, ['fixtures/unpack.mjs']);
