import { parseArgs } from 'node:util';
import { analyseFile } from '../facts/analyse.js';
import { inspectJson } from '../report/inspect-json.js';
import { inspectText } from '../report/inspect-text.js';
import { UsageError, formatOption } from './options.js';
import { forLog, jsonForLog } from '../report/escape.js';

export function runInspectCli(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  const format = formatOption(values.format, ['text', 'json']);
  if (positionals.length === 0) throw new UsageError('inspect needs at least one FILE');
  const results = positionals.flatMap(analyseFile);
  process.stdout.write(format === 'json' ? jsonForLog(inspectJson(results)) : forLog(inspectText(results)));
  return results.some((r) => r.error !== null) ? 2 : 0;
}
