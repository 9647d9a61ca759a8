// Every kind of problem, produced by the real commands, prints in the one line shape that the
// action's problem matcher (src/action/matcher.ts) reads: file, line, column, severity, message and
// rule id captured as the problem has them. (fmt --fix's fixes are notes without a severity: they
// report what was done, not a problem.)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { PROBLEM_MATCHER } from "../../src/action/matcher.js";
import { runMain } from "../helpers/main.js";

const MATCHER = new RegExp(PROBLEM_MATCHER.problemMatcher[0]?.pattern[0]?.regexp ?? "^$");
const NO_CI = { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined };

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function course(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-lines-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/**
 * Each line of the output that states a severity, as the matcher captures it:
 * [file, line, col, severity, message, rule]. A problem line the matcher misses fails the test.
 */
function captured(output: string): string[][] {
  return output
    .split("\n")
    .filter((line) => / (error|warning): /.test(line) && !line.startsWith("  hint: "))
    .map((line) => {
      const match = MATCHER.exec(line);
      if (!match) throw new Error(`the problem matcher does not read: ${line}`);
      return match.slice(1);
    });
}

async function run(args: string[], files: Record<string, string | Buffer>) {
  const result = await runMain(args, { cwd: course(files), env: NO_CI });
  return { code: result.code, lines: captured(`${result.stdout}\n${result.stderr}`) };
}

const LECTURE = "lectures:\n  - number: 1\n    title: A\n";

describe("every kind of problem is one matcher-readable line", () => {
  test("YAML syntax (validate)", async () => {
    expect(await run(["validate"], { "catalog.yaml": "lectures:\n  - number: 1\n   title: [A\n" })).toEqual({
      code: 2,
      lines: [
        ["catalog.yaml", "3", "1", "error", "YAML: unexpected indentation", "yaml-syntax"],
        ["catalog.yaml", "4", "1", "error", "YAML: a quote or bracket is never closed", "yaml-syntax"],
      ],
    });
  });

  test("schema (validate)", async () => {
    expect(await run(["validate"], { "catalog.yaml": `${LECTURE}    titel: B\n` })).toEqual({
      code: 2,
      lines: [["catalog.yaml", "4", "5", "error", 'lecture 1: unknown key "titel"', "unknown-key"]],
    });
  });

  test("invalid UTF-8 (validate)", async () => {
    expect(
      await run(["validate"], { "catalog.yaml": Buffer.from("lectures:\n  - title: caf\xe9\n", "latin1") }),
    ).toEqual({
      code: 2,
      lines: [["catalog.yaml", "2", "15", "error", "not valid UTF-8 (byte 0xE9)", "invalid-utf8"]],
    });
  });

  test("across lectures (validate) and lint (lint)", async () => {
    const catalog = `${LECTURE}    video: https://www.bilibili.com/video/BV1xx411c7mD?spm_id_from=333.1\n  - number: 2\n    title: B\n    video: https://www.bilibili.com/video/BV1xx411c7mD?spm_id_from=333.1\n`;
    const tracking = (line: string, n: number) => [
      "catalog.yaml",
      line,
      "12",
      "warning",
      `lecture ${n}: video has tracking parameter spm_id_from`,
      "lint/tracking-parameters",
    ];
    expect(await run(["validate"], { "catalog.yaml": catalog })).toEqual({
      code: 0,
      lines: [
        tracking("4", 1),
        ["catalog.yaml", "7", "12", "warning", "lecture 2: video repeats a link", "duplicate-link"],
        tracking("7", 2),
      ],
    });
    expect(await run(["lint"], { "catalog.yaml": catalog })).toEqual({
      code: 0,
      lines: [
        tracking("4", 1),
        tracking("7", 2),
        [
          "catalog.yaml",
          "7",
          "12",
          "warning",
          "lecture 2: video links the same bilibili video as lecture 1's video (line 4)",
          "lint/duplicate-resource",
        ],
      ],
    });
  });

  test("markers (render)", async () => {
    const catalog = `outputs:\n  - path: README.md\n${LECTURE}`;
    expect(await run(["render", "--no-cache"], { "catalog.yaml": catalog, "README.md": "# C\n" })).toEqual({
      code: 2,
      lines: [
        [
          "README.md",
          "1",
          "1",
          "error",
          "no <!-- syllabus:start --> … <!-- syllabus:end --> region in this page",
          "marker-missing",
        ],
      ],
    });
  });

  test("import", async () => {
    const readme = "# C\n\n| No | Title |\n| --- | --- |\n| 1 | A |\n| 2 | B | extra |\n";
    expect(await run(["import", "README.md"], { "README.md": readme })).toEqual({
      code: 0,
      lines: [
        ["README.md", "6", "1", "warning", "row of lecture 2 has 3 cells, the header has 2", "irregular-row"],
      ],
    });
  });

  test("links", async () => {
    expect(
      await run(["links", "README.md", "--no-cache"], { "README.md": "# C\n\n[gone](./gone.md)\n" }),
    ).toEqual({
      code: 1,
      lines: [
        [
          "README.md",
          "3",
          "1",
          "error",
          "broken link: gone.md — no such file or folder in the working tree",
          "links/broken",
        ],
      ],
    });
  });

  test("a stale page (render --check) and an unformatted catalog (fmt --check), at the first line that would change", async () => {
    const catalog = `outputs:\n  - path: README.md\n${LECTURE}`;
    const page = "# C\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n";
    expect(
      await run(["render", "--check", "--no-cache"], { "catalog.yaml": catalog, "README.md": page }),
    ).toEqual({
      code: 1,
      lines: [["README.md", "4", "1", "error", "stale: the table differs from catalog.yaml", "render/stale"]],
    });
    const unsorted = "lectures:\n  - title: A\n    number: 1\n";
    expect(await run(["fmt", "--check"], { "catalog.yaml": unsorted })).toEqual({
      code: 1,
      lines: [["catalog.yaml", "2", "1", "error", "not formatted", "fmt/unformatted"]],
    });
  });
});
