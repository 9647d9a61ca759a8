// What every formatter reads: each checked target with its result, and the counts.
import { displayPath } from "../../util/text-file.js";
import {
  type CheckResult,
  type FragmentCheck,
  type LinkSource,
  type LinkTarget,
  NO_NETWORK,
  type Verdict,
} from "../types.js";

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
  /** Links actually tried: all but those not checked. */
  checked: number;
  /** Remote links not tried because the network is down (counted as unverifiable too). */
  notChecked: number;
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
  const notChecked = report.entries.filter(notTried).length;
  // A link's own warnings once; a fragment's at every source that asks for it.
  const fragmentWarnings = report.entries.flatMap((e) =>
    e.target.sources.filter((s) => fragmentOf(e.result, s)?.warning !== undefined),
  ).length;
  return {
    links: report.entries.length,
    checked: report.entries.length - notChecked,
    notChecked,
    ok: count("ok"),
    broken: count("broken"),
    unverifiable: count("unverifiable"),
    cached: report.entries.filter((e) => e.result.cached).length,
    warnings: report.entries.reduce((n, e) => n + e.result.warnings.length, 0) + fragmentWarnings,
    excluded: report.excluded,
    failed: report.entries.some((e) => report.fail.includes(e.result.verdict)),
    ...(report.unchanged !== undefined ? { unchanged: report.unchanged, changedSince: report.since } : {}),
    ...(report.shard ? { shard: report.shard } : {}),
  };
}

/** Whether a link was left untried because the network is down. */
export function notTried(entry: ReportEntry): boolean {
  return entry.result.reason.startsWith(NO_NETWORK);
}

export function summaryLine(summary: Summary): string {
  const unverifiable = summary.unverifiable - summary.notChecked;
  const parts = [`${summary.ok} ok`, `${summary.broken} broken`, `${unverifiable} unverifiable`];
  const extra = [
    summary.cached ? `${summary.cached} from cache` : "",
    summary.warnings ? `${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}` : "",
    summary.excluded ? `${summary.excluded} excluded` : "",
    summary.unchanged ? `${summary.unchanged} unchanged since ${summary.changedSince}, not checked` : "",
  ].filter(Boolean);
  const noun = summary.links === 1 ? "link" : "links";
  const counts = `${parts.join(", ")}${extra.length ? ` (${extra.join(", ")})` : ""}`;
  const shard = summary.shard ? `shard ${summary.shard.index}/${summary.shard.count}: ` : "";
  if (summary.notChecked === 0) return `${shard}${summary.links} ${noun} checked: ${counts}`;
  // Offline: say how many were tried at all, rather than "60 links checked" when none were.
  const untried = `${summary.notChecked} remote ${summary.notChecked === 1 ? "link" : "links"} not checked (no network)`;
  return summary.checked === 0
    ? `${shard}0 of ${summary.links} ${noun} checked; ${untried}`
    : `${shard}${summary.checked} of ${summary.links} ${noun} checked: ${counts}; ${untried}`;
}

export interface Finding {
  entry: ReportEntry;
  source: LinkSource;
  /** The link's warnings, and the one about this source's fragment. */
  warnings: string[];
}

/** What checking found about the fragment this source asks for, when it was checked apart. */
export function fragmentOf(result: CheckResult, source: LinkSource): FragmentCheck | undefined {
  const { fragments } = result;
  return source.fragment && fragments && Object.hasOwn(fragments, source.fragment)
    ? fragments[source.fragment]
    : undefined;
}

/** The warnings that concern one source: its link's, and its own fragment's. */
export function sourceWarnings(result: CheckResult, source: LinkSource): string[] {
  const fragment = fragmentOf(result, source)?.warning;
  return fragment === undefined ? result.warnings : [...result.warnings, fragment];
}

/** Problems (not ok, or with warnings), one per source, in file and line order. */
export function findings(report: LinkReport): Finding[] {
  return report.entries
    .flatMap((entry) =>
      entry.target.sources.map((source) => ({
        entry,
        source,
        warnings: sourceWarnings(entry.result, source),
      })),
    )
    .filter(({ entry, warnings }) => entry.result.verdict !== "ok" || warnings.length > 0)
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
  // A decoded path may hold control characters (%00, %1B): shown encoded, never sent to a terminal.
  return (source.fragment ? `${where}#${source.fragment}` : where).replace(/\p{Cc}/gu, encodeURIComponent);
}
