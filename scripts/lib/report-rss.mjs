// Preloaded into a measured process (node --import): prints its peak RSS on exit.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
