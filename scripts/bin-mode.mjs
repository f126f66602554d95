// Makes the project's bins executable after tsc writes them (tsc writes 0644). npm does this when
// it installs a dependency, but not for the project's own bins in a clone.
//
// Former bins stay executable too: `npx go-plugin-compat` in a clone installs the clone into
// npm's cache (~/.npm/_npx/<hash of the clone's path>) once and keeps that install's bin link,
// even after the bin moves. A clone that ran npx when the bin was lib/cli/main.js still runs
// that file, which must keep working (it is the CLI without the bundle), not fail with
// "Permission denied".
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORMER_BINS = ['lib/cli/main.js'];

export function makeBinsExecutable(root = '.') {
  const { bin = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = [...(typeof bin === 'string' ? [bin] : Object.values(bin)), ...FORMER_BINS];
  for (const f of new Set(files)) if (existsSync(join(root, f))) chmodSync(join(root, f), 0o755);
}
