import { runCheck } from '../../src/check/run-check.js';
import type { PluginInput } from '../../src/check/simulate.js';
import { openSource } from '../../src/container/open.js';
import type { Container } from '../../src/container/types.js';
import type { BuildFacts } from '../../src/facts/build-facts.js';
import { readBuildFacts } from '../../src/facts/build-facts.js';
import type { Analysis } from '../../src/facts/analyse.js';
import { parseManifest } from '../../src/facts/manifest.js';
import { BinaryFormatError } from '../../src/io/errors.js';
import { FileSource } from '../../src/io/file-source.js';
import { checkGithub } from '../../src/report/github.js';
import { checkJson } from '../../src/report/check-json.js';
import { checkSarif } from '../../src/report/sarif.js';
import { checkText } from '../../src/report/check-text.js';
import { inspectJson } from '../../src/report/inspect-json.js';
import { inspectText } from '../../src/report/inspect-text.js';

/** An exception a reader may throw for bad input; anything else is a crash. */
export const expected = (err: unknown) => err instanceof BinaryFormatError;

/**
 * `check`, then the renderers. SARIF is the slowest of them (a third of an
 * execution), so the fuzz loop asks for it on every eighth input only;
 * regression replays render everything.
 */
function renderAll(host: BuildFacts, plugins: PluginInput[], every = true): void {
  const report = runCheck(host, 'binary', plugins, ['New']);
  checkText(report);
  checkJson(report);
  if (every) {
    checkSarif(report);
    checkGithub(report);
  }
}

/**
 * Every reader (container, build info, link symbols, pclntab, DWARF, runtime
 * version, paths) on the bytes, then check with the result as plugin (and as
 * host, when it reads as one), then every renderer.
 */
export function binaryTarget(data: Buffer, host: BuildFacts, goodPlugin: PluginInput, every = true): void {
  const results: Analysis[] = [];
  let containers: Container[];
  try {
    containers = openSource(FileSource.fromBuffer(data, 'fuzz.bin'));
  } catch (err) {
    if (!expected(err)) throw err;
    containers = [];
    results.push({ file: 'fuzz.bin', error: (err as Error).message, facts: null });
  }
  for (const c of containers) {
    try {
      results.push({ file: 'fuzz.bin', error: null, facts: readBuildFacts('fuzz.bin', c) });
    } catch (err) {
      if (!expected(err)) throw err;
      results.push({ file: 'fuzz.bin', error: (err as Error).message, facts: null });
    }
  }
  inspectText(results);
  inspectJson(results);
  const first = results[0]!;
  renderAll(host, [{ file: 'fuzz.bin', facts: first.facts, error: first.error }, goodPlugin], every);
  if (first.facts) renderAll(first.facts, [goodPlugin, { file: 'fuzz.bin', facts: first.facts, error: null }], every);
}

/** A host manifest's text: validation, then check against it, then the renderers. */
export function manifestTarget(data: Buffer, goodPlugin: PluginInput, every = true): void {
  let host: BuildFacts;
  try {
    host = parseManifest(data.toString('utf8'), 'fuzz.json');
  } catch (err) {
    if (!expected(err)) throw err;
    return;
  }
  renderAll(host, [goodPlugin], every);
}
