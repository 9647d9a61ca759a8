// Every class of HTTP behaviour against real loopback servers: verdict, status, reason, attempts.
import type http from "node:http";
import { describe, expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import type { CheckResult } from "../../src/links/types.js";
import { type Handler, withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

async function checkOne(url: string, overrides = {}, fragment?: string): Promise<CheckResult> {
  const target = remote(url, fragment);
  const results = await checkTargets([target], testOptions(overrides)).done;
  const result = results.get(target.key);
  if (!result) throw new Error("no result");
  return result;
}

const status =
  (code: number, headers: http.OutgoingHttpHeaders = {}): Handler =>
  (_req, res) => {
    res.writeHead(code, headers).end();
  };

describe("one budget of retries per link, every request counted (retries: 3 → at most 4)", () => {
  const budget = { retries: 3, backoff: { base: 1, max: 5 } };
  const answers =
    (...codes: number[]): Handler =>
    (_q, res) => {
      const code = codes.length > 1 ? (codes.shift() ?? 200) : (codes[0] ?? 200);
      res.writeHead(code, code === 429 ? { "retry-after": "0" } : {}).end();
    };

  test.each([
    [
      "persistent 500: HEAD, then GET until the budget is spent",
      [500],
      "broken",
      "server error (HTTP 500) after 4 attempts",
      ["HEAD", "GET", "GET", "GET"],
    ],
    ["500 then 200: the GET that follows the HEAD succeeds", [500, 200], "ok", "HTTP 200", ["HEAD", "GET"]],
    ["HEAD 405 then GET 200", [405, 200], "ok", "HTTP 200", ["HEAD", "GET"]],
    [
      "HEAD 405, then a persistent 500 on GET",
      [405, 500],
      "broken",
      "server error (HTTP 500) after 4 attempts",
      ["HEAD", "GET", "GET", "GET"],
    ],
    ["HEAD 404 confirmed by GET", [404], "broken", "HTTP 404: not found", ["HEAD", "GET"]],
    ["429 with Retry-After, then 200: the same HEAD again", [429, 200], "ok", "HTTP 200", ["HEAD", "HEAD"]],
  ])("%s", async (_name, codes, verdict, reason, methods) => {
    await withServers([answers(...codes)], async ([s]) => {
      const r = await checkOne(s?.url ?? "", budget);
      expect([r.verdict, r.reason, r.attempts]).toEqual([verdict, reason, methods.length]);
      expect(s?.requests.map((q) => q.method)).toEqual(methods);
    });
  });

  test("a redirect costs its hop, not the budget: 302, then HEAD 500 and GET until the budget is spent", async () => {
    const handler: Handler = (req, res) => {
      if (req.url === "/from") res.writeHead(302, { location: "/to" }).end();
      else res.writeHead(500).end();
    };
    await withServers([handler], async ([s]) => {
      const r = await checkOne(`${s?.origin}/from`, budget);
      expect([r.verdict, r.reason, r.attempts]).toEqual([
        "broken",
        "server error (HTTP 500) after 5 attempts",
        5,
      ]);
      expect(s?.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
        "HEAD /from",
        "HEAD /to",
        "GET /to",
        "GET /to",
        "GET /to",
      ]);
    });
  });

  test("a persistent 429: four requests, then one in the final slow pass, all counted", async () => {
    await withServers([answers(429)], async ([s]) => {
      const r = await checkOne(s?.url ?? "", budget);
      expect([r.verdict, r.reason, r.attempts]).toEqual([
        "unverifiable",
        "rate limited (HTTP 429) after 5 attempts",
        5,
      ]);
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "HEAD", "HEAD", "HEAD", "HEAD"]);
    });
  });
});

describe("fragments of a remote page", () => {
  test("each fragment judged on its own, names like __proto__ and constructor included", async () => {
    const html = '<h2 id="constructor">c</h2><a name="top"></a>';
    await withServers(
      [(_q, res) => res.writeHead(200, { "content-type": "text/html" }).end(html)],
      async ([s]) => {
        const target = remote(s?.url ?? "");
        target.sources = ["top", "__proto__", "constructor", "toString", "%E0%A4"].map((fragment, i) => ({
          file: "README.md",
          line: i + 1,
          col: 1,
          fragment,
        }));
        const result = (await checkTargets([target], testOptions()).done).get(target.key);
        const missing = (f: string) => `no anchor #${f} in the page (it may be added by scripts)`;
        expect(result?.fragments).toEqual({
          top: { found: true },
          ["__proto__"]: { found: false, warning: missing("__proto__") },
          constructor: { found: true },
          toString: { found: false, warning: missing("toString") },
          "%E0%A4": {
            found: false,
            warning: "the fragment #%E0%A4 is not valid percent-encoding (UTF-8 expected)",
          },
        });
        expect(Object.keys(result?.fragments ?? {})).toHaveLength(5);
        expect(s?.requests.map((q) => q.method)).toEqual(["GET"]);
      },
    );
  });
});

describe("HTTP verdicts", () => {
  test("200 → ok with one HEAD", async () => {
    await withServers([status(200)], async ([s]) => {
      const r = await checkOne(`${s?.url}page`);
      expect({ verdict: r.verdict, status: r.status, reason: r.reason, attempts: r.attempts }).toEqual({
        verdict: "ok",
        status: 200,
        reason: "HTTP 200",
        attempts: 1,
      });
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD"]);
    });
  });

  test.each([
    [404, "HTTP 404: not found"],
    [410, "HTTP 410: not found"],
  ])("%i → broken (after GET too)", async (code, reason) => {
    await withServers([status(code)], async ([s]) => {
      const r = await checkOne(s?.url ?? "");
      expect([r.verdict, r.status, r.reason, r.attempts]).toEqual(["broken", code, reason, 2]);
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
    });
  });

  test("500 then 200: the retry succeeds", async () => {
    let n = 0;
    await withServers([(_q, res) => res.writeHead(n++ === 0 ? 500 : 200).end()], async ([s]) => {
      const r = await checkOne(s?.url ?? "");
      expect([r.verdict, r.status, r.attempts]).toEqual(["ok", 200, 2]);
    });
  });

  test("HEAD 405 → GET 200 → ok", async () => {
    await withServers(
      [(req, res) => res.writeHead(req.method === "HEAD" ? 405 : 200).end("body")],
      async ([s]) => {
        const r = await checkOne(s?.url ?? "");
        expect([r.verdict, r.status, r.attempts]).toEqual(["ok", 200, 2]);
        expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
      },
    );
  });

  test.each([
    ["seconds", () => "1"],
    ["an HTTP date", () => new Date(Date.now() + 2000).toUTCString()],
  ])("429 with Retry-After as %s: waits, then ok", async (_form, retryAfter) => {
    let n = 0;
    const handler: Handler = (_q, res) => {
      if (n++ === 0) res.writeHead(429, { "retry-after": retryAfter() }).end();
      else res.writeHead(200).end();
    };
    await withServers([handler], async ([s]) => {
      const started = Date.now();
      const r = await checkOne(s?.url ?? "");
      expect([r.verdict, r.status, r.attempts]).toEqual(["ok", 200, 2]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });

  test("redirect → ok at the final URL", async () => {
    const handler: Handler = (req, res) => {
      if (req.url === "/old") res.writeHead(302, { location: "/new" }).end();
      else res.writeHead(200).end();
    };
    await withServers([handler], async ([s]) => {
      const r = await checkOne(`${s?.origin}/old`);
      expect([r.verdict, r.finalUrl, r.warnings]).toEqual(["ok", `${s?.origin}/new`, []]);
    });
  });

  test("permanent redirect to another host → ok, with a warning and the new URL", async () => {
    await withServers([status(200)], async ([target]) => {
      await withServers([status(301, { location: `${target?.origin}/moved` })], async ([s]) => {
        const r = await checkOne(`${s?.origin}/page`);
        expect(r.verdict).toBe("ok");
        expect(r.suggestion).toBe(`${target?.origin}/moved`);
        expect(r.warnings).toEqual([`permanent redirect to ${target?.origin}/moved; update the link`]);
      });
    });
  });

  test("redirect loop → broken", async () => {
    const handler: Handler = (req, res) =>
      res.writeHead(302, { location: req.url === "/a" ? "/b" : "/a" }).end();
    await withServers([handler], async ([s]) => {
      const r = await checkOne(`${s?.origin}/a`);
      expect([r.verdict, r.reason]).toEqual(["broken", `redirect loop back to ${s?.origin}/a`]);
    });
  });

  test("redirect to javascript: → broken", async () => {
    await withServers([status(302, { location: "javascript:alert(1)" })], async ([s]) => {
      const r = await checkOne(s?.url ?? "");
      expect([r.verdict, r.status, r.reason]).toEqual(["broken", 302, "redirect to a javascript: URL"]);
    });
  });

  test("headers that never come → unverifiable after two attempts (a timeout is retried once), bounded by timeout × attempts", async () => {
    await withServers([() => undefined], async ([s]) => {
      const started = Date.now();
      const r = await checkOne(s?.url ?? "");
      expect([r.verdict, r.reason, r.attempts]).toEqual([
        "unverifiable",
        "no response headers in time after 2 attempts",
        2,
      ]);
      expect(s?.requests).toHaveLength(2);
      // undici checks header timeouts on a coarse timer: allow a second per attempt.
      expect(Date.now() - started).toBeLessThan(2 * (400 + 1000) + 500);
    });
  });

  test("a body that never ends is cut at the deadline; the page still counts", async () => {
    const handler: Handler = (_q, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write('<h2 id="intro">');
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
    };
    await withServers([handler], async ([s]) => {
      const started = Date.now();
      const r = await checkOne(s?.url ?? "", {}, "missing");
      expect(r.verdict).toBe("ok");
      expect(r.warnings).toEqual([]);
      expect(r.fragments).toEqual({
        missing: { found: false, warning: "no anchor #missing in the page (it may be added by scripts)" },
      });
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  test("socket reset → unverifiable after retries", async () => {
    await withServers([(req) => req.socket.destroy()], async ([s]) => {
      const r = await checkOne(s?.url ?? "");
      expect([r.verdict, r.reason, r.attempts]).toEqual([
        "unverifiable",
        "connection reset after 3 attempts",
        3,
      ]);
    });
  });

  test("a huge body is read only up to the cap", async () => {
    let written = 0;
    const handler: Handler = (_q, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (written < 200 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
        if (written >= 200 * 1024 * 1024) res.end();
      };
      res.on("drain", pump);
      pump();
    };
    await withServers([handler], async ([s]) => {
      const rssBefore = process.memoryUsage().rss;
      const r = await checkOne(s?.url ?? "", { bodyCap: 1024 * 1024 }, "anchor");
      expect(r.verdict).toBe("ok");
      expect(written).toBeLessThan(16 * 1024 * 1024); // the server was stopped, not drained
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
    });
  });

  test.each([
    [403, { "cf-mitigated": "challenge" }, "bot wall: HTTP 403 with a challenge"],
    [412, {}, "bot wall (HTTP 412)"],
    [999, {}, "bot wall (HTTP 999)"],
  ])("%i → unverifiable", async (code, headers, reason) => {
    await withServers([status(code, headers)], async ([s]) => {
      const r = await checkOne(s?.url ?? "");
      expect([r.verdict, r.status, r.reason]).toEqual(["unverifiable", code, reason]);
    });
  });

  test("connection refused → broken", async () => {
    const r = await checkOne("http://127.0.0.1:9/");
    expect([r.verdict, r.reason]).toEqual(["broken", "connection refused after 3 attempts"]);
  });

  test("a host that does not resolve: broken online, unverifiable offline", async () => {
    const lookupWith =
      (probeWorks: boolean) =>
      (
        hostname: string,
        _o: unknown,
        callback: (e: NodeJS.ErrnoException | null, a?: string, f?: number) => void,
      ) => {
        if (hostname === "probe.test" && probeWorks) return callback(null, "127.0.0.1", 4);
        const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
        error.code = "ENOTFOUND";
        callback(error);
      };
    const online = await checkOne("http://gone.test/", { lookup: lookupWith(true) });
    expect([online.verdict, online.reason]).toEqual(["broken", "DNS: the host name does not exist"]);
    const offline = await checkOne("http://gone.test/", { lookup: lookupWith(false) });
    expect([offline.verdict, offline.reason]).toEqual([
      "unverifiable",
      "no network: host names do not resolve (not even probe.test)",
    ]);
  });
});

describe("connections", () => {
  test("a HEAD answer whose response never ends counts as ok, and the host goes on", async () => {
    const handler: Handler = (req, res) => {
      if (req.url === "/stall") {
        res.writeHead(200, { "content-type": "text/html" });
        res.flushHeaders(); // and never ends
        return;
      }
      res.writeHead(200).end();
    };
    await withServers([handler], async ([s]) => {
      const targets = [
        remote(`${s?.origin}/stall`),
        remote(`${s?.origin}/next`),
        remote(`${s?.origin}/last`),
      ];
      const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) });
      const results = await checkTargets(targets, options).done;
      expect([...results.values()].map((r) => [r.verdict, r.attempts])).toEqual([
        ["ok", 1],
        ["ok", 1],
        ["ok", 1],
      ]);
    });
  });
});
