import type { CauseRule } from '../types.js';
import { buildTags } from './build-tags.js';
import { cgoSettings } from './cgo-settings.js';
import { gcflags } from './gcflags.js';
import { gopathModeCause } from './gopath-mode.js';
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
import { cover } from './cover.js';
import { cpuIntrinsics } from './cpu-intrinsics.js';
import { fips } from './fips.js';
import { localDirPaths } from './local-dir-paths.js';
import { pgo } from './pgo.js';
import { transitive } from './transitive.js';
import { vendorEdited } from './vendor-edited.js';
import { workspace } from './workspace.js';

/**
 * In priority order: a difference that changes every package (toolchain,
 * experiments, instrumentation, -trimpath) is claimed first; then causes
 * that name modules; then flags, tags, cgo and paths; then packages changed
 * only through a changed import (GPC198), after a GOPATH build's copies
 * (GPC120: they record nothing else); the rest is unexplained (GPC199).
 */
export const CAUSE_RULES: CauseRule[] = [
  toolchain, goexperiment, fips, instrumentation, trimpath, pgo, cpuIntrinsics, moduleVersion, workspace, moduleReplace,
  cover, gcflags, buildTags, vendorPath, vendorEdited, modcachePath, sourceDir, localDirPaths, cgoSettings,
  gopathModeCause, transitive, unknownCause,
];
