import { readAddress, type Container } from '../container/types.js';
import { BinaryFormatError } from '../io/errors.js';

/** A module as `go version -m` prints it (runtime/debug.Module). */
export interface Module {
  path: string;
  version: string;
  sum: string;
  replace: Module | null;
}

export interface BuildInfo {
  goVersion: string;
  path: string;
  main: Module | null;
  deps: Module[];
  settings: { key: string; value: string }[];
  /** The modinfo text exactly as embedded (between the sentinels). */
  raw: string;
}

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const ALIGN = 16;
const HEADER_SIZE = 32;
/** The linker puts the block near the start of the region: look at 64 KiB first, then in chunks doubling to 1 MiB. */
const FIRST_CHUNK = 64 << 10;
const CHUNK = 1 << 20;

/**
 * Reads the build information block the Go linker embeds, in both encodings:
 * inline varint strings (Go 1.18+) and pointers to string headers (older).
 * Mirrors debug/buildinfo: same search region, alignment and checks, so we
 * agree with `go version -m` about which files have build info at all.
 * Returns null when the binary has none (not an error: plugins of old
 * toolchains and non-Go files have none).
 */
export function readBuildInfo(c: Container): BuildInfo | null {
  const region = c.dataStart();
  if (!region || region.size === 0) return null;
  const addr = searchMagic(c, region.addr, region.size);
  if (addr === null) return null;
  // From here the block is there: anything unreadable is damage, reported as such.
  const damaged = (what: string) => new BinaryFormatError(`build info at 0x${addr.toString(16)} is damaged: ${what}`);
  const header = readAddress(c, addr, HEADER_SIZE, true);
  if (!header || header.length < HEADER_SIZE) throw damaged('header cut short');
  const flags = header[15]!;
  let vers: string;
  let mod: string;
  if ((flags & 0x2) !== 0) {
    const v = decodeVarintString(c, addr + HEADER_SIZE);
    if (!v) throw damaged('the Go version string runs outside the file');
    const m = decodeVarintString(c, v.next);
    if (!m) throw damaged('the module text runs outside the file');
    vers = v.value;
    mod = m.value;
  } else {
    const ptrSize = header[14]!;
    const big = (flags & 0x1) !== 0;
    if (ptrSize !== 4 && ptrSize !== 8) throw damaged(`pointer size ${ptrSize}`);
    const readPtr = (b: Buffer, o: number) =>
      ptrSize === 4 ? (big ? b.readUInt32BE(o) : b.readUInt32LE(o)) : Number(big ? b.readBigUInt64BE(o) : b.readBigUInt64LE(o));
    vers = readStringHeader(c, ptrSize, readPtr, readPtr(header, 16));
    mod = readStringHeader(c, ptrSize, readPtr, readPtr(header, 16 + ptrSize));
  }
  if (vers === '') throw damaged('empty Go version');
  if (!/^(go\d|devel)/.test(vers)) throw damaged(`Go version ${JSON.stringify(vers.slice(0, 40))}`);
  // The module text is wrapped in 16-byte sentinels; debug/buildinfo drops
  // the text entirely when they are not where expected.
  if (mod.length >= 33 && mod[mod.length - 17] === '\n') mod = mod.slice(16, mod.length - 16);
  else mod = '';
  return { goVersion: vers, ...parseModInfo(mod), raw: mod };
}

function searchMagic(c: Container, start: number, size: number): number | null {
  const end = start + size;
  let pos = Math.ceil(start / ALIGN) * ALIGN;
  for (let step = FIRST_CHUNK; pos < end; step = Math.min(step * 2, CHUNK)) {
    const chunk = readAddress(c, pos, Math.min(step, end - pos), true);
    if (!chunk || chunk.length === 0) return null;
    let from = 0;
    for (;;) {
      const i = chunk.indexOf(MAGIC, from);
      if (i < 0) break;
      if (i % ALIGN === 0) return pos + i;
      from = i + 1;
    }
    // Chunks are multiples of ALIGN, so an aligned magic cannot straddle two.
    pos += chunk.length;
  }
  return null;
}

function decodeVarintString(c: Container, addr: number): { value: string; next: number } | null {
  const b = readAddress(c, addr, 10, true);
  if (!b) return null;
  let len = 0;
  let shift = 0;
  let n = 0;
  for (;;) {
    if (n >= b.length || n >= 10) return null;
    const byte = b[n++]!;
    len += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) break;
    shift += 7;
  }
  if (len > 64 << 20) throw new BinaryFormatError(`build info is damaged: string length ${len} is implausible`);
  const data = readAddress(c, addr + n, len);
  if (!data) return null;
  return { value: data.toString('utf8'), next: addr + n + len };
}

function readStringHeader(c: Container, ptrSize: number, readPtr: (b: Buffer, o: number) => number, addr: number): string {
  const hdr = readAddress(c, addr, 2 * ptrSize);
  if (!hdr) return '';
  const dataAddr = readPtr(hdr, 0);
  const len = readPtr(hdr, ptrSize);
  if (len > 64 << 20) return '';
  const data = readAddress(c, dataAddr, len);
  return data ? data.toString('utf8') : '';
}

const needsQuote = (s: string) => /[ \t\r\n"`]/.test(s);

const ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '"': '\\"', '\\': '\\\\' };

/** Go's strconv.Quote, which `go version -m` uses for settings (JSON's escapes differ for control characters). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ESCAPES[ch]) out += ESCAPES[ch];
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (/[\p{C}\p{Zl}\p{Zp}]/u.test(ch) && cp !== 0x20) out += cp > 0xffff ? '\\U' + cp.toString(16).padStart(8, '0') : '\\u' + cp.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}
const keyNeedsQuote = (s: string) => s === '' || /[= \t\r\n"`]/.test(s);

/** Parses the modinfo text (runtime/debug.ParseBuildInfo, leniently). */
export function parseModInfo(text: string): Omit<BuildInfo, 'goVersion' | 'raw'> {
  const out: Omit<BuildInfo, 'goVersion' | 'raw'> = { path: '', main: null, deps: [], settings: [] };
  let last: Module | null = null;
  const lines = text.split('\n');
  // A final line without a newline is ignored, as ParseBuildInfo does.
  lines.pop();
  for (const line of lines) {
    const [word, ...rest] = line.split('\t');
    const mod = (cols: string[]): Module => ({ path: cols[0] ?? '', version: cols[1] ?? '', sum: cols[2] ?? '', replace: null });
    if (word === 'path') out.path = rest.join('\t');
    else if (word === 'mod') last = out.main = mod(rest);
    else if (word === 'dep') out.deps.push((last = mod(rest)));
    else if (word === '=>' && last) {
      last.replace = mod(rest);
      last = null;
    } else if (word === 'build') out.settings.push(parseSetting(rest.join('\t')));
  }
  return out;
}

function parseSetting(kv: string): { key: string; value: string } {
  let key: string;
  let raw: string;
  if (kv.startsWith('"') || kv.startsWith('`')) {
    const q = quotedPrefix(kv);
    key = unquote(q);
    raw = kv.slice(q.length + 1);
  } else {
    const eq = kv.indexOf('=');
    key = eq < 0 ? kv : kv.slice(0, eq);
    raw = eq < 0 ? '' : kv.slice(eq + 1);
  }
  const value = raw.startsWith('"') || raw.startsWith('`') ? unquote(raw) : raw;
  return { key, value };
}

function quotedPrefix(s: string): string {
  const q = s[0]!;
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) return s.slice(0, i + 1);
  }
  return s;
}

/** strconv.Unquote for the escapes strconv.Quote emits. */
function unquote(s: string): string {
  if (s.startsWith('`')) return s.slice(1, -1);
  try {
    return JSON.parse(s.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as string;
  } catch {
    return s.slice(1, -1);
  }
}

/** The text `go version -m` prints for this build info, without the first line. */
export function formatModInfo(bi: Omit<BuildInfo, 'goVersion' | 'raw'>): string {
  let out = '';
  if (bi.path) out += `path\t${bi.path}\n`;
  const fmt = (word: string, m: Module): void => {
    out += `${word}\t${m.path}\t${m.version}`;
    if (m.replace) {
      out += '\n';
      fmt('=>', m.replace);
    } else out += `\t${m.sum}`;
    out += '\n';
  };
  if (bi.main && (bi.main.path || bi.main.version || bi.main.sum)) fmt('mod', bi.main);
  for (const d of bi.deps) fmt('dep', d);
  for (const s of bi.settings) {
    const k = keyNeedsQuote(s.key) ? goQuote(s.key) : s.key;
    const v = needsQuote(s.value) ? goQuote(s.value) : s.value;
    out += `build\t${k}=${v}\n`;
  }
  return out;
}

export { needsQuote as settingNeedsQuote, keyNeedsQuote };
