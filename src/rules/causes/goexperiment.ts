import { isTrimmed, setting } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellAssign, shellCommand } from '../../report/shell-quote.js';

/** GOEXPERIMENT changes the runtime and compiler output of many packages. */
export const goexperiment: CauseRule = {
  meta: {
    id: 'GPC102', name: 'goexperiment-mismatch', severity: 'error',
    summary: 'Host and plugin were built with different GOEXPERIMENT settings.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (!reference.buildInfo || !plugin.buildInfo) {
      // One side records no settings (go1.19 plugins): internal/goexperiment itself differing proves the experiments differ.
      const known = reference.buildInfo ? reference : plugin.buildInfo ? plugin : null;
      // Everything else that changes internal/goexperiment (trimpath, toolchain) is ruled out first:
      // the side with build info must record an experiment, and both sides be trimmed alike.
      const v = known ? setting(known, 'GOEXPERIMENT') ?? '' : '';
      if (!known || !v || !packages.includes('internal/goexperiment') || isTrimmed(reference) !== isTrimmed(plugin)) return null;
      const a = known === reference ? v : 'not recorded (no build info)';
      const b = known === plugin ? v : 'not recorded (no build info)';
      return {
        packages,
        message: `GOEXPERIMENT differs: internal/goexperiment (the experiment flags) differs; the ${referenceName} has ${a}, the plugin ${b}`,
        evidence: { reference: a, plugin: b },
        fix: known === reference ? `build the plugin with ${shellAssign('GOEXPERIMENT', v)}` : 'build the plugin with the host\'s GOEXPERIMENT (none by default)',
        commands: [known === reference ? shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOEXPERIMENT', v]], tail: '…' }) : 'env -u GOEXPERIMENT go build -buildmode=plugin …'],
      };
    }
    // A list of experiments: compare as a set (preflight computes it against the toolchain's defaults).
    const norm = (v: string | undefined) => (v ?? '').split(',').filter(Boolean).sort().join(',');
    const a = norm(setting(reference, 'GOEXPERIMENT'));
    const b = norm(setting(plugin, 'GOEXPERIMENT'));
    if (a === b) return null;
    return {
      packages,
      message: `GOEXPERIMENT is "${b || '(default)'}" in the plugin but "${a || '(default)'}" in the ${referenceName}`,
      evidence: { reference: a || '(default)', plugin: b || '(default)' },
      fix: a ? `build the plugin with ${shellAssign('GOEXPERIMENT', a)}` : 'build the plugin without GOEXPERIMENT',
      commands: [a ? shellCommand(['go', 'build', '-buildmode=plugin'], { env: [['GOEXPERIMENT', a]], tail: '…' }) : 'env -u GOEXPERIMENT go build -buildmode=plugin …'],
    };
  },
};
