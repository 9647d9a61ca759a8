// The exchange's edges beside exchange.test.ts: which statuses have their body read (2xx only, both
// ends of the range), and what a network error is called when undici wraps or leaves out its code.
import { Agent, type Dispatcher } from "undici";
import { afterEach, describe, expect, test } from "vitest";
import { DRAIN_LIMIT, exchange } from "../../src/links/http/exchange.js";
import type { Outcome } from "../../src/links/http/fetcher.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer | undefined;
let agent: Agent | undefined;
afterEach(async () => {
  await agent?.destroy();
  await server?.close();
  server = undefined;
  agent = undefined;
});

const LIMITS = { headers: 2000, body: 2000 };

describe("a wanted body is read for a 2xx answer only", () => {
  test.each([
    [200, "text"],
    [299, "text"],
    [300, undefined],
    [304, undefined],
  ])("GET answered %i: body %j", async (status, body) => {
    server = await startServer((_req, res) => res.writeHead(status).end(status === 304 ? undefined : "text"));
    agent = new Agent();
    const outcome = await exchange(
      agent,
      { origin: server.origin, path: "/", method: "GET" },
      { cap: 100 },
      LIMITS,
    );
    expect(outcome.kind === "response" && [outcome.status, outcome.body]).toEqual([status, body]);
  });
});

describe("an answer that arrived to its end says so (ended): its connection can be kept", () => {
  test.each([
    ["a small body not wanted, drained", "/small", undefined, true],
    ["a body not wanted, announced too large and cut off", "/large", undefined, false],
    ["a wanted body read to its end", "/small", { cap: 100 }, true],
    ["a wanted body stopped at the cap", "/small", { cap: 2 }, false],
  ])("%s: %s", async (_what, path, body, ended) => {
    server = await startServer((req, res) => {
      if (req.url === "/large") {
        res.writeHead(200, { "content-length": String(DRAIN_LIMIT + 1) });
        return res.write("x");
      }
      res.writeHead(200).end("small");
    });
    agent = new Agent();
    const outcome = await exchange(agent, { origin: server.origin, path, method: "GET" }, body, LIMITS);
    expect(outcome.kind === "response" && [outcome.status, outcome.ended === true]).toEqual([200, ended]);
  });
});

describe("what a wanted body ends with", () => {
  test("a character cut in half by the cap ends as a replacement character, not dropped", async () => {
    server = await startServer((_req, res) => res.writeHead(200).end("aé"));
    agent = new Agent();
    const outcome = await exchange(
      agent,
      { origin: server.origin, path: "/", method: "GET" },
      { cap: 2 },
      LIMITS,
    );
    expect(outcome.kind === "response" && [outcome.body, outcome.bytesRead]).toEqual(["a\ufffd", 2]);
  });

  test("a body the server breaks off is judged on what arrived, not as a network error", async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { "content-length": "100" });
      res.write("partial", () => setTimeout(() => req.socket.destroy(), 20));
    });
    agent = new Agent();
    const outcome = await exchange(
      agent,
      { origin: server.origin, path: "/", method: "GET" },
      { cap: 100 },
      LIMITS,
    );
    expect(outcome).toMatchObject({ kind: "response", status: 200, body: "partial", bytesRead: 7 });
    expect(outcome.kind === "response" && outcome.ended).toBeUndefined();
  });

  test("a request whose deadline passed while it waited for a connection is never sent", async () => {
    server = await startServer((_req, res) => setTimeout(() => res.writeHead(200).end(), 150));
    agent = new Agent({ connections: 1 });
    const ask = (limits: typeof LIMITS) =>
      exchange(
        agent as Agent,
        { origin: server?.origin ?? "", path: "/", method: "HEAD" },
        undefined,
        limits,
      );
    const [first, second] = await Promise.all([ask(LIMITS), ask({ headers: 50, body: 50 })]);
    expect([first.kind, second.kind === "error" && second.code]).toEqual([
      "response",
      "UND_ERR_HEADERS_TIMEOUT",
    ]);
    // Let the queued request reach the connection, where it is aborted before it is written.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(1);
  });
});

/** A dispatcher that fails every request before any answer with `error`. */
function failing(error: Error): Dispatcher {
  return {
    dispatch(_options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler) {
      const controller = { abort() {}, pause() {}, resume() {}, aborted: false, paused: false, reason: null };
      handler.onRequestStart?.(controller as unknown as Dispatcher.DispatchController, {});
      queueMicrotask(() =>
        handler.onResponseError?.(controller as unknown as Dispatcher.DispatchController, error),
      );
      return true;
    },
  } as unknown as Dispatcher;
}

async function errorOf(error: Error): Promise<Outcome> {
  return exchange(
    failing(error),
    { origin: "http://127.0.0.1:9", path: "/", method: "HEAD" },
    undefined,
    LIMITS,
  );
}

describe("a network error is named by the most telling code", () => {
  test("undici's generic connect error: the system code underneath", async () => {
    const error = Object.assign(new Error("connect failed"), {
      code: "UND_ERR_CONNECT",
      cause: { code: "EHOSTUNREACH" },
    });
    expect(await errorOf(error)).toEqual({ kind: "error", code: "EHOSTUNREACH", message: "connect failed" });
  });

  test("undici's generic connect error with nothing underneath: its own code", async () => {
    const error = Object.assign(new Error("connect failed"), { code: "UND_ERR_CONNECT" });
    expect(await errorOf(error)).toEqual({
      kind: "error",
      code: "UND_ERR_CONNECT",
      message: "connect failed",
    });
  });

  test("an error without a code: the code of its cause, else ERROR", async () => {
    const caused = Object.assign(new Error("fetch failed"), { cause: { code: "ECONNRESET" } });
    expect(await errorOf(caused)).toEqual({ kind: "error", code: "ECONNRESET", message: "fetch failed" });
    expect(await errorOf(new Error("odd"))).toEqual({ kind: "error", code: "ERROR", message: "odd" });
  });

  test("a specific code is kept even when a cause has another", async () => {
    const error = Object.assign(new Error("reset"), {
      code: "UND_ERR_SOCKET",
      cause: { code: "ECONNRESET" },
    });
    expect(await errorOf(error)).toEqual({ kind: "error", code: "UND_ERR_SOCKET", message: "reset" });
  });
});
