/**
 * An error about the content of one input file. Readers throw it for any
 * damaged or unexpected structure; the command layer turns it into a per-file
 * `error` string, never a stack trace.
 */
export class BinaryFormatError extends Error {
  override readonly name = 'BinaryFormatError';
}

/**
 * A loadable ELF segment extends past the end of the file (a truncated copy). The
 * dynamic linker maps it anyway and the process dies with SIGBUS when it touches
 * the missing pages (measured: a plugin cut to 1.5 of its 2.6 MB kills a go1.26.8 host).
 */
export class TruncatedSegmentError extends BinaryFormatError {
  readonly loaderOutcome = 'SIGBUS: bus error';
}

/** Formats any thrown value as one line naming what went wrong. */
export function describeError(err: unknown): string {
  if (err instanceof BinaryFormatError) return err.message;
  if (err && typeof err === 'object' && 'code' in err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return 'no such file';
    if (e.code === 'EACCES') return 'permission denied';
    if (e.code === 'EISDIR') return 'is a directory, not a regular file';
    if (e.code === 'ENOTREG') return e.message;
    if (e.code === 'ELOOP') return 'too many levels of symbolic links (a symlink loop)';
    if (e.code === 'ENAMETOOLONG') return 'file name too long';
    if (e.code === 'ENOTDIR') return 'a component of the path is not a directory';
    if (e.code === 'ENXIO') return 'no device behind this special file';
    return `${e.code}: ${e.message}`;
  }
  if (err instanceof RangeError) return `malformed binary (${err.message})`;
  if (err instanceof Error) return err.message;
  return String(err);
}
