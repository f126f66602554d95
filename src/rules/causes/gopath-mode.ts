import type { BuildFacts } from '../../facts/build-facts.js';
import type { Module } from '../../go/buildinfo.js';
import { shellCommand } from '../../report/shell-quote.js';
import { gopathMode, gopathRoot, isStd, isTrimmed, moduleOf } from '../query.js';
import type { CauseRule } from '../types.js';

/** A module read from the module cache at a version (not the main module, not a directory replacement or workspace). */
const cached = (m: Module | null, f: BuildFacts): m is Module =>
  !!m && m !== f.buildInfo?.main && m.version !== '(devel)' && (!m.replace || (m.replace.version !== '' && m.replace.version !== '(devel)'));

/**
 * GOPATH mode reads a package from `$GOPATH/src/<import path>` and records no
 * version; module mode reads a dependency from the module cache,
 * `<module>@<version>/…`. The file names are part of what the package hash
 * covers (with -trimpath too: `<module>@<version>/x.go` against
 * `<import path>/x.go`), so a dependency built in one mode never matches the
 * other (measured: xxhash v2.3.0 from the module cache against the same
 * sources under GOPATH, with and without -trimpath). A package both sides
 * read from the same directory (a GOPATH checkout that is also the host's
 * main module) does match. Two GOPATH builds record nothing that tells their
 * copies apart: their sources (or, untrimmed, their directories) differed.
 */
export const gopathModeCause: CauseRule = {
  meta: {
    id: 'GPC120', name: 'gopath-mode', severity: 'error',
    summary: 'A shared package came from a GOPATH checkout (GO111MODULE=off), which records no version, on one side or both.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const refGopath = gopathMode(reference);
    const plugGopath = gopathMode(plugin);
    if (!refGopath && !plugGopath) return null;
    const shared = packages.filter((p) => !isStd(p) && p !== plugin.mainPackage);
    if (shared.length === 0) return null;
    if (refGopath && plugGopath) {
      const trimmed = isTrimmed(reference) === true && isTrimmed(plugin) === true;
      const moved = shared.map((p) => ({ r: gopathRoot(reference, p), q: gopathRoot(plugin, p) })).find((d) => d.r && d.q && d.r !== d.q);
      return {
        packages: shared,
        message: `both were built in GOPATH mode (GO111MODULE=off), which records no version of ${list(shared)}: each build compiled its own GOPATH copy, and the two differed — ${
          moved ? `the ${referenceName} read them under ${moved.r}/src and the plugin under ${moved.q}/src (without -trimpath the directory is part of the package), or their sources differ` : `their sources differ (another checkout or commit, a local edit)${trimmed ? '' : ', or they sat in other directories (without -trimpath the directory is part of the package)'}`
        }`,
        evidence: { reference: moved ? `GOPATH ${moved.r}` : 'GOPATH mode, no versions', plugin: moved ? `GOPATH ${moved.q}` : 'GOPATH mode, no versions' },
        fix: `build the plugin against the ${referenceName}'s GOPATH checkout of these packages (the same commit${trimmed ? '' : ', in the same directory'}), or move both to modules (go mod init), whose go.mod and go.sum pin each version so that it can be matched and checked`,
        ...(moved && !trimmed ? { commands: [`${shellCommand(['env', 'GO111MODULE=off', `GOPATH=${moved.r}`, 'go', 'build', '-buildmode=plugin'])} …`] } : {}),
      };
    }
    // One side in GOPATH mode: a package the module side took from the module cache cannot match.
    const gopathSide = plugGopath ? plugin : reference;
    const moduleSide = plugGopath ? reference : plugin;
    const claimed = shared.filter((p) => cached(moduleOf(moduleSide, p), moduleSide));
    if (claimed.length === 0) return null;
    const mods = new Map<string, Module>();
    for (const p of claimed) {
      const m = moduleOf(moduleSide, p)!;
      mods.set(m.path, m);
    }
    const versions = [...mods.values()].map((m) => `${m.path}@${m.replace?.version || m.version}`);
    const root = gopathRoot(gopathSide, claimed[0]!);
    // The plugin's import path (what `go mod init` needs), unless it was built from files.
    const importPath = plugin.buildInfo?.path && plugin.buildInfo.path !== 'command-line-arguments' ? plugin.buildInfo.path : null;
    const pluginRoot = importPath ? gopathRoot(plugin, importPath) : null;
    const pluginDir = pluginRoot ? `${pluginRoot}/src/${importPath}` : null;
    const gopathName = plugGopath ? 'the plugin' : `the ${referenceName}`;
    const moduleName = plugGopath ? `the ${referenceName}` : 'the plugin';
    return {
      packages: claimed,
      message: `${gopathName} was built in GOPATH mode (GO111MODULE=off) and compiled ${list(claimed)} from ${root ? `${root}/src` : 'its GOPATH'}, where ${moduleName} (module mode) took ${list(versions)} from the module cache: the file names recorded in each package differ (\`<module>@<version>/…\` against \`<import path>/…\`, with or without -trimpath), so the two builds never match, even from identical sources`,
      evidence: plugGopath
        ? { reference: list(versions), plugin: `GOPATH mode${root ? ` (${root})` : ''}` }
        : { reference: `GOPATH mode${root ? ` (${root})` : ''}`, plugin: list(versions) },
      fix: plugGopath
        ? `build the plugin in module mode: a go.mod for it in its package directory${pluginDir ? ` (${pluginDir})` : ''} (go mod init ${importPath ?? '<its import path>'}) requiring the ${referenceName}'s versions, then GO111MODULE=on`
        : `the ${referenceName} was built from GOPATH: build it in module mode with a go.mod requiring these versions, or build the plugin in GOPATH mode against the ${referenceName}'s GOPATH checkout`,
      ...(plugGopath
        ? {
            commandsFor: 'package' as const,
            commands: [
              ...(importPath ? [shellCommand(['go', 'mod', 'init', importPath])] : []),
              shellCommand(['env', 'GO111MODULE=on', 'go', 'get', ...versions]),
              `${shellCommand(['env', 'GO111MODULE=on', 'go', 'build', '-buildmode=plugin'])} …`,
            ],
          }
        : {}),
    };
  },
};

const list = (xs: string[]) => (xs.length > 4 ? `${xs.slice(0, 4).join(', ')} and ${xs.length - 4} more` : xs.join(', '));
