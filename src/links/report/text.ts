// The default format: findings grouped by lecture (catalog) or by file (markdown), then a summary.
import { displayUrl, findings, type LinkReport, notTried, summarize, summaryLine } from "./model.js";

const MARK = { ok: "!", broken: "✗", unverifiable: "?" } as const;

export function formatText(report: LinkReport): string {
  const lines: string[] = [];
  let group = "";
  // Offline, every remote link fails alike: one line says so instead of one per link.
  const offline = report.entries.filter(notTried);
  if (offline.length > 0) {
    lines.push(
      `${offline[0]?.result.reason}: ${offline.length} remote link${offline.length === 1 ? "" : "s"} not checked`,
    );
  }
  for (const { entry, source, warnings } of findings(report)) {
    if (notTried(entry)) continue;
    const heading = source.lecture
      ? `lecture ${source.lecture.label ?? source.lecture.number} · ${source.lecture.title}`
      : source.file;
    if (heading !== group) {
      if (lines.length > 0) lines.push("");
      lines.push(heading);
      group = heading;
    }
    const { result } = entry;
    const label = result.verdict === "ok" ? "warning" : result.verdict;
    const field = source.field ? `${source.field}  ` : "";
    lines.push(
      `  ${MARK[result.verdict]} ${label}  ${field}${source.file}:${source.line}:${source.col}  ${displayUrl(entry, source)}`,
    );
    if (result.verdict !== "ok") lines.push(`      ${result.reason}`);
    for (const warning of warnings) lines.push(`      ${warning}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryLine(summarize(report)));
  return `${lines.join("\n")}\n`;
}
