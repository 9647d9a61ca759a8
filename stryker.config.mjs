// Mutation testing (npm run mutation): Stryker changes the sources one small mutation at a time and
// runs the tests that cover it; a mutant that no test notices is a behaviour nobody checks.
// Stryker 9 (10 needs Node 22) with its vitest runner; not part of npm test (it takes long).
// One area at a time: MUTATE=src/render npm run mutation.
import { availableParallelism } from "node:os";

// Several at once: MUTATE=src/report/state.ts,src/report/issue.ts. MUTATION_TESTS (see
// vitest.mutation.config.ts) narrows the tests run; MUTATION_IGNORE_STATIC=1 skips module-level
// mutants, which Stryker can only test by re-running every test.
const areas = process.env.MUTATE?.split(",").filter(Boolean);
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  mutate: areas?.length
    ? [
        ...areas.map((area) => `${area.replace(/\/$/, "")}${area.endsWith(".ts") ? "" : "/**/*.ts"}`),
        "!src/**/*.d.ts",
      ]
    : ["src/**/*.ts", "!src/**/*.d.ts", "!src/cli/bin.ts"],
  ignoreStatic: process.env.MUTATION_IGNORE_STATIC === "1",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: availableParallelism(),
  timeoutMS: 20000,
  tempDirName: ".stryker-tmp",
  // Sandboxes of other runs in the same folder (parallel runs use their own tempDirName).
  ignorePatterns: [".stryker-tmp*"],
  cleanTempDir: "always",
};
