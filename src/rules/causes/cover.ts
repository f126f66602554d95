import { isStd, setting } from '../query.js';
import { shellCommand } from '../../report/shell-quote.js';
import type { CauseRule } from '../types.js';

/**
 * `-cover` instruments the packages `-coverpkg` names (by default the main
 * package only): their code and export data change. Which packages were
 * covered is written in the binary (`<pkg>.goCover_*` symbols); build info
 * only records `-cover=true`.
 */
export const cover: CauseRule = {
  meta: {
    id: 'GPC114', name: 'coverage-mismatch', severity: 'error',
    summary: 'A shared package was built with coverage instrumentation (-cover/-coverpkg) on one side only.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const on = (f: typeof plugin) => setting(f, '-cover') === 'true' || (f.coveredPackages?.length ?? 0) > 0;
    if (!on(reference) && !on(plugin)) return null;
    const ca = new Set(reference.coveredPackages ?? []);
    const cb = new Set(plugin.coveredPackages ?? []);
    const known = (f: typeof plugin) => !on(f) || (f.coveredPackages?.length ?? 0) > 0;
    let claimed: string[];
    if (known(reference) && known(plugin)) claimed = packages.filter((p) => ca.has(p) !== cb.has(p));
    // Which packages were covered is unknown (no dynamic symbols): -coverpkg names non-standard packages as a rule.
    else if (on(reference) !== on(plugin)) claimed = packages.filter((p) => !isStd(p));
    else return null;
    if (claimed.length === 0) return null;
    const inPlugin = claimed.filter((p) => cb.has(p) || (!known(plugin) && on(plugin)));
    const refCovered = [...ca].sort();
    return {
      packages: claimed,
      message: inPlugin.length
        ? `the plugin was built with coverage instrumentation of shared package${inPlugin.length > 1 ? 's' : ''} ${inPlugin.join(', ')} (-cover -coverpkg), the ${referenceName} ${refCovered.length ? `covers ${refCovered.join(', ')}` : 'without it'}`
        : `the ${referenceName} was built with coverage instrumentation of ${claimed.join(', ')} (-cover -coverpkg), the plugin without it`,
      evidence: { reference: refCovered.join(',') || (on(reference) ? '-cover' : '(none)'), plugin: [...cb].sort().join(',') || (on(plugin) ? '-cover' : '(none)') },
      fix: refCovered.length
        ? `build the plugin with -cover -coverpkg=${refCovered.join(',')} like the ${referenceName} (the same covered packages)`
        : `build the plugin without -cover, or with -coverpkg naming only the plugin's own packages`,
      commands: [refCovered.length ? shellCommand(['go', 'build', '-buildmode=plugin', '-cover', `-coverpkg=${refCovered.join(',')}`], { tail: '…' }) : 'go build -buildmode=plugin …   # without -cover / -coverpkg of shared packages'],
    };
  },
};
