import { statSync } from 'node:fs';
import { openContainers, openSource } from '../container/open.js';
import type { Container } from '../container/types.js';
import { BinaryFormatError, TruncatedSegmentError, describeError } from '../io/errors.js';
import { type FileSource, fileIdentity } from '../io/file-source.js';
import { type BuildFacts, type Reopen, readBuildFacts } from './build-facts.js';

/** `loaderOutcome`: what the dynamic linker does with a file that could not be read (a truncated one: SIGBUS). */
export type Analysis = { file: string; error: null; facts: BuildFacts } | { file: string; error: string; facts: null; loaderOutcome?: string };

const failed = (file: string, err: unknown): Analysis => ({
  file,
  error: describeError(err),
  facts: null,
  ...(err instanceof TruncatedSegmentError ? { loaderOutcome: err.loaderOutcome } : {}),
});

export interface AnalyseOptions {
  /**
   * Leave the facts that only explain a rejected package (source paths, DWARF
   * units) to be read on first use, by reopening the file (`check`). Without
   * it every fact is read in this pass (`inspect`, `manifest`).
   */
  lazy?: boolean;
  /**
   * With `lazy`: whether these facts will probably be explained (a package
   * hash differs from the host's). Their source paths, which nearly every
   * explanation asks for, are then read before the file is closed, sparing a
   * reopening and a second parse of its headers. DWARF units stay lazy: only
   * a difference in compiler flags needs them, and inflating them costs more
   * than a reopening.
   */
  explainLikely?: (facts: BuildFacts) => boolean;
}

/**
 * Reads one file into build facts: one result per architecture (universal
 * Mach-O gives several). Any damage becomes an `error` naming what is wrong;
 * nothing thrown escapes, so one bad file never hides the others.
 */
export function analyseFile(file: string, opts: AnalyseOptions = {}): Analysis[] {
  let containers;
  try {
    containers = openContainers(file);
  } catch (err) {
    return [failed(file, err)];
  }
  const identity = containers[0]!.source.identity;
  // While the file is open, its own containers; after, the same path and architecture, and it must
  // still be the same file. The getters hold this closure for the batch: it refers to the containers
  // only through `live`, emptied at close, so that they are collectable (test/streaming.test.ts).
  let live: Container[] | null = containers;
  const reopenAt = (index: number): Reopen => (read) => {
    if (live) return read(live[index]!);
    const again = openContainers(file);
    try {
      if (again[0]!.source.identity !== identity) throw new BinaryFormatError('the file changed while it was being checked');
      return read(again[index]!);
    } finally {
      again[0]!.source.close();
    }
  };
  try {
    const results = analyseContainers(file, containers, opts.lazy ? reopenAt : null);
    // A getter never throws: a failed read settles to unknown and is reported (lazyReadError).
    if (opts.lazy && opts.explainLikely) for (const r of results) if (r.facts && opts.explainLikely(r.facts)) void r.facts.paths;
    return results;
  } finally {
    live = null;
    containers[0]?.source.close();
  }
}

/** The same for bytes already open (the fuzzer and tests read from memory); every fact is read at once. */
export function analyseSource(file: string, source: FileSource): Analysis[] {
  let containers;
  try {
    containers = openSource(source);
  } catch (err) {
    return [failed(file, err)];
  }
  try {
    return analyseContainers(file, containers, null);
  } finally {
    containers[0]?.source.close();
  }
}

/** Facts of each container; the caller closes the file. */
function analyseContainers(file: string, containers: Container[], reopenAt: ((index: number) => Reopen) | null): Analysis[] {
  return containers.map((c, i): Analysis => {
    try {
      return { file, error: null, facts: readBuildFacts(file, c, reopenAt ? reopenAt(i) : undefined) };
    } catch (err) {
      return failed(file, err);
    }
  });
}

function identityOf(path: string): string | null {
  try {
    const st = statSync(path);
    return st.isFile() ? fileIdentity(st) : null;
  } catch {
    return null;
  }
}

/**
 * Analyses each distinct file (device and inode) of a batch once: a host also
 * given as a plugin, hard links of one plugin. A result is held only until the
 * last path naming its file has been served, so a streamed batch stays flat.
 */
export class AnalysisCache {
  private readonly remaining = new Map<string, number>();
  private readonly held = new Map<string, Analysis[]>();

  constructor(paths: readonly string[], private readonly opts: AnalyseOptions = {}) {
    for (const p of paths) {
      const id = identityOf(p);
      if (id) this.remaining.set(id, (this.remaining.get(id) ?? 0) + 1);
    }
  }

  /** Results held now (for tests: a streamed batch must not accumulate them). */
  get size(): number {
    return this.held.size;
  }

  analyse(path: string): Analysis[] {
    const id = identityOf(path);
    const left = id ? (this.remaining.get(id) ?? 0) - 1 : 0;
    const results = (id && this.held.get(id)) || analyseFile(path, this.opts);
    if (id && left > 0) {
      this.remaining.set(id, left);
      this.held.set(id, results);
    } else if (id) {
      this.remaining.delete(id);
      this.held.delete(id);
    }
    return results.map((a) => (a.file === path ? a : renamed(a, path)));
  }
}

/** The same result under another path; lazy facts stay lazy (their getters are copied, not called). */
function renamed(a: Analysis, file: string): Analysis {
  if (a.facts === null) return { ...a, file };
  const facts = Object.defineProperties({}, Object.getOwnPropertyDescriptors(a.facts)) as BuildFacts;
  facts.file = file;
  return { file, error: null, facts };
}
