// GitHub Actions workflow commands: an annotation at the file and line of each finding.
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
      const properties = `file=${property(source.file)},line=${source.line},col=${source.col},title=${property(title)}`;
      return `::${level} ${properties}::${data(message)}\n`;
    })
    .join("");
}

function data(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function property(value: string): string {
  return data(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
