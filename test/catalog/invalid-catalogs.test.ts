// Each folder of test/fixtures/invalid-catalogs holds a malformed catalog.yaml and the exact
// stderr of `syllabus validate` for it (expected.txt). UPDATE_FIXTURES=1 regenerates them.
// In-process (runMain): coverage and mutation tools see validate.ts, and no process start-up is paid.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { expectedFile, ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

const DIR = path.join(ROOT, "test/fixtures/invalid-catalogs");
const cases = readdirSync(DIR).sort();

describe("malformed catalogs", () => {
  test("there are at least 25 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    test(name, async () => {
      const cwd = path.join(DIR, name);
      const result = await runMain(["validate"], { cwd });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(result.stderr).toBe(expectedFile(path.join(cwd, "expected.txt"), result.stderr));
    });
  }
});
