import { BinaryFormatError } from '../io/errors.js';
import { FileSource } from '../io/file-source.js';
import { LIMITS } from '../io/limits.js';
import { validate } from './manifest-validate.generated.js';
import type { BuildFacts } from './build-facts.js';
import { type BuildRecipe, buildRecipe } from './build-recipe.js';

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

/** True when the file starts like JSON (a manifest), not like a binary. Never blocks: FileSource opens non-blocking and takes regular files only. */
export function looksLikeManifest(file: string): boolean {
  let src: FileSource | null = null;
  try {
    src = FileSource.open(file);
    return src.readUpTo(0, 64, 'file header').toString('utf8').trimStart().startsWith('{');
  } catch {
    return false;
  } finally {
    src?.close();
  }
}

export function readManifest(file: string): BuildFacts {
  return readManifestWithRecipe(file).facts;
}

/** The host's facts and its build recipe (the manifest's, else derived from the facts). */
export function readManifestWithRecipe(file: string): { facts: BuildFacts; recipe: BuildRecipe } {
  const src = FileSource.open(file);
  let text: string;
  try {
    if (src.size > LIMITS.manifestBytesMax) {
      throw new BinaryFormatError(`${file}: ${src.size} bytes, more than the ${LIMITS.manifestBytesMax >> 20} MiB a host manifest can need`);
    }
    text = src.read(0, src.size, 'manifest').toString('utf8');
  } finally {
    src.close();
  }
  return parseManifestWithRecipe(text, file);
}

/** Deepest nesting and most objects and arrays a manifest may hold (a real one: depth 6, ~10⁴ of them). */
const JSON_DEPTH_MAX = 32;
const JSON_CONTAINERS_MAX = 200_000;

/**
 * One linear pass over the text before JSON.parse: a manifest is only ever a
 * few levels deep and holds some thousands of objects, and parsing millions
 * of them (extra properties are allowed) took minutes and gigabytes.
 */
function checkJsonShape(text: string, file: string): void {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > JSON_DEPTH_MAX) throw new BinaryFormatError(`${file}: JSON nested more than ${JSON_DEPTH_MAX} levels deep, far more than a host manifest has`);
      if (++containers > JSON_CONTAINERS_MAX) throw new BinaryFormatError(`${file}: more than ${JSON_CONTAINERS_MAX} JSON objects and arrays, far more than a host manifest has`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** A manifest's text to the host's build facts, or a BinaryFormatError naming what is wrong. */
export function parseManifest(text: string, file: string): BuildFacts {
  return parseManifestWithRecipe(text, file).facts;
}

export function parseManifestWithRecipe(text: string, file: string): { facts: BuildFacts; recipe: BuildRecipe } {
  checkJsonShape(text, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // V8's message quotes the text around the error: a file that is not a manifest (a key, a token) is not echoed.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new BinaryFormatError(`${file}: not valid JSON${at ? ` (at byte ${at})` : ''}`);
  }
  const m = data as Partial<HostManifest>;
  if (!m || typeof m !== 'object') throw new BinaryFormatError(`${file}: not a go-plugin-compat host manifest (not a JSON object)`);
  if (m.kind !== MANIFEST_KIND) throw new BinaryFormatError(`${file}: not a go-plugin-compat host manifest (kind is ${JSON.stringify(m.kind)})`);
  if (m.schemaVersion !== MANIFEST_VERSION) throw new BinaryFormatError(`${file}: manifest schema version ${m.schemaVersion} is not supported (expected ${MANIFEST_VERSION})`);
  // docs/manifest.schema.json, compiled at build time (scripts/build-manifest-validator.mjs).
  if (!validate(data)) throw new BinaryFormatError(`${file}: ${describeSchemaError((validate as unknown as { errors?: SchemaError[] | null }).errors?.[0])}`);
  const h = m.host as BuildFacts;
  // The schema checked the recipe's shape; manifests before 0.2 have none.
  const recipe = m.buildRecipe ?? buildRecipe(h);
  return { facts: h, recipe };
}

interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** `/host/exportedHashes/0/hash` → `host.exportedHashes[0].hash`, the way people name a field. */
function fieldName(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(top level)';
}

/** One line naming the field and what is wrong with it (docs/manifest.schema.json has the rules). */
export function describeSchemaError(e: SchemaError | undefined): string {
  if (!e) return 'manifest does not match docs/manifest.schema.json';
  const field = fieldName(e.instancePath);
  const clip = (v: unknown) => JSON.stringify(v).slice(0, 80);
  if (e.keyword === 'required') return `manifest field ${field === '(top level)' ? '' : field + '.'}${String(e.params.missingProperty)} is missing`;
  if (e.keyword === 'enum') return `manifest field ${field} must be one of ${clip(e.params.allowedValues)}`;
  if (e.keyword === 'const') return `manifest field ${field} must be ${clip(e.params.allowedValue)}`;
  return `manifest field ${field} ${e.message ?? 'is invalid'}`;
}
