// Problems in the output formats every command shares: the text line shape, JSON, and GitHub
// workflow commands (annotations). The escaping of workflow commands lives here once; the link
// report's GitHub format uses the same rules.
import { type Diagnostic, formatDiagnostic } from "./diagnostic.js";

export const DIAGNOSTIC_FORMATS = ["text", "json", "github"] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: DiagnosticFormat): string {
  switch (format) {
    case "text":
      return diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join("");
    case "json":
      return `${JSON.stringify(
        {
          version: 1,
          summary: countSeverities(diagnostics),
          problems: diagnostics.map((d) => ({
            file: d.file,
            line: d.line,
            col: d.col,
            severity: d.severity,
            rule: d.rule,
            message: d.message,
            hint: d.hint ?? null,
          })),
        },
        null,
        2,
      )}\n`;
    case "github":
      return diagnostics
        .map((d) =>
          workflowCommand(
            d.severity,
            { file: d.file, line: d.line, col: d.col, title: d.rule },
            d.hint ? `${d.message}\n${d.hint}` : d.message,
          ),
        )
        .join("");
  }
}

export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return { errors, warnings: diagnostics.length - errors };
}

/** "1 error, 2 warnings", "no problems" */
export function severityCounts(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countSeverities(diagnostics);
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
