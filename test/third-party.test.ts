import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareOne, ensureThirdParty, goCommand, type ThirdPartyBinary, ThirdPartyUnavailable } from '../scripts/third-party.js';

// Prebuilt Go binaries from npm packages (esbuild, buf, lefthook; ELF and
// Mach-O) that nobody here built: our build info must be exactly what
// `go version -m` prints, and our Go version must match Go's (or, without build
// info, the one go1.N.M string in the file). Cold cache: one `npm pack` of
// ~90 MB of tarballs, bounded well under the 2-minute budget.
const go = goCommand();
let bins: ThirdPartyBinary[] = [];
let skip: string | false = go ? false : 'no Go toolchain on PATH';
if (!skip) {
  try {
    bins = ensureThirdParty({ timeoutMs: 90_000 });
  } catch (err) {
    if (!(err instanceof ThirdPartyUnavailable)) throw err;
    skip = `third-party binaries unavailable: ${err.message}`;
  }
}

/**
 * Known differences, reported to the owner and left failing visibly as TODO
 * (not hidden): drop an entry once src/ is fixed.
 */
const KNOWN: Record<string, string> = {};

describe('third-party Go binaries: inspect vs `go version -m`', { skip, timeout: 120_000 }, () => {
  if (skip) {
    test.skip(skip);
    return;
  }
  for (const bin of bins) {
    test(`${bin.label} (${bin.format}, ${(bin.size / 1e6).toFixed(1)} MB)`, { todo: KNOWN[bin.label] ?? false }, () => {
      const c = compareOne(bin, go!);
      assert.equal(c.analysis.error, null);
      assert.equal(c.analysis.facts!.format, bin.format);
      assert.deepEqual(c.diffs, [], 'field-for-field differences from go version -m');
      assert.equal(c.ours, c.go, 'rebuilt go version -m text');
      assert.notEqual(c.goVersion, null, `no reference Go version (${c.goVersionFrom})`);
      assert.equal(c.ourVersion, c.goVersion, `Go version vs ${c.goVersionFrom}`);
      // Every Go release's pclntab layout (go1.16 for the old esbuild builds) yields its file table.
      const paths = c.analysis.facts!.paths;
      assert.ok(paths && paths.goroot !== null || paths?.trimmed, 'pclntab file table read');
    });
  }
});
