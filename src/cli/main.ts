#!/usr/bin/env node
import { runBuildCli } from './build.js';
import { runCheckCli } from './check.js';
import { runInspectCli } from './inspect.js';
import { runManifestCli } from './manifest.js';
import { runPreflightCli } from './preflight.js';
import { USAGE } from './usage.js';
import { VERSION } from '../version.js';

import { UsageError } from "./options.js";

type Runner = (args: string[]) => Promise<number> | number;
const COMMANDS: Record<string, Runner> = {
  inspect: runInspectCli,
  check: runCheckCli,
  manifest: runManifestCli,
  preflight: runPreflightCli,
  build: runBuildCli,
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(`go-plugin-compat ${VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    process.stderr.write(`go-plugin-compat: unknown command "${cmd}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`go-plugin-compat ${cmd}: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`go-plugin-compat ${cmd}: ${(err as Error).message ?? String(err)}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`go-plugin-compat: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
