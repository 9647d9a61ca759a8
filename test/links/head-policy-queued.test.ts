// HEAD or GET is chosen when a request is sent, so links already waiting for their host learn from
// the ones before them.
import { expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import { withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

test("links queued behind two HEAD refusals on their host are asked with GET at once", async () => {
  await withServers([(req, res) => res.writeHead(req.method === "HEAD" ? 405 : 200).end()], async ([s]) => {
    const targets = Array.from({ length: 10 }, (_, i) => remote(`${s?.origin}/page/${i}`));
    const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) });
    const results = await checkTargets(targets, options).done;
    expect(targets.map((t) => results.get(t.key)?.verdict)).toEqual(targets.map(() => "ok"));
    // Two refusals teach the host (a third HEAD may already be on its way); every other link is
    // asked once, with GET (each of the ten was asked HEAD, then GET, before).
    const methods = s?.requests.map((r) => r.method) ?? [];
    const heads = methods.filter((m) => m === "HEAD").length;
    expect(heads).toBeGreaterThanOrEqual(2);
    expect(heads).toBeLessThanOrEqual(3);
    expect(methods).toHaveLength(10 + heads);
    expect(methods.slice(-7)).toEqual(Array.from({ length: 7 }, () => "GET"));
  });
});
