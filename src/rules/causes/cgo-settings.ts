import { setting } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellCommand } from '../../report/shell-quote.js';

// CGO_ENABLED is not compared: a host without cgo cannot load plugins at all (GPC003), and a
// go1.19 plugin built without cgo loads into a cgo host (case nocgo-plugin-go1.19.8).
const KEYS = ['CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS'];
/** Build info records the variables as set (empty when unset); `go env` shows the defaults. */
const DEFAULTS: Record<string, string> = { CGO_CFLAGS: '-O2 -g', CGO_CXXFLAGS: '-O2 -g', CGO_LDFLAGS: '-O2 -g' };
const value = (f: Parameters<typeof setting>[0], k: string) => {
  const v = setting(f, k) ?? '';
  return v === '' ? DEFAULTS[k] ?? '' : v;
};
/**
 * Measured (case cgo-cflags): other CGO_CFLAGS leave every hash alone, the
 * standard cgo packages included — the C side is not part of export data.
 * What can change is a shared non-standard cgo package whose Go API uses C
 * definitions (e.g. constants set with CGO_CPPFLAGS -D), so only such
 * packages are claimed, and only when nothing else explained them.
 */
const isStdPackage = (p: string) => !(p.split('/')[0] ?? '').includes('.');

/** cgo settings change the packages that use cgo. */
export const cgoSettings: CauseRule = {
  meta: {
    id: 'GPC109', name: 'cgo-settings-mismatch', severity: 'error',
    summary: 'cgo settings (CGO_CFLAGS, …) differ and change cgo packages.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (!reference.buildInfo || !plugin.buildInfo) return null;
    const diffs = KEYS.filter((k) => value(reference, k) !== value(plugin, k));
    if (diffs.length === 0) return null;
    const claimed = packages.filter((p) => !isStdPackage(p) && p !== plugin.mainPackage);
    if (claimed.length === 0) return null;
    const show = (f: typeof reference) => diffs.map((k) => `${k}=${value(f, k)}`).join(' ');
    return {
      packages: claimed,
      message: `cgo settings differ (${diffs.join(', ')}): ${show(plugin)} in the plugin, ${show(reference)} in the ${referenceName}; for a cgo package whose Go API uses C definitions this changes the package`,
      evidence: { reference: show(reference), plugin: show(plugin) },
      fix: `build the plugin with the ${referenceName}'s cgo settings`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: diffs.map((k) => [k, value(reference, k)]), tail: '…' })],
    };
  },
};
