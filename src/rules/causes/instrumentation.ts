import { raceOf } from '../query.js';
import type { CauseRule } from '../types.js';

/** -race, -msan and -asan instrument every package. */
export const instrumentation: CauseRule = {
  meta: {
    id: 'GPC103', name: 'instrumentation-mismatch', severity: 'error',
    summary: 'One side was built with -race, -msan or -asan and the other was not.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const a = raceOf(reference);
    const b = raceOf(plugin);
    const diff = (['race', 'msan', 'asan'] as const).filter((k) => a[k] !== b[k]);
    if (diff.length === 0) return null;
    const on = (x: typeof a) => (['race', 'msan', 'asan'] as const).filter((k) => x[k]).map((k) => `-${k}`).join(' ') || 'none';
    const want = on(a);
    return {
      packages,
      message: `instrumentation differs: the plugin was built with ${on(b) === 'none' ? 'no instrumentation' : on(b)}, the ${referenceName} with ${want === 'none' ? 'none' : want}; instrumentation changes how packages are compiled (and links runtime/race)`,
      evidence: { reference: want, plugin: on(b) },
      fix: want === 'none' ? 'build the plugin without -race/-msan/-asan (or ship an instrumented host too)' : `build the plugin with ${want}, like the ${referenceName}`,
      commands: [`go build -buildmode=plugin${want === 'none' ? '' : ' ' + want} …`],
    };
  },
};
