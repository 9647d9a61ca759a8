// Problems as plain records, so a test's expected value reads like the line a user sees. Every
// test that asserts problems compares `plain(actual)`: when the problem type changes (vfile-message,
// issue 9), only this projection changes, not the tests.
import type { Diagnostic } from "../../src/util/diagnostic.js";

export interface PlainProblem {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
  hint?: string;
  severity: "error" | "warning";
}

export function plain(problems: readonly Diagnostic[]): PlainProblem[] {
  return problems.map(plainOne);
}

export function plainOne(d: Diagnostic): PlainProblem {
  const record: PlainProblem = {
    file: d.file,
    line: d.line,
    col: d.col,
    rule: d.rule,
    message: d.message,
    severity: d.severity,
  };
  if (d.hint !== undefined) record.hint = d.hint;
  return record;
}
