// Never flood a host: the server counts the requests it has in flight at once.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LinkCache } from "../../src/links/cache.js";
import { checkTargets } from "../../src/links/check.js";
import { type Handler, withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

describe("per-host limits", () => {
  test("never more than the host limit in flight; other hosts proceed in parallel", async () => {
    // Counted over both servers: more than one host's limit at once means the hosts ran in parallel.
    let both = 0;
    let maxBoth = 0;
    const counted: Handler = (_q, res) => {
      maxBoth = Math.max(maxBoth, ++both);
      setTimeout(() => {
        both--;
        res.writeHead(200).end();
      }, 30);
    };
    await withServers(
      [counted, counted],
      async ([a, b]) => {
        const targets = [
          ...Array.from({ length: 40 }, (_, i) => remote(`${a?.origin}/${i}`)),
          ...Array.from({ length: 40 }, (_, i) => remote(`${b?.origin}/${i}`)),
        ];
        const results = await checkTargets(
          targets,
          testOptions({ hostLimits: () => ({ concurrency: 4, interval: 0 }) }),
        ).done;
        expect([...results.values()].every((r) => r.verdict === "ok")).toBe(true);
        expect(a?.maxInFlight).toBe(4);
        expect(b?.maxInFlight).toBe(4);
        expect(maxBoth).toBe(8);
      },
      "127.0.0.1",
    );
  });

  test("a minimum interval spaces request starts on a host", async () => {
    // Timed where each request leaves the checker. Its slot starts on the gate's own clock, exactly
    // 50 ms apart (proven on a fake clock in host-gate.test.ts); between the slot's start and this
    // timestamp a loaded machine may pause the process (a garbage collection), which can move one
    // reading late and so narrow the next gap. Without an interval the five start within a few ms.
    const sent: number[] = [];
    await withServers([(_q, res) => res.writeHead(200).end()], async ([s]) => {
      const targets = Array.from({ length: 5 }, (_, i) => remote(`${s?.origin}/${i}`));
      const options = testOptions({
        hostLimits: () => ({ concurrency: 8, interval: 50 }),
        headersFor: () => {
          sent.push(Date.now());
          return {};
        },
      });
      const results = await checkTargets(targets, options).done;
      expect([...results.values()].map((r) => r.verdict)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
      expect(s?.requests.map((q) => q.url).sort()).toEqual(["/0", "/1", "/2", "/3", "/4"]);
      const gaps = sent.slice(1).map((t, i) => t - (sent[i] ?? 0));
      expect(gaps).toHaveLength(4);
      // Each gap is far above the few ms without an interval, and together they span 4 intervals
      // (less the 1 ms of Date.now()'s rounding at each end, and one pause of up to 20 ms).
      expect(Math.min(...gaps), `gaps ${gaps.join(", ")}`).toBeGreaterThanOrEqual(30);
      expect((sent[4] ?? 0) - (sent[0] ?? 0), `gaps ${gaps.join(", ")}`).toBeGreaterThanOrEqual(178);
    });
  });

  test("a host answering 429 above 2 in flight: the checker slows down and every link ends ok", async () => {
    let inFlight = 0;
    let over = 0;
    const limited: Handler = (_q, res) => {
      inFlight++;
      if (inFlight > 2) {
        over++;
        inFlight--;
        res.writeHead(429, { "retry-after": "0" }).end();
        return;
      }
      setTimeout(() => {
        inFlight--;
        res.writeHead(200).end();
      }, 20);
    };
    await withServers([limited], async ([s]) => {
      const targets = Array.from({ length: 30 }, (_, i) => remote(`${s?.origin}/${i}`));
      const results = await checkTargets(targets, testOptions({ retries: 4 })).done;
      expect([...results.values()].filter((r) => r.verdict !== "ok")).toEqual([]);
      expect(over).toBeLessThan(30);
    });
  });
});

describe("cache", () => {
  test("ok results are reused until they expire; broken ones are checked again", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-cache-"));
    const file = path.join(dir, "links.json");
    await withServers([(q, res) => res.writeHead(q.url === "/gone" ? 404 : 200).end()], async ([s]) => {
      const targets = [remote(`${s?.origin}/ok`), remote(`${s?.origin}/gone`)];
      const first = await checkTargets(targets, testOptions({ cache: await LinkCache.open(file, 60_000) }))
        .done;
      expect(first.get(`${s?.origin}/ok`)?.cached).toBeUndefined();
      const stored = JSON.parse(readFileSync(file, "utf8"));
      expect(Object.keys(stored.entries)).toEqual([`${s?.origin}/ok`]);

      const before = s?.requests.length ?? 0;
      const second = await checkTargets(targets, testOptions({ cache: await LinkCache.open(file, 60_000) }))
        .done;
      expect(second.get(`${s?.origin}/ok`)).toMatchObject({ verdict: "ok", cached: true, attempts: 0 });
      expect(second.get(`${s?.origin}/gone`)?.verdict).toBe("broken");
      expect(s?.requests.slice(before).map((q) => q.url)).toEqual(["/gone", "/gone"]); // HEAD, then GET

      const expired = await LinkCache.open(file, 60_000, Date.now() + 120_000);
      expect(expired.get(`${s?.origin}/ok`, Date.now() + 120_000)).toBeUndefined();
    });
  });

  test("a corrupt or half-written cache file is ignored, then replaced", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-cache-"));
    const file = path.join(dir, "links.json");
    writeFileSync(file, '{"version":1,"entries":{"http://x/":{"checkedAt":');
    await withServers([(_q, res) => res.writeHead(200).end()], async ([s]) => {
      const results = await checkTargets(
        [remote(s?.url ?? "")],
        testOptions({ cache: await LinkCache.open(file, 60_000) }),
      ).done;
      expect(results.get(s?.url ?? "")?.verdict).toBe("ok");
      expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).entries)).toEqual([s?.url]);
    });
  });
});
