// The one problem type: a vfile-message (unified's), built here by every producer so each problem
// has a place, a rule id, `source: "syllabus"`, a reason, a note (the hint) and a severity.
import { VFileMessage } from "vfile-message";

export type Severity = "error" | "warning";

/** What a producer knows about a problem; `problem()` turns it into a VFileMessage. */
export interface ProblemInit {
  /** The path shown to the user. */
  file: string;
  line: number;
  col: number;
  /** Where the problem ends, when the producer knows (exclusive column, as unist positions). */
  endLine?: number;
  endCol?: number;
  rule: string;
  message: string;
  hint?: string | undefined;
  severity: Severity;
  /** The URL a link finding is about. */
  url?: string | undefined;
}

export const PROBLEM_SOURCE = "syllabus";

export function problem(init: ProblemInit): VFileMessage {
  const start = { line: init.line, column: init.col };
  const place =
    init.endLine !== undefined && init.endCol !== undefined
      ? { start, end: { line: init.endLine, column: init.endCol } }
      : start;
  const message = new VFileMessage(init.message, { place, ruleId: init.rule, source: PROBLEM_SOURCE });
  message.file = init.file;
  // vfile's convention: fatal true is an error, false a warning.
  message.fatal = init.severity === "error";
  if (init.hint !== undefined) message.note = init.hint;
  if (init.url !== undefined) message.url = init.url;
  return message;
}

/** The same problem with another severity or hint (validate re-levels render's refusals). */
export function restate(
  m: VFileMessage,
  change: { severity?: Severity; hint?: string | undefined },
): VFileMessage {
  const init = { ...toInit(m), ...change };
  return problem(init);
}

export function severityOf(m: VFileMessage): Severity {
  return m.fatal ? "error" : "warning";
}

export function isError(m: VFileMessage): boolean {
  return m.fatal === true;
}

/** Where a problem starts; 1:1 when a message has no place (messages built here always have one). */
export function lineOf(m: VFileMessage): number {
  return m.line ?? 1;
}

export function colOf(m: VFileMessage): number {
  return m.column ?? 1;
}

export function endOf(m: VFileMessage): { line: number; col: number } | undefined {
  const end = m.place && "end" in m.place ? m.place.end : undefined;
  return end ? { line: end.line, col: end.column } : undefined;
}

/** The plain record of a message, in the words the producers use. */
export function toInit(m: VFileMessage): ProblemInit {
  const init: ProblemInit = {
    file: m.file ?? "",
    line: lineOf(m),
    col: colOf(m),
    rule: m.ruleId ?? "",
    message: m.reason,
    severity: severityOf(m),
  };
  const end = endOf(m);
  if (end) {
    init.endLine = end.line;
    init.endCol = end.col;
  }
  if (m.note !== undefined) init.hint = m.note;
  if (m.url !== undefined) init.url = m.url;
  return init;
}

/**
 * `file:line:col: severity: message [rule]`, then an indented hint line when there is one. Every
 * problem line has this one shape, so line-anchored problem matchers (GitHub's, editors') read it.
 */
export function formatProblem(m: VFileMessage): string {
  const head = `${m.file}:${lineOf(m)}:${colOf(m)}: ${severityOf(m)}: ${m.reason} [${m.ruleId ?? ""}]`;
  return m.note ? `${head}\n  hint: ${m.note}` : head;
}

export function byPosition(a: VFileMessage, b: VFileMessage): number {
  return lineOf(a) - lineOf(b) || colOf(a) - colOf(b);
}
