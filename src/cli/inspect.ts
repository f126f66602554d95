import { parseArgs } from 'node:util';
import { type Analysis, AnalysisCache } from '../facts/analyse.js';
import { InspectJsonWriter } from '../report/inspect-json.js';
import { InspectTextWriter } from '../report/inspect-text.js';
import { UsageError, formatOption } from './options.js';
import { stopQuietlyOnClosedPipe } from './closed-pipe.js';
import { forLog, jsonForLog } from '../report/escape.js';

export interface InspectHooks {
  /** Called with each result just before it is written (tests count what stays alive). */
  onResult?: (a: Analysis) => void;
}

/**
 * Analyses and prints one binary at a time: each result is written as soon
 * as it is known and then dropped, so memory does not grow with the batch.
 * Returns whether any file had an error. `write` may return a promise (a
 * slow sink): it is awaited before the next file.
 */
export async function streamInspect(
  files: readonly string[],
  format: 'text' | 'json',
  write: (text: string) => void | Promise<void>,
  hooks: InspectHooks = {},
): Promise<boolean> {
  let pending: void | Promise<void> = undefined;
  const sink = (text: string) => {
    pending = write(text);
  };
  const writer = format === 'json' ? new InspectJsonWriter(sink) : new InspectTextWriter(sink);
  const cache = new AnalysisCache(files);
  let errors = false;
  for (const file of files) {
    for (const a of cache.analyse(file)) {
      errors ||= a.error !== null;
      hooks.onResult?.(a);
      writer.add(a);
      await pending;
    }
  }
  writer.end();
  await pending;
  return errors;
}

export async function runInspectCli(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  const format = formatOption(values.format, ['text', 'json']);
  if (positionals.length === 0) throw new UsageError('inspect needs at least one FILE');
  // A reader that stops early (`| head`) closes the pipe while we stream: stop quietly, as Unix tools do.
  stopQuietlyOnClosedPipe(process.stdout, 'stdout');
  // Each chunk ends at a line or JSON token boundary, so the guards apply chunk by chunk.
  const guard = format === 'json' ? jsonForLog : (t: string) => forLog(t);
  const errors = await streamInspect(positionals, format, (text) => drained(process.stdout, guard(text)));
  return errors ? 2 : 0;
}

/**
 * Writes `text` and, when the stream buffers it (a pipe whose reader is
 * slower than us: a CI runner reading our output, `| tee`), waits until it
 * has drained. Node writes to pipes asynchronously: without the wait, a batch
 * printed to a slow pipe is held in memory, growing with the batch.
 */
export function drained(out: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (out.write(text)) return;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', done);
  });
}
