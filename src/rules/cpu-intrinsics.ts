import type { BuildFacts } from '../facts/build-facts.js';
import { setting } from './query.js';

/**
 * CPU-level variables that change which functions the compiler treats as
 * intrinsics, and so its inlining and the export data of the packages built
 * on them: cmd/compile/internal/ssagen/intrinsics.go registers byte-reversal
 * and other intrinsics only when `goppc64 >= 10` or `goriscv64 >= 22`. Other
 * levels (GOAMD64, GOARM64) choose instructions inside intrinsics that exist
 * at every level and leave export data alone (observed: GOAMD64=v3 and
 * GOARM64=v9.0 plugins load into v1 and v8.0 hosts). Measured: a
 * GOPPC64=power10 plugin and a power8 host differ in math/bits; rva22u64
 * and rva20u64 on riscv64 in internal/runtime/maps, internal/runtime/sys,
 * math/bits, reflect, runtime and slices.
 */
const INTRINSIC_LEVELS: Record<string, { goarch: string[]; from: number; default: string }> = {
  GOPPC64: { goarch: ['ppc64', 'ppc64le'], from: 10, default: 'power8' },
  GORISCV64: { goarch: ['riscv64'], from: 22, default: 'rva20u64' },
};

/** v3 → 3, v8.2 → 8.2, 7,softfloat → 7, power10 → 10, rva22u64 → 22: each variable's levels as numbers. */
export function cpuLevelNumber(value: string): number | null {
  const m = /(\d+(?:\.\d+)?)/.exec(value.split(',')[0] ?? '');
  return m ? Number(m[1]) : null;
}

/** A level variable's value for a build: its build setting, else the go command's default for that architecture. */
export function effectiveLevel(f: BuildFacts, key: string): string | undefined {
  const spec = INTRINSIC_LEVELS[key];
  return setting(f, key) ?? (spec && f.goarch && spec.goarch.includes(f.goarch) && f.buildInfo ? spec.default : undefined);
}

/** Whether `key` is a level variable that changes intrinsics. */
export function changesIntrinsics(key: string): boolean {
  return Object.hasOwn(INTRINSIC_LEVELS, key);
}

/** The level variable on whose intrinsic threshold two builds of one architecture fall on different sides, if any. */
export function intrinsicLevelDifference(a: BuildFacts, b: BuildFacts): { key: string; a: string; b: string; from: number } | null {
  if (!a.buildInfo || !b.buildInfo || a.goarch !== b.goarch) return null;
  for (const [key, spec] of Object.entries(INTRINSIC_LEVELS)) {
    const x = effectiveLevel(a, key);
    const y = effectiveLevel(b, key);
    if (!x || !y) continue;
    if ((cpuLevelNumber(x) ?? 0) >= spec.from !== (cpuLevelNumber(y) ?? 0) >= spec.from) return { key, a: x, b: y, from: spec.from };
  }
  return null;
}
