import type { BuildFacts } from '../facts/build-facts.js';
import { glibcReleaseOf } from '../container/elf-versions.js';
import { type Deployment, asanOdrLevel, compareVersions } from '../facts/native.js';

/**
 * What dlopen does with a plugin before Go's runtime sees it, in the
 * loader's order: map the needed libraries (the C library), check their
 * symbol versions, relocate (undefined symbols), run initialisers (sanitizer
 * runtimes). Measured on all three toolchains (fixtures/ground-truth/platform.json).
 */
export type NativeOutcome =
  | { kind: 'platform-mismatch'; cause: 'libc'; message: string; plugin: 'musl' | 'glibc'; host: 'musl' | 'glibc'; via: string }
  | { kind: 'platform-mismatch'; cause: 'glibc-version'; message: string; needed: string; version: string; library: string; system: string; systemSource: 'stated' }
  | { kind: 'platform-mismatch'; cause: 'sanitizer-runtime'; message: string; runtime: string; via: string }
  | { kind: 'host-crash'; cause: 'asan-not-first'; message: string; via: string }
  | { kind: 'host-crash'; cause: 'asan-odr'; message: string; odrLevel: number };

export function judgeNative(host: BuildFacts, plugin: BuildFacts, file: string, deployment: Partial<Deployment>): NativeOutcome | null {
  const h = host.native;
  const p = plugin.native;
  if (!h || !p || plugin.kind !== 'plugin' || plugin.format !== 'elf' || host.goos !== 'linux') return null;

  // 1. The C library. glibc searches for musl's "libc.so" and finds nothing it can load
  // (on a system with glibc's development files, the linker script /usr/lib/…/libc.so).
  // The other way round loads: musl resolves libc.so.6 to itself and ignores symbol versions.
  if (h.libc === 'glibc' && p.libc === 'musl') {
    const lib = plugin.needed.find((n) => n === 'libc.so' || n.startsWith('libc.musl-')) ?? 'libc.so';
    return {
      kind: 'platform-mismatch', cause: 'libc', plugin: 'musl', host: 'glibc', via: p.libcEvidence ?? `needs ${lib}`,
      message: `the plugin was linked against musl (it needs ${lib}) but the host runs on glibc: dlopen cannot load ${lib} (glibc says "${lib}: invalid ELF header" where ${lib} is glibc's linker script, else "cannot open shared object file")`,
    };
  }

  // 2. glibc symbol versions, against the deployment system's glibc when it is stated.
  // Unstated, the host binary's own needs are only a lower bound of that system (a
  // host built against an old glibc runs on newer ones, where the plugin loads):
  // that is a risk (glibcRisk, a warning), not a predicted failure.
  const stated = deployment.glibc ?? null;
  const v = stated && h.libc === 'glibc' && p.libc !== 'musl' ? newerGlibcNeed(p.versionNeeds, stated) : null;
  if (v && stated) {
    return {
      kind: 'platform-mismatch', cause: 'glibc-version', needed: p.glibcNeeded ?? glibcReleaseOf(v.version)!, version: v.version, library: v.file, system: stated,
      systemSource: 'stated',
      message: `${v.file}: version \`${v.version}' not found (required by ${file})`,
    };
  }

  // 3. Relocation: sanitizer runtime symbols only an instrumented host defines.
  for (const r of p.sanitizerRequires) {
    if (r.runtime === 'asan' || h.sanitizerProvides.includes(r.runtime)) continue;
    const sym = r.via.startsWith('undefined symbol ') ? r.via.slice('undefined symbol '.length) : `__${r.runtime}_*`;
    return { kind: 'platform-mismatch', cause: 'sanitizer-runtime', runtime: r.runtime, via: r.via, message: `${file}: undefined symbol: ${sym}` };
  }

  // 4. Initialisers. libasan loaded by dlopen into a process that did not start with it aborts the host.
  const asan = p.sanitizerRequires.find((r) => r.runtime === 'asan');
  if (asan && !h.sanitizerProvides.includes('asan')) {
    return { kind: 'host-crash', cause: 'asan-not-first', via: asan.via, message: 'ASan runtime does not come first in initial library list; you should either link runtime to your application or manually preload it with LD_PRELOAD.' };
  }
  // Both ASan builds register the same cgo globals (x_crosscall2_ptr, _cgo_yield):
  // ASan's default ODR check (detect_odr_violation=2) aborts the host.
  if (asan && h.sanitizerProvides.includes('asan')) {
    const level = asanOdrLevel(deployment.asanOptions ?? null);
    if (level >= 2) return { kind: 'host-crash', cause: 'asan-odr', odrLevel: level, message: 'ERROR: AddressSanitizer: odr-violation' };
  }
  return null;
}

/** The first GLIBC_x.y the plugin needs above `system`, if any. */
function newerGlibcNeed(needs: { file: string; versions: string[] }[], system: string): { file: string; version: string } | null {
  for (const need of needs) {
    const version = need.versions.find((x) => {
      const release = glibcReleaseOf(x);
      return release !== null && compareVersions(release, system) > 0;
    });
    if (version) return { file: need.file, version };
  }
  return null;
}

/**
 * With no deployment glibc stated: the plugin needs a newer glibc than the host
 * binary does, so it fails on any system between the two (a warning, GPC015).
 */
export function glibcRisk(host: BuildFacts, plugin: BuildFacts, deployment: Partial<Deployment>): { hostNeeds: string; version: string; library: string } | null {
  const h = host.native;
  const p = plugin.native;
  if (deployment.glibc || !h || !p || h.libc !== 'glibc' || p.libc === 'musl' || !h.glibcNeeded || plugin.kind !== 'plugin') return null;
  const v = newerGlibcNeed(p.versionNeeds, h.glibcNeeded);
  return v ? { hostNeeds: h.glibcNeeded, version: v.version, library: v.file } : null;
}
