import { gcflagsFor, gcflagsSetting, harmlessGcflag, packageFlags } from '../query.js';

const relevant = (f: string) => !harmlessGcflag(f);
import type { CauseRule } from '../types.js';
import { shellCommand } from '../../report/shell-quote.js';

const show = (f: string[]) => f.join(' ') || '(none)';

/**
 * Compiler flags such as -N -l (debug builds, Delve) change the compiled
 * package. Per package: DWARF producers when both sides have them, else the
 * `-gcflags` build setting with its package pattern (`all=`, `std=`,
 * `example.com/x/...=`, or none: the main package only). Diagnostic flags
 * (-m, -B, -json, -v) change no export data and are ignored.
 */
export const gcflags: CauseRule = {
  meta: {
    id: 'GPC107', name: 'gcflags-mismatch', severity: 'error',
    summary: 'Shared packages were compiled with different compiler flags (-gcflags, e.g. all=-N -l for Delve, or a per-package pattern).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const claimed: string[] = [];
    // Every flag seen on each side over the claimed packages (one package may lack one: -N is not recorded for every unit).
    const refSeen = new Set<string>();
    const plugSeen = new Set<string>();
    for (const pkg of packages) {
      // DWARF (exact, per package) on both sides, else the build setting, on each side separately.
      const dw = packageFlags(reference, pkg) !== null && packageFlags(plugin, pkg) !== null;
      const side = (f: typeof plugin) => (dw ? packageFlags(f, pkg) : f.buildInfo ? gcflagsFor(f, pkg) : packageFlags(f, pkg));
      const x = side(reference);
      const y = side(plugin);
      if (!x || !y) continue;
      if (x.filter(relevant).join(' ') === y.filter(relevant).join(' ')) continue;
      claimed.push(pkg);
      for (const f of x) refSeen.add(f);
      for (const f of y) plugSeen.add(f);
    }
    if (claimed.length === 0) return null;
    const refFlags = show([...refSeen].sort());
    const plugFlags = show([...plugSeen].sort());
    const setting = gcflagsSetting(reference);
    const plugSetting = gcflagsSetting(plugin);
    return {
      packages: claimed,
      message: `compiler flags differ: the plugin compiled ${claimed.length === 1 ? claimed[0] : 'them'} with ${plugFlags}${plugSetting ? ` (-gcflags=${plugSetting})` : ''}, the ${referenceName} with ${refFlags}${setting ? ` (-gcflags=${setting})` : ''}`,
      evidence: { reference: refFlags, plugin: plugFlags },
      fix: setting
        ? `build the plugin with -gcflags='${setting}' like the ${referenceName}`
        : `build the plugin without -gcflags for shared packages (a debug build needs a debug host: build both with -gcflags=all=-N -l)`,
      commands: [setting ? shellCommand(['go', 'build', '-buildmode=plugin', `-gcflags=${setting}`], { tail: '…' }) : 'go build -buildmode=plugin …   # no -gcflags that match shared packages'],
    };
  },
};
