// How a failure counts for the flake guard. Pure: the rules in one place (documented in REPORT_HELP).
import type { ResultLink } from "./results.js";

/**
 * - confirmed: broken at once (404/410, a host that does not exist, a provider's "deleted", a missing file)
 * - transient: a timeout, a reset or refused connection, a 5xx or a 429; broken only when it lasts
 * - unverifiable: a bot wall, a login, a 403; tracked night after night
 * - offline: not tried (no network on the runner); the link's history is carried over unchanged
 */
export type Failure = "confirmed" | "transient" | "unverifiable" | "offline";

const TRANSIENT =
  /timeout|timed out|in time|stalled|connection reset|connection refused|temporarily|network unreachable|rate limit/i;

export function failureOf(link: Pick<ResultLink, "verdict" | "status" | "reason">): Failure | undefined {
  if (link.verdict === "ok") return undefined;
  if (link.reason.startsWith("no network")) return "offline";
  if (link.status === 429 || (link.status !== null && link.status >= 500) || TRANSIENT.test(link.reason)) {
    return "transient";
  }
  return link.verdict === "broken" ? "confirmed" : "unverifiable";
}
