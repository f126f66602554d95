import { resolve } from 'node:path';
import { runBuild } from '../build/run-build.js';
import type { loadHost } from '../cli/load-host.js';
import type { Finding } from '../rules/types.js';

export interface BuiltPlugin {
  dir: string;
  file: string;
  unaligned: Finding[];
}

/**
 * The `build` input: each plugin module directory is aligned with the (first)
 * host and built into the workspace, named as go build names it; the files
 * are then checked like the `plugins` input, before it. A build that fails
 * (toolchain, go) throws: there is nothing to check.
 */
export async function buildPlugins(dirs: string[], host: ReturnType<typeof loadHost>, cwd: string): Promise<BuiltPlugin[]> {
  const built: BuiltPlugin[] = [];
  for (const d of dirs) {
    const dir = resolve(cwd, d);
    const r = await runBuild(host, { dir, dryRun: false, cwd });
    built.push({ dir: d, file: r.output!, unaligned: r.plan.unaligned });
  }
  return built;
}
