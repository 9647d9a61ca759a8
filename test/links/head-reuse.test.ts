// A HEAD costs a new connection; a GET with a short body keeps it. A host with many links is asked
// with GET after its first HEADs, and with HEAD again for good once one of its GET bodies is cut off.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import { DRAIN_LIMIT } from "../../src/links/http/exchange.js";
import { HEADS_BEFORE_GET, HeadPolicy } from "../../src/links/http/head-policy.js";
import { withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

describe("HEAD policy: GET for speed", () => {
  test(`after ${HEADS_BEFORE_GET} HEAD answers a host is asked with GET, until a GET body is cut off`, () => {
    const policy = new HeadPolicy(() => "HEAD");
    for (let i = 0; i < HEADS_BEFORE_GET; i++) {
      expect(policy.method("a.test")).toBe("HEAD");
      policy.answered("a.test", "HEAD", true);
    }
    expect(policy.method("a.test")).toBe("GET");
    expect(policy.method("other.test")).toBe("HEAD");
    policy.answered("a.test", "GET", true);
    expect(policy.method("a.test")).toBe("GET");
    policy.answered("a.test", "GET", false);
    expect(policy.method("a.test")).toBe("HEAD");
    policy.answered("a.test", "GET", true);
    expect(policy.method("a.test")).toBe("HEAD");
  });

  test("a GET cut off before the host's HEADs are counted keeps the host on HEAD", () => {
    const policy = new HeadPolicy(() => "HEAD");
    policy.answered("a.test", "GET", false);
    for (let i = 0; i < HEADS_BEFORE_GET; i++) policy.answered("a.test", "HEAD", true);
    expect(policy.method("a.test")).toBe("HEAD");
  });

  test("a host refusing HEAD is asked with GET even if its GET bodies are long", () => {
    const policy = new HeadPolicy(() => "HEAD");
    policy.answered("a.test", "GET", false);
    policy.learn("a.test", 405, 200);
    policy.learn("a.test", 405, 200);
    expect(policy.method("a.test")).toBe("GET");
  });
});

describe("against a server", () => {
  const links = HEADS_BEFORE_GET + 4;

  test("short pages: the links after the first HEADs are GETs on kept connections", async () => {
    const links = HEADS_BEFORE_GET + 12;
    // A server that keeps idle connections 10 s (undici reuses none that the server says it keeps
    // for less than 2 s, as the test servers do).
    const ports: number[] = [];
    const methods: string[] = [];
    const server = http.createServer((req, res) => {
      ports.push(req.socket.remotePort ?? 0);
      methods.push(req.method ?? "");
      res.writeHead(200, { "content-type": "text/html" }).end("<p>short</p>");
    });
    server.keepAliveTimeout = 10_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const targets = Array.from({ length: links }, (_, i) => remote(`http://127.0.0.1:${port}/${i}`));
      // 20 ms between starts: undici frees a connection for the next request on the next turn only.
      const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 20 }) });
      const results = await checkTargets(targets, options).done;
      expect([...results.values()].map((r) => `${r.verdict} ${r.attempts}`)).toEqual(
        Array(links).fill("ok 1"),
      );
      expect(methods).toEqual([
        ...Array(HEADS_BEFORE_GET).fill("HEAD"),
        ...Array(links - HEADS_BEFORE_GET).fill("GET"),
      ]);
      // Every HEAD had a connection of its own; the twelve GETs shared two at most.
      expect(new Set(ports.slice(0, HEADS_BEFORE_GET)).size).toBe(HEADS_BEFORE_GET);
      expect(new Set(ports.slice(HEADS_BEFORE_GET)).size).toBeLessThanOrEqual(2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test("long pages: one GET is cut off, then the host's links are HEADs again", async () => {
    const long = "x".repeat(DRAIN_LIMIT + 1);
    await withServers(
      [(_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(long)],
      async ([s]) => {
        const targets = Array.from({ length: links }, (_, i) => remote(`${s?.origin}/${i}`));
        const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) });
        const results = await checkTargets(targets, options).done;
        expect([...results.values()].map((r) => `${r.verdict} ${r.attempts}`)).toEqual(
          Array(links).fill("ok 1"),
        );
        expect(s?.requests.map((q) => q.method)).toEqual([
          ...Array(HEADS_BEFORE_GET).fill("HEAD"),
          "GET",
          ...Array(links - HEADS_BEFORE_GET - 1).fill("HEAD"),
        ]);
        expect(s?.maxInFlight).toBe(1);
      },
    );
  });

  test("an endless page: the GET is cut off when its body stalls, the host is asked with HEAD again", async () => {
    await withServers(
      [
        (req, res) => {
          res.writeHead(200, { "content-type": "text/html" });
          if (req.method === "HEAD") return void res.end();
          res.write("<p>");
          const timer = setInterval(() => res.write("."), 20);
          res.on("close", () => clearInterval(timer));
        },
      ],
      async ([s]) => {
        const targets = Array.from({ length: links }, (_, i) => remote(`${s?.origin}/${i}`));
        const options = testOptions({
          hostLimits: () => ({ concurrency: 1, interval: 0 }),
          timeouts: { connect: 500, headers: 400, body: 300 },
        });
        const results = await checkTargets(targets, options).done;
        expect([...results.values()].map((r) => `${r.verdict} ${r.attempts}`)).toEqual(
          Array(links).fill("ok 1"),
        );
        expect(s?.requests.map((q) => q.method)).toEqual([
          ...Array(HEADS_BEFORE_GET).fill("HEAD"),
          "GET",
          ...Array(links - HEADS_BEFORE_GET - 1).fill("HEAD"),
        ]);
        expect(s?.maxInFlight).toBe(1);
      },
    );
  });
});
