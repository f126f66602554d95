import { baseVersion, inRange, moduleOf, sameMinor } from '../query.js';
import { versionDiffers } from './module-version.js';
import type { CauseRule } from '../types.js';
import { shellAssign, shellCommand, shellWord } from '../../report/shell-quote.js';

/** Different Go toolchains: another minor release cannot register its module; a patch release changes some packages. */
export const toolchain: CauseRule = {
  meta: {
    id: 'GPC101', name: 'toolchain-mismatch', severity: 'error', locate: 'toolchain',
    summary: 'The plugin was built with a different Go toolchain than the host.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const a = baseVersion(reference.goVersion);
    const range = plugin.goVersionRange;
    const b = baseVersion(plugin.goVersion) ?? (a && range && !inRange(a, range) ? `${range.min}…${range.max ?? ''}` : null);
    if (!a || !b || a === b) return null;
    // Packages whose module is at another version on one side are left to GPC105, so a plugin with
    // both problems is told both fixes at once; all, if nothing else is left.
    const others = packages.filter((p) => {
      const a = moduleOf(reference, p);
      const b = moduleOf(plugin, p);
      return !(a && b && versionDiffers(a, b));
    });
    const claimed = others.length ? others : packages;
    const n = `${claimed.length} shared package${claimed.length === 1 ? '' : 's'} differ${claimed.length === 1 ? 's' : ''}`;
    return {
      packages: claimed,
      // A patch release keeps the runtime's module layout: only the packages it changed differ.
      message: sameMinor(a, b)
        ? `built with ${b}, but the ${referenceName} was built with ${a}: ${n} (a patch release changes the packages it fixes, and every package built on them)`
        : `built with ${b}, but the ${referenceName} was built with ${a}: the runtime of one cannot register the other's module, and ${n}`,
      evidence: { reference: a, plugin: b },
      fix: `rebuild the plugin with exactly ${a} (${shellAssign('GOTOOLCHAIN', a)} fetches and verifies it: GOSUMDB must not be off; or install it with go install ${shellWord(`golang.org/dl/${a}@latest`)} && ${shellWord(a)} download)`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOTOOLCHAIN', a]], tail: '…' })],
    };
  },
};

