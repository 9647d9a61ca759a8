// The tests Stryker runs: every in-process test. Tests that only run the built bundle or a packed
// tarball (subprocesses) see no source code, so they cannot kill a mutant; they are left out.
// MUTATION_TESTS="test/util/**/*.test.ts,test/cli/cli.test.ts" narrows the run to the tests of the
// area being mutated (much faster: Stryker's dry run executes every included test).
import { defineConfig } from "vitest/config";

const only = process.env.MUTATION_TESTS?.split(",").filter(Boolean);

export default defineConfig({
  test: {
    include: only?.length ? only : ["test/**/*.test.ts"],
    exclude: ["test/ship/pack.test.ts", "test/ship/dist.test.ts", "test/ship/action.test.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
