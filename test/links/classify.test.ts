// The verdict rules on their own: what a server (or the network) answered → ok, broken or unverifiable.
import { describe, expect, test } from "vitest";
import { acceptStatus, classify } from "../../src/links/classify.js";
import type { FetchResult, HttpResponse } from "../../src/links/http/fetcher.js";

const twoXx = acceptStatus(undefined);

function answered(status: number, headers: HttpResponse["headers"] = {}, attempts = 1): FetchResult {
  return {
    outcome: { kind: "response", status, headers, bytesRead: 0 },
    finalUrl: "https://a.test/",
    attempts,
    method: "GET",
    retriesLeft: 0,
  };
}

function failed(code: string, attempts = 1): FetchResult {
  return {
    outcome: { kind: "error", code, message: code },
    finalUrl: "https://a.test/",
    attempts,
    method: "GET",
    retriesLeft: 0,
  };
}

describe("classify: HTTP statuses", () => {
  test.each([
    [200, "ok", "HTTP 200"],
    [204, "ok", "HTTP 204"],
    [299, "ok", "HTTP 299"],
    [199, "broken", "HTTP 199"],
    [300, "broken", "HTTP 300"],
    [404, "broken", "HTTP 404: not found"],
    [410, "broken", "HTTP 410: not found"],
    [400, "broken", "HTTP 400"],
    [403, "unverifiable", "access denied (HTTP 403)"],
    [401, "unverifiable", "login required (HTTP 401)"],
    [407, "unverifiable", "login required (HTTP 407)"],
    [412, "unverifiable", "bot wall (HTTP 412)"],
    [999, "unverifiable", "bot wall (HTTP 999)"],
    [429, "unverifiable", "rate limited (HTTP 429)"],
    [499, "broken", "HTTP 499"],
    [500, "broken", "server error (HTTP 500)"],
    [503, "broken", "server error (HTTP 503)"],
  ])("%i → %s (%s), the status kept", (status, verdict, reason) => {
    expect(classify(answered(status), twoXx)).toEqual({ verdict, status, reason });
  });

  test("retries are named in the reason of a 429 and a 5xx, never of a single attempt", () => {
    expect(classify(answered(429, {}, 3), twoXx).reason).toBe("rate limited (HTTP 429) after 3 attempts");
    expect(classify(answered(502, {}, 2), twoXx).reason).toBe("server error (HTTP 502) after 2 attempts");
    expect(classify(answered(502, {}, 1), twoXx).reason).toBe("server error (HTTP 502)");
  });

  test.each([
    ["cf-mitigated", "challenge"],
    ["cf-chl-bypass", "1"],
    ["x-datadome", "protected"],
    ["x-amzn-waf-action", "captcha"],
    ["x-sucuri-block", "1"],
    ["akamai-grn", "0.1"],
  ])("a 403 with the %s header is a bot wall", (name, value) => {
    expect(classify(answered(403, { [name]: value }), twoXx)).toEqual({
      verdict: "unverifiable",
      status: 403,
      reason: "bot wall: HTTP 403 with a challenge",
    });
  });

  test("a 403 from Cloudflare is a bot wall only with a cf-ray header too", () => {
    const wall = "bot wall: HTTP 403 with a challenge";
    expect(classify(answered(403, { server: "CloudFlare", "cf-ray": ["8a1b"] }), twoXx).reason).toBe(wall);
    expect(classify(answered(403, { server: "cloudflare" }), twoXx).reason).toBe("access denied (HTTP 403)");
    expect(classify(answered(403, { server: "nginx", "cf-ray": "8a1b" }), twoXx).reason).toBe(
      "access denied (HTTP 403)",
    );
    expect(classify(answered(403, { "x-other": "1" }), twoXx).reason).toBe("access denied (HTTP 403)");
  });

  test("a challenge header on a 500 or a 412 changes nothing", () => {
    expect(classify(answered(500, { "cf-mitigated": "challenge" }), twoXx).reason).toBe(
      "server error (HTTP 500)",
    );
    expect(classify(answered(412, { "x-datadome": "1" }), twoXx).reason).toBe("bot wall (HTTP 412)");
  });

  test("a challenge header on a status other than 403 changes nothing", () => {
    expect(classify(answered(404, { "cf-mitigated": "challenge" }), twoXx)).toEqual({
      verdict: "broken",
      status: 404,
      reason: "HTTP 404: not found",
    });
  });

  test("configured accept codes replace 2xx: an accepted 403 is ok, a 200 not listed is broken", () => {
    const accept = acceptStatus([200, 403]);
    expect(classify(answered(403), accept)).toEqual({ verdict: "ok", status: 403, reason: "HTTP 403" });
    const only403 = acceptStatus([403]);
    expect(classify(answered(200), only403)).toEqual({ verdict: "broken", status: 200, reason: "HTTP 200" });
    expect(classify(answered(404), acceptStatus([404]))).toEqual({
      verdict: "ok",
      status: 404,
      reason: "HTTP 404",
    });
  });

  test("an empty accept list means 2xx", () => {
    const accept = acceptStatus([]);
    expect([199, 200, 250, 299, 300].map(accept)).toEqual([false, true, true, true, false]);
  });
});

describe("classify: redirect failures", () => {
  test("a failed redirect is broken with its reason, the last status kept", () => {
    const result = { ...answered(302), redirectFailure: "too many redirects (5)" };
    expect(classify(result, twoXx)).toEqual({
      verdict: "broken",
      status: 302,
      reason: "too many redirects (5)",
    });
  });

  test("a failed redirect ending in a network error has no status", () => {
    const result = { ...failed("ECONNRESET"), redirectFailure: "redirect loop back to /a" };
    expect(classify(result, twoXx)).toStrictEqual({ verdict: "broken", reason: "redirect loop back to /a" });
  });

  test("a redirect failure wins over an accepted status", () => {
    const result = { ...answered(200), redirectFailure: "redirect to a javascript: URL" };
    expect(classify(result, twoXx).verdict).toBe("broken");
  });
});

describe("classify: network errors", () => {
  test.each([
    ["ENOTFOUND", 1, "broken", "DNS: the host name does not exist"],
    ["ENOTFOUND", 3, "broken", "DNS: the host name does not exist"],
    ["ECONNREFUSED", 1, "broken", "connection refused"],
    ["ECONNREFUSED", 3, "broken", "connection refused after 3 attempts"],
    ["UND_ERR_CONNECT_TIMEOUT", 2, "unverifiable", "connect timeout after 2 attempts"],
    ["ETIMEDOUT", 1, "unverifiable", "connect timeout"],
    ["UND_ERR_HEADERS_TIMEOUT", 3, "unverifiable", "no response headers in time after 3 attempts"],
    ["UND_ERR_BODY_TIMEOUT", 1, "unverifiable", "the body stalled"],
    ["UND_ERR_BODY_TIMEOUT", 2, "unverifiable", "the body stalled after 2 attempts"],
    ["ECONNRESET", 2, "unverifiable", "connection reset after 2 attempts"],
    ["UND_ERR_SOCKET", 1, "unverifiable", "connection reset"],
    ["EPIPE", 1, "unverifiable", "connection reset"],
    ["EAI_AGAIN", 3, "unverifiable", "DNS lookup failed temporarily after 3 attempts"],
    ["ENETUNREACH", 3, "unverifiable", "network unreachable"],
    ["EHOSTUNREACH", 1, "unverifiable", "network unreachable"],
    ["EPROTO", 2, "unverifiable", "network error EPROTO after 2 attempts"],
  ])("%s (%i attempts) → %s: %s", (code, attempts, verdict, reason) => {
    expect(classify(failed(code, attempts), twoXx)).toStrictEqual({ verdict, reason });
  });
});
