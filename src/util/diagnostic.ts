// A problem found in an input file, with its place, a rule id and how to fix it.

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
  hint?: string;
  severity: "error" | "warning";
}

/**
 * `file:line:col: severity: message [rule]`, then an indented hint line when there is one. Every
 * problem line has this one shape, so line-anchored problem matchers (GitHub's, editors') read it.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message} [${d.rule}]`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.col - b.col;
}
