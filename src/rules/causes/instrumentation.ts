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
    // Measured (fixtures/ground-truth/platform.json): two -asan builds in one process abort on
    // ASan's ODR check unless the host runs with detect_odr_violation below 2, and -msan needs clang.
    const asanNote = a.asan ? ', and run the host with ASAN_OPTIONS=detect_odr_violation=0: two -asan builds in one process otherwise abort on an ODR violation (GPC017)' : '';
    const cc = a.msan ? 'CC=clang ' : '';
    return {
      packages,
      message: `instrumentation differs: the plugin was built with ${on(b) === 'none' ? 'no instrumentation' : on(b)}, the ${referenceName} with ${want === 'none' ? 'none' : want}; instrumentation changes how packages are compiled (and links runtime/race)`,
      evidence: { reference: want, plugin: on(b) },
      fix: want === 'none'
        ? 'build the plugin without -race/-msan/-asan (or ship an instrumented host too)'
        : `build the plugin with ${want}, like the ${referenceName}${a.msan ? ' (with clang: gcc has no -fsanitize=memory)' : ''}${asanNote}`,
      commands: [`${cc}go build -buildmode=plugin${want === 'none' ? '' : ' ' + want} …`, ...(a.asan ? ['ASAN_OPTIONS=detect_odr_violation=0 ./host …'] : [])],
    };
  },
};
