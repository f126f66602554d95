import { FileSource } from '../io/file-source.js';

/**
 * The linker fingerprint of a compiled package: the 8 bytes the compiler
 * writes at the end of its export data (the `__.PKGDEF` member of the
 * package archive, ending in "\n$$\n"). cmd/compile reads it back there
 * (noder/import.go addFingerprint) and the linker publishes it as
 * `go:link.pkghash.<pkg>`, the value plugin.Open compares: so this is the
 * hash a plugin built from this archive will carry. Same trailer in
 * go1.19's indexed and go1.20+'s unified export data.
 * Reads 80 bytes of the file; null when it is not such an archive.
 */
export function exportFingerprint(file: string): string | null {
  let src: FileSource;
  try {
    src = FileSource.open(file);
  } catch {
    return null;
  }
  try {
    if (src.size < 68) return null;
    const head = src.read(0, 68, 'archive header');
    if (head.toString('latin1', 0, 8) !== '!<arch>\n') return null;
    if (head.toString('latin1', 8, 24).trim() !== '__.PKGDEF' || head.toString('latin1', 66, 68) !== '`\n') return null;
    const len = head.toString('latin1', 56, 66).trim();
    if (!/^\d{1,10}$/.test(len)) return null;
    const end = 68 + Number(len);
    if (Number(len) < 12 || end > src.size) return null;
    const tail = src.read(end - 12, 12, 'export data trailer');
    if (tail.toString('latin1', 8) !== '\n$$\n') return null;
    return tail.subarray(0, 8).toString('hex');
  } finally {
    src.close();
  }
}
