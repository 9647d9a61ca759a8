// Problems as plain records, so a test's expected value reads like the line a user sees. Every
// test that asserts problems compares `plain(actual)`: the problem type is a vfile-message
// (issue 9), and this projection is the one place that knows its field names.
import type { VFileMessage } from "vfile-message";
import { formatProblem, problem } from "../../src/util/problem.js";

export interface PlainProblem {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
  hint?: string;
  severity: "error" | "warning";
}

export function plain(problems: readonly VFileMessage[]): PlainProblem[] {
  return problems.map(plainOne);
}

export function plainOne(m: VFileMessage): PlainProblem {
  const record: PlainProblem = {
    file: m.file ?? "",
    line: m.line ?? 1,
    col: m.column ?? 1,
    rule: m.ruleId ?? "",
    message: m.reason,
    severity: m.fatal ? "error" : "warning",
  };
  if (m.note !== undefined) record.hint = m.note;
  return record;
}

/** The problem line (and hint line) a plain record prints as, through the real formatter. */
export function problemLine(record: PlainProblem): string {
  return formatProblem(problem(record));
}
