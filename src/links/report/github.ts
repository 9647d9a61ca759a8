// GitHub Actions workflow commands: an annotation at the file and line of each finding.
import { workflowCommand } from "../../util/reporter.js";
import { displayUrl, findings, type LinkReport } from "./model.js";

export function formatGithub(report: LinkReport): string {
  return findings(report)
    .map(({ entry, source, warnings }) => {
      const { result } = entry;
      const level = result.verdict === "broken" ? "error" : "warning";
      const title = result.verdict === "ok" ? "link warning" : `${result.verdict} link`;
      const message = [displayUrl(entry, source), result.verdict === "ok" ? "" : result.reason, ...warnings]
        .filter(Boolean)
        .join(" — ");
      return workflowCommand(
        level,
        { file: source.file, line: source.line, col: source.col, title },
        message,
      );
    })
    .join("");
}
