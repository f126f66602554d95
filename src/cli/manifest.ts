import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toManifest } from '../facts/manifest.js';
import { InputError, loadHost } from './load-host.js';
import { UsageError, deploymentOptions, glibcNote } from './options.js';
import { VERSION } from '../version.js';
import { forLog, jsonForLog, terminalText } from '../report/escape.js';

export function runManifestCli(args: string[]): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, arch: { type: 'string' }, glibc: { type: 'string' }, 'asan-options': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('manifest needs exactly one HOST binary');
  if (!values.output) throw new UsageError('manifest needs -o FILE');
  const deployment = deploymentOptions(values.glibc, values['asan-options']);
  let host;
  try {
    host = loadHost(positionals[0]!, values.arch);
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(forLog(`go-plugin-compat manifest: ${terminalText(err.message)}\n`));
      return 2;
    }
    throw err;
  }
  if (host.source === 'manifest') throw new UsageError(`${positionals[0]} is already a manifest`);
  const note = glibcNote(host.facts.native?.glibcNeeded, deployment.glibc);
  if (note) process.stderr.write(forLog(`go-plugin-compat manifest: ${terminalText(note)}\n`));
  const out = values.output === '-' ? null : values.output;
  // The deployment system travels with the host's facts, so `check --host host.abi.json` judges against it.
  const facts = Object.keys(deployment).length ? { ...host.facts, deployment: { glibc: deployment.glibc ?? null, asanOptions: deployment.asanOptions ?? null } } : host.facts;
  const text = JSON.stringify(toManifest(facts, `go-plugin-compat ${VERSION}`), null, 2) + '\n';
  if (out) writeFileSync(out, text);
  else process.stdout.write(jsonForLog(text));
  if (out) process.stderr.write(forLog(terminalText(`wrote ${out}: ${host.facts.exportedHashes.length} package hashes, ${host.facts.goVersion ?? 'unknown Go'} ${host.facts.goos}/${host.facts.goarch}`) + '\n'));
  return 0;
}
