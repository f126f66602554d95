import type { Analysis } from '../../src/facts/analyse.js';
import { formatModInfo } from '../../src/go/buildinfo.js';

/** What `go version -m FILE` prints, rebuilt from our JSON: the comparison target for buildinfo. */
export function goVersionMText(label: string, a: Analysis): string | null {
  const f = a.facts;
  if (!f || !f.buildInfo || f.goVersionSource !== 'buildinfo') return null;
  const mod = formatModInfo(f.buildInfo);
  let out = `${label}: ${f.goVersion}\n`;
  if (mod.length > 0) out += `\t${mod.slice(0, -1).replaceAll('\n', '\n\t')}\n`;
  return out;
}
