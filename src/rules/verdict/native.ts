import { rebuildCommand } from '../../check/rebuild.js';
import { type Finding, finding } from '../types.js';
import type { VerdictRule } from './types.js';
import { shellCommand } from '../../report/shell-quote.js';
import { glibcReleaseOf } from '../../container/elf-versions.js';

/**
 * Outcomes decided by the dynamic loader before Go's runtime sees the plugin
 * (src/check/native.ts): the C library, glibc symbol versions, sanitizer runtimes.
 */

const ZIG_ARCH: Record<string, string> = { amd64: 'x86_64', arm64: 'aarch64', '386': 'x86', arm: 'arm', riscv64: 'riscv64', ppc64le: 'powerpc64le', s390x: 's390x' };

const out = (p: string | undefined) => p?.split('/').pop() ?? 'plugin.so';

export const libcMismatch: VerdictRule = {
  meta: { id: 'GPC014', name: 'libc-mismatch', severity: 'error', summary: 'The plugin is linked against musl and the host runs on glibc: dlopen fails.' },
  check({ verdict, plugin }) {
    const n = verdict.native;
    if (n?.cause !== 'libc') return [];
    return [finding(libcMismatch.meta, {
      message: `plugin.Open will fail in dlopen: ${n.message}`,
      evidence: { reference: 'glibc', plugin: `musl (${n.via})` },
      fix: "build the plugin with the host's C library: a glibc C compiler (gcc or clang on a glibc system, not musl-gcc or an Alpine image)",
      commands: [shellCommand(['go', 'build', '-buildmode=plugin', '-o', out(plugin?.file), '.'], { env: [['CC', 'gcc'], ['CGO_ENABLED', '1']] })],
    })];
  },
};

export const glibcTooOld: VerdictRule = {
  meta: { id: 'GPC015', name: 'glibc-too-old', severity: 'error', summary: 'The plugin needs newer glibc symbol versions than the deployment system has: dlopen fails.' },
  check({ verdict, host, plugin }) {
    const n = verdict.native;
    const arch = ZIG_ARCH[host.goarch ?? ''] ?? host.goarch ?? 'x86_64';
    const rebuild = (glibc: string) => shellCommand(['go', 'build', '-buildmode=plugin', '-o', out(plugin?.file), '.'], { env: [['CC', `zig cc -target ${arch}-linux-gnu.${glibc}`], ['CGO_ENABLED', '1']] });
    if (n?.cause === 'glibc-version') {
      return [finding(glibcTooOld.meta, {
        message: `plugin.Open will fail in dlopen ("${n.message}"): the plugin needs ${n.version} from ${n.library} (glibc ${n.needed} or newer), but the deployment system has glibc ${n.system} (--glibc)`,
        evidence: { reference: `glibc ${n.system} (stated)`, plugin: `needs glibc ${n.needed}` },
        fix: `rebuild the plugin against glibc ${n.system} or older: on the host's build system or image, or with a C compiler that targets that glibc (its C code must not call functions newer than glibc ${n.system})${n.version === 'GLIBC_ABI_DT_RELR' ? ', and link it without -z pack-relative-relocs (packed relative relocations, DT_RELR, need glibc 2.36)' : ''}`,
        commands: [rebuild(n.system)],
      })];
    }
    const r = verdict.glibcRisk;
    if (!r || !verdict.loads) return [];
    return [finding(glibcTooOld.meta, {
      severity: 'warning',
      message: `the plugin needs ${r.version} from ${r.library}, but the host binary itself needs only glibc ${r.hostNeeds}: on a system with a glibc older than ${glibcReleaseOf(r.version)} the host runs and this plugin fails in dlopen ("version \`${r.version}' not found"); pass --glibc X.Y (or manifest --glibc) with the deployment system's glibc to decide`,
      evidence: { reference: `host needs glibc ${r.hostNeeds}; deployment glibc not stated`, plugin: `needs ${r.version}` },
      fix: `state the deployment system's glibc with --glibc X.Y; if it is older than ${glibcReleaseOf(r.version)}, rebuild the plugin against it (on the host's build system or image, or with a C compiler that targets that glibc)`,
      commands: [rebuild(r.hostNeeds)],
    })];
  },
};

export const asanNotFirst: VerdictRule = {
  meta: { id: 'GPC016', name: 'asan-plugin-in-plain-host', severity: 'error', summary: 'An -asan plugin in a host without ASan: loading libasan with dlopen aborts the host.' },
  check({ verdict, host, plugin }) {
    const n = verdict.native;
    if (n?.cause !== 'asan-not-first' || !plugin) return [];
    return [finding(asanNotFirst.meta, {
      message: `plugin.Open will crash the host: the plugin was built with -asan (${n.via}) and the host was not, so the ASan runtime arrives by dlopen and aborts the process ("${n.message}"); later plugins are never reached`,
      evidence: { reference: instrumented(host) || 'no ASan runtime', plugin: '-asan' },
      fix: "build the plugin with the host's instrumentation (without -asan)",
      commands: [rebuildCommand(host, plugin)],
    })];
  },
};

export const asanOdr: VerdictRule = {
  meta: { id: 'GPC017', name: 'asan-odr-violation', severity: 'error', summary: 'Host and plugin both built with -asan: ASan reports an ODR violation and aborts the host.' },
  check({ verdict }) {
    const n = verdict.native;
    if (n?.cause !== 'asan-odr') return [];
    return [finding(asanOdr.meta, {
      message: `plugin.Open will crash the host: host and plugin were both built with -asan, both register the same instrumented cgo globals (x_crosscall2_ptr, _cgo_yield), and ASan's one-definition check (detect_odr_violation=${n.odrLevel}${n.odrLevel === 2 ? ', the default' : ''}) aborts the process ("${n.message}"); later plugins are never reached`,
      evidence: { reference: `-asan, ASAN_OPTIONS detect_odr_violation=${n.odrLevel}`, plugin: '-asan' },
      fix: 'run the host with ASAN_OPTIONS=detect_odr_violation=0 (then check with --asan-options detect_odr_violation=0); or build neither side with -asan',
      commands: ['ASAN_OPTIONS=detect_odr_violation=0 ./host …'],
      commandsFor: 'host',
    })];
  },
};

export const sanitizerRuntimeMissing: VerdictRule = {
  meta: { id: 'GPC018', name: 'sanitizer-runtime-missing', severity: 'error', summary: 'The plugin needs a sanitizer runtime (-msan) that the host does not define: dlopen fails.' },
  check({ verdict, host, plugin }) {
    const n = verdict.native;
    if (n?.cause !== 'sanitizer-runtime' || !plugin) return [];
    return [finding(sanitizerRuntimeMissing.meta, {
      message: `plugin.Open will fail in dlopen ("${n.message}"): the plugin was built with -${n.runtime} and needs the ${n.runtime} runtime, which only a host built with -${n.runtime} defines`,
      evidence: { reference: instrumented(host) || 'no instrumentation', plugin: `-${n.runtime} (${n.via})` },
      fix: "build the plugin with the host's instrumentation",
      commands: [rebuildCommand(host, plugin)],
    })];
  },
};

export const NATIVE_RULES: VerdictRule[] = [libcMismatch, glibcTooOld, asanNotFirst, asanOdr, sanitizerRuntimeMissing];

function instrumented(f: { native?: { sanitizerProvides: string[] } }): string {
  return (f.native?.sanitizerProvides ?? []).map((s) => (s === 'tsan' ? '-race' : `-${s}`)).join(' ');
}

/** GPC019: a glibc plugin in a musl host loads, but only by musl's leniency. */
export const glibcPluginInMuslMeta = {
  id: 'GPC019', name: 'glibc-plugin-in-musl-host', severity: 'notice' as const,
  summary: 'A glibc plugin in a musl host loads, but any glibc-only function it calls fails dlopen.',
};

export function glibcPluginInMusl(host: { native?: { libc: string | null } }, plugin: { native?: { libc: string | null; glibcNeeded: string | null } }): Finding[] {
  if (host.native?.libc !== 'musl' || plugin.native?.libc !== 'glibc') return [];
  return [finding(glibcPluginInMuslMeta, {
    message: `the plugin was linked against glibc${plugin.native.glibcNeeded ? ` (needs glibc ${plugin.native.glibcNeeded})` : ''} and the host runs on musl: it loads because musl answers for libc.so.6 and ignores symbol versions, but a function glibc has and musl lacks fails dlopen ("Error relocating …: symbol not found")`,
    evidence: { reference: 'musl', plugin: 'glibc' },
    fix: "build the plugin with the host's C library (CC=musl-gcc, or in the host's Alpine image) to be sure",
  })];
}
