import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedCase } from './runtime-verdict.js';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const BIN = join(ROOT, 'fixtures/bin');

let unpacked = false;
/** Expands the compressed corpus once per test process (fast when already done). */
export function ensureFixtures(): void {
  if (unpacked) return;
  execFileSync(process.execPath, [join(ROOT, 'fixtures/unpack.mjs')], { stdio: 'ignore' });
  unpacked = true;
}

export interface RecordedBinary {
  file: string;
  role: string;
  goos: string;
  goarch: string;
  toolchain: string;
  build: { dir?: string; env?: Record<string, string>; flags?: string[] };
  goVersionM: { stdout: string; stderr?: string; exitCode: number };
}

export function groundTruth(): { binaries: RecordedBinary[]; cases: RecordedCase[] } {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures/ground-truth.json'), 'utf8'));
}

export function crossPlatform(): { binaries: (RecordedBinary & { cgo?: boolean })[] } {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures/cross-platform.json'), 'utf8'));
}

export function allRecordedBinaries(): RecordedBinary[] {
  return [...groundTruth().binaries, ...crossPlatform().binaries];
}

/** The machine's `go`, if any: tests that need a toolchain skip, saying so, without one. */
export function goCommand(): string | null {
  for (const g of ['go']) {
    try {
      execFileSync(g, ['version'], { stdio: 'ignore' });
      return g;
    } catch {
      /* try the next */
    }
  }
  return null;
}

export function hasTool(cmd: string): boolean {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const isLinuxAmd64 = process.platform === 'linux' && process.arch === 'x64';
export const binPath = (rel: string) => join(BIN, rel);
export const exists = (p: string) => existsSync(p);
