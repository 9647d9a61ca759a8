// What every formatter reads: each checked target with its result, and the counts.
import { displayPath } from "../../util/text-file.js";
import type { CheckResult, LinkSource, LinkTarget, Verdict } from "../types.js";

export interface ReportEntry {
  target: LinkTarget;
  result: CheckResult;
}

export interface LinkReport {
  entries: ReportEntry[];
  excluded: number;
  skipped: number;
  fail: readonly Verdict[];
  /** links --changed-since: the base ref, and how many distinct links were skipped as unchanged. */
  since?: string;
  unchanged?: number;
  /** links --shard: which slice of the links this report covers. */
  shard?: { index: number; count: number };
}

export interface Summary {
  links: number;
  ok: number;
  broken: number;
  unverifiable: number;
  cached: number;
  warnings: number;
  excluded: number;
  failed: boolean;
  /** Only with --changed-since. */
  unchanged?: number;
  changedSince?: string;
  /** Only with --shard. */
  shard?: { index: number; count: number };
}

export function summarize(report: LinkReport): Summary {
  const count = (verdict: Verdict) => report.entries.filter((e) => e.result.verdict === verdict).length;
  return {
    links: report.entries.length,
    ok: count("ok"),
    broken: count("broken"),
    unverifiable: count("unverifiable"),
    cached: report.entries.filter((e) => e.result.cached).length,
    warnings: report.entries.reduce((n, e) => n + e.result.warnings.length, 0),
    excluded: report.excluded,
    failed: report.entries.some((e) => report.fail.includes(e.result.verdict)),
    ...(report.unchanged !== undefined ? { unchanged: report.unchanged, changedSince: report.since } : {}),
    ...(report.shard ? { shard: report.shard } : {}),
  };
}

export function summaryLine(summary: Summary): string {
  const parts = [`${summary.ok} ok`, `${summary.broken} broken`, `${summary.unverifiable} unverifiable`];
  const extra = [
    summary.cached ? `${summary.cached} from cache` : "",
    summary.warnings ? `${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}` : "",
    summary.excluded ? `${summary.excluded} excluded` : "",
    summary.unchanged ? `${summary.unchanged} unchanged since ${summary.changedSince}, not checked` : "",
  ].filter(Boolean);
  const noun = summary.links === 1 ? "link" : "links";
  const shard = summary.shard ? `shard ${summary.shard.index}/${summary.shard.count}: ` : "";
  return `${shard}${summary.links} ${noun} checked: ${parts.join(", ")}${extra.length ? ` (${extra.join(", ")})` : ""}`;
}

/** Problems (not ok, or with warnings), one per source, in file and line order. */
export function findings(report: LinkReport): { entry: ReportEntry; source: LinkSource }[] {
  return report.entries
    .filter((e) => e.result.verdict !== "ok" || e.result.warnings.length > 0)
    .flatMap((entry) => entry.target.sources.map((source) => ({ entry, source })))
    .sort(
      (a, b) =>
        a.source.file.localeCompare(b.source.file) ||
        a.source.line - b.source.line ||
        a.source.col - b.source.col,
    );
}

/** The link as a reader finds it: the URL, or a local path relative to the working directory. */
export function displayUrl(entry: ReportEntry, source: LinkSource): string {
  const where = entry.target.kind === "local" ? displayPath(entry.target.url) : entry.target.url;
  return source.fragment ? `${where}#${source.fragment}` : where;
}
