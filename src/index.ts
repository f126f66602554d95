/**
 * Programmatic API: the same analysis the CLI and the Action render.
 *
 *   const [a] = analyseFile('plugin.so');                 // build facts, or a per-file error
 *   const report = runCheck(hostFacts, 'binary', plugins); // verdicts, findings, fixes
 */
export { analyseFile, type Analysis } from './facts/analyse.js';
export type { BuildFacts } from './facts/build-facts.js';
export { toManifest, readManifest, type HostManifest } from './facts/manifest.js';
export { runCheck, type CheckReport, type PluginReport } from './check/run-check.js';
export type { PluginInput, FailureKind } from './check/simulate.js';
export { ALL_RULES } from './rules/registry.js';
export type { Finding, RuleMeta, Severity } from './rules/types.js';
export { VERSION } from './version.js';
