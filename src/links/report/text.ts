// The default format: findings grouped by lecture (catalog) or by file (markdown), each in the one
// problem line shape (file:line:col: severity: message [rule]), then a summary.
import { formatProblem } from "../../util/problem.js";
import { findingMessages } from "./messages.js";
import { findings, type LinkReport, notTried, summarize, summaryLine } from "./model.js";

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
  for (const finding of findings(report)) {
    const { entry, source } = finding;
    if (notTried(entry)) continue;
    const heading = source.lecture
      ? `lecture ${source.lecture.label ?? source.lecture.number} · ${source.lecture.title}`
      : source.file;
    if (heading !== group) {
      if (lines.length > 0) lines.push("");
      lines.push(heading);
      group = heading;
    }
    for (const message of findingMessages(report, finding)) lines.push(formatProblem(message));
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryLine(summarize(report)));
  return `${lines.join("\n")}\n`;
}
