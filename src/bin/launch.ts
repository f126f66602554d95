import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { holdYoungGeneration } from '../io/young-generation.js';

/** What the bundle exports (src/cli/main.ts). */
export interface CliExports {
  main(argv: string[]): Promise<number>;
}

export interface LoadedCli {
  exports: CliExports;
  script: Script;
  /** Whether V8 used the code cache (null: there was none). */
  cacheAccepted: boolean | null;
}

/**
 * Runs the CLI's bundle (lib/bin/cli.cjs, built by scripts/bundle.mjs) with
 * the V8 code cache made from it at build time (lib/bin/cli.cache): the
 * bytecode of every function a `check` and an `inspect` ran, so that a run
 * does not parse and compile them again (30–45 ms of a `check`,
 * docs/performance.md). V8 uses the cache only for the same source, V8
 * version and flags, and otherwise compiles as usual: a cache made by
 * another Node version costs nothing but its read.
 *
 * The bundle runs its `main` on load, with process.argv. Null when there is
 * no bundle, or it cannot be read or compiled (a broken install): the
 * compiled modules in lib/ then run as they are. An unreadable cache is no
 * cache.
 */
export function loadCli(bundle: string, cache: string): LoadedCli | null {
  // V8 accepts a cache only under the flags it was made with: set ours first, always (a
  // command that reads no binaries is not hurt by a small young generation).
  holdYoungGeneration();
  let script: Script;
  let cachedData: Buffer | undefined;
  try {
    const source = readFileSync(bundle, 'utf8');
    try {
      cachedData = readFileSync(cache);
    } catch {
      cachedData = undefined;
    }
    // CommonJS's own wrapper, so the bundle sees what a CommonJS module sees.
    script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  } catch {
    return null;
  }
  const module = { exports: {} as CliExports };
  const fn = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
  fn(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script, cacheAccepted: cachedData ? !script.cachedDataRejected : null };
}
