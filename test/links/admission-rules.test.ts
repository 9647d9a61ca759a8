// Admission's promise after a failure, asked late: done() called once every item is over (a caller
// that awaits the run only at the end) still rejects with the first error, never resolves.
import { describe, expect, test } from "vitest";
import { Admission } from "../../src/links/admission.js";

describe("Admission after a failed item", () => {
  test("done() asked after everything finished rejects with the first error", async () => {
    const admission = new Admission<string>(
      () => 1,
      async (item) => {
        if (item !== "ok") throw new Error(`failed: ${item}`);
      },
    );
    for (const item of ["x", "ok", "y"]) admission.add("host", item);
    // Every item has run and finished by the time the microtasks and one macrotask are through.
    await new Promise((resolve) => setImmediate(resolve));
    await expect(admission.done()).rejects.toThrow("failed: x");
  });
});
