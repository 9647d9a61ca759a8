// A URL that hangs costs its host a slot for the whole deadline: its retry must not go before the
// host's URLs not yet asked, and a host's lowered limit must recover while its requests time out.
import { describe, expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import { type Handler, withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

// Deadlines short enough to keep the tests quick, long enough that a loaded machine still answers
// the URLs that do answer within them.
const deadlines = (ms: number) => ({
  timeouts: { connect: 1000, headers: ms, body: ms },
  backoff: { base: 1, max: 2 },
});

describe("timeouts and a host's slots", () => {
  test("a retry after a timeout waits behind the host's URLs not yet asked", async () => {
    const handler: Handler = (req, res) => {
      if (req.url !== "/hang") res.writeHead(200).end();
    };
    await withServers([handler], async ([s]) => {
      const origin = s?.origin ?? "";
      const targets = ["/hang", "/a", "/b", "/c"].map((p) => remote(`${origin}${p}`));
      const options = testOptions({ ...deadlines(500), hostLimits: () => ({ concurrency: 1, interval: 0 }) });
      const results = await checkTargets(targets, options).done;
      expect(targets.map((t) => results.get(t.key)?.verdict)).toEqual(["unverifiable", "ok", "ok", "ok"]);
      expect(s?.requests.map((q) => q.url)).toEqual(["/hang", "/a", "/b", "/c", "/hang"]);
    });
  });

  test("a host's limit halved by 429s grows back while its requests time out, never above the limit", async () => {
    let hanging = 0;
    let mostHanging = 0;
    const limitedOnce = new Set<string>();
    const handler: Handler = (req, res) => {
      const url = req.url ?? "";
      if (url.startsWith("/limited")) {
        if (limitedOnce.has(url)) return void res.writeHead(200).end();
        limitedOnce.add(url);
        return void res.writeHead(429, { "retry-after": "0" }).end();
      }
      hanging++;
      mostHanging = Math.max(mostHanging, hanging);
      res.on("close", () => hanging--);
    };
    await withServers([handler], async ([s]) => {
      const origin = s?.origin ?? "";
      // Three 429s first: the limit of 4 is halved; then only hanging URLs are left.
      const paths = ["/limited/1", "/limited/2", "/limited/3"];
      for (let i = 1; i <= 12; i++) paths.push(`/hang/${i}`);
      const targets = paths.map((p) => remote(`${origin}${p}`));
      const options = testOptions({
        ...deadlines(300),
        retries: 1,
        hostLimits: () => ({ concurrency: 4, interval: 0 }),
      });
      const results = await checkTargets(targets, options).done;
      expect(targets.slice(3).map((t) => results.get(t.key)?.verdict)).toEqual(
        Array(12).fill("unverifiable"),
      );
      // Each hanging URL asked twice: a timeout is retried once.
      expect(s?.requests.filter((q) => q.url.startsWith("/hang"))).toHaveLength(24);
      expect(s?.maxInFlight).toBeLessThanOrEqual(4);
      // Without the recovery the hanging URLs would go two at a time to the end.
      expect(mostHanging).toBe(4);
    });
  });
});
