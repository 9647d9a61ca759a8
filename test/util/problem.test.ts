// The one problem type (a vfile-message), the one shape of every problem line, and the order
// problems are listed in.
import { VFileMessage } from "vfile-message";
import { describe, expect, test } from "vitest";
import {
  byPosition,
  endOf,
  formatProblem,
  isError,
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

describe("the parts of a problem a producer may leave out", () => {
  test("an end needs both its line and its column; with one of them the place stays a point", () => {
    expect(at(2, 1, { endLine: 2 }).place).toEqual({ line: 2, column: 1 });
    expect(at(2, 1, { endCol: 9 }).place).toEqual({ line: 2, column: 1 });
    expect(endOf(at(2, 1, { endCol: 9 }))).toBeUndefined();
  });

  test("isError: an error is, a warning is not", () => {
    expect(isError(at(1, 1))).toBe(true);
    expect(isError(at(1, 1, { severity: "warning" }))).toBe(false);
  });

  test("toInit keeps the hint and names no URL or end it was not given", () => {
    expect(toInit(at(5, 6, { hint: "do this" }))).toStrictEqual({
      file: "catalog.yaml",
      line: 5,
      col: 6,
      rule: "r",
      message: "m",
      severity: "error",
      hint: "do this",
    });
  });

  test("a message built elsewhere (no place, rule or severity) reads as a warning at 1:1 with rule ''", () => {
    const bare = new VFileMessage("from a plugin");
    expect(endOf(bare)).toBeUndefined();
    expect(toInit(bare)).toStrictEqual({
      file: "",
      line: 1,
      col: 1,
      rule: "",
      message: "from a plugin",
      severity: "warning",
    });
    bare.file = "README.md";
    expect(formatProblem(bare)).toBe("README.md:1:1: warning: from a plugin []");
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
