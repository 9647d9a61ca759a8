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
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most
    // files wait on sockets, servers and child processes rather than the CPU, so two workers take
    // the suite from 57 s to 39 s there.
    maxWorkers: 2,
  },
});
