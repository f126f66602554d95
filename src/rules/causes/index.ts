import type { CauseRule } from '../types.js';
import { buildTags } from './build-tags.js';
import { cgoSettings } from './cgo-settings.js';
import { gcflags } from './gcflags.js';
import { goexperiment } from './goexperiment.js';
import { instrumentation } from './instrumentation.js';
import { modcachePath } from './modcache-path.js';
import { moduleReplace } from './module-replace.js';
import { moduleVersion } from './module-version.js';
import { sourceDir } from './source-dir.js';
import { toolchain } from './toolchain.js';
import { trimpath } from './trimpath.js';
import { unknownCause } from './unknown.js';
import { vendorPath } from './vendor-path.js';

/**
 * In priority order: a difference that changes every package (toolchain,
 * experiments, instrumentation, -trimpath) is claimed first; then causes
 * that name modules; then flags, tags, cgo and paths; the rest is unexplained.
 */
export const CAUSE_RULES: CauseRule[] = [
  toolchain, goexperiment, instrumentation, trimpath, moduleVersion, moduleReplace,
  gcflags, buildTags, vendorPath, modcachePath, sourceDir, cgoSettings, unknownCause,
];
