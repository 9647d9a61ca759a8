// Preloaded into a measured process (node --import): prints its peak RSS and CPU time on exit.
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(`\npeak-rss-kb ${usage.maxRSS} cpu-ms ${cpuMs}\n`);
});
