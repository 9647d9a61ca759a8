// The one problem type (a vfile-message), the one shape of every problem line, and the order
// problems are listed in.
import { VFileMessage } from "vfile-message";
import { describe, expect, test } from "vitest";
import {
  byPosition,
  formatProblem,
  type ProblemInit,
  problem,
  restate,
  severityOf,
  toInit,
} from "../../src/util/problem.js";

const at = (line: number, col: number, over: Partial<ProblemInit> = {}) =>
  problem({ file: "catalog.yaml", line, col, rule: "r", message: "m", severity: "error", ...over });

describe("problem", () => {
  test("builds a VFileMessage with unified's fields: place, ruleId, source, reason, note, fatal, file", () => {
    const m = at(3, 7, { severity: "warning", hint: "do this", rule: "unknown-key", message: "why" });
    expect(m).toBeInstanceOf(VFileMessage);
    expect(m).toMatchObject({
      file: "catalog.yaml",
      line: 3,
      column: 7,
      place: { line: 3, column: 7 },
      ruleId: "unknown-key",
      source: "syllabus",
      reason: "why",
      message: "why",
      note: "do this",
      fatal: false,
      url: undefined,
    });
    expect(at(1, 1).fatal).toBe(true);
  });

  test("an end, when the producer knows it, makes the place a range; a link finding carries its URL", () => {
    const m = at(2, 1, { endLine: 2, endCol: 27, url: "https://example.org/x" });
    expect(m.place).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 27 } });
    expect(m.url).toBe("https://example.org/x");
    expect(toInit(m)).toEqual({
      file: "catalog.yaml",
      line: 2,
      col: 1,
      endLine: 2,
      endCol: 27,
      rule: "r",
      message: "m",
      severity: "error",
      url: "https://example.org/x",
    });
  });

  test("restate changes the severity and hint and keeps the rest", () => {
    const m = restate(at(4, 2, { hint: "old" }), { severity: "warning", hint: "new" });
    expect([severityOf(m), m.note, m.line, m.column, m.ruleId, m.source]).toEqual([
      "warning",
      "new",
      4,
      2,
      "r",
      "syllabus",
    ]);
  });
});

describe("formatProblem", () => {
  test("file:line:col: severity: message [rule], then the hint indented on its own line", () => {
    expect(formatProblem(at(3, 7, { severity: "warning", hint: "do this" }))).toBe(
      "catalog.yaml:3:7: warning: m [r]\n  hint: do this",
    );
  });

  test("no hint line without a hint (an empty hint included)", () => {
    expect(formatProblem(at(1, 2))).toBe("catalog.yaml:1:2: error: m [r]");
    expect(formatProblem(at(1, 2, { hint: "" }))).toBe("catalog.yaml:1:2: error: m [r]");
  });
});

describe("byPosition", () => {
  test("orders by line, then by column", () => {
    const sorted = [at(3, 1), at(1, 9), at(2, 5), at(1, 2), at(2, 4)].sort(byPosition);
    expect(sorted.map((d) => `${d.line}:${d.column}`)).toEqual(["1:2", "1:9", "2:4", "2:5", "3:1"]);
  });

  test("gives the sign of the difference, and 0 for the same place", () => {
    expect(byPosition(at(2, 9), at(5, 1))).toBe(-3);
    expect(byPosition(at(4, 3), at(4, 1))).toBe(2);
    expect(byPosition(at(4, 3), at(4, 3))).toBe(0);
  });
});
