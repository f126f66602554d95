import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { BinaryFormatError } from '../io/errors.js';
import type { BuildFacts } from './build-facts.js';
import { type BuildRecipe, buildRecipe, isBuildRecipe } from './build-recipe.js';

export const MANIFEST_KIND = 'go-plugin-compat/host-abi';
export const MANIFEST_VERSION = 1;

/**
 * A host's plugin ABI as JSON: the build facts `check` needs, so plugin
 * authors can check against a published host without its binary. It is the
 * host.s BuildFacts verbatim (per-package compiler flags included).
 */
export interface HostManifest {
  kind: typeof MANIFEST_KIND;
  schemaVersion: typeof MANIFEST_VERSION;
  generator: string;
  host: BuildFacts;
  /** How to build a plugin for this host (added in 0.2; derived from `host` when absent). */
  buildRecipe?: BuildRecipe;
}

export function toManifest(host: BuildFacts, generator: string): HostManifest {
  return { kind: MANIFEST_KIND, schemaVersion: MANIFEST_VERSION, generator, host, buildRecipe: buildRecipe(host) };
}

/** True when the file starts like JSON (a manifest), not like a binary. */
export function looksLikeManifest(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, 64, 0);
    return buf.toString('utf8', 0, n).trimStart().startsWith('{');
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function readManifest(file: string): BuildFacts {
  return readManifestWithRecipe(file).facts;
}

/** The host's facts and its build recipe (the manifest's, else derived from the facts). */
export function readManifestWithRecipe(file: string): { facts: BuildFacts; recipe: BuildRecipe } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new BinaryFormatError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const m = data as Partial<HostManifest>;
  if (m.kind !== MANIFEST_KIND) throw new BinaryFormatError(`${file}: not a go-plugin-compat host manifest (kind is ${JSON.stringify(m.kind)})`);
  if (m.schemaVersion !== MANIFEST_VERSION) throw new BinaryFormatError(`${file}: manifest schema version ${m.schemaVersion} is not supported (expected ${MANIFEST_VERSION})`);
  const h = m.host as BuildFacts | undefined;
  if (!h || !Array.isArray(h.exportedHashes) || typeof h.format !== 'string') throw new BinaryFormatError(`${file}: manifest has no host facts`);
  if (m.buildRecipe !== undefined && !isBuildRecipe(m.buildRecipe)) throw new BinaryFormatError(`${file}: manifest's buildRecipe does not have the expected shape`);
  const recipe = m.buildRecipe ?? buildRecipe(h);
  return { facts: h, recipe };
}
