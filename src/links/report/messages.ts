// Link findings as problems: a broken or unverifiable link, and every warning about a link, is a
// vfile message at the place of each of its sources, with the URL — the one problem type, so the
// one reporter prints them and the one exit-code chooser judges them.
import type { VFileMessage } from "vfile-message";
import { problem } from "../../util/problem.js";
import { displayUrl, type Finding, findings, type LinkReport } from "./model.js";

/** Rule ids of link findings; "links/" marks them as findings about the course (exit 1, not 2). */
export const LINK_RULES = {
  broken: "links/broken",
  unverifiable: "links/unverifiable",
  redirected: "links/redirected",
  fragment: "links/fragment",
  warning: "links/warning",
} as const;

/** One message per source for a link that is not ok, and one per warning; in file and line order. */
export function linkMessages(report: LinkReport): VFileMessage[] {
  return findings(report).flatMap((finding) => findingMessages(report, finding));
}

/** The messages of one finding: its verdict's, then one per warning. */
export function findingMessages(report: LinkReport, { entry, source, warnings }: Finding): VFileMessage[] {
  const out: VFileMessage[] = [];
  const { result } = entry;
  const url = displayUrl(entry, source);
  // The URL as shown (credentials masked, control characters encoded), never the raw one.
  const place = { file: source.file, line: source.line, col: source.col, url };
  if (result.verdict !== "ok") {
    const field = source.field ? ` in ${source.field}` : "";
    out.push(
      problem({
        ...place,
        rule: LINK_RULES[result.verdict],
        // The run fails on the verdicts of `fail` (links.fail, --fail-on): those are errors.
        severity: report.fail.includes(result.verdict) ? "error" : "warning",
        message: `${result.verdict} link${field}: ${url} — ${result.reason}`,
      }),
    );
  }
  for (const warning of warnings) {
    const redirect = warning.startsWith("permanent redirect");
    const fragment = !redirect && !result.warnings.includes(warning);
    out.push(
      problem({
        ...place,
        rule: redirect ? LINK_RULES.redirected : fragment ? LINK_RULES.fragment : LINK_RULES.warning,
        severity: "warning",
        message: `${url} — ${warning}`,
      }),
    );
  }
  return out;
}
