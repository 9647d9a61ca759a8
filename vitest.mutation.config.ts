// The tests Stryker runs: every in-process test. Tests that only run the built bundle or a packed
// tarball (subprocesses) see no source code, so they cannot kill a mutant; they are left out.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/ship/pack.test.ts", "test/ship/dist.test.ts", "test/ship/action.test.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
