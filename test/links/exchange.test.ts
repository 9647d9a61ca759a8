// One request through undici's dispatch callbacks, against loopback servers: what is read of a body
// that is wanted, what is done with one that is not (drained to keep the connection, or cut off
// with it), and the deadlines. Orderings are asserted (what the server saw first), never durations.
import type http from "node:http";
import { Agent } from "undici";
import { afterEach, describe, expect, test } from "vitest";
import { DRAIN_LIMIT, exchange } from "../../src/links/http/exchange.js";
import type { BodyRequest, Outcome } from "../../src/links/http/fetcher.js";
import { type Handler, startServer, type TestServer } from "../helpers/server.js";

let server: TestServer | undefined;
let agent: Agent | undefined;
afterEach(async () => {
  await agent?.destroy();
  await server?.close();
  server = undefined;
  agent = undefined;
});

const LIMITS = { headers: 2000, body: 5000 };

async function ask(
  handler: Handler,
  method: "GET" | "HEAD" = "GET",
  body?: BodyRequest,
  limits = LIMITS,
  path = "/",
): Promise<Outcome> {
  server ??= await startServer(handler);
  // The test server hints keep-alive for 1 s; undici keeps a connection only if a margin is left.
  agent ??= new Agent({ keepAliveTimeout: 10_000, keepAliveTimeoutThreshold: 100 });
  return exchange(agent, { origin: server.origin, path, method }, body, limits);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the server did, in order: its writes and when the client closed the connection. */
function journal(res: http.ServerResponse, events: string[]): void {
  res.on("close", () => events.push(res.writableFinished ? "finished" : "closed by the client"));
}

function response(outcome: Outcome): Extract<Outcome, { kind: "response" }> {
  if (outcome.kind !== "response") throw new Error(`not a response: ${JSON.stringify(outcome)}`);
  return outcome;
}

describe("a wanted body (GET 2xx with a body request)", () => {
  test("is read to its end and decoded as UTF-8, a character split between two chunks included", async () => {
    const text = Buffer.from("<p>été</p>");
    const outcome = await ask(
      async (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write(text.subarray(0, 5)); // "<p>" and the first byte of "é"
        await wait(30);
        res.end(text.subarray(5));
      },
      "GET",
      { cap: 1000 },
    );
    expect(response(outcome)).toMatchObject({ status: 200, body: "<p>été</p>", bytesRead: text.length });
  });

  test("stops at the cap: exactly cap bytes counted and kept, the connection closed", async () => {
    const events: string[] = [];
    const outcome = await ask(
      (_req, res) => {
        journal(res, events);
        res.writeHead(200);
        res.write("a".repeat(30));
        const timer = setInterval(() => res.write("b".repeat(30)), 10);
        res.on("close", () => clearInterval(timer));
      },
      "GET",
      { cap: 50 },
    );
    expect(response(outcome)).toMatchObject({ body: `${"a".repeat(30)}${"b".repeat(20)}`, bytesRead: 50 });
    await wait(100);
    expect(events).toEqual(["closed by the client"]);
  });

  test("stops as soon as `enough` says the text answers the question", async () => {
    const seen: string[] = [];
    const outcome = await ask(
      async (_req, res) => {
        res.writeHead(200);
        res.write("first ");
        await wait(30);
        res.write("needle ");
        await wait(30);
        if (!res.destroyed) res.end("after");
      },
      "GET",
      {
        cap: 1000,
        enough: (text) => {
          seen.push(text);
          return text.includes("needle");
        },
      },
    );
    expect(response(outcome)).toMatchObject({ body: "first needle ", bytesRead: 13 });
    expect(seen).toEqual(["first ", "first needle "]);
  });

  test("a body that stalls is judged on what arrived by the body deadline", async () => {
    const outcome = await ask(
      (_req, res) => {
        res.writeHead(200);
        res.write("partial");
      },
      "GET",
      { cap: 1000 },
      { headers: 2000, body: 100 },
    );
    expect(response(outcome)).toMatchObject({ status: 200, body: "partial", bytesRead: 7 });
  });

  test("not read for a HEAD, a status other than 2xx, or without a body request", async () => {
    const handler: Handler = (req, res) => {
      res.writeHead(req.url === "/missing" ? 404 : 200).end(req.method === "HEAD" ? undefined : "text");
    };
    const head = await ask(handler, "HEAD", { cap: 1000 });
    const missing = await ask(handler, "GET", { cap: 1000 }, LIMITS, "/missing");
    const unasked = await ask(handler, "GET", undefined);
    const wanted = await ask(handler, "GET", { cap: 1000 }, LIMITS, "/");
    expect([head, missing, unasked].map((o) => response(o).body)).toEqual([undefined, undefined, undefined]);
    expect(response(missing).status).toBe(404);
    expect(response(wanted).body).toBe("text");
  });
});

describe("a body not wanted", () => {
  test("a small one is drained: the connection is kept for the next request", async () => {
    const sockets = new Set<unknown>();
    const handler: Handler = (req, res) => {
      sockets.add(req.socket);
      res.writeHead(200).end("x".repeat(1000));
    };
    const first = await ask(handler);
    await wait(50); // for undici to take the connection back
    const second = await ask(handler);
    expect([response(first).status, response(second).status]).toEqual([200, 200]);
    expect([response(first).bytesRead, "body" in response(first)]).toEqual([0, false]);
    expect(sockets.size).toBe(1);
  });

  test("one announced larger than the drain limit is cut off at once, with its connection", async () => {
    const events: string[] = [];
    const outcome = await ask((_req, res) => {
      journal(res, events);
      res.writeHead(200, { "content-length": String(DRAIN_LIMIT + 1) });
      res.write("x");
      setTimeout(() => {
        if (!res.destroyed) events.push("still open after 700 ms");
      }, 700);
    });
    expect(response(outcome).status).toBe(200);
    await wait(800);
    expect(events).toEqual(["closed by the client"]);
  });

  test("one announced at the drain limit exactly is drained, not cut", async () => {
    const sockets = new Set<unknown>();
    const handler: Handler = (req, res) => {
      sockets.add(req.socket);
      res.writeHead(200, { "content-length": String(DRAIN_LIMIT) }).end("x".repeat(DRAIN_LIMIT));
    };
    await ask(handler);
    await wait(50);
    await ask(handler);
    expect(sockets.size).toBe(1);
  });

  test("one that turns out longer than the drain limit (no length given) is cut once past it", async () => {
    const events: string[] = [];
    const outcome = await ask((_req, res) => {
      journal(res, events);
      res.writeHead(200);
      res.write("x".repeat(DRAIN_LIMIT + 10));
      setTimeout(() => {
        if (!res.destroyed) events.push("still open after 700 ms");
      }, 700);
    });
    expect(response(outcome).status).toBe(200);
    await wait(800);
    expect(events).toEqual(["closed by the client"]);
  });

  test("one that stalls is cut when the body deadline comes before the drain time", async () => {
    const events: string[] = [];
    const outcome = await ask(
      (_req, res) => {
        journal(res, events);
        res.writeHead(200);
        res.write("x");
        setTimeout(() => {
          if (!res.destroyed) events.push("still open after 700 ms");
        }, 700);
      },
      "GET",
      undefined,
      { headers: 2000, body: 100 },
    );
    expect(response(outcome).status).toBe(200);
    await wait(800);
    expect(events).toEqual(["closed by the client"]);
  });
});

describe("the answer before the body", () => {
  test("an informational 103 is not the answer: the 200 after it is", async () => {
    const outcome = await ask((_req, res) => {
      res.writeEarlyHints({ link: "</style.css>; rel=preload; as=style" });
      res.writeHead(200).end();
    }, "HEAD");
    expect(response(outcome).status).toBe(200);
  });

  test("no headers by the deadline: a timeout error that names it", async () => {
    const outcome = await ask(() => {}, "HEAD", undefined, { headers: 100, body: 100 });
    expect(outcome).toEqual({
      kind: "error",
      code: "UND_ERR_HEADERS_TIMEOUT",
      message: "no response headers in 100 ms",
    });
  });

  test("a connection closed before any answer is a network error with undici's code", async () => {
    const outcome = await ask((req) => req.socket.destroy(), "HEAD");
    expect(outcome).toMatchObject({ kind: "error", code: "UND_ERR_SOCKET" });
  });

  test("a refused connection is reported by the system's code, not undici's wrapper", async () => {
    const closed = await startServer(() => {});
    const origin = closed.origin;
    await closed.close();
    agent = new Agent();
    const outcome = await exchange(agent, { origin, path: "/", method: "HEAD" }, undefined, LIMITS);
    expect(outcome).toMatchObject({ kind: "error", code: "ECONNREFUSED" });
  });
});
