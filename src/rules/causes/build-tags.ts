import { tagsOf } from '../query.js';
import type { CauseRule } from '../types.js';
import { shellCommand, shellWord } from '../../report/shell-quote.js';

/** Tags that select files of a shared package change it; the build info says which tags were set, not which files they selected. */
export const buildTags: CauseRule = {
  meta: {
    id: 'GPC108', name: 'build-tags-mismatch', severity: 'error',
    summary: 'Build tags differ and select different files of shared packages.',
  },
  explain({ reference, referenceName, plugin }, packages) {
    const a = tagsOf(reference);
    const b = tagsOf(plugin);
    if (!a || !b || a.join(',') === b.join(',')) return null;
    const only = (x: string[], y: string[]) => x.filter((t) => !y.includes(t));
    const extra = only(b, a);
    const missing = only(a, b);
    // Preflight knows each package's files under both tag sets: only packages whose files change differ.
    const key = (t: string[]) => t.join(',');
    const fa = plugin.tagFiles?.find((x) => key(x.tags) === key(a))?.files;
    const fb = plugin.tagFiles?.find((x) => key(x.tags) === key(b))?.files;
    if (fa && fb) packages = packages.filter((p) => (fa[p] ?? []).join('/') !== (fb[p] ?? []).join('/'));
    if (packages.length === 0) return null;
    const parts = [extra.length ? `the plugin adds ${extra.join(',')}` : '', missing.length ? `the plugin lacks ${missing.join(',')}` : ''].filter(Boolean);
    return {
      packages,
      message: `build tags differ (${parts.join('; ')}), and they select different files of these packages`,
      evidence: { reference: a.join(',') || '(none)', plugin: b.join(',') || '(none)' },
      fix: a.length ? `build the plugin with -tags ${shellWord(a.join(','))}, like the ${referenceName}` : `build the plugin without the extra -tags, like the ${referenceName} (or only with tags that no shared package uses)`,
      commands: [shellCommand(['go', 'build', '-buildmode=plugin', ...(a.length ? ['-tags', a.join(',')] : [])], { tail: '…' })],
    };
  },
};
