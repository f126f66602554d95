import { openContainers, openSource } from '../container/open.js';
import type { Container } from '../container/types.js';
import { describeError } from '../io/errors.js';
import type { FileSource } from '../io/file-source.js';
import { type BuildFacts, readBuildFacts } from './build-facts.js';

export type Analysis = { file: string; error: null; facts: BuildFacts } | { file: string; error: string; facts: null };

/**
 * Reads one file into build facts: one result per architecture (universal
 * Mach-O gives several). Any damage becomes an `error` naming what is wrong;
 * nothing thrown escapes, so one bad file never hides the others.
 */
export function analyseFile(file: string): Analysis[] {
  let containers;
  try {
    containers = openContainers(file);
  } catch (err) {
    return [{ file, error: describeError(err), facts: null }];
  }
  return analyseContainers(file, containers);
}

/** The same for bytes already open (the fuzzer and tests read from memory). */
export function analyseSource(file: string, source: FileSource): Analysis[] {
  let containers;
  try {
    containers = openSource(source);
  } catch (err) {
    return [{ file, error: describeError(err), facts: null }];
  }
  return analyseContainers(file, containers);
}

function analyseContainers(file: string, containers: Container[]): Analysis[] {
  try {
    return containers.map((c): Analysis => {
      try {
        return { file, error: null, facts: readBuildFacts(file, c) };
      } catch (err) {
        return { file, error: describeError(err), facts: null };
      }
    });
  } finally {
    containers[0]?.source.close();
  }
}
