#!/usr/bin/env node
import { USAGE } from './usage.js';
import { commandHelp, wantsHelp } from './help.js';
import { forLog, terminalText } from '../report/escape.js';
import { VERSION } from '../version.js';

import { UsageError } from './options.js';
import { holdYoungGeneration } from '../io/young-generation.js';
import { stopQuietlyOnClosedPipe } from './closed-pipe.js';

type Runner = (args: string[]) => Promise<number> | number;
// Each command loads only its own code: start-up is part of every CI step.
const COMMANDS: Record<string, () => Promise<Runner>> = {
  inspect: async () => (await import('./inspect.js')).runInspectCli,
  check: async () => (await import('./check.js')).runCheckCli,
  manifest: async () => (await import('./manifest.js')).runManifestCli,
  preflight: async () => (await import('./preflight.js')).runPreflightCli,
  build: async () => (await import('./build.js')).runBuildCli,
};

export async function main(argv: string[]): Promise<number> {
  stopQuietlyOnClosedPipe(process.stdout, 'stdout');
  stopQuietlyOnClosedPipe(process.stderr, 'stderr');
  const [cmd, ...rest] = argv;
  if (!cmd) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (cmd === '-h' || cmd === '--help' || (cmd === 'help' && rest.length === 0)) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (cmd === '--version' || cmd === '-v' || cmd === 'version') {
    process.stdout.write(`go-plugin-compat ${VERSION}\n`);
    return 0;
  }
  if (cmd === 'help' || (Object.hasOwn(COMMANDS, cmd) && wantsHelp(rest))) {
    const name = cmd === 'help' ? rest[0]! : cmd;
    const text = Object.hasOwn(COMMANDS, name) ? commandHelp(name) : null;
    if (!text) {
      process.stderr.write(forLog(`go-plugin-compat: no help for unknown command "${terminalText(name)}"\n\n${USAGE}`));
      return 2;
    }
    process.stdout.write(text);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!load) {
    process.stderr.write(forLog(`go-plugin-compat: unknown command "${terminalText(cmd)}"\n\n${USAGE}`));
    return 2;
  }
  // Commands that read binaries run batches whose per-binary garbage should not grow the heap.
  if (cmd === 'inspect' || cmd === 'check' || cmd === 'manifest') holdYoungGeneration();
  try {
    return await (await load())(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(forLog(`go-plugin-compat ${cmd}: ${terminalText((err as Error).message)}\n\n${commandHelp(cmd) ?? USAGE}`));
      return 2;
    }
    process.stderr.write(forLog(`go-plugin-compat ${cmd}: ${terminalText((err as Error).message ?? String(err))}\n`));
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(forLog(`go-plugin-compat: ${terminalText((err as Error)?.message ?? String(err))}\n`));
    process.exitCode = 2;
  },
);
