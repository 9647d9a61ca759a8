// Connections are reused, for HEAD too; a HEAD whose answer never ends costs only its own connection.
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { describe, expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import { remote, testOptions } from "./options.js";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface Server {
  origin: string;
  requests: string[];
}

/**
 * A loopback server that keeps idle connections 5 s (test/helpers/server.ts says 1 s, and undici
 * does not reuse a connection the server announces to close that soon).
 */
async function withServer(handler: Handler, body: (server: Server) => Promise<void>): Promise<void> {
  const state: Server = { origin: "", requests: [] };
  const server = http.createServer((req, res) => {
    state.requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await body(state);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Answers 200 to everything, except a HEAD for /stall: headers at once, then never the end. */
function server(sockets: Set<Socket>): Handler {
  return (req, res) => {
    sockets.add(req.socket);
    if (req.url === "/stall" && req.method === "HEAD") {
      res.writeHead(200, { "content-type": "text/html" });
      res.flushHeaders();
      return;
    }
    res.writeHead(200, { "content-type": "text/html" }).end("<p>ok</p>");
  };
}

describe("keep-alive", () => {
  test("twenty HEAD checks, one at a time, share at most two connections (undici alternates)", async () => {
    const sockets = new Set<Socket>();
    await withServer(server(sockets), async (s) => {
      const targets = Array.from({ length: 20 }, (_, i) => remote(`${s.origin}/page/${i}`));
      const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) });
      const results = await checkTargets(targets, options).done;
      expect([...results.values()].map((r) => `${r.verdict} ${r.attempts}`)).toEqual(
        Array.from({ length: 20 }, () => "ok 1"),
      );
      expect(s.requests.map((r) => r.split(" ")[0])).toEqual(Array.from({ length: 20 }, () => "HEAD"));
      expect(sockets.size).toBeLessThanOrEqual(2);
    });
  });

  test("a HEAD answer that never ends does not hold back the next link on its connection", async () => {
    const sockets = new Set<Socket>();
    await withServer(server(sockets), async (s) => {
      const targets = [
        remote(`${s.origin}/stall`),
        remote(`${s.origin}/after/1`),
        remote(`${s.origin}/after/2`),
      ];
      // A headers timeout far beyond the test's own: only the guard can make this pass.
      const options = testOptions({
        hostLimits: () => ({ concurrency: 1, interval: 0 }),
        timeouts: { connect: 500, headers: 60_000, body: 60_000 },
        retries: 0,
      });
      const results = await checkTargets(targets, options).done;
      expect(targets.map((t) => `${results.get(t.key)?.verdict} ${results.get(t.key)?.attempts}`)).toEqual([
        "ok 1",
        "ok 1",
        "ok 1",
      ]);
      // The link that went to the stalled connection was given up there and sent again on another
      // (which one that is depends on undici's choice of connection).
      expect(s.requests[0]).toBe("HEAD /stall");
      expect(s.requests.slice(1).sort()).toEqual(expect.arrayContaining(["HEAD /after/1", "HEAD /after/2"]));
      expect(s.requests).toHaveLength(4);
    });
  }, 20_000);
});
