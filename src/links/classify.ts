// From what a server (or the network) answered to a verdict. Pure: the rules in one place.
import { type FetchResult, type HttpResponse, header } from "./http/fetcher.js";
import type { Verdict } from "./types.js";

export interface Classified {
  verdict: Verdict;
  status?: number;
  reason: string;
}

/** Headers that mark a bot challenge rather than a missing page. */
const CHALLENGE_HEADERS = [
  "cf-mitigated",
  "cf-chl-bypass",
  "x-datadome",
  "x-amzn-waf-action",
  "x-sucuri-block",
  "akamai-grn",
];

export function classify(result: FetchResult, accept: (status: number) => boolean): Classified {
  const { outcome, attempts } = result;
  const tries = attempts === 1 ? "" : ` after ${attempts} attempts`;
  if (result.redirectFailure) {
    const status = outcome.kind === "response" ? { status: outcome.status } : {};
    return { verdict: "broken", ...status, reason: result.redirectFailure };
  }
  if (outcome.kind === "error") return classifyError(outcome.code, tries);
  const { status } = outcome;
  if (accept(status)) return { verdict: "ok", status, reason: `HTTP ${status}` };
  if (status === 404 || status === 410)
    return { verdict: "broken", status, reason: `HTTP ${status}: not found` };
  if (status === 429) return { verdict: "unverifiable", status, reason: `rate limited (HTTP 429)${tries}` };
  if (status === 403 && isChallenge(outcome)) {
    return { verdict: "unverifiable", status, reason: "bot wall: HTTP 403 with a challenge" };
  }
  if (status === 403) return { verdict: "unverifiable", status, reason: "access denied (HTTP 403)" };
  if (status === 401 || status === 407)
    return { verdict: "unverifiable", status, reason: `login required (HTTP ${status})` };
  if (status === 412 || status === 999)
    return { verdict: "unverifiable", status, reason: `bot wall (HTTP ${status})` };
  if (status >= 500) return { verdict: "broken", status, reason: `server error (HTTP ${status})${tries}` };
  return { verdict: "broken", status, reason: `HTTP ${status}` };
}

function classifyError(code: string, tries: string): Classified {
  switch (code) {
    case "ENOTFOUND":
      return { verdict: "broken", reason: "DNS: the host name does not exist" };
    case "ECONNREFUSED":
      return { verdict: "broken", reason: `connection refused${tries}` };
    case "UND_ERR_CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return { verdict: "unverifiable", reason: `connect timeout${tries}` };
    case "UND_ERR_HEADERS_TIMEOUT":
      return { verdict: "unverifiable", reason: `no response headers in time${tries}` };
    case "UND_ERR_BODY_TIMEOUT":
      return { verdict: "unverifiable", reason: `the body stalled${tries}` };
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
    case "EPIPE":
      return { verdict: "unverifiable", reason: `connection reset${tries}` };
    case "EAI_AGAIN":
      return { verdict: "unverifiable", reason: `DNS lookup failed temporarily${tries}` };
    case "ENETUNREACH":
    case "EHOSTUNREACH":
      return { verdict: "unverifiable", reason: "network unreachable" };
    default:
      return { verdict: "unverifiable", reason: `network error ${code}${tries}` };
  }
}

function isChallenge(response: HttpResponse): boolean {
  if (CHALLENGE_HEADERS.some((name) => header(response.headers, name) !== undefined)) return true;
  return (
    /cloudflare/i.test(header(response.headers, "server") ?? "") &&
    header(response.headers, "cf-ray") !== undefined
  );
}

/** Status codes accepted as alive: 2xx unless configured. */
export function acceptStatus(codes: readonly number[] | undefined): (status: number) => boolean {
  if (!codes || codes.length === 0) return (status) => status >= 200 && status < 300;
  const set = new Set(codes);
  return (status) => set.has(status);
}
