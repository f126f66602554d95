import type { Container } from '../container/types.js';
import type { ExportMethod, ModuleData } from '../go/moduledata.js';
import type { PackageHash, PluginAbi } from '../go/pkghash.js';

/**
 * A plugin's identity as plugin.Open sees it: read from the module data the
 * runtime itself reads, with the symbol-table names (`go:link.thispluginpath`,
 * `go:link.pkgname.N`/`pkglinkhash.N`) only as a cross-check.
 */
export interface PluginIdentity {
  /** The path runtime.plugin_lastmoduleinit compares ("plugin already loaded") and prefixes to export names. */
  pluginPath: string | null;
  pluginPathSource: 'module-data' | 'symbol-table' | 'build-info' | 'dynamic-symbols' | null;
  /** `plugin/unnamed-<hash>`: built from files (`go build x.go`); build info then says command-line-arguments. */
  unnamed: boolean;
  /** The package whose exported names the plugin defines (differs from the plugin path under -ldflags=-pluginpath). */
  mainPackage: string | null;
  /** Link-ordered hashes the runtime checks, from module data. */
  linkOrder: PackageHash[] | null;
  /** plugin.Lookup names (module data ptab), each with whether dlsym(pluginPath + "." + name) finds it. */
  exports: { name: string; kind: 'func' | 'var'; type: string | null; methods: ExportMethod[] | null; resolves: boolean }[] | null;
  moduleData: { layout: string; locatedBy: string; address: string } | null;
  /** Where the symbol table says something else than module data (rule GPC020). */
  disagreements: string[];
}

const UNNAMED = /^plugin\/unnamed-[0-9a-f]+$/;

/**
 * Combines module data with the other sources. `fallbackPath` is what build info
 * or the dynamic symbols suggest when there is no module data (another release's layout).
 */
export function pluginIdentity(c: Container, md: ModuleData | null, abi: PluginAbi, buildInfoPath: string | null, fallbackPath: string | null): PluginIdentity {
  const disagreements: string[] = [];
  // Defined dynamic names: under one prefix (one scan of the table), or all of them for the rare -pluginpath search.
  const definedUnder = (prefix: string) => new Set(c.symbolsWithPrefix('dynamic', [prefix]).filter((s) => s.section !== null).map((s) => s.name));
  let pluginPath: string | null = null;
  let pluginPathSource: PluginIdentity['pluginPathSource'] = null;
  if (md && md.pluginPath) {
    pluginPath = md.pluginPath;
    pluginPathSource = 'module-data';
  } else if (abi.pluginPath) {
    pluginPath = abi.pluginPath;
    pluginPathSource = 'symbol-table';
  } else if (fallbackPath) {
    pluginPath = fallbackPath;
    pluginPathSource = buildInfoPath === fallbackPath ? 'build-info' : 'dynamic-symbols';
  }

  let linkOrder: PackageHash[] | null = null;
  let exports: PluginIdentity['exports'] = null;
  let mainPackage: string | null = buildInfoPath && buildInfoPath !== 'command-line-arguments' ? buildInfoPath : null;
  if (md) {
    linkOrder = md.pkgHashes.map((h) => ({ package: h.package, hash: h.hash }));
    const underPath = pluginPath !== null ? definedUnder(`${pluginPath}.`) : new Set<string>();
    exports = md.exports.map((e) => ({ ...e, resolves: underPath.has(`${pluginPath}.${e.name}`) }));
    // The package that really defines the exports: the plugin path itself, or (with -pluginpath)
    // the one package under which every ptab name is a dynamic symbol.
    if (md.exports.length && exports.every((e) => e.resolves)) mainPackage = pluginPath;
    else if (md.exports.length) {
      const first = md.exports[0]!.name;
      const dyn = definedUnder('');
      const owners = [...dyn].filter((n) => n.endsWith('.' + first)).map((n) => n.slice(0, -first.length - 1));
      const owner = owners.find((p) => md.exports.every((e) => dyn.has(`${p}.${e.name}`)));
      if (owner) mainPackage = owner;
    } else mainPackage ??= pluginPath;

    // Cross-checks against the regular symbol table (absent when stripped).
    if (abi.pluginPath !== null && abi.pluginPath !== md.pluginPath) {
      disagreements.push(`go:link.thispluginpath says ${abi.pluginPath}, module data says ${md.pluginPath}`);
    }
    if (abi.linkTable) {
      const a = abi.linkTable.map((h) => `${h.package}=${h.hash}`).join(' ');
      const b = linkOrder.map((h) => `${h.package}=${h.hash}`).join(' ');
      if (a !== b) {
        const i = abi.linkTable.findIndex((h, k) => h.package !== linkOrder![k]?.package || h.hash !== linkOrder![k]?.hash);
        const at = i < 0 ? Math.min(abi.linkTable.length, linkOrder.length) : i;
        disagreements.push(`the go:link.pkgname/pkglinkhash table (${abi.linkTable.length} entries) differs from module data's pkghashes (${linkOrder.length}) at entry ${at}`);
      }
    }
    for (const h of md.pkgHashes) {
      // runtimehash binds to go:link.pkghash.<pkg>: the name must be the entry's package.
      if (h.runtimeSymbol && !/^go[.:]link\.pkghash\./.test(h.runtimeSymbol)) continue;
      if (h.runtimeSymbol && h.runtimeSymbol.replace(/^go[.:]link\.pkghash\./, '') !== h.package) {
        disagreements.push(`module data's entry for ${h.package} checks the hash symbol ${h.runtimeSymbol}`);
      }
    }
  } else if (fallbackPath && !mainPackage) mainPackage = fallbackPath;

  return {
    pluginPath,
    pluginPathSource,
    unnamed: pluginPath !== null && UNNAMED.test(pluginPath),
    mainPackage,
    linkOrder,
    exports,
    moduleData: md ? { layout: md.layout, locatedBy: md.locatedBy, address: `0x${md.address.toString(16)}` } : null,
    disagreements,
  };
}

/** A plugin's exports as `Name type` (the type plugin.Lookup's Symbol holds) when module data gave them, else the names. */
export function describeExports(f: { identity?: PluginIdentity | null; exportedSymbols: string[] }): string[] {
  const typed = f.identity?.exports?.filter((e) => e.resolves).map((e) => (e.type ? `${e.name} ${e.type}` : e.name)).sort();
  return typed?.length ? typed : f.exportedSymbols;
}
