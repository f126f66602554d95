/* global process, performance */
// Preloaded into a CLI run by test/hostile.test.ts: at exit, print the run's
// wall time, CPU time (user + system: what the run itself cost, whatever
// else the machine is doing) and peak resident memory (maxRSS, KiB) on stderr.
const start = performance.now();
process.on('exit', () => {
  const u = process.resourceUsage();
  const cpu = Math.round((u.userCPUTime + u.systemCPUTime) / 1000);
  process.stderr.write(`\nmeasure: ${Math.round(performance.now() - start)} ms, ${cpu} ms CPU, ${u.maxRSS} KiB\n`);
});
