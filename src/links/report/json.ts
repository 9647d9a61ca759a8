// JSON: a stable, documented schema (README: "links --format json"), sorted by URL.

import { problemRecords } from "../../util/reporter.js";
import type { CheckResult, LinkSource } from "../types.js";
import { linkMessages } from "./messages.js";
import { fragmentOf, type LinkReport, summarize } from "./model.js";

export function formatJson(report: LinkReport): string {
  const links = [...report.entries]
    .sort((a, b) => a.target.url.localeCompare(b.target.url))
    .map(({ target, result }) => ({
      url: target.url,
      kind: target.kind,
      verdict: result.verdict,
      status: result.status ?? null,
      reason: result.reason,
      finalUrl: result.finalUrl ?? null,
      suggestion: result.suggestion ?? null,
      attempts: result.attempts,
      durationMs: result.durationMs,
      cached: result.cached ?? false,
      warnings: result.warnings,
      sources: target.sources.map((s) => ({
        file: s.file,
        line: s.line,
        col: s.col,
        lecture: s.lecture ?? null,
        field: s.field ?? null,
        fragment: s.fragment ?? null,
        // Judged per source: true or false when this source's fragment was checked apart.
        fragmentFound: fragmentOf(result, s)?.found ?? null,
        warnings: fragmentWarnings(result, s),
      })),
    }));
  // `problems`: the findings as every command's JSON lists them (one per source), after the fields of version 1.
  const problems = problemRecords(linkMessages(report));
  return `${JSON.stringify({ version: 1, summary: summarize(report), links, problems }, null, 2)}\n`;
}

function fragmentWarnings(result: CheckResult, source: LinkSource): string[] {
  const warning = fragmentOf(result, source)?.warning;
  return warning === undefined ? [] : [warning];
}
