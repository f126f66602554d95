import { analyseFile } from '../facts/analyse.js';
import type { BuildFacts } from '../facts/build-facts.js';
import { type BuildRecipe, buildRecipe } from '../facts/build-recipe.js';
import { looksLikeManifest, readManifestWithRecipe } from '../facts/manifest.js';
import { describeError } from '../io/errors.js';

export class InputError extends Error {}

/**
 * The host's facts, from a binary or a published manifest. `lazy`: the facts
 * only an explanation needs (DWARF compile units, source paths of a plugin)
 * are read when a rule first asks, as for plugins (`check`, the Action).
 */
export interface LoadedHost {
  facts: BuildFacts;
  source: 'binary' | 'manifest';
  recipe: BuildRecipe;
}

export function loadHost(file: string, wantArch?: string | null, opts: { lazy?: boolean } = {}): LoadedHost {
  return pickHostSlice(loadHostSlices(file, opts), wantArch);
}

/** Every architecture of a host (a universal Mach-O has several; a manifest one): read once, picked later. */
export function loadHostSlices(file: string, opts: { lazy?: boolean } = {}): LoadedHost[] {
  if (looksLikeManifest(file)) {
    try {
      return [{ ...readManifestWithRecipe(file), source: 'manifest' }];
    } catch (err) {
      throw new InputError(`host manifest ${describeError(err)}`);
    }
  }
  const results = analyseFile(file, { lazy: opts.lazy === true });
  const ok = results.filter((r) => r.facts !== null);
  if (ok.length === 0) throw new InputError(`cannot read host ${file}: ${results[0]?.error ?? 'unknown error'}`);
  return ok.map((r) => ({ facts: r.facts!, source: 'binary', recipe: buildRecipe(r.facts!) }));
}

/** The slice for the plugins' architecture, else the first. */
export function pickHostSlice(slices: LoadedHost[], wantArch?: string | null): LoadedHost {
  return slices.find((h) => h.facts.goarch === wantArch) ?? slices[0]!;
}
