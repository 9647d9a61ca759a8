import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Subprocess and HTTP tests are real; two cores on CI.
    pool: "forks",
    // One process per worker, not per file: files start in milliseconds instead of a second each
    // (83 s → 35 s on two cores). Files must not leak state; CI-style runs with
    // --sequence.shuffle.files check that.
    isolate: false,
  },
});
