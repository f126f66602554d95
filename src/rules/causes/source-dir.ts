import { isTrimmed, mainModuleDir, moduleOf, replaceDir } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellWord } from '../../report/shell-quote.js';

/** Without -trimpath, a shared module read from a local directory records that directory. */
export const sourceDir: CauseRule = {
  meta: {
    id: 'GPC111', name: 'source-dir-mismatch', severity: 'error',
    summary: 'Without -trimpath, a shared module was built from local directories at different absolute paths (work dir, replace dir).',
  },
  explain({ reference, referenceName, plugin }, packages) {
    if (isTrimmed(reference) !== false || isTrimmed(plugin) !== false) return null;
    const claimed: string[] = [];
    let ev: { reference: string; plugin: string } | null = null;
    for (const pkg of packages) {
      const a = moduleOf(reference, pkg);
      const b = moduleOf(plugin, pkg);
      if (!a || !b || a.path !== b.path) continue;
      const da = replaceDir(reference, a) ?? (a === reference.buildInfo?.main ? mainModuleDir(reference) : null);
      const db = replaceDir(plugin, b) ?? (b === plugin.buildInfo?.main ? mainModuleDir(plugin) : null);
      if (!da || !db || da === db) continue;
      claimed.push(pkg);
      ev ??= { reference: da, plugin: db };
    }
    if (!ev) return null;
    return {
      packages: claimed,
      message: `the shared sources were read from ${ev.plugin} for the plugin but from ${ev.reference} for the ${referenceName}; without -trimpath the directory is part of the package`,
      evidence: ev,
      fix: `build the plugin with the shared module at ${shellWord(ev.reference)} (the same checkout layout as the ${referenceName}), or build both with -trimpath`,
      commands: ['go build -buildmode=plugin -trimpath …   # and rebuild the host with -trimpath'],
    };
  },
};
