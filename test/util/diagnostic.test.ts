// The one shape of every problem line, and the order problems are listed in.
import { describe, expect, test } from "vitest";
import { byPosition, type Diagnostic, formatDiagnostic } from "../../src/util/diagnostic.js";

const at = (line: number, col: number): Diagnostic => ({
  file: "catalog.yaml",
  line,
  col,
  rule: "r",
  message: "m",
  severity: "error",
});

describe("formatDiagnostic", () => {
  test("file:line:col: severity: message [rule], then the hint indented on its own line", () => {
    expect(formatDiagnostic({ ...at(3, 7), severity: "warning", hint: "do this" })).toBe(
      "catalog.yaml:3:7: warning: m [r]\n  hint: do this",
    );
  });

  test("no hint line without a hint (an empty hint included)", () => {
    expect(formatDiagnostic(at(1, 2))).toBe("catalog.yaml:1:2: error: m [r]");
    expect(formatDiagnostic({ ...at(1, 2), hint: "" })).toBe("catalog.yaml:1:2: error: m [r]");
  });
});

describe("byPosition", () => {
  test("orders by line, then by column", () => {
    const sorted = [at(3, 1), at(1, 9), at(2, 5), at(1, 2), at(2, 4)].sort(byPosition);
    expect(sorted.map((d) => `${d.line}:${d.col}`)).toEqual(["1:2", "1:9", "2:4", "2:5", "3:1"]);
  });

  test("gives the sign of the difference, and 0 for the same place", () => {
    expect(byPosition(at(2, 9), at(5, 1))).toBe(-3);
    expect(byPosition(at(4, 3), at(4, 1))).toBe(2);
    expect(byPosition(at(4, 3), at(4, 3))).toBe(0);
  });
});
