// The checking stage's own rules, beside the HTTP behaviour of http.test.ts: what goes into the cache.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LinkCache } from "../../src/links/cache.js";
import { checkTargets } from "../../src/links/check.js";
import type { LinkTarget } from "../../src/links/types.js";
import { startServer, withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

describe("the cache", () => {
  test("keeps remote results only: a local path is looked at again on every run", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-check-"));
    const page = path.join(dir, "page.md");
    writeFileSync(page, "# Page\n");
    const local: LinkTarget = {
      key: `file://${page}`,
      kind: "local",
      url: page,
      sources: [{ file: "README.md", line: 2, col: 1 }],
    };
    await withServers([(_req, res) => res.writeHead(200).end()], async ([s]) => {
      const file = path.join(dir, "cache.json");
      const cache = await LinkCache.open(file, 60_000);
      const url = `${s?.origin}/ok`;
      const results = await checkTargets([remote(url), local], testOptions({ cache })).done;
      expect([results.get(url)?.verdict, results.get(local.key)?.verdict]).toEqual(["ok", "ok"]);
      expect(Object.keys(JSON.parse(readFileSync(file, "utf8")).entries)).toEqual([url]);
    });
  });

  test("an ok result in the cache is used as it is: nothing is requested", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-check-"));
    await withServers([(_req, res) => res.writeHead(404).end()], async ([s]) => {
      const cache = await LinkCache.open(path.join(dir, "cache.json"), 60_000);
      const url = `${s?.origin}/page`;
      cache.set(url, {
        verdict: "ok",
        status: 200,
        reason: "HTTP 200",
        attempts: 1,
        durationMs: 5,
        warnings: [],
      });
      const results = await checkTargets([remote(url)], testOptions({ cache })).done;
      expect(results.get(url)).toMatchObject({ verdict: "ok", status: 200, cached: true });
      expect(s?.requests).toEqual([]);
    });
  });
});

describe("targets refused before checking", () => {
  test("are broken with their reason, never requested, no attempt counted", async () => {
    await withServers([(_req, res) => res.writeHead(200).end()], async ([s]) => {
      const target = { ...remote(`${s?.origin}/x`), refused: "the URL holds a password" };
      const results = await checkTargets([target], testOptions()).done;
      expect(results.get(target.key)).toEqual({
        verdict: "broken",
        reason: "the URL holds a password",
        attempts: 0,
        durationMs: 0,
        warnings: [],
      });
      expect(s?.requests).toEqual([]);
    });
  });
});

describe("offline: a network whose names do not resolve", () => {
  const offline = testOptions({
    lookup: ((hostname: string, _options: unknown, callback: (error: Error) => void) =>
      callback(new Error(`getaddrinfo ENOTFOUND ${hostname}`))) as never,
  });

  test("a link to an IP address, v4 or v6 in brackets, is still checked; a host name is not", async () => {
    const v4 = await startServer((_req, res) => res.writeHead(200).end());
    const v6 = await startServer((_req, res) => res.writeHead(200).end(), "::1");
    try {
      const port = v6.origin.split(":").at(-1); // the helper writes "http://::1:PORT"
      const urls = [`${v4.origin}/`, `http://[::1]:${port}/`, `http://example.invalid:${port}/`];
      const results = await checkTargets(
        urls.map((url) => remote(url)),
        offline,
      ).done;
      expect(urls.map((url) => results.get(url)?.verdict)).toEqual(["ok", "ok", "unverifiable"]);
      expect(results.get(urls[2] ?? "")?.reason).toBe(
        "no network: host names do not resolve (not even probe.test)",
      );
      expect([v4.requests.length, v6.requests.length]).toEqual([1, 1]);
    } finally {
      await Promise.all([v4.close(), v6.close()]);
    }
  });
});

describe("the session's dispatcher", () => {
  test("tells the requests in flight per host, and closes its connections when the check is done", async () => {
    const closed: boolean[] = [];
    await withServers(
      [
        (req, res) => {
          req.socket.once("close", () => closed.push(true));
          res.writeHead(200).end();
        },
      ],
      async ([s]) => {
        const run = checkTargets([remote(`${s?.origin}/a`)], testOptions());
        await run.done;
        expect(run.inFlight()).toEqual(new Map([[new URL(s?.origin ?? "").host, 0]]));
        // The server keeps an idle connection for a second; the checker's own close is quicker.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(closed).toEqual([true]);
      },
    );
  });
});

describe("the requests of a remote check", () => {
  test("one source asking a fragment is enough for the page to be read at once, with one GET", async () => {
    await withServers(
      [(_req, res) => res.writeHead(200, { "content-type": "text/html" }).end('<h2 id="x">')],
      async ([s]) => {
        const url = `${s?.origin}/page`;
        const target: LinkTarget = {
          key: url,
          kind: "remote",
          url,
          sources: [
            { file: "README.md", line: 1, col: 1 },
            { file: "README.md", line: 2, col: 1, fragment: "x" },
          ],
        };
        const results = await checkTargets([target], testOptions()).done;
        expect(results.get(url)?.fragments).toEqual({ x: { found: true } });
        expect(s?.requests.map((q) => q.method)).toEqual(["GET"]);
      },
    );
  });

  test("a HEAD redirect loop is broken as it is: no GET is asked after it", async () => {
    await withServers(
      [(req, res) => res.writeHead(302, { location: req.url === "/a" ? "/b" : "/a" }).end()],
      async ([s]) => {
        const url = `${s?.origin}/a`;
        const results = await checkTargets([remote(url)], testOptions()).done;
        expect(results.get(url)?.verdict).toBe("broken");
        expect(s?.requests.map((q) => `${q.method} ${q.url}`)).toEqual(["HEAD /a", "HEAD /b"]);
      },
    );
  });

  test("a permanent redirect to a missing page is broken, with no 'update the link' warning or suggestion", async () => {
    await withServers(
      [(req, res) => res.writeHead(req.url === "/old" ? 301 : 404, { location: "/new" }).end()],
      async ([s]) => {
        const url = `${s?.origin}/old`;
        const result = (await checkTargets([remote(url)], testOptions()).done).get(url);
        expect([result?.verdict, result?.warnings, result && "suggestion" in result]).toEqual([
          "broken",
          [],
          false,
        ]);
      },
    );
  });
});
