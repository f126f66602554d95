import { gcflagsSetting, packageFlags } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellCommand } from '../../report/shell-quote.js';

/** Compiler flags such as -N -l (debug builds, Delve) change the compiled package. */
export const gcflags: CauseRule = {
  meta: {
    id: 'GPC107', name: 'gcflags-mismatch', severity: 'error',
    summary: 'Shared packages were compiled with different compiler flags (-gcflags, e.g. all=-N -l for Delve).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const claimed: string[] = [];
    let refFlags = '';
    let plugFlags = '';
    for (const pkg of packages) {
      const a = packageFlags(reference, pkg);
      const b = packageFlags(plugin, pkg);
      if (a && b) {
        if (a.join(' ') === b.join(' ')) continue;
        claimed.push(pkg);
        refFlags ||= a.join(' ') || '(none)';
        plugFlags ||= b.join(' ') || '(none)';
      }
    }
    // Without DWARF on one side, fall back to the -gcflags build setting.
    if (claimed.length === 0) {
      const a = gcflagsSetting(reference) ?? '';
      const b = gcflagsSetting(plugin) ?? '';
      if (!reference.buildInfo || !plugin.buildInfo || a === b) return null;
      const global = (s: string) => /(^|\s)all=/.test(s) || /(^|\s)std=/.test(s);
      if (!global(a) && !global(b)) return null;
      claimed.push(...packages);
      refFlags = a || '(none)';
      plugFlags = b || '(none)';
    }
    const setting = gcflagsSetting(reference);
    return {
      packages: claimed,
      message: `compiler flags differ: the plugin compiled them with ${plugFlags}, the ${referenceName} with ${refFlags}`,
      evidence: { reference: refFlags, plugin: plugFlags },
      fix: setting
        ? `build the plugin with -gcflags='${setting}' like the ${referenceName}`
        : `build the plugin without -gcflags for shared packages (a debug build needs a debug host: build both with -gcflags=all=-N -l)`,
      commands: [setting ? shellCommand(['go', 'build', '-buildmode=plugin', `-gcflags=${setting}`], { tail: '…' }) : 'go build -buildmode=plugin …   # no all= -gcflags'],
    };
  },
};
