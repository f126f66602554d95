// Mach-O with chained fixups (LC_DYLD_CHAINED_FIXUPS), what Apple's ld writes for current macOS:
// in the file, every pointer of module data is a fixup-chain entry, not an address. Built here
// (fixtures/gen/macho-chained.mjs: zig compiles, LLVM's ld64.lld links with -fixup_chains) from
// the same sources, directory and compiler flags as the zig-linked corpus pair, so the package
// fingerprints must come out identical and only the linker's encoding differs. Predicted only:
// nothing here can run a darwin binary.
import assert from 'node:assert/strict';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { runCheck } from '../src/check/run-check.js';
import { readPlugins } from '../src/cli/check.js';
import { loadHost } from '../src/cli/load-host.js';
import { openContainers } from '../src/container/open.js';
import { readModuleData } from '../src/go/moduledata.js';
import { onlyPclntabPointer } from './support/blind-container.js';
import { BIN, ROOT, ensureFixtures } from './support/fixtures.js';

const gen = (await import(join(ROOT, 'fixtures/gen/macho-chained.mjs'))) as {
  chainedMissing: () => string | null;
  buildChained: () => Record<string, string>;
  CHAINED_OUT: string;
};
const skip = gen.chainedMissing() ?? false;
const OUT = gen.CHAINED_OUT;

/** The load-command ids of a thin 64-bit little-endian Mach-O. */
function loadCommands(file: string): number[] {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(32);
    readSync(fd, head, 0, 32, 0);
    assert.equal(head.readUInt32LE(0), 0xfeedfacf, `${file} is a 64-bit Mach-O`);
    const cmds = Buffer.alloc(head.readUInt32LE(20));
    readSync(fd, cmds, 0, cmds.length, 32);
    const out: number[] = [];
    for (let off = 0, i = 0; i < head.readUInt32LE(16); i++) {
      out.push(cmds.readUInt32LE(off));
      off += cmds.readUInt32LE(off + 4);
    }
    return out;
  } finally {
    closeSync(fd);
  }
}
const LC_DYLD_CHAINED_FIXUPS = 0x80000034;
const LC_DYLD_INFO = 0x22;
const LC_DYLD_INFO_ONLY = 0x80000022;

describe('Mach-O with chained fixups (darwin/arm64, ld64.lld -fixup_chains)', { skip, concurrency: 1 }, () => {
  before(() => {
    ensureFixtures();
    gen.buildChained();
  });
  const facts = (name: string) => loadHost(join(OUT, name)).facts;
  const corpus = (name: string) => loadHost(join(BIN, 'darwin-arm64/go1.26.8', name)).facts;

  test('the binaries really use chained fixups, not rebase/bind opcodes', () => {
    for (const f of ['host-base', 'greeter-base.so', 'greeter-stripped.so']) {
      const cmds = loadCommands(join(OUT, f));
      assert.ok(cmds.includes(LC_DYLD_CHAINED_FIXUPS), `${f}: LC_DYLD_CHAINED_FIXUPS`);
      assert.ok(!cmds.includes(LC_DYLD_INFO) && !cmds.includes(LC_DYLD_INFO_ONLY), `${f}: no LC_DYLD_INFO`);
    }
    // and the corpus pair the other way round
    assert.ok(loadCommands(join(BIN, 'darwin-arm64/go1.26.8/greeter-base.so')).includes(LC_DYLD_INFO_ONLY));
  });

  test('plugin identity and package hashes through fixup chains equal the zig-linked build\'s', () => {
    const want = corpus('greeter-base.so');
    for (const name of ['greeter-base.so', 'greeter-stripped.so']) {
      const f = facts(name);
      assert.equal(f.pluginPath, 'example.com/greeter', name);
      assert.equal(f.identity?.pluginPathSource, 'module-data', name);
      assert.equal(f.packageHashSource, 'module-data', name);
      assert.deepEqual(f.identity?.exports?.map((e) => `${e.name}:${e.kind}:${e.resolves}`), ['Label:var:true', 'New:func:true'], name);
      assert.deepEqual(f.packageHashes, want.packageHashes, `${name}: the compiler's fingerprints, read through the chains`);
      assert.deepEqual(f.identity?.disagreements, [], name);
    }
    // -s leaves no runtime.firstmoduledata symbol: found by its section.
    assert.equal(facts('greeter-stripped.so').identity?.moduleData?.locatedBy, 'section');
  });

  test('stripped and without its section, module data is found by the pclntab pointer (a chained rebase)', () => {
    const c = openContainers(join(OUT, 'greeter-stripped.so'))[0]!;
    const bySection = readModuleData(c)!;
    const blind = onlyPclntabPointer(c);
    const byPointer = readModuleData(blind)!;
    assert.equal(byPointer.locatedBy, 'pclntab-pointer');
    assert.equal(byPointer.address, bySection.address);
    assert.deepEqual(byPointer.pkgHashes, bySection.pkgHashes);
  });

  test('the host: can load plugins, exports the same hashes as the zig-linked host, and check predicts the same verdicts', () => {
    const host = facts('host-base');
    assert.equal(host.pluginSupport?.supported, true);
    assert.deepEqual(host.exportedHashes, corpus('host-base').exportedHashes);
    const verdict = (h: string, plugins: string[]) => {
      const hf = loadHost(h).facts;
      return runCheck(hf, 'binary', readPlugins(plugins, hf.goarch)).plugins.map((p) => ({ loads: p.loads, kind: p.failure?.kind ?? null, pkg: p.failure?.package ?? null }));
    };
    const chained = verdict(join(OUT, 'host-base'), [join(OUT, 'greeter-base.so'), join(OUT, 'greeter-stripped.so')]);
    assert.deepEqual(chained[0], { loads: true, kind: null, pkg: null });
    // The same plugin path twice: the second is "plugin already loaded", stripped or not.
    assert.equal(chained[1]!.loads, false);
    assert.deepEqual(verdict(join(BIN, 'darwin-arm64/go1.26.8/host-base'), [join(OUT, 'greeter-base.so')]), [chained[0]]);
  });
});
