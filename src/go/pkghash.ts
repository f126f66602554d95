import { distinctSections, readSymbol, type Container, type SymbolEntry } from '../container/types.js';
import { LIMITS } from '../io/limits.js';

export interface PackageHash {
  package: string;
  /** 16 hex digits: the 8-byte export-data fingerprint. */
  hash: string;
}

export interface PluginAbi {
  /** `go:link.` (Go ≥ 1.20) or `go.link.` (older). */
  spelling: 'go:link.' | 'go.link.' | null;
  /** Hashes this binary exports to the dynamic linker (`go:link.pkghashbytes.<pkg>`), by package. */
  exported: Map<string, string>;
  /** Whether the exported hashes came from the dynamic symbol table (they survive stripping). */
  exportedFromDynsym: boolean;
  /** A plugin's own link-ordered table (`go:link.pkgname.N` / `go:link.pkglinkhash.N`). */
  linkTable: PackageHash[] | null;
  /** `go:link.thispluginpath`, the plugin path the runtime compares. */
  pluginPath: string | null;
}

const PREFIXES = ['go:link.', 'go.link.'] as const;
/** `…pkghashbytes.<pkg>`: the hashes a binary exports. */
const HASH_PREFIXES = PREFIXES.map((p) => `${p}pkghashbytes.`);
/** A plugin's own link table and path. */
const LINK_PREFIXES = PREFIXES.flatMap((p) => [`${p}thispluginpath`, `${p}pkgname.`, `${p}pkglinkhash.`]);

const startsWithAny = (name: string, prefixes: readonly string[]) => prefixes.some((p) => name.startsWith(p));

function spellingOf(name: string): 'go:link.' | 'go.link.' | null {
  for (const p of PREFIXES) if (name.startsWith(p)) return p;
  return null;
}

const hex = (b: Buffer) => b.toString('hex');
/** Mach-O symbols have no size; we infer it from the next symbol, which can include padding (Go strings hold no NUL). */
const str = (b: Buffer) => {
  const nul = b.indexOf(0);
  return b.toString('utf8', 0, nul < 0 ? b.length : nul);
};
/**
 * An import path's bytes: at most importPathBytesMax, so overlapping or
 * oversized hostile symbols cannot make us read the file once per symbol.
 */
const readPath = (c: Container, s: SymbolEntry) => readSymbol(c, s, Math.min(s.size, LIMITS.importPathBytesMax));

/**
 * Reads the package fingerprints the linker records for plugin support.
 * Hosts and plugins both export `…pkghashbytes.<pkg>` dynamically; plugins
 * also keep their link-ordered table and plugin path in the regular symbol
 * table, which `-s` strips. `linkTable: false` leaves those two out (null).
 */
export function readPluginAbi(c: Container, opts: { linkTable?: boolean } = {}): PluginAbi {
  // One scan per table for every go:link. name (a few per package), partitioned here: a scan of a
  // large executable's table (10⁵–10⁶ entries) costs far more than decoding a few hundred names.
  const dynLinks = c.symbolsWithPrefix('dynamic', PREFIXES);
  let staticLinks: SymbolEntry[] | undefined;
  const staticAll = () => (staticLinks ??= c.symbolsWithPrefix('static', PREFIXES));
  const dyn = dynLinks.filter((s) => startsWithAny(s.name, HASH_PREFIXES));
  // Without the link table (linkTable: false) the static symbol table is not read for it.
  const regular = opts.linkTable === false ? [] : staticAll().filter((s) => startsWithAny(s.name, LINK_PREFIXES));
  let spelling: PluginAbi['spelling'] = null;
  const exported = new Map<string, string>();
  const collect = (syms: SymbolEntry[]) => {
    for (const s of syms) {
      const sp = spellingOf(s.name);
      if (!sp) continue;
      spelling ??= sp;
      const pkg = s.name.slice(sp.length + 'pkghashbytes.'.length);
      if (!exported.has(pkg)) {
        const b = readSymbol(c, s, 8);
        if (b) exported.set(pkg, hex(b));
      }
    }
  };
  collect(dyn);
  const exportedFromDynsym = exported.size > 0;
  if (!exportedFromDynsym) collect(staticAll().filter((s) => s.global && startsWithAny(s.name, HASH_PREFIXES)));

  let linkTable: PackageHash[] | null = null;
  let pluginPath: string | null = null;
  const names = new Map<number, string>();
  const hashes = new Map<number, string>();
  for (const s of regular) {
    const sp = spellingOf(s.name);
    if (!sp) continue;
    spelling ??= sp;
    const rest = s.name.slice(sp.length);
    if (rest === 'thispluginpath') {
      const b = readPath(c, s);
      if (b) pluginPath = str(b);
    } else if (rest.startsWith('pkgname.')) {
      const b = readPath(c, s);
      if (b) names.set(Number(rest.slice(8)), str(b));
    } else if (rest.startsWith('pkglinkhash.')) {
      const b = readSymbol(c, s, 8);
      if (b) hashes.set(Number(rest.slice(12)), hex(b));
    }
  }
  if (spelling === null) {
    const any = dynLinks[0] ?? staticAll()[0];
    if (any) spelling = spellingOf(any.name);
  }
  if (names.size > 0) {
    linkTable = [...names.keys()]
      .sort((a, b) => a - b)
      .filter((i) => hashes.has(i))
      .map((i) => ({ package: names.get(i)!, hash: hashes.get(i)! }));
  }
  return { spelling, exported, exportedFromDynsym, linkTable, pluginPath };
}

/**
 * A stripped plugin has lost its `go:link.pkglinkhash.N` symbols but not their
 * data: since Go 1.20 (`go:link.` spelling) the linker lays those 8-byte
 * fingerprints out contiguously in .rodata in link order (checked against the
 * symbol table on go1.26.8 and go1.27.3, ELF and Mach-O; go1.19.8 puts a few
 * entries elsewhere in the run, so there it is only an approximation). Find that run: consecutive aligned words that are each a
 * known exported fingerprint, other than the exported `pkghashbytes` symbols.
 */
export function recoverLinkOrder(c: Container, exported: Map<string, string>): PackageHash[] | null {
  if (exported.size < 2) return null;
  const byHash = new Map<string, string>();
  for (const [pkg, h] of exported) byHash.set(h, pkg);
  // A cheap first test on the leading 4 bytes keeps the scan linear and fast: most words match no hash.
  const heads = new Set([...byHash.keys()].map((h) => Buffer.from(h, 'hex').readUInt32LE(0)));
  const exportedAt = new Set(c.symbolsWithPrefix('dynamic', HASH_PREFIXES).map((s) => s.value));
  const CHUNK = 4 << 20;
  for (const sec of distinctSections(c, (s) => s.name === '.rodata')) {
    const first = (8 - (sec.addr % 8)) % 8;
    let run: string[] = [];
    let inRun = new Set<string>();
    for (let off = first; off < sec.size; off += CHUNK) {
      const buf = c.source.read(sec.offset + off, Math.min(CHUNK, sec.size - off), 'rodata');
      for (let o = 0; o + 8 <= buf.length; o += 8) {
        const pkg = heads.has(buf.readUInt32LE(o)) ? byHash.get(buf.toString('hex', o, o + 8)) : undefined;
        if (pkg && !exportedAt.has(sec.addr + off + o) && !inRun.has(pkg)) {
          run.push(pkg);
          inRun.add(pkg);
        } else {
          if (run.length === exported.size) return run.map((p) => ({ package: p, hash: exported.get(p)! }));
          run = pkg && !exportedAt.has(sec.addr + off + o) ? [pkg] : [];
          inRun = new Set(run);
        }
      }
    }
    if (run.length === exported.size) return run.map((p) => ({ package: p, hash: exported.get(p)! }));
  }
  return null;
}

/** Names the plugin exports for plugin.Lookup: `<pkgpath>.<Name>` in the dynamic symbol table. */
export function exportedGoSymbols(c: Container, pkgPath: string): string[] {
  const prefix = pkgPath + '.';
  const out: string[] = [];
  for (const s of c.symbolsWithPrefix('dynamic', [prefix])) {
    if (s.section === null) continue;
    const rest = s.name.slice(prefix.length);
    // plugin.Lookup sees only exported top-level identifiers: no methods, closures or generated names.
    if (/^\p{Lu}[\p{L}\p{N}_]*$/u.test(rest)) out.push(rest);
  }
  return [...new Set(out)].sort();
}
