// Runs on `npm ci` / `npm install` in a clone: compile the CLI and expand the
// compressed fixture binaries, so the README's first command works at once.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
if (existsSync('tsconfig.json') && existsSync('node_modules/typescript')) {
  run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.']);
}
// npm makes a dependency's bin executable when installing it, but not the project's own: without
// this, `npx go-plugin-compat` in a clone fails with "Permission denied".
if (existsSync('lib/cli/main.js')) chmodSync('lib/cli/main.js', 0o755);
if (existsSync('fixtures/unpack.mjs')) run(process.execPath, ['fixtures/unpack.mjs']);
