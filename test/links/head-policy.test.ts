import { describe, expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import { HeadPolicy } from "../../src/links/http/head-policy.js";
import { withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

describe("HEAD first, learned per host", () => {
  test("HEAD 404s confirmed three times are trusted; one contradiction ends the trust", () => {
    const policy = new HeadPolicy(() => "HEAD");
    for (let i = 0; i < 3; i++) {
      expect(policy.needsGet("a.test", 404)).toBe(true);
      policy.learn("a.test", 404, 404);
    }
    expect(policy.needsGet("a.test", 404)).toBe(false);
    expect(policy.needsGet("a.test", 403)).toBe(true);
    policy.learn("a.test", 410, 200);
    expect(policy.needsGet("a.test", 404)).toBe(true);
  });

  test("a host refusing HEAD twice is asked with GET; configured GET hosts always are", () => {
    const policy = new HeadPolicy((host) => (host === "get.test" ? "GET" : "HEAD"));
    expect(policy.method("get.test")).toBe("GET");
    policy.learn("b.test", 405, 200);
    expect(policy.method("b.test")).toBe("HEAD");
    policy.learn("b.test", 501, 200);
    expect(policy.method("b.test")).toBe("GET");
  });

  test("against a server: once HEAD 404s are confirmed, the remaining missing pages cost one request", async () => {
    await withServers([(_q, res) => res.writeHead(404).end()], async ([s]) => {
      const targets = Array.from({ length: 6 }, (_, i) => remote(`${s?.origin}/${i}`));
      const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) });
      const results = await checkTargets(targets, options).done;
      expect([...results.values()].map((r) => r.verdict)).toEqual(Array(6).fill("broken"));
      // A follow-up GET goes before waiting HEADs; the next HEAD has already started when it is queued.
      expect(s?.requests.map((q) => q.method).join(" ")).toBe(
        "HEAD HEAD GET GET HEAD HEAD GET GET HEAD HEAD",
      );
    });
  });
});
