#!/usr/bin/env node
// The CLI ships as one esbuild bundle (dist/cli.mjs), built by `npm ci` through "prepare":
// loading one file instead of hundreds of modules is most of syllabus's start-up time.
try {
  await import("../dist/cli.mjs");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.mjs")) {
    process.stderr.write("syllabus: dist/cli.mjs is missing; run `npm run build` (npm ci runs it)\n");
    process.exitCode = 2;
  } else throw error;
}
