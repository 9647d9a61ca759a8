// A body nobody reads still occupies its request's place in the host's limit until it has ended or
// its connection is closed: a server never sees more requests in flight than allowed.
import { expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import { withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

test("an endless body not wanted is cut off before the host's next request starts", async () => {
  await withServers(
    [
      (req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        if (!req.url?.startsWith("/stall")) return void res.end("<p>ok</p>");
        res.write("<p>");
        const timer = setInterval(() => res.write("."), 20);
        res.on("close", () => clearInterval(timer));
      },
    ],
    async ([s]) => {
      const targets = ["/stall/1", "/ok/1", "/stall/2", "/ok/2"].map((p) => remote(`${s?.origin}${p}`));
      const options = testOptions({
        methodFor: () => "GET",
        hostLimits: () => ({ concurrency: 1, interval: 0 }),
        timeouts: { connect: 500, headers: 2000, body: 5000 },
      });
      const results = await checkTargets(targets, options).done;
      expect(targets.map((t) => `${results.get(t.key)?.verdict} ${results.get(t.key)?.attempts}`)).toEqual([
        "ok 1",
        "ok 1",
        "ok 1",
        "ok 1",
      ]);
      expect(s?.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        "GET /stall/1",
        "GET /ok/1",
        "GET /stall/2",
        "GET /ok/2",
      ]);
      expect(s?.maxInFlight).toBe(1);
    },
  );
});
