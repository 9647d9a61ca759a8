// Adoption is a no-op on real course READMEs (test/fixtures/corpus, each with its SOURCE): in a git
// repository, `import --markers` only adds the marker lines, the first `render` changes no byte, and
// `render --check` agrees. The import's report (tables taken and skipped) is kept beside each README.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { expectedFile, ROOT, SEED } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

const CORPUS = path.join(ROOT, "test/fixtures/corpus");
/** Every corpus README round-trips: adding one to the folder adds it to the test. */
const ROUND_TRIP = readdirSync(CORPUS).sort();
const cases = [
  ...ROUND_TRIP.map((name) => ({
    name,
    readme: path.join(CORPUS, name, "README.md"),
    report: path.join(CORPUS, name, "import.txt"),
  })),
  { name: "seed", readme: SEED, report: path.join(ROOT, "test/fixtures/seed/import.txt") },
];

const MARKER_LINE =
  /^<!-- syllabus:(?:start(?: name=[A-Za-z0-9._-]+)?|end) -->\r?\n|\r?\n<!-- syllabus:end -->(?=\r?\n|$)/gm;

describe("the corpus of real course READMEs", () => {
  test("holds at least 8 real READMEs, each with its source and commit", () => {
    const names = readdirSync(CORPUS);
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const source = readFileSync(path.join(CORPUS, name, "SOURCE"), "utf8");
      expect(source).toMatch(/^repository: \S+\/\S+\npath: \S.*\ncommit: [0-9a-f]{40}\n/);
      expect(source.split("\n")[0]).toBe(`repository: ${name.replace("__", "/")}`);
    }
  });

  for (const { name, readme, report } of cases) {
    test(`${name}: import --markers adds only the markers, render changes nothing, render --check passes`, async () => {
      const original = readFileSync(readme, "utf8");
      const dir = mkdtempSync(path.join(tmpdir(), "syllabus-corpus-"));
      execFileSync("git", ["init", "-q"], { cwd: dir });
      writeFileSync(path.join(dir, "README.md"), original);

      const imported = await runMain(["import", "README.md", "--markers"], { cwd: dir });
      expect(imported.stderr).toBe(expectedFile(report, imported.stderr));
      expect(imported.code).toBe(0);
      const marked = readFileSync(path.join(dir, "README.md"), "utf8");
      expect(marked.replace(MARKER_LINE, "")).toBe(original);
      // Each start marker stands right above a table row, each end marker right below one.
      expect(marked).not.toMatch(/<!-- syllabus:start[^\n]*-->\r?\n(?!\|)/);
      expect(marked).not.toMatch(/[^|\s][ \t]*\r?\n<!-- syllabus:end -->/);

      const rendered = await runMain(["render"], { cwd: dir });
      expect({ code: rendered.code, stderr: rendered.stderr }).toEqual({
        code: 0,
        stderr: "README.md: up to date\n",
      });
      expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(marked);
      expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(0);
      // The catalog it wrote is already canonical: the first `fmt --check` in CI passes.
      expect(await runMain(["fmt", "--check"], { cwd: dir })).toMatchObject({ code: 0, stdout: "" });
    });
  }
});
