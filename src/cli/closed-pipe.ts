const handled = new WeakSet<NodeJS.WritableStream>();

/**
 * A reader that stops early (`check … | head`, `| grep -q`) closes the pipe
 * while we write. Unix tools then stop quietly; Node instead emits an
 * 'error' event that nothing handles, and prints a stack trace. This stops
 * the process with the exit code already decided (check's verdict, once
 * main has returned) or 0 in the middle of a stream, as `inspect` always
 * did. Any other write error (a full disk behind `> file`) is named on
 * stderr, exit 2.
 */
export function stopQuietlyOnClosedPipe(stream: NodeJS.WritableStream, name: string): void {
  if (handled.has(stream)) return;
  handled.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    if (err.code === 'EPIPE') process.exit(code);
    if (name !== 'stderr') process.stderr.write(`go-plugin-compat: cannot write to ${name}: ${err.code ?? err.message}\n`);
    process.exit(2);
  });
}
