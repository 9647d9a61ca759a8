// GitHub Actions workflow commands: an annotation at the file and line of each finding, written by
// the one reporter from the link messages.
import { formatProblems } from "../../util/reporter.js";
import { linkMessages } from "./messages.js";
import type { LinkReport } from "./model.js";

export function formatGithub(report: LinkReport): string {
  return formatProblems(linkMessages(report), "github");
}
