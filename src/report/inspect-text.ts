import { terminalText } from './escape.js';
import type { Analysis } from '../facts/analyse.js';
import type { BuildFacts } from '../facts/build-facts.js';
import { describeExports } from '../facts/plugin-identity.js';
import { type Module, goQuote, settingNeedsQuote } from '../go/buildinfo.js';

const modText = (m: Module): string =>
  `${m.path} ${m.version}` + (m.replace ? ` => ${m.replace.path}${m.replace.version ? ' ' + m.replace.version : ''}` : '');

/** Key facts as aligned `label  value` rows, most telling first. */
export function factRows(f: BuildFacts): [string, string][] {
  const rows: [string, string][] = [];
  const platform = `${f.goos ?? '?'}/${f.goarch ?? '?'}`;
  const kind = f.kind === 'unknown' && f.goVersion === null ? `not a Go binary (${f.containerKind})` : f.kind;
  rows.push(['kind', `${kind} · ${platform} · ${f.machine} · ${f.linkage}${f.stripped ? ' · stripped' : ''}`]);
  const range = f.goVersionRange ? ` — ${f.goVersionRange.min}${f.goVersionRange.max ? `…${f.goVersionRange.max}` : ' or later'} by its table formats` : '';
  rows.push(['go', f.goVersion ? `${f.goVersion} (from ${f.goVersionSource})` : `unknown (no build info, DWARF or version string)${range}`]);
  if (f.kind === 'plugin') {
    const from = f.identity?.moduleData ? ` (module data, ${f.identity.moduleData.layout} layout)` : f.identity?.pluginPathSource ? ` (${f.identity.pluginPathSource})` : '';
    rows.push(['plugin path', f.pluginPath ? f.pluginPath + from : 'unknown (no module data, symbols stripped)']);
  }
  const n = f.native;
  if (n && (n.libc || n.sanitizerProvides.length || n.sanitizerRequires.length)) {
    const san = [...n.sanitizerRequires.map((r) => `needs ${r.runtime} runtime (${r.via})`), ...n.sanitizerProvides.filter((s) => !n.sanitizerRequires.some((r) => r.runtime === s)).map((s) => `has ${s} runtime`)];
    rows.push(['C library', [n.libc ? `${n.libc}${n.glibcNeeded ? ` ≥ ${n.glibcNeeded} (symbol versions)` : ''}` : 'none', ...san].join(' · ')]);
  }
  if (f.pluginSupport) rows.push(['loads plugins', `${f.pluginSupport.supported ? 'yes' : 'no'}: ${f.pluginSupport.reason}`]);
  const bi = f.buildInfo;
  if (bi) {
    if (bi.path) rows.push(['path', bi.path]);
    if (bi.main) rows.push(['main module', modText(bi.main)]);
    for (const [i, d] of bi.deps.entries()) rows.push([i === 0 ? 'dependencies' : '', modText(d)]);
    const interesting = bi.settings.filter((s) => !/^(DefaultGODEBUG|CGO_C(PP|XX)?FLAGS|CGO_LDFLAGS|-compiler)$/.test(s.key) || s.value !== '');
    // Quoted as `go version -m` quotes them.
    const shown = interesting.filter((s) => s.key !== 'DefaultGODEBUG').map((s) => `${s.key}=${settingNeedsQuote(s.value) ? goQuote(s.value) : s.value}`);
    if (shown.length) rows.push(['build', shown.join(' ')]);
  } else if (f.paths && f.paths.modules.length) {
    for (const [i, m] of f.paths.modules.entries()) rows.push([i === 0 ? 'modules (paths)' : '', `${m.path} ${m.version}`]);
  }
  const flags = f.compilerFlags;
  if (f.compileUnits.length) {
    const per = flags.perPackage.map((p) => `${p.package}: ${p.flags.join(' ') || '(none)'}`);
    rows.push(['compiler flags', [flags.common.join(' ') || '(none)', ...per].join('; ')]);
  }
  if (f.paths) {
    const p = f.paths;
    if (p.trimmed) rows.push(['source paths', 'trimmed (-trimpath)']);
    else {
      rows.push(['source paths', 'absolute (not -trimpath)']);
      if (p.goroot) rows.push(['  GOROOT', p.goroot]);
      if (p.modcache) rows.push(['  GOMODCACHE', p.modcache]);
      for (const [i, d] of p.localDirs.entries()) rows.push([i === 0 ? '  local dirs' : '', d]);
      for (const [i, d] of p.vendorDirs.entries()) rows.push([i === 0 ? '  vendor' : '', d]);
    }
  }
  if (f.packageHashes.length) {
    const order = f.packageHashSource === 'link-table' ? 'in link order' : 'exported';
    rows.push(['package hashes', `${f.packageHashes.length} (${order}, ${f.symbolSpelling ?? ''} symbols)`]);
  } else rows.push(['package hashes', 'none found']);
  if (f.kind === 'plugin') {
    // With module data, each export's dynamic type (what a host's type assertion must name).
    rows.push(['exports', describeExports(f).join(', ') || 'none found']);
  }
  const t = f.tables;
  const have = Object.entries(t).filter(([, v]) => v).map(([k]) => k);
  rows.push(['tables', have.join(', ') || 'none']);
  return rows;
}

export function alignRows(rows: [string, string][], indent = '  '): string {
  // reduce, not Math.max(...rows): spreading many rows overflows the call stack.
  const w = rows.reduce((m, [k]) => Math.max(m, k.length), 0);
  return rows.map(([k, v]) => `${indent}${k.padEnd(w)}  ${terminalText(v)}`).join('\n');
}

export function inspectText(results: Analysis[]): string {
  return results.map(entryText).join('\n\n') + '\n';
}

function entryText(a: Analysis): string {
  return a.error !== null ? `${terminalText(a.file)}\n  error: ${terminalText(a.error)}` : `${terminalText(a.file)}\n${alignRows(factRows(a.facts))}`;
}

/** `inspectText`, one binary at a time. */
export class InspectTextWriter {
  private count = 0;

  constructor(private readonly write: (text: string) => void) {}

  add(a: Analysis): void {
    this.write((this.count++ ? '\n\n' : '') + entryText(a));
  }

  end(): void {
    this.write('\n');
  }
}
