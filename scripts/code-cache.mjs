// Makes the CLI bundle's V8 code cache (src/bin/launch.ts says why): loads the bundle the way the
// bin does, runs a `check` and an `inspect` of corpus binaries (output discarded) so that their
// functions are compiled, and writes the bytecode V8 then holds.
//
// Usage: node scripts/code-cache.mjs BUNDLE CACHE [FIXTURES_DIR]   (after tsc: it uses lib/bin/launch.js)
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCli } from '../lib/bin/launch.js';

const [bundle, cache, fixtures = 'fixtures/bin'] = process.argv.slice(2).map((p) => resolve(p));
if (!bundle || !cache) throw new Error('usage: code-cache.mjs BUNDLE CACHE [FIXTURES_DIR]');
rmSync(cache, { force: true });
const write = { out: process.stdout.write, err: process.stderr.write };
process.stdout.write = process.stderr.write = () => true;
try {
  // The bundle runs main on load: give it a command that does nothing.
  process.argv = [process.argv[0], bundle, '--version'];
  const cli = loadCli(bundle, cache);
  if (!cli) throw new Error(`${bundle}: no bundle`);
  const dir = join(fixtures, 'linux-amd64/go1.26.8');
  if (existsSync(join(dir, 'host-base'))) {
    const host = join(dir, 'host-base');
    const plugins = readdirSync(dir).filter((f) => f.endsWith('.so')).sort().slice(0, 8).map((f) => join(dir, f));
    for (const format of ['json', 'text']) {
      await cli.exports.main(['check', '--format', format, '--host', host, ...plugins]);
      await cli.exports.main(['inspect', '--format', format, host, ...plugins]);
    }
  }
  writeFileSync(cache, cli.script.createCachedData());
} finally {
  process.stdout.write = write.out;
  process.stderr.write = write.err;
}
process.exitCode = 0;
console.log(`${cache}: code cache written`);
