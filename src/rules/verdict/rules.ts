import { finding } from '../types.js';
import type { VerdictRule } from './types.js';
import { shellCommand } from '../../report/shell-quote.js';
import { platformMismatchText } from '../../check/simulate.js';
import { describeExports } from '../../facts/plugin-identity.js';
import { interfaceMethods } from '../../check/required-symbol.js';

/**
 * One rule per way plugin.Open fails. Each turns the simulated failure into a
 * finding with the runtime's own words and the remedy.
 */

export const packageMismatch: VerdictRule = {
  meta: { id: 'GPC001', name: 'package-mismatch', severity: 'error', summary: 'plugin.Open will fail: a package hash differs from the one already in the process.' },
  check({ verdict, all }) {
    const f = verdict.failure;
    if (f?.kind !== 'package-mismatch' || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
    const n = f.packages.length;
    const first = verdict.differences[0];
    const where = first?.owner.kind === 'plugin' ? `the earlier plugin ${all[first.owner.index]!.file}` : 'the host';
    const message = `plugin.Open will fail: the plugin contains another build of package ${f.package} than ${where} already put in the process, and Go refuses to mix them ("${f.message}")` +
        (n > 1 ? `. ${n} packages differ; the runtime names the first in the plugin's link order` : '');
    return [finding(packageMismatch.meta, { message, packages: f.packages })];
  },
};

export const alreadyLoaded: VerdictRule = {
  meta: { id: 'GPC002', name: 'plugin-path-collision', severity: 'error', summary: 'Two plugins with the same plugin path in one process: "plugin already loaded".' },
  check({ verdict, plugin, all }) {
    if (verdict.failure?.kind !== 'already-loaded' || verdict.cachedFrom !== null || verdict.foreign) return [];
    const other = verdict.collidesWith !== null ? all[verdict.collidesWith]!.file : 'an earlier plugin';
    const pp = plugin?.pluginPath ?? '?';
    // The plugin path is the main package's import path; the module path is what go.mod can change.
    const mod = plugin?.buildInfo?.main?.path;
    const renamed = mod && (pp === mod || pp.startsWith(mod + '/')) ? `${mod}/v2${pp.slice(mod.length)}` : null;
    return [finding(alreadyLoaded.meta, {
      message: `plugin.Open will fail with "plugin already loaded": ${other} has the same plugin path ${pp}. Renaming or copying the file does not change the plugin path`,
      evidence: { reference: `${other}: ${pp}`, plugin: pp },
      fix: 'give each plugin build its own plugin path: a distinct import path for its main package (e.g. a new major-version module path), not -ldflags=-pluginpath, which breaks symbol lookup' +
        (renamed ? `; with the command below the plugin path becomes ${renamed}` : ''),
      // The new path is named in the fix text, never in the command's comment (binary-controlled text in a shell comment).
      ...(renamed ? { commands: [shellCommand(['go', 'mod', 'edit', `-module=${mod}/v2`], { tail: '  # then update imports inside the module' })] } : {}),
    })];
  },
};

export const noPluginSupport: VerdictRule = {
  meta: { id: 'GPC003', name: 'host-cannot-load-plugins', severity: 'error', summary: 'The host cannot load any plugin: "plugin: not implemented".' },
  check({ verdict, host }) {
    if (verdict.failure?.kind !== 'no-plugin-support') return [];
    return [finding(noPluginSupport.meta, {
      message: `the host cannot load plugins: plugin.Open returns "plugin: not implemented" because it ${host.pluginSupport?.reason ?? 'lacks plugin support'}`,
      evidence: { reference: `${host.linkage}${host.buildInfo ? ', CGO_ENABLED=' + (host.buildInfo.settings.find((s) => s.key === 'CGO_ENABLED')?.value ?? '?') : ''}` },
      fix: 'rebuild the host with cgo enabled (CGO_ENABLED=1 and a C compiler), dynamically linked, importing package plugin',
      commands: ['CGO_ENABLED=1 go build …   # the host'],
      commandsFor: 'host',
    })];
  },
};

export const platformMismatch: VerdictRule = {
  meta: { id: 'GPC004', name: 'platform-mismatch', severity: 'error', summary: 'Plugin and host are for different OS, architecture or binary format.' },
  check({ verdict, host, plugin }) {
    // dlopen's own refusals (C library, glibc versions, sanitizer runtimes) have their rules: GPC014–GPC018.
    if (verdict.failure?.kind !== 'platform-mismatch' || !plugin || verdict.native) return [];
    const what = platformMismatchText(plugin, host);
    const loaderSays = verdict.failure.message === what ? '' : ` (dlopen says "${verdict.failure.message}")`;
    return [finding(platformMismatch.meta, {
      message: what + loaderSays,
      evidence: { reference: `${host.goos}/${host.goarch} ${host.format}`, plugin: `${plugin.goos}/${plugin.goarch} ${plugin.format}` },
      fix: `build the plugin for the host's platform`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOOS', host.goos ?? ''], ['GOARCH', host.goarch ?? ''], ['CGO_ENABLED', '1']], tail: '…' })],
    })];
  },
};

export const notAPlugin: VerdictRule = {
  meta: { id: 'GPC005', name: 'not-a-plugin', severity: 'error', summary: 'The file is not a Go plugin.' },
  check({ verdict, plugin, all }) {
    if (verdict.foreign && verdict.cachedFrom === null && verdict.notReachedAfter === null) {
      const last = verdict.foreign.lastModule;
      const what = plugin?.kind === 'shared-library' ? `a Go shared library (-buildmode=${plugin.buildInfo?.settings.find((x) => x.key === '-buildmode')?.value ?? 'c-shared or shared'}), not a plugin` : 'a shared library that is not a Go plugin';
      const outcome = verdict.fatal
        ? `${last === null ? 'no plugin was loaded before it' : `the last one, that of ${all[last]!.file}, failed its checks and is marked bad`}, so the runtime throws "runtime: no plugin module data" and the host exits (GPC012)`
        : `the last one is that of ${all[last!]!.file}, already initialised, so plugin.Open fails with "plugin already loaded" (and repeats it for this path)`;
      return [finding(notAPlugin.meta, {
        message: `the file is ${what}: dlopen loads it and runs its initialisers, but no Go module joins the process, and plugin.Open takes the last module already there: ${outcome}`,
        evidence: { plugin: `${plugin?.kind ?? 'unknown'} (${plugin?.containerKind ?? '?'})${plugin?.native?.soname ? `, soname ${plugin.native.soname}` : ''}` },
        fix: 'give the host only Go plugins: where it loads every file of a directory (matching a pattern), keep other files out of it; a C library a plugin needs belongs on the library path (its rpath, LD_LIBRARY_PATH), not among the plugins',
      })];
    }
    if (verdict.failure?.kind !== 'not-a-plugin') return [];
    const m = verdict.failure.message;
    return [finding(notAPlugin.meta, {
      // The loader's own words when known (glibc), after what the file is.
      message: m.startsWith('the file is') ? m : `the file is ${plugin?.kind === 'executable' ? 'an executable' : 'not a Go plugin'}, and dlopen refuses it ("${m}")`,
      evidence: { plugin: `${plugin?.kind ?? 'unknown'} (${plugin?.containerKind ?? '?'})` },
      fix: 'build the plugin with go build -buildmode=plugin',
      commands: ['go build -buildmode=plugin -o plugin.so .'],
    })];
  },
};

export const unreadable: VerdictRule = {
  meta: { id: 'GPC006', name: 'unreadable', severity: 'error', summary: 'The plugin file could not be read as a Go binary.' },
  check({ verdict }) {
    if (verdict.failure?.kind !== 'unreadable') return [];
    return [finding(unreadable.meta, { message: `cannot read the plugin: ${verdict.failure.message}` })];
  },
};

export const symbolResolution: VerdictRule = {
  meta: { id: 'GPC007', name: 'symbol-resolution', severity: 'error', summary: 'plugin.Open cannot resolve the plugin\'s own exported symbols (-ldflags=-pluginpath).' },
  check({ verdict, plugin }) {
    if (verdict.failure?.kind !== 'symbol-resolution' || verdict.cachedFrom !== null) return [];
    return [finding(symbolResolution.meta, {
      message: `plugin.Open will fail with "could not find symbol …": the plugin was linked with -ldflags=-pluginpath=${plugin?.pluginPath}, so plugin.Open looks its exports (${plugin?.mainPackageSymbols.join(', ')}) up as ${plugin?.pluginPath}.<Name>, but they are named ${plugin?.mainPackage}.<Name> (the runtime names whichever it tries first)`,
      evidence: { plugin: `plugin path ${plugin?.pluginPath}, symbols under ${plugin?.mainPackage}` },
      fix: 'drop -ldflags=-pluginpath; to change the plugin path, change the import path of the plugin\'s main package',
      commands: ['go build -buildmode=plugin …   # without -ldflags=-pluginpath'],
    })];
  },
};

export const symbolMissing: VerdictRule = {
  meta: { id: 'GPC008', name: 'symbol-missing', severity: 'error', summary: 'A symbol the host looks up is not exported by the plugin, or not with the type the host asserts.' },
  check({ verdict, plugin }) {
    if (verdict.failure?.kind !== 'symbol-missing') return [];
    const exports = `exports ${(plugin ? describeExports(plugin) : []).join(', ') || 'nothing'}`;
    const missingMethod = /^interface conversion: (.*) is not (interface .*): missing method (\S+)$/s.exec(verdict.failure.message);
    if (missingMethod) {
      const [, have, iface, method] = missingMethod;
      const sig = interfaceMethods(iface!)?.find((m) => m.name === method)?.type;
      return [finding(symbolMissing.meta, {
        message: `plugin.Lookup finds the symbol, but its type ${have} has no method ${method}${sig ? ` of type ${sig}` : ''}, so the host's assertion to the interface fails ("${verdict.failure.message}")`,
        evidence: { reference: `asserts ${iface}`, plugin: exports },
        fix: have!.startsWith('func(')
          ? `the host asserts an interface, and a function's symbol (a func type) has no methods: export a variable instead (var X T, where T or *T has the interface's methods)`
          : `give ${have!.replace(/^\*/, '')} the method ${method} with exactly the interface's signature (a method with another signature does not count)`,
      })];
    }
    const assertion = /^interface conversion: plugin\.Symbol is (.*), not (.*)$/s.exec(verdict.failure.message);
    if (assertion) {
      return [finding(symbolMissing.meta, {
        message: `plugin.Lookup finds the symbol, but the host's type assertion to ${assertion[2]} fails (v, ok := sym.(T) gives ok == false; sym.(T) panics: "${verdict.failure.message}")`,
        evidence: { reference: `asserts ${assertion[2]}`, plugin: exports },
        fix: `give the symbol the type the host asserts, ${assertion[2]}: Lookup returns a function as its func type and a variable as a pointer to it (var X T gives *T)`,
      })];
    }
    return [finding(symbolMissing.meta, {
      message: `plugin.Lookup will fail: ${verdict.failure.message}`,
      evidence: { plugin: exports },
      fix: 'export the symbol from the plugin\'s main package (a top-level, capitalised func or var)',
    })];
  },
};

export const notReached: VerdictRule = {
  meta: { id: 'GPC009', name: 'not-reached', severity: 'error', summary: 'An earlier plugin crashes or hangs the host, so this plugin is never opened.' },
  check({ verdict, all }) {
    if (verdict.notReachedAfter === null) return [];
    return [finding(notReached.meta, {
      message: `never opened: the host process crashes or hangs while loading ${all[verdict.notReachedAfter]!.file}`,
      fix: `fix ${all[verdict.notReachedAfter]!.file} first`,
    })];
  },
};

export const previousFailure: VerdictRule = {
  meta: { id: 'GPC010', name: 'previous-failure', severity: 'error', summary: 'The same file was opened before and failed; plugin.Open repeats that failure.' },
  check({ verdict, all }) {
    if (verdict.cachedFrom === null || !verdict.failure) return [];
    return [finding(previousFailure.meta, {
      // A cached re-open that never returns is the only fatal one (the first open half-initialised the plugin).
      message: verdict.fatal
        ? `plugin.Open caches by real path: this is ${all[verdict.cachedFrom]!.file} again, whose first open failed after initialising; ${verdict.failure.message}`
        : `plugin.Open caches by real path: this is ${all[verdict.cachedFrom]!.file} again, so it fails again with "${verdict.failure.message}"`,
    })];
  },
};

export const inferred: VerdictRule = {
  meta: { id: 'GPC011', name: 'verdict-inferred', severity: 'warning', summary: 'The verdict was inferred from build facts because hash tables are missing.' },
  check({ verdict }) {
    if (!verdict.inferred || verdict.failure?.kind === 'unreadable') return [];
    return [finding(inferred.meta, {
      message: `verdict inferred, not read: ${verdict.inferred}`,
      // Stripping is fine (module data is read); what helps depends on the part that was missing.
      fix: /host exports no/.test(verdict.inferred) ? 'check against the host binary, or a manifest made from it by `go-plugin-compat manifest`'
        : /patch release|exact Go version/.test(verdict.inferred) ? 'build host and plugin with the same Go release'
        : 'check an undamaged build of the plugin (one whose module data or symbol table is readable)',
    })];
  },
};

/** What a host prints when it dies in plugin_lastmoduleinit (exit status 2, then a goroutine dump). */
const CRASH_OUTPUT = 'fatal error: runtime: no plugin module data';

export const hostCrash: VerdictRule = {
  meta: { id: 'GPC012', name: 'host-crash', severity: 'error', summary: 'The host process dies inside plugin.Open; later plugins are never opened.' },
  check({ verdict, host, plugin, all }) {
    const f = verdict.failure;
    // Aborts in dlopen (sanitizers) have rules of their own (GPC016, GPC017).
    if (f?.kind !== 'host-crash' || !verdict.crash || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
    const later = all.length - verdict.index - 1;
    const never = later > 0 ? `. The ${later} plugin${later === 1 ? '' : 's'} after it ${later === 1 ? 'is' : 'are'} never opened` : '';
    if (verdict.crash === 'truncated') {
      return [finding(hostCrash.meta, {
        message: `plugin.Open will not return: the file is cut short (${verdict.readError ?? 'truncated'}); dlopen maps its segments anyway and the host process dies with SIGBUS when it touches the missing part${never}`,
        evidence: { plugin: 'truncated file' },
        fix: 'copy the plugin again, whole (an interrupted download, copy or build); compare its size and checksum with the original',
      })];
    }
    const why = verdict.crash === 'host-cannot-load'
      ? 'the host cannot load any plugin: it was linked without exporting its runtime module list to the dynamic linker (GPC013)'
      : verdict.crash === 'no-new-module'
      ? 'the file is not a Go plugin, so no module joins the host\'s list, and there is no good module loaded before it for plugin.Open to take instead (GPC005)'
      : `the plugin was built by ${plugin?.goVersion ?? `a Go release in ${plugin?.goVersionRange?.min}…${plugin?.goVersionRange?.max ?? ''}`} and the host by ${host.goVersion ?? 'another release'}: a plugin's runtime joins the host's only when both come from the same Go release`;
    return [finding(hostCrash.meta, {
      message: `plugin.Open will not return: the host process exits with status 2 printing "${CRASH_OUTPUT}" — ${why}${never}`,
      evidence: { reference: `${host.goVersion ?? '?'}${verdict.crash === 'host-cannot-load' ? ', cannot load plugins' : ''}`, plugin: verdict.crash === 'no-new-module' ? `${plugin?.kind ?? 'unknown'} (${plugin?.containerKind ?? '?'})` : plugin?.goVersion ?? '?' },
      ...(f.packages.length ? { packages: f.packages } : {}),
    })];
  },
};

export const hostCannotLoad: VerdictRule = {
  meta: { id: 'GPC013', name: 'host-cannot-load-any-plugin', severity: 'error', summary: 'The host was linked so that no plugin can join its runtime (internal linking, static cgo): every plugin.Open crashes it.' },
  check({ verdict, host }) {
    if (verdict.crash !== 'host-cannot-load' || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
    const fix = host.pluginSupport?.fix;
    return [finding(hostCannotLoad.meta, {
      message: `this host cannot load any plugin: it ${host.pluginSupport?.reason ?? 'does not export its module list'}`,
      evidence: { reference: `${host.linkage}, ${host.containerKind}${host.buildInfo ? `, ldflags ${host.buildInfo.settings.find((s) => s.key === '-ldflags')?.value ?? '(none)'}` : ''}` },
      fix: `rebuild the host with ${fix?.flag ?? '-ldflags=-linkmode=external'} (and without -extldflags=-static), so the linker exports the runtime's module list to the dynamic linker`,
      commands: [fix?.command ?? 'go build -ldflags=-linkmode=external …   # the host'],
      commandsFor: 'host',
    })];
  },
};

export const identityDisagrees: VerdictRule = {
  meta: { id: 'GPC020', name: 'identity-disagrees', severity: 'warning', summary: "The plugin's symbol table disagrees with its module data, which is what the runtime reads." },
  check({ verdict, plugin }) {
    const d = plugin?.identity?.disagreements ?? [];
    if (!d.length || verdict.cachedFrom !== null || verdict.notReachedAfter !== null) return [];
    return [finding(identityDisagrees.meta, {
      message: `the plugin's symbol table disagrees with its module data (the verdict follows module data, as plugin.Open does): ${d.join('; ')}`,
      evidence: { plugin: `module data ${plugin!.identity!.moduleData?.layout ?? '?'} at ${plugin!.identity!.moduleData?.address ?? '?'}` },
      fix: 'rebuild the plugin with the go command alone; a post-link tool rewrote symbols or data',
    })];
  },
};

export const VERDICT_RULES: VerdictRule[] = [
  packageMismatch, alreadyLoaded, noPluginSupport, platformMismatch, notAPlugin, unreadable,
  symbolResolution, symbolMissing, notReached, previousFailure, inferred, hostCrash, hostCannotLoad, identityDisagrees,
];
