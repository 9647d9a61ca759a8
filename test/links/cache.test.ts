// The link cache on its own: what is stored, what is restored, what expires, what is refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { LinkCache } from "../../src/links/cache.js";
import type { CheckResult } from "../../src/links/types.js";

let dir = "";
let file = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "syllabus-cache-unit-"));
  file = path.join(dir, "cache.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const T0 = 1_000_000;
const HOUR = 3_600_000;

function result(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    verdict: "ok",
    status: 200,
    reason: "HTTP 200",
    attempts: 1,
    durationMs: 5,
    warnings: [],
    ...overrides,
  };
}

const restored = (overrides: Partial<CheckResult> = {}): CheckResult => ({
  verdict: "ok",
  status: 200,
  reason: "HTTP 200",
  attempts: 0,
  durationMs: 0,
  warnings: [],
  cached: true,
  ...overrides,
});

describe("LinkCache", () => {
  test("an ok result is saved with its status, reason and final URL, sorted by URL, and restored", async () => {
    const cache = await LinkCache.open(file, HOUR, T0);
    cache.set(
      "https://b.test/",
      result({ status: 204, reason: "HTTP 204", finalUrl: "https://b.test/x" }),
      T0,
    );
    cache.set("https://a.test/", result({ reason: "the video exists (oEmbed)" }), T0 + 1);
    await cache.save();
    expect(readFileSync(file, "utf8")).toBe(
      `${JSON.stringify(
        {
          version: 1,
          entries: {
            "https://a.test/": { checkedAt: T0 + 1, reason: "the video exists (oEmbed)", status: 200 },
            "https://b.test/": {
              checkedAt: T0,
              reason: "HTTP 204",
              status: 204,
              finalUrl: "https://b.test/x",
            },
          },
        },
        null,
        1,
      )}\n`,
    );
    const again = await LinkCache.open(file, HOUR, T0 + 10);
    expect(again.get("https://b.test/", T0 + 10)).toEqual(
      restored({ status: 204, reason: "HTTP 204", finalUrl: "https://b.test/x" }),
    );
    expect(again.get("https://a.test/", T0 + 10)).toEqual(restored({ reason: "the video exists (oEmbed)" }));
    expect(again.get("https://c.test/", T0 + 10)).toBeUndefined();
  });

  test("a result without status or final URL is restored without them", async () => {
    const cache = await LinkCache.open(file, HOUR, T0);
    cache.set("https://a.test/", { ...result(), status: undefined, finalUrl: "" }, T0);
    await cache.save();
    const entry = JSON.parse(readFileSync(file, "utf8")).entries["https://a.test/"];
    expect(entry).toEqual({ checkedAt: T0, reason: "HTTP 200" });
    const again = await LinkCache.open(file, HOUR, T0);
    const got = again.get("https://a.test/", T0);
    expect(got).toEqual({
      verdict: "ok",
      reason: "HTTP 200",
      attempts: 0,
      durationMs: 0,
      warnings: [],
      cached: true,
    });
    expect(got && "status" in got).toBe(false);
    expect(got && "finalUrl" in got).toBe(false);
  });

  test("broken, unverifiable and already cached results are never stored", async () => {
    const cache = await LinkCache.open(file, HOUR, T0);
    cache.set("https://broken.test/", result({ verdict: "broken", status: 404 }), T0);
    cache.set("https://unverifiable.test/", result({ verdict: "unverifiable", status: 429 }), T0);
    cache.set("https://cached.test/", result({ cached: true }), T0);
    cache.set("https://fresh.test/", result({ cached: false }), T0);
    expect(cache.get("https://broken.test/", T0)).toBeUndefined();
    expect(cache.get("https://unverifiable.test/", T0)).toBeUndefined();
    expect(cache.get("https://cached.test/", T0)).toBeUndefined();
    expect(cache.get("https://fresh.test/", T0)).toEqual(restored());
  });

  test("get() expires an entry once it is older than the maximum age, to the millisecond", async () => {
    const cache = await LinkCache.open(file, HOUR, T0);
    cache.set("https://a.test/", result(), T0);
    expect(cache.get("https://a.test/", T0 + HOUR)).toEqual(restored());
    expect(cache.get("https://a.test/", T0 + HOUR + 1)).toBeUndefined();
  });

  test("open() drops entries older than the maximum age and keeps those exactly at it", async () => {
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        entries: {
          "https://old.test/": { checkedAt: T0 - HOUR - 1, reason: "HTTP 200", status: 200 },
          "https://edge.test/": { checkedAt: T0 - HOUR, reason: "HTTP 200", status: 200 },
        },
      }),
    );
    // The maximum age is checked against open()'s clock, not only get()'s.
    const cache = await LinkCache.open(file, HOUR, T0);
    expect(cache.get("https://old.test/", T0 - HOUR)).toBeUndefined();
    expect(cache.get("https://edge.test/", T0 - HOUR)).toEqual(restored());
    await cache.save();
    expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).entries)).toEqual(["https://edge.test/"]);
  });

  test("entries with a wrong type are refused, the good ones kept", async () => {
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        entries: {
          "https://good.test/": { checkedAt: T0, reason: "HTTP 200", status: 200 },
          "https://string-time.test/": { checkedAt: String(T0), reason: "HTTP 200" },
          "https://no-time.test/": { reason: "HTTP 200" },
          "https://number-reason.test/": { checkedAt: T0, reason: 200 },
          "https://no-reason.test/": { checkedAt: T0 },
          "https://null.test/": null,
          "https://text.test/": "HTTP 200",
        },
      }),
    );
    const cache = await LinkCache.open(file, HOUR, T0);
    await cache.save();
    expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).entries)).toEqual(["https://good.test/"]);
  });

  test("a null entry first does not discard the good entries after it", async () => {
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        entries: {
          "https://a-null.test/": null,
          "https://b-good.test/": { checkedAt: T0, reason: "HTTP 200", status: 200 },
        },
      }),
    );
    const cache = await LinkCache.open(file, HOUR, T0);
    expect(cache.get("https://b-good.test/", T0)).toEqual(restored());
  });

  test.each([
    ["not JSON", "{ half-written"],
    ["JSON null", "null"],
    ["no entries", '{"version":1}'],
  ])("a cache file that is %s starts empty", async (_what, text) => {
    writeFileSync(file, text);
    const cache = await LinkCache.open(file, HOUR, T0);
    expect(cache.get("https://a.test/", T0)).toBeUndefined();
    await cache.save();
    expect(readFileSync(file, "utf8")).toBe('{\n "version": 1,\n "entries": {}\n}\n');
  });

  test("a missing cache file starts empty", async () => {
    const cache = await LinkCache.open(path.join(dir, "none.json"), HOUR, T0);
    expect(cache.get("https://a.test/", T0)).toBeUndefined();
  });
});
