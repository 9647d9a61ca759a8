// The HEAD policy's counting rules on their own (pure): when a host is asked with GET, when a HEAD
// 404/410 is trusted alone.
import { describe, expect, test } from "vitest";
import { HeadPolicy } from "../../src/links/http/head-policy.js";

const head = () => "HEAD" as const;

describe("HeadPolicy: trusting HEAD", () => {
  test.each([404, 410])("three HEAD %i answers confirmed by GET make the fourth trusted alone", (code) => {
    const policy = new HeadPolicy(head);
    for (let i = 0; i < 3; i++) {
      expect(policy.needsGet("a.test", code)).toBe(true);
      policy.learn("a.test", code, code);
    }
    expect(policy.needsGet("a.test", 404)).toBe(false);
    expect(policy.needsGet("a.test", 410)).toBe(false);
  });

  test("two confirmations are not enough", () => {
    const policy = new HeadPolicy(head);
    policy.learn("a.test", 404, 404);
    policy.learn("a.test", 410, 410);
    expect(policy.needsGet("a.test", 404)).toBe(true);
  });

  test("a trusted host still asks GET after a HEAD answer that is not 404/410", () => {
    const policy = new HeadPolicy(head);
    for (let i = 0; i < 3; i++) policy.learn("a.test", 404, 404);
    expect([400, 403, 405, 500].map((s) => policy.needsGet("a.test", s))).toEqual([true, true, true, true]);
  });

  test("a GET that disagrees with a HEAD 404 ends the trust for good", () => {
    const policy = new HeadPolicy(head);
    policy.learn("a.test", 404, 200);
    for (let i = 0; i < 5; i++) policy.learn("a.test", 404, 404);
    expect(policy.needsGet("a.test", 404)).toBe(true);
  });

  test("a GET answering 410 to a HEAD 404 is a contradiction, not a confirmation", () => {
    const policy = new HeadPolicy(head);
    policy.learn("a.test", 404, 410);
    for (let i = 0; i < 3; i++) policy.learn("a.test", 404, 404);
    expect(policy.needsGet("a.test", 404)).toBe(true);
  });

  test("a HEAD 404 with no GET answer counts as contradicted", () => {
    const policy = new HeadPolicy(head);
    policy.learn("a.test", 404, undefined);
    for (let i = 0; i < 3; i++) policy.learn("a.test", 404, 404);
    expect(policy.needsGet("a.test", 404)).toBe(true);
  });

  test("other HEAD statuses neither confirm nor contradict", () => {
    const policy = new HeadPolicy(head);
    policy.learn("a.test", 403, 200);
    policy.learn("a.test", 500, 404);
    for (let i = 0; i < 3; i++) policy.learn("a.test", 404, 404);
    expect(policy.needsGet("a.test", 404)).toBe(false);
  });

  test("trust is learned per host", () => {
    const policy = new HeadPolicy(head);
    for (let i = 0; i < 3; i++) policy.learn("a.test", 404, 404);
    expect(policy.needsGet("b.test", 404)).toBe(true);
  });
});

describe("HeadPolicy: asking with GET", () => {
  test.each([405, 501])("two HEAD refusals (%i) switch the host to GET; one does not", (code) => {
    const policy = new HeadPolicy(head);
    expect(policy.method("a.test")).toBe("HEAD");
    policy.learn("a.test", code, 200);
    expect(policy.method("a.test")).toBe("HEAD");
    policy.learn("a.test", code, 200);
    expect(policy.method("a.test")).toBe("GET");
    expect(policy.method("b.test")).toBe("HEAD");
  });

  test("other failing HEAD statuses are not refusals", () => {
    const policy = new HeadPolicy(head);
    for (const status of [400, 403, 404, 410, 500, 502]) policy.learn("a.test", status, status);
    expect(policy.method("a.test")).toBe("HEAD");
  });

  test("a host configured for GET is asked with GET from the start; others with HEAD", () => {
    const policy = new HeadPolicy((host) => (host === "get.test" ? "GET" : "HEAD"));
    expect([policy.method("get.test"), policy.method("head.test")]).toEqual(["GET", "HEAD"]);
  });
});
