import { glibcReleaseOf } from '../container/elf-versions.js';
import type { Container } from '../container/types.js';

export type Sanitizer = 'asan' | 'msan' | 'tsan';

/**
 * What the dynamic loader will need before Go's runtime sees the plugin: the
 * C library, its symbol versions, and sanitizer runtimes. dlopen judges
 * these first, so they decide outcomes that no package hash explains.
 */
export interface NativeFacts {
  /** The C library the binary was linked against, and the evidence. */
  libc: 'glibc' | 'musl' | null;
  libcEvidence: string | null;
  soname: string | null;
  /** `.gnu.version_r`: versions needed per library. */
  versionNeeds: { file: string; versions: string[] }[];
  /** The highest GLIBC_x.y needed: the oldest glibc it runs on. */
  glibcNeeded: string | null;
  /** Sanitizer runtimes this binary brings into the process (host: in its initial library list or linked in). */
  sanitizerProvides: Sanitizer[];
  /** Sanitizer runtimes this binary needs from the process, with what shows it. */
  sanitizerRequires: { runtime: Sanitizer; via: string }[];
}

/** What the deployment system is, when it is not what the host binary shows (check/manifest --glibc, --asan-options). */
export interface Deployment {
  glibc: string | null;
  asanOptions: string | null;
}

const SANITIZER_LIB: [RegExp, Sanitizer][] = [[/^libasan\.so/, 'asan'], [/^libtsan\.so/, 'tsan']];
const SANITIZER_SYM: [RegExp, Sanitizer][] = [[/^__asan_/, 'asan'], [/^__msan_/, 'msan'], [/^__tsan_/, 'tsan']];

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function libcOf(c: Container, needs: NativeFacts['versionNeeds']): Pick<NativeFacts, 'libc' | 'libcEvidence'> {
  const interp = c.interpreter ?? '';
  if (/ld-musl-/.test(interp)) return { libc: 'musl', libcEvidence: `interpreter ${interp}` };
  // musl's shared library is called libc.so (Alpine: libc.musl-<arch>.so.1); glibc's is libc.so.6.
  const musl = c.needed.find((n) => n === 'libc.so' || /^libc\.musl-/.test(n));
  if (musl) return { libc: 'musl', libcEvidence: `needs ${musl}` };
  if (/ld-linux|\/ld64\.so|\/ld\.so\.1$/.test(interp) && c.format === 'elf' && c.goos === 'linux') return { libc: 'glibc', libcEvidence: `interpreter ${interp}` };
  const glibc = c.needed.find((n) => n === 'libc.so.6');
  if (glibc) return { libc: 'glibc', libcEvidence: `needs ${glibc}` };
  if (needs.some((n) => n.versions.some((v) => v.startsWith('GLIBC_')))) return { libc: 'glibc', libcEvidence: 'needs GLIBC_ symbol versions' };
  return { libc: null, libcEvidence: null };
}

/** Reads the native facts of one container (bounded: only the dynamic section, .gnu.version_r and .dynsym). */
export function readNativeFacts(c: Container): NativeFacts {
  const versionNeeds = (c.versionNeeds?.() ?? []).map((n) => ({ file: n.file, versions: n.versions.map((v) => v.name) }));
  let glibcNeeded: string | null = null;
  for (const n of versionNeeds) {
    for (const v of n.versions) {
      const ver = glibcReleaseOf(v);
      if (ver && (!glibcNeeded || compareVersions(ver, glibcNeeded) > 0)) glibcNeeded = ver;
    }
  }
  const provides = new Set<Sanitizer>();
  const requires: NativeFacts['sanitizerRequires'] = [];
  for (const lib of c.needed) {
    for (const [re, s] of SANITIZER_LIB) {
      if (re.test(lib)) {
        provides.add(s); // a DT_NEEDED of the executable is in the initial library list
        requires.push({ runtime: s, via: `needs ${lib}` });
      }
    }
  }
  const dyn = c.format === 'elf' && c.hasDynamicSymbolTable() ? c.symbolsWithPrefix('dynamic', ['__asan_', '__msan_', '__tsan_']) : [];
  for (const s of dyn) {
    for (const [re, san] of SANITIZER_SYM) {
      if (!re.test(s.name)) continue;
      if (s.section !== null) provides.add(san);
      else if (!s.weak && s.global && !requires.some((r) => r.runtime === san && !r.via.startsWith('undefined symbol '))) {
        // glibc names the first relocation it cannot resolve: for -msan the TLS ones (measured: __msan_retval_tls).
        const prev = requires.findIndex((r) => r.runtime === san);
        if (prev < 0) requires.push({ runtime: san, via: `undefined symbol ${s.name}` });
        else if (/_tls$/.test(s.name) && !/_tls$/.test(requires[prev]!.via)) requires[prev] = { runtime: san, via: `undefined symbol ${s.name}` };
      }
    }
  }
  return {
    ...libcOf(c, versionNeeds),
    soname: c.soname ?? null,
    versionNeeds,
    glibcNeeded,
    sanitizerProvides: [...provides].sort(),
    sanitizerRequires: requires,
  };
}

/** ASAN_OPTIONS' detect_odr_violation (default 2: report every global defined twice). */
export function asanOdrLevel(options: string | null): number {
  if (!options) return 2;
  let level = 2;
  for (const part of options.split(/[:,\s]+/)) {
    const m = /^detect_odr_violation=(\d+)$/.exec(part.trim());
    if (m) level = Number(m[1]);
  }
  return level;
}
