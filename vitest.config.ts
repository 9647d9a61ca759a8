import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Subprocess and HTTP tests are real; two cores on CI.
    pool: "forks",
  },
});
