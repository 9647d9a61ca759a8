// Every line a failed check prints has one of three shapes, so a line-anchored problem matcher
// (GitHub Actions' problemMatcher, an editor's) reads every problem and nothing else.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { problemLine } from "../helpers/problems.js";

/** The regular expression a GitHub problem matcher for syllabus uses. */
const PROBLEM = /^(.+):(\d+):(\d+): (error|warning): (.+) \[([a-z0-9/-]+)\]$/;
const HINT = /^ {2}hint: \S/;
const SUMMARY = /^\d+ problems? found; nothing was written\.$/;

function outputs(folder: string, file: string): [string, string][] {
  const dir = path.join(ROOT, "test/fixtures", folder);
  return readdirSync(dir)
    .sort()
    .flatMap((name): [string, string][] => {
      try {
        return [[`${folder}/${name}`, readFileSync(path.join(dir, name, file), "utf8")]];
      } catch {
        return []; // a marker case that renders has no error.txt
      }
    });
}

const fixtures = [...outputs("invalid-catalogs", "expected.txt"), ...outputs("markers", "error.txt")];

test("the fixtures cover both catalog and marker problems", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(40);
});

test.each(fixtures)("%s: each line is a problem, a hint or the summary", (_name, text) => {
  const lines = text.replace(/\n$/, "").split("\n");
  expect(lines.some((line) => PROBLEM.test(line))).toBe(true);
  for (const line of lines) {
    const kind = PROBLEM.test(line)
      ? "problem"
      : HINT.test(line)
        ? "hint"
        : SUMMARY.test(line)
          ? "summary"
          : line;
    expect(["problem", "hint", "summary"]).toContain(kind);
    expect(line.startsWith("syllabus: ")).toBe(false);
  }
});

test("problemLine prints the severity and the place; the hint is an indented line", () => {
  const base = { file: "catalog.yaml", line: 3, col: 5, rule: "unknown-key", message: 'unknown key "titel"' };
  expect(problemLine({ ...base, severity: "error", hint: 'did you mean "title"?' })).toBe(
    'catalog.yaml:3:5: error: unknown key "titel" [unknown-key]\n  hint: did you mean "title"?',
  );
  expect(problemLine({ ...base, severity: "warning" })).toBe(
    'catalog.yaml:3:5: warning: unknown key "titel" [unknown-key]',
  );
  expect(PROBLEM.exec(problemLine({ ...base, severity: "error" }))?.slice(1)).toEqual([
    "catalog.yaml",
    "3",
    "5",
    "error",
    'unknown key "titel"',
    "unknown-key",
  ]);
});
