#!/usr/bin/env node
// The CLI ships as a prebuilt esbuild bundle (dist/cli.mjs, committed and packed), so no install
// depends on a build step: loading a few files instead of hundreds of modules is most of
// syllabus's start-up time. Only a checkout whose dist/ was deleted needs `npm run build`.
try {
  await import("../dist/cli.mjs");
} catch (error) {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.mjs")) {
    process.stderr.write("syllabus: dist/cli.mjs is missing; run `npm run build`\n");
    process.exitCode = 2;
  } else throw error;
}
