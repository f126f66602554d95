import type { BuildFacts } from '../facts/build-facts.js';

/**
 * Whether a plugin will probably be rejected by one of these hosts, and its
 * rejection explained: it was built by another Go release, or a package it
 * shares with a host has another hash there. Only a guess about when to
 * read the facts an explanation needs (now, while the file is open, or later
 * by reopening it); the verdict is simulate's.
 */
export function explainLikely(hosts: readonly BuildFacts[]): (plugin: BuildFacts) => boolean {
  const hashes = hosts.map((h) => new Map(h.exportedHashes.map((x) => [x.package, x.hash])));
  return (plugin) => hosts.some((h, i) =>
    plugin.goVersion !== h.goVersion || plugin.packageHashes.some((p) => {
      const theirs = hashes[i]!.get(p.package);
      return theirs !== undefined && theirs !== p.hash;
    }));
}
