// HTTP for the link checker (undici): one keep-alive dispatcher, requests gated per host, retries
// with backoff and Retry-After, redirects followed by hand (loop detection, scheme check, and
// headers recomputed per origin so credentials never follow a redirect), bodies read only up to a cap.
import type { LookupFunction } from "node:net";
import pLimit, { type LimitFunction } from "p-limit";
import { Agent } from "undici";
import { redactUrl, shortenUrl } from "../../util/uri.js";
import { exchange } from "./exchange.js";
import { AFTER_TIMEOUT, FOLLOW_UP, HostGate, type HostLimits, sleep } from "./host-gate.js";

export interface Timeouts {
  connect: number;
  headers: number;
  body: number;
}

export interface FetchSettings {
  timeouts: Timeouts;
  /**
   * Requests after the first for one link (every method and hop counted), for timeouts, connection
   * errors, 5xx and 429.
   */
  retries: number;
  backoff: { base: number; max: number };
  /** The longest Retry-After honoured, in milliseconds. */
  retryAfterCap: number;
  maxRedirects: number;
  /** Requests in flight over all hosts. */
  concurrency: number;
  userAgent: string;
  hostLimits: (host: string) => HostLimits;
  /** Extra headers for an origin (configured per host, or credentials); only ever sent there. */
  headersFor: (origin: string) => Record<string, string>;
  /** Name resolution; tests map names to loopback addresses. */
  lookup?: LookupFunction;
  /** Told of every answer before its host's slot is freed, so the host's next request can learn from it. */
  onAnswer?: (hostname: string, method: Method, response: HttpResponse) => void;
}

export interface HttpResponse {
  kind: "response";
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, when it was asked for and the status was 2xx. */
  body?: string;
  bytesRead: number;
  /** The answer arrived to its end: not cut off (a long or endless body), its connection kept. */
  ended?: true;
}

export interface NetworkError {
  kind: "error";
  code: string;
  message: string;
}

export type Outcome = HttpResponse | NetworkError;

export interface BodyRequest {
  /** Stop reading after this many bytes. */
  cap: number;
  /** Stop early once the text read so far answers the question. */
  enough?: (text: string) => boolean;
}

export type Method = "HEAD" | "GET";
/** A method, or how to choose it when the request is about to be sent. */
export type MethodChoice = Method | (() => Method);

export interface FetchOptions {
  /** A second request for the same link (GET after HEAD): it goes before first requests. */
  followUp?: boolean;
  /** Repeated requests allowed (default: the `retries` setting), over every hop and method. */
  retries?: number;
}

export interface FetchResult {
  outcome: Outcome;
  finalUrl: string;
  /** Requests made, every hop, retry and method counted. */
  attempts: number;
  /** The method of the last request: GET when a HEAD answered 5xx and was asked again with GET. */
  method: "HEAD" | "GET";
  /** Repeated requests still allowed after this fetch. */
  retriesLeft: number;
  /** Set when a redirect made the check fail: loop, too many, or a non-http(s) target. */
  redirectFailure?: string;
  /** The last URL reached through permanent redirects only, when there was one. */
  permanentTarget?: string;
}

const CLOSE_GRACE_MS = 50;

const RETRYABLE_CODES = new Set([
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_SOCKET",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
]);

/** Errors that took a whole deadline to happen. */
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "ETIMEDOUT"]);

export class Fetcher {
  private readonly agent: Agent;
  private readonly gates = new Map<string, HostGate>();
  private readonly global: LimitFunction;

  constructor(private readonly settings: FetchSettings) {
    // Taken inside a host's gate, so requests waiting on a slow host never hold a global slot.
    this.global = pLimit(settings.concurrency);
    this.agent = new Agent({
      keepAliveTimeout: 10_000,
      connections: 32,
      connect: {
        timeout: settings.timeouts.connect,
        ...(settings.lookup ? { lookup: settings.lookup } : {}),
      },
    });
  }

  gate(host: string): HostGate {
    let gate = this.gates.get(host);
    if (!gate) {
      gate = new HostGate(host, this.settings.hostLimits(host));
      this.gates.set(host, gate);
    }
    return gate;
  }

  /** In-flight requests per host, for progress output. */
  inFlight(): Map<string, number> {
    return new Map([...this.gates].map(([host, gate]) => [host, gate.inFlight]));
  }

  async close(): Promise<void> {
    await this.agent.destroy();
  }

  /**
   * Fetches `url`, following redirects. One budget of retries covers every hop and method, so
   * `retries: 3` means at most four requests per hop for the link, however they are spent.
   */
  async fetch(
    url: string,
    firstMethod: MethodChoice,
    body?: BodyRequest,
    extraHeaders: Record<string, string> = {},
    options: FetchOptions = {},
  ): Promise<FetchResult> {
    let method: MethodChoice = firstMethod;
    const origin = new URL(url).origin;
    const seen = new Set<string>();
    let current = url;
    let attempts = 0;
    let retriesLeft = options.retries ?? this.settings.retries;
    let permanentTarget: string | undefined;
    let allPermanent = true;
    for (let hop = 0; ; hop++) {
      seen.add(current);
      // Headers meant for the first origin (an API token, say) are not sent anywhere else.
      const headers = new URL(current).origin === origin ? extraHeaders : {};
      const hopResult = await this.withRetries(
        current,
        method,
        body,
        headers,
        options.followUp || hop > 0,
        retriesLeft,
      );
      const { outcome } = hopResult;
      method = hopResult.method;
      attempts += hopResult.attempts;
      retriesLeft -= hopResult.attempts - 1;
      // Credentials in a redirect target are never printed (reasons, final URL, suggestion).
      const last = hopResult.method;
      const done = (extra: { redirectFailure?: string } = {}): FetchResult => ({
        outcome,
        finalUrl: redactUrl(current),
        attempts,
        method: last,
        retriesLeft,
        ...(permanentTarget ? { permanentTarget: redactUrl(permanentTarget) } : {}),
        ...extra,
      });
      const location = outcome.kind === "response" ? header(outcome.headers, "location") : undefined;
      if (outcome.kind === "error" || outcome.status < 300 || outcome.status > 399 || !location) {
        return done();
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return done({ redirectFailure: `redirect to an invalid URL: ${shortenUrl(redactUrl(location))}` });
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        return done({ redirectFailure: `redirect to a ${next.protocol} URL` });
      }
      next.hash = new URL(url).hash;
      const nextUrl = next.href;
      if (seen.has(nextUrl)) {
        return done({ redirectFailure: `redirect loop back to ${redactUrl(nextUrl)}` });
      }
      if (hop + 1 > this.settings.maxRedirects) {
        return done({ redirectFailure: `more than ${this.settings.maxRedirects} redirects` });
      }
      allPermanent &&= outcome.status === 301 || outcome.status === 308;
      if (allPermanent) permanentTarget = nextUrl;
      current = nextUrl;
    }
  }

  // Retries are ours, not undici's RetryAgent: each attempt must pass the host's gate again (and
  // free its slot while waiting out a Retry-After), and a 429 feeds the host's adaptive limit.
  private async withRetries(
    url: string,
    firstMethod: MethodChoice,
    body: BodyRequest | undefined,
    headers: Record<string, string>,
    followUp: boolean,
    retries: number,
  ): Promise<{ outcome: Outcome; attempts: number; method: Method }> {
    const target = new URL(url);
    const gate = this.gate(target.host);
    const { backoff, retryAfterCap } = this.settings;
    const choose = typeof firstMethod === "function" ? firstMethod : () => firstMethod;
    let method: Method | undefined;
    let outcome: Outcome = { kind: "error", code: "UNTRIED", message: "not tried" };
    let attempt = 0;
    let timeouts = 0;
    for (; attempt <= retries; attempt++) {
      const priority = timeouts > 0 ? AFTER_TIMEOUT : attempt > 0 || followUp ? FOLLOW_UP : 0;
      outcome = await gate.run(async () => {
        // Chosen when the host's gate lets the request go, with what the host has taught by then.
        method ??= choose();
        const chosen = method;
        const result = await this.global(() => this.once(target, chosen, body, headers));
        // After a timeout or reset the server may not have noticed the closed socket yet: hold
        // the host's slot a moment, so that it never sees more requests in flight than allowed.
        if (result.kind === "error") await sleep(CLOSE_GRACE_MS);
        else this.settings.onAnswer?.(target.hostname, chosen, result);
        return result;
      }, priority);
      const limited = outcome.kind === "response" && outcome.status === 429;
      const exponential = Math.min(backoff.max, backoff.base * 2 ** attempt);
      const retryAfter =
        outcome.kind === "response" ? parseRetryAfter(header(outcome.headers, "retry-after")) : undefined;
      const delay = Math.min(retryAfterCap, retryAfter ?? exponential * (0.5 + Math.random()));
      const timedOut = outcome.kind === "error" && TIMEOUT_CODES.has(outcome.code);
      // A timeout is no request to slow down: like an answer, it lets a host's lowered limit recover
      // (else a host whose last requests all hang keeps the limit a few 429s had halved).
      if (outcome.kind === "response" || timedOut) gate.record(limited, delay);
      if (!isRetryable(outcome) || attempt === retries) break;
      // A timeout costs the whole deadline: asked once more at most, where a reset is asked again
      // until the budget is spent (a hanging server rarely answers the third time).
      if (timedOut && ++timeouts > 1) break;
      // A HEAD answered 5xx is asked again with GET (many servers mishandle HEAD), at once: a
      // different question, from the same budget.
      if (method === "HEAD" && outcome.kind === "response" && outcome.status >= 500) method = "GET";
      else await sleep(delay);
    }
    return { outcome, attempts: attempt + 1, method: method ?? choose() };
  }

  private once(
    target: URL,
    method: "HEAD" | "GET",
    body: BodyRequest | undefined,
    extraHeaders: Record<string, string>,
  ): Promise<Outcome> {
    const { timeouts } = this.settings;
    return exchange(
      this.agent,
      {
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method,
        headers: {
          "user-agent": this.settings.userAgent,
          accept: "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8",
          ...this.settings.headersFor(target.origin),
          ...extraHeaders,
        },
        // undici checks these on a coarse timer (a 2 s timeout may fire after 3 s): the exchange
        // holds the deadlines to the millisecond, these stay as a backstop.
        headersTimeout: timeouts.headers + 1000,
        bodyTimeout: timeouts.body + 1000,
        // undici closes the connection after a HEAD, in case the server never ends its answer:
        // kept (reset: false), a stalled HEAD would hold its connection counted as in flight by the
        // server, over the host's limit (measured: 132 requests over it in the faults benchmark).
      },
      body,
      timeouts,
    );
  }
}

function isRetryable(outcome: Outcome): boolean {
  if (outcome.kind === "error") return RETRYABLE_CODES.has(outcome.code);
  return outcome.status === 429 || (outcome.status >= 500 && outcome.status <= 599);
}

export function header(headers: HttpResponse["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
