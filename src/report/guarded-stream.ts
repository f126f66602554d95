import { Writable } from 'node:stream';
import { forLog } from './escape.js';

/**
 * A stream for output we pass through (the go command's, during build):
 * written line by line through the log guard, so that under GitHub Actions
 * no line of it can become a runner command. A line split across chunks is
 * held until it ends.
 */
export function guardedStream(target: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      pending += chunk.toString();
      const cut = Math.max(pending.lastIndexOf('\n'), pending.lastIndexOf('\r'));
      if (cut >= 0) {
        target.write(forLog(pending.slice(0, cut + 1), env));
        pending = pending.slice(cut + 1);
      }
      done();
    },
    final(done) {
      if (pending) target.write(forLog(pending, env));
      pending = '';
      done();
    },
  });
}
