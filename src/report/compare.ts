// Tonight's results against the previous state: what is newly broken, still broken, suspect,
// unverifiable for too long, and recovered; and the state to remember for the next run. Pure.
import { failureOf } from "./classify.js";
import type { ResultLink, Results } from "./results.js";
import type { LinkHistory, ReportState, Standing } from "./state.js";

export interface CompareOptions {
  /** Tonight, YYYY-MM-DD. */
  date: string;
  /** Runs in a row a transient failure (timeout, reset, 5xx, 429) must last to count as broken. */
  confirmAfter: number;
  /** Nights in a row after which an unverifiable link is listed. */
  unverifiableAfter: number;
}

export interface Row {
  url: string;
  /** Tonight's result; absent for a recovered link that is no longer in the results. */
  link?: ResultLink;
  history: LinkHistory;
}

export interface RecoveredRow {
  url: string;
  link?: ResultLink;
  was: Standing;
}

export interface Comparison {
  date: string;
  options: CompareOptions;
  results: Results["summary"];
  newlyBroken: Row[];
  stillBroken: Row[];
  suspect: Row[];
  /** Unverifiable for `unverifiableAfter` nights or more: listed. */
  unverifiable: Row[];
  /** Unverifiable for fewer nights: remembered and counted, not listed yet. */
  watching: Row[];
  recovered: RecoveredRow[];
  /** Links not tried tonight (no network); their history is carried over, and they are listed as before. */
  offline: number;
  state: ReportState;
}

export function compare(results: Results, previous: ReportState, options: CompareOptions): Comparison {
  const out: Comparison = {
    date: options.date,
    options,
    results: results.summary,
    newlyBroken: [],
    stillBroken: [],
    suspect: [],
    unverifiable: [],
    watching: [],
    recovered: [],
    offline: 0,
    state: { date: options.date, links: new Map() },
  };
  const current = new Map(results.links.map((link) => [link.url, link]));

  for (const link of results.links) {
    const failure = failureOf(link);
    const before = previous.links.get(link.url);
    if (failure === undefined) continue;
    if (failure === "offline") {
      // Not tried: what was known stands (listed as before, not a night more), so an offline runner
      // neither closes the issue nor counts towards the flake guard.
      out.offline++;
      if (!before) continue;
      out.state.links.set(link.url, before);
      const row = { url: link.url, link, history: before };
      if (before.standing === "broken") out.stillBroken.push(row);
      else if (before.standing === "suspect") out.suspect.push(row);
      else (before.nights >= options.unverifiableAfter ? out.unverifiable : out.watching).push(row);
      continue;
    }
    const nights = (before?.nights ?? 0) + 1;
    const first = before?.first ?? options.date;
    const standing: Standing =
      failure === "confirmed" || (failure === "transient" && nights >= options.confirmAfter)
        ? "broken"
        : failure === "transient"
          ? "suspect"
          : "unverifiable";
    const history = { first, nights, standing };
    out.state.links.set(link.url, history);
    const row = { url: link.url, link, history };
    if (standing === "broken") (before?.standing === "broken" ? out.stillBroken : out.newlyBroken).push(row);
    else if (standing === "suspect") out.suspect.push(row);
    else (nights >= options.unverifiableAfter ? out.unverifiable : out.watching).push(row);
  }

  // Listed last time and passing (or gone) now. A watched unverifiable link that passes was never news.
  for (const [url, before] of previous.links) {
    const link = current.get(url);
    if (link && failureOf(link) !== undefined) continue;
    const wasListed = before.standing !== "unverifiable" || before.nights >= options.unverifiableAfter;
    if (wasListed)
      out.recovered.push(link ? { url, link, was: before.standing } : { url, was: before.standing });
  }
  out.recovered.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return out;
}

/** Something a maintainer should act on: the issue is open while this is true. */
export function needsAttention(comparison: Comparison): boolean {
  return comparison.newlyBroken.length + comparison.stillBroken.length + comparison.unverifiable.length > 0;
}
