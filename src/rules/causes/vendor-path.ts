import { isStd, isTrimmed } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellAssign, shellCommand } from '../../report/shell-quote.js';

/** Without -trimpath, vendored copies record the vendor/ directory, not the module cache path. */
export const vendorPath: CauseRule = {
  meta: {
    id: 'GPC112', name: 'vendor-path-mismatch', severity: 'error', locate: 'module',
    summary: 'Without -trimpath, one side compiled its dependencies from a vendor/ directory and the other did not (or from another one).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (isTrimmed(reference) !== false || isTrimmed(plugin) !== false) return null;
    const a = reference.paths?.vendorDirs ?? [];
    const b = plugin.paths?.vendorDirs ?? [];
    if (a.join('\n') === b.join('\n')) return null;
    // Vendoring copies every non-standard dependency, replaced local modules included.
    const claimed = packages.filter((p) => !isStd(p) && p !== plugin.mainPackage);
    if (claimed.length === 0) return null;
    const where = (v: string[]) => (v.length ? v.join(', ') : 'the module cache / module directories');
    // The cache's path is part of every cached package too: name it, the user's may be elsewhere.
    const cache = reference.paths?.modcache ? ` (${shellAssign('GOMODCACHE', reference.paths.modcache)})` : '';
    return {
      packages: claimed,
      message: `the plugin compiled its dependencies from ${where(b)}, the ${referenceName} from ${where(a)}; without -trimpath the directory is part of every such package`,
      evidence: { reference: where(a), plugin: where(b) },
      fix: b.length
        ? `build the plugin with -mod=mod from the same module cache as the ${referenceName}${cache}, or build both with -trimpath (vendored and cached copies then match)`
        : `build the plugin from the same vendor/ layout as the ${referenceName}, or build both with -trimpath`,
      commands: [
        b.length ? shellCommand(['go', 'build', '-mod=mod', '-buildmode=plugin'], { env: reference.paths?.modcache ? [['GOMODCACHE', reference.paths.modcache]] : [], tail: '…' }) : 'go build -mod=vendor -buildmode=plugin …',
        'go build -trimpath -buildmode=plugin …   # with a -trimpath host',
      ],
    };
  },
};
