// The .gnu.version_r reader against `readelf -V` on real binaries, and on
// damaged tables (errors as values, bounded work).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { glibcReleaseOf, glibcVersionOf, parseVersionNeeds } from '../src/container/elf-versions.js';
import { openContainers } from '../src/container/open.js';
import { BinaryFormatError } from '../src/io/errors.js';
import { readNativeFacts } from '../src/facts/native.js';
import { BIN, ensureFixtures, hasTool } from './support/fixtures.js';

before(ensureFixtures);

/** `readelf -VW`'s version needs, as [{file, versions: [{name, index}]}]. */
function readelfNeeds(file: string): { file: string; versions: { name: string; index: number }[] }[] {
  const out = execFileSync('readelf', ['-VW', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const at = out.indexOf("Version needs section '.gnu.version_r'");
  if (at < 0) return [];
  const needs: { file: string; versions: { name: string; index: number }[] }[] = [];
  for (const line of out.slice(at).split('\n').slice(1)) {
    let m: RegExpExecArray | null;
    if ((m = /^\s+0x[0-9a-f]+:\s+Name: (\S+)\s+Flags: .*Version: (\d+)/.exec(line)) || (m = /^\s+[0-9a-f]+:\s+Name: (\S+)\s+Flags: .*Version: (\d+)/.exec(line))) {
      needs[needs.length - 1]!.versions.push({ name: m[1]!, index: Number(m[2]) });
    } else if ((m = /Version: \d+\s+File: (\S+)\s+Cnt: \d+/.exec(line))) {
      needs.push({ file: m[1]!, versions: [] });
    } else if (line.trim() === '' && needs.length) break;
  }
  return needs;
}

function* elfFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* elfFiles(p);
    else if (!e.name.startsWith('.') && statSync(p).size > 64) yield p;
  }
}

describe('.gnu.version_r agrees with readelf -V', { skip: hasTool('readelf') ? false : 'needs readelf (binutils)' }, () => {
  // The corpus (every toolchain, glibc, musl, sanitizers, zig-built) and a few system libraries with several needs.
  const system = ['/bin/ls', '/usr/lib/x86_64-linux-gnu/libstdc++.so.6', '/usr/lib/x86_64-linux-gnu/libasan.so.8', '/usr/bin/node'].filter(existsSync);
  test('every ELF file of fixtures/bin and a few system files', () => {
    let compared = 0, withNeeds = 0, multiLib = 0;
    for (const file of [...elfFiles(BIN), ...system]) {
      let cs;
      try {
        cs = openContainers(file);
      } catch {
        continue; // not a binary (bundle index) or Mach-O of another helper
      }
      const c = cs[0]!;
      try {
        if (c.format !== 'elf' || !c.versionNeeds) continue;
        const got = c.versionNeeds().map((n) => ({ file: n.file, versions: n.versions.map((v) => ({ name: v.name, index: v.index })) }));
        assert.deepEqual(got, readelfNeeds(file), file);
        compared++;
        if (got.length) withNeeds++;
        if (got.length > 1) multiLib++;
      } finally {
        c.source.close();
      }
    }
    assert.ok(compared >= 20 && withNeeds >= 10, `compared ${compared} files, ${withNeeds} with version needs`);
    assert.ok(multiLib >= 1, 'at least one file needs versions from several libraries (chained entries)');
  });

  test('glibc floor and C library of real binaries', (t) => {
    const p = join(BIN, 'platform/go1.26.8');
    if (!existsSync(join(p, 'host-musl'))) return t.skip('platform set not expanded');
    const facts = (f: string) => {
      const c = openContainers(join(p, f))[0]!;
      try {
        return readNativeFacts(c);
      } finally {
        c.source.close();
      }
    };
    assert.equal(facts('host-base').glibcNeeded, '2.34');
    assert.equal(facts('host-base').libc, 'glibc');
    assert.equal(facts('host-glibc2.28').glibcNeeded, '2.3.2');
    assert.equal(facts('greeter-strlcpy-glibc2.38.so').glibcNeeded, '2.38');
    assert.equal(facts('host-musl').libc, 'musl');
    assert.equal(facts('greeter-musl.so').libc, 'musl');
    assert.deepEqual(facts('greeter-asan.so').sanitizerRequires.map((r) => r.runtime), ['asan']);
    assert.deepEqual(facts('greeter-msan.so').sanitizerRequires, [{ runtime: 'msan', via: 'undefined symbol __msan_retval_tls' }]);
    assert.ok(facts('host-msan').sanitizerProvides.includes('msan'));
  });
});

describe('.gnu.version_r: damaged tables are errors, never loops', () => {
  const strtab = Buffer.from('\0libc.so.6\0GLIBC_2.34\0');
  const need = (next: number, aux: number, cnt = 1) => {
    const b = Buffer.alloc(16);
    b.writeUInt16LE(1, 0); b.writeUInt16LE(cnt, 2); b.writeUInt32LE(1, 4); b.writeUInt32LE(aux, 8); b.writeUInt32LE(next, 12);
    return b;
  };
  const aux = (next: number, name = 11) => {
    const b = Buffer.alloc(16);
    b.writeUInt32LE(0x069691b4, 0); b.writeUInt16LE(0, 4); b.writeUInt16LE(2, 6); b.writeUInt32LE(name, 8); b.writeUInt32LE(next, 12);
    return b;
  };
  test('a well-formed table', () => {
    assert.deepEqual(parseVersionNeeds(Buffer.concat([need(0, 16), aux(0)]), strtab, true), [{ file: 'libc.so.6', versions: [{ hash: 0x069691b4, flags: 0, index: 2, name: 'GLIBC_2.34' }] }]);
  });
  test('an entry chain pointing past the section', () => {
    assert.throws(() => parseVersionNeeds(Buffer.concat([need(64, 16), aux(0)]), strtab, true), BinaryFormatError);
  });
  test('a version count larger than the chain ends at the section, in an error', () => {
    // Offsets are unsigned, so a chain cannot point back; a huge count walks forward until the section ends.
    const data = Buffer.concat([need(0, 16, 65535), aux(16), aux(16)]);
    assert.throws(() => parseVersionNeeds(data, strtab, true), /outside the section/);
  });
  test('a name outside the string table', () => {
    assert.throws(() => parseVersionNeeds(Buffer.concat([need(0, 16), aux(0, 500)]), strtab, true), /outside the string table/);
  });
  test('a wrong structure version', () => {
    const b = Buffer.concat([need(0, 16), aux(0)]);
    b.writeUInt16LE(7, 0);
    assert.throws(() => parseVersionNeeds(b, strtab, true), /version 7/);
  });
});

describe('glibc versions by release', () => {
  test('numbered versions, and the named marker packed relative relocations need', () => {
    assert.deepEqual(glibcVersionOf('GLIBC_2.34'), [2, 34, 0]);
    assert.equal(glibcReleaseOf('GLIBC_2.3.2'), '2.3.2');
    assert.equal(glibcReleaseOf('GLIBC_2.34'), '2.34');
    // -z pack-relative-relocs: glibc 2.36 both applies DT_RELR and defines the version.
    assert.equal(glibcReleaseOf('GLIBC_ABI_DT_RELR'), '2.36');
    for (const other of ['GLIBC_PRIVATE', 'GLIBCXX_3.4', 'GLIBC_ABI_NOPE', 'toString', '__proto__']) assert.equal(glibcReleaseOf(other), null, other);
  });
});
