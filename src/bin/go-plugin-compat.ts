#!/usr/bin/env node
// The package's bin: the CLI from its bundle and code cache (launch.ts), or, in a tree where the
// bundle was not built, from the compiled modules.
import { fileURLToPath } from 'node:url';
import { loadCli } from './launch.js';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
if (!loadCli(here('cli.cjs'), here('cli.cache'))) await import('../cli/main.js');
