// Preloaded into a CLI run by test/hostile.test.ts: at exit, print the run's
/* global process, performance */
// wall time and peak resident memory (maxRSS, KiB) on stderr.
const start = performance.now();
process.on('exit', () => {
  process.stderr.write(`\nmeasure: ${Math.round(performance.now() - start)} ms, ${process.resourceUsage().maxRSS} KiB\n`);
});
