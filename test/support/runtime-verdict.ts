import type { FailureKind } from '../../src/check/simulate.js';

/** A recorded plugin result from fixtures/ground-truth.json. */
export interface RecordedResult {
  plugin: string;
  loads: boolean;
  error: string | null;
  reached?: boolean;
}

export interface RecordedCase {
  id: string;
  description: string;
  varies: string[];
  host: string;
  plugins: string[];
  results: RecordedResult[];
  exitCode: number | null;
  signal: string | null;
  timeoutMs?: number;
  stderr: string;
}

export interface Expected {
  loads: boolean;
  kind: FailureKind | null;
  package: string | null;
}

/**
 * What the runtime said, as (loads, failure kind, package): the mapping from
 * plugin.Open's messages (and a fatal crash) to the report contract.
 */
export function expectedFromRecord(c: RecordedCase): Expected[] {
  const crashedAt = c.results.findIndex((r) => r.reached === false);
  return c.results.map((r, i): Expected => {
    if (r.reached === false) {
      // The runtime threw: the first unreached plugin is the one that crashed the host.
      if (i === crashedAt && /^fatal error: /m.test(c.stderr) && c.exitCode === 2) return { loads: false, kind: 'host-crash', package: null };
      // ASan aborted the process while dlopen ran the plugin's initialisers (exit 1).
      if (i === crashedAt && /ASan runtime does not come first|AddressSanitizer: odr-violation/.test(c.stderr)) return { loads: false, kind: 'host-crash', package: null };
      // Killed after hanging: a re-open of a file whose first open failed resolving symbols waits forever.
      const first = c.results.findIndex((x) => x.plugin === r.plugin);
      if (i === crashedAt && c.signal === 'SIGKILL' && first < i && /could not find symbol/.test(c.results[first]!.error ?? '')) return { loads: false, kind: 'symbol-resolution', package: null };
      return { loads: false, kind: null, package: null };
    }
    if (r.loads) return { loads: true, kind: null, package: null };
    const e = (r.error ?? '').replace(/ \(previous failure\)$/, '');
    let m: RegExpExecArray | null;
    if ((m = /plugin was built with a different version of package (\S+)$/.exec(e))) return { loads: false, kind: 'package-mismatch', package: m[1]! };
    if (/plugin already loaded$/.test(e)) return { loads: false, kind: 'already-loaded', package: null };
    if (/^plugin: not implemented$/.test(e)) return { loads: false, kind: 'no-plugin-support', package: null };
    if (/could not find symbol/.test(e)) return { loads: false, kind: 'symbol-resolution', package: null };
    if (/cannot dynamically load (position-independent )?executable/.test(e)) return { loads: false, kind: 'not-a-plugin', package: null };
    if (/wrong ELF class|ELF file's machine|invalid ELF header|ELF load command|file too short|not an ELF/.test(e)) return { loads: false, kind: 'platform-mismatch', package: null };
    // dlopen: symbol versions the system's glibc lacks; sanitizer runtime symbols the host does not define.
    if (/version `GLIBC_[\d.]+' not found|undefined symbol: __(msan|tsan|asan)_/.test(e)) return { loads: false, kind: 'platform-mismatch', package: null };
    // glibc reports a plugin for another machine as "No such file or directory" when the file exists.
    if (c.varies.includes('platform') && /cannot open shared object file/.test(e)) return { loads: false, kind: 'platform-mismatch', package: null };
    if (/Lookup|symbol .* not found in plugin/.test(e)) return { loads: false, kind: 'symbol-missing', package: null };
    return { loads: false, kind: null, package: null };
  });
}
