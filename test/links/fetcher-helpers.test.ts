// The fetcher's pure helpers: Retry-After parsing and header lookup.
import { describe, expect, test } from "vitest";
import { header, parseRetryAfter } from "../../src/links/http/fetcher.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");

  test.each([
    ["5", 5000],
    [" 12 ", 12_000],
    ["0", 0],
    ["Thu, 01 Jan 2026 00:00:30 GMT", 30_000],
    ["Wed, 31 Dec 2025 23:59:00 GMT", 0],
  ])("%j → %i ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  test.each([undefined, "", "soon"])("%j is not a Retry-After", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("header", () => {
  test("the first of a repeated header, a single value as is, undefined when absent", () => {
    const headers = { "set-cookie": ["a=1", "b=2"], server: "nginx" };
    expect([header(headers, "set-cookie"), header(headers, "server"), header(headers, "x")]).toEqual([
      "a=1",
      "nginx",
      undefined,
    ]);
  });
});
