// The one reporter: problems (vfile messages) in the output formats every command shares — the
// text line shape, JSON, and GitHub workflow commands (annotations). The escaping of workflow
// commands lives here once; the link report's GitHub format uses the same rules.
import { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { colOf, endOf, formatProblem, lineOf, severityOf } from "./problem.js";

export const PROBLEM_FORMATS = ["text", "json", "github"] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

export function formatProblems(messages: readonly VFileMessage[], format: ProblemFormat): string {
  switch (format) {
    case "text":
      return messages.map((m) => `${formatProblem(m)}\n`).join("");
    case "json":
      return `${JSON.stringify({ version: 1, summary: countSeverities(messages), problems: problemRecords(messages) }, null, 2)}\n`;
    case "github":
      return messages
        .map((m) =>
          workflowCommand(
            severityOf(m),
            { file: m.file ?? "", line: lineOf(m), col: colOf(m), title: m.ruleId ?? "" },
            m.note ? `${m.reason}\n${m.note}` : m.reason,
          ),
        )
        .join("");
  }
}

/** The problems as JSON records, as `--format json` lists them. */
export function problemRecords(messages: readonly VFileMessage[]): Record<string, string | number | null>[] {
  return messages.map(jsonProblem);
}

/** Today's fields first, in their order; the end of the place and the URL only when a message has them. */
function jsonProblem(m: VFileMessage): Record<string, string | number | null> {
  const record: Record<string, string | number | null> = {
    file: m.file ?? "",
    line: lineOf(m),
    col: colOf(m),
    severity: severityOf(m),
    rule: m.ruleId ?? "",
    message: m.reason,
    hint: m.note ?? null,
  };
  const end = endOf(m);
  if (end) {
    record.endLine = end.line;
    record.endCol = end.col;
  }
  if (m.url !== undefined) record.url = m.url;
  return record;
}

/**
 * The messages as vfiles, one per file in first-seen order, for unified tools (vfile-reporter,
 * vfile-statistics) that take files rather than loose messages.
 */
export function toVFiles(messages: readonly VFileMessage[]): VFile[] {
  const files = new Map<string, VFile>();
  for (const m of messages) {
    const name = m.file ?? "";
    let file = files.get(name);
    if (!file) {
      // vfile refuses an empty path: a message with no file goes on a vfile without one.
      file = new VFile(name === "" ? {} : { path: name });
      files.set(name, file);
    }
    file.messages.push(m);
  }
  return [...files.values()];
}

export function countSeverities(messages: readonly VFileMessage[]): { errors: number; warnings: number } {
  const errors = messages.filter((m) => m.fatal).length;
  return { errors, warnings: messages.length - errors };
}

/** "1 error, 2 warnings", "no problems" */
export function severityCounts(messages: readonly VFileMessage[]): string {
  const { errors, warnings } = countSeverities(messages);
  if (errors + warnings === 0) return "no problems";
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""]
    .filter(Boolean)
    .join(", ");
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the runner reads it. */
export function workflowCommand(
  level: "error" | "warning" | "notice",
  properties: Record<string, string | number>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${level} ${props}::${escapeData(message)}\n`;
}

export function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
