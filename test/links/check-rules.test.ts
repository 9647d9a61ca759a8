// The checking stage's rules that no HTTP class test pins down: a provider's result as it is handed on,
// fragments that arrive while their page is being checked (one GET later, without retries), the GET
// after a refused HEAD only while the budget lasts, and the final slow pass for rate-limited links.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LinkCache } from "../../src/links/cache.js";
import { checkTargets, startChecks } from "../../src/links/check.js";
import { DRAIN_LIMIT } from "../../src/links/http/exchange.js";
import { HEADS_BEFORE_GET } from "../../src/links/http/head-policy.js";
import type { CheckResult, LinkTarget } from "../../src/links/types.js";
import { type Handler, withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

/** Checks `target`; `later` fragments are asked by sources that arrive once its check has started. */
async function checkWithLater(
  target: LinkTarget,
  later: string[],
  overrides = {},
): Promise<CheckResult | undefined> {
  const session = startChecks(testOptions(overrides));
  session.add(target);
  for (const fragment of later) target.sources.push({ file: "README.md", line: 9, col: 1, fragment });
  return (await session.finish()).get(target.key);
}

const PAGE = '<h2 id="intro">Intro</h2><a name="setup"></a>';

describe("a provider's result", () => {
  test("is handed on as the rule gave it, with no warnings and no fragment judged (a player position)", async () => {
    const api: Handler = (_q, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"code":0,"data":{"bvid":"x"}}');
    await withServers([api], async ([s]) => {
      const url = "https://www.bilibili.com/video/BV16h4y1W7us";
      // A trailing slash on the configured base is not doubled in the API path.
      const result = await checkWithLater(remote(url, "t=30"), ["t=60"], {
        providerBases: { bilibili: `${s?.origin}//` },
      });
      expect(result).toEqual({
        verdict: "ok",
        status: 200,
        reason: "the video exists (bilibili API)",
        attempts: 1,
        warnings: [],
        durationMs: expect.any(Number),
      });
      expect(s?.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
        "GET /x/web-interface/view?bvid=BV16h4y1W7us",
      ]);
    });
  });

  test("keeps the rule's own warnings: a repository that moved (GitHub API 301)", async () => {
    const api: Handler = (req, res) =>
      req.url === "/repos/o/r"
        ? res.writeHead(301, { location: "/repos/o/moved" }).end()
        : res.writeHead(200).end("{}");
    await withServers([api], async ([s]) => {
      const session = startChecks(
        testOptions({ providerBases: { github: s?.origin ?? "" }, githubToken: "t" }),
      );
      const target = remote("https://github.com/o/r");
      session.add(target);
      const result = (await session.finish()).get(target.key);
      expect([result?.verdict, result?.reason, result?.warnings, result?.attempts]).toEqual([
        "ok",
        "the repository exists (GitHub API)",
        ["the repository moved (GitHub API 301); update the link"],
        2,
      ]);
    });
  });
});

describe("fragments asked by sources that arrive while the page is checked", () => {
  const page: Handler = (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE);

  test("cost one GET for the body once the HEAD found the page; each is judged, once per fragment", async () => {
    await withServers([page], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), [
        "intro",
        "user-content-setup",
        "gone",
        "intro",
        "%E0%A4%A",
      ]);
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
      expect(result).toMatchObject({ verdict: "ok", status: 200, reason: "HTTP 200", attempts: 2 });
      expect(result?.fragments).toEqual({
        intro: { found: true },
        "user-content-setup": { found: true },
        gone: { found: false, warning: "no anchor #gone in the page (it may be added by scripts)" },
        "%E0%A4%A": {
          found: false,
          warning: "the fragment #%E0%A4%A is not valid percent-encoding (UTF-8 expected)",
        },
      });
    });
  });

  test("the later GET reads only up to the body cap: an anchor past it is not found", async () => {
    const long: Handler = (_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end(`<p>${"x".repeat(4096)}</p><h2 id="late">`);
    await withServers([long], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), ["late"], { bodyCap: 1024 });
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
      expect(result?.fragments?.late?.found).toBe(false);
    });
  });

  test("the later GET is asked once, never retried; when it fails the page's verdict stands, unjudged", async () => {
    const handler: Handler = (req, res) => res.writeHead(req.method === "HEAD" ? 200 : 503).end();
    await withServers([handler], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), ["intro"], { retries: 3 });
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
      expect(result).toEqual({
        verdict: "ok",
        status: 200,
        reason: "HTTP 200",
        finalUrl: `${s?.origin}/p`,
        attempts: 2,
        durationMs: expect.any(Number),
        warnings: [],
      });
    });
  });

  test("are not judged on a page that is not ok: no GET for them", async () => {
    const handler: Handler = (_req, res) => res.writeHead(410).end();
    await withServers([handler], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), ["intro"]);
      // The HEAD 410 is confirmed by a GET (not yet trusted on this host); none follows for #intro.
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
      expect([result?.verdict, result?.reason, result?.attempts, result?.fragments]).toEqual([
        "broken",
        "HTTP 410: not found",
        2,
        undefined,
      ]);
    });
  });

  test("a fragment known at the start is read from the one GET, later ones from the same body", async () => {
    await withServers([page], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`, "intro"), ["gone"]);
      expect(s?.requests.map((q) => q.method)).toEqual(["GET"]);
      expect([result?.attempts, result?.fragments]).toEqual([
        1,
        {
          intro: { found: true },
          gone: { found: false, warning: "no anchor #gone in the page (it may be added by scripts)" },
        },
      ]);
    });
  });
});

describe("a HEAD the host refuses (405)", () => {
  const refusing: Handler = (req, res) => res.writeHead(req.method === "HEAD" ? 405 : 200).end();

  test("is asked again with GET from the same budget", async () => {
    await withServers([refusing], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), [], { retries: 1 });
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
      expect([result?.verdict, result?.reason, result?.attempts]).toEqual(["ok", "HTTP 200", 2]);
    });
  });

  test("the GET gets only what the HEAD left of the budget", async () => {
    const handler: Handler = (req, res) => res.writeHead(req.method === "HEAD" ? 405 : 503).end();
    await withServers([handler], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), [], {
        retries: 1,
        backoff: { base: 1, max: 2 },
      });
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD", "GET"]);
      expect([result?.verdict, result?.reason, result?.attempts]).toEqual([
        "broken",
        "server error (HTTP 503) after 2 attempts",
        2,
      ]);
    });
  });

  test("with no retries left is judged as it is: broken, no GET", async () => {
    await withServers([refusing], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), [], { retries: 0 });
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD"]);
      expect([result?.verdict, result?.status, result?.reason, result?.attempts]).toEqual([
        "broken",
        405,
        "HTTP 405",
        1,
      ]);
    });
  });

  test("a 405 listed in accept is ok as it is: no GET", async () => {
    await withServers([refusing], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), [], {
        accept: (status: number) => status === 405,
      });
      expect(s?.requests.map((q) => q.method)).toEqual(["HEAD"]);
      expect([result?.verdict, result?.reason]).toEqual(["ok", "HTTP 405"]);
    });
  });

  test("a host configured for GET is never asked with HEAD, and a GET answer is not asked again", async () => {
    const handler: Handler = (_req, res) => res.writeHead(405).end();
    await withServers([handler], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/p`), [], { methodFor: () => "GET" });
      expect(s?.requests.map((q) => q.method)).toEqual(["GET"]);
      expect([result?.verdict, result?.reason, result?.attempts]).toEqual(["broken", "HTTP 405", 1]);
    });
  });
});

describe("the final slow pass", () => {
  // Each rate-limited link on its own host: the slow pass spaces a host's requests a second apart.
  const limited: Handler = (_req, res) => res.writeHead(429, { "retry-after": "0" }).end();
  const flakyOrGone: Handler = (req, res, server) => {
    if (req.url === "/gone") return res.writeHead(404).end();
    const asked = server.requests.filter((q) => q.url === req.url).length;
    res.writeHead(asked === 1 ? 429 : 200, { "retry-after": "0" }).end();
  };

  test("asks only links still rate-limited, once more each; attempts add up and the reason says so", async () => {
    await withServers(
      [limited],
      async ([one]) => {
        await withServers(
          [flakyOrGone],
          async ([two]) => {
            const urls = [`${one?.origin}/limited`, `${two?.origin}/flaky`, `${two?.origin}/gone`];
            const results = await checkTargets(
              urls.map((url) => remote(url)),
              testOptions({ retries: 0 }),
            ).done;
            expect(
              urls.map((url) => {
                const r = results.get(url);
                return [r?.verdict, r?.status, r?.reason, r?.attempts];
              }),
            ).toEqual([
              ["unverifiable", 429, "rate limited (HTTP 429) after 2 attempts", 2],
              ["ok", 200, "HTTP 200", 2],
              ["broken", 404, "HTTP 404: not found", 1],
            ]);
            expect([one, two].flatMap((s) => s?.requests.map((q) => `${q.method} ${q.url}`))).toEqual([
              "HEAD /limited",
              "HEAD /limited",
              "HEAD /flaky",
              "HEAD /gone",
              "HEAD /flaky",
            ]);
          },
          "127.0.0.2",
        );
      },
      "127.0.0.3",
    );
  });

  test("is never asked again with retries: one request per link, whatever the retries setting", async () => {
    await withServers([limited], async ([s]) => {
      const result = (await checkTargets([remote(`${s?.origin}/x`)], testOptions({ retries: 1 })).done).get(
        `${s?.origin}/x`,
      );
      expect([result?.reason, result?.attempts, s?.requests.length]).toEqual([
        "rate limited (HTTP 429) after 3 attempts",
        3,
        3,
      ]);
    });
  });

  test("leaves a 429 that accept lists alone: ok after its retries (as any 429), none in the slow pass", async () => {
    await withServers([limited], async ([s]) => {
      const url = `${s?.origin}/x`;
      const accept = (status: number) => status === 429;
      const result = (await checkTargets([remote(url)], testOptions({ accept })).done).get(url);
      expect([result?.verdict, result?.reason, s?.requests.length]).toEqual(["ok", "HTTP 429", 3]);
    });
  });
});

describe("the cache at the end of a check", () => {
  test("a cache that cannot be written does not fail the check: the results are still returned", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-check-rules-"));
    writeFileSync(path.join(dir, "file"), "");
    await withServers([(_req, res) => res.writeHead(200).end()], async ([s]) => {
      // A folder that is a file: every write below it fails.
      const cache = await LinkCache.open(path.join(dir, "file", "cache.json"), 60_000);
      const url = `${s?.origin}/ok`;
      const results = await checkTargets([remote(url)], testOptions({ cache })).done;
      expect(results.get(url)?.verdict).toBe("ok");
    });
  });
});

describe("a permanent redirect to a page that is there", () => {
  test("is ok at the new address, with a warning and the new URL as the suggestion", async () => {
    const handler: Handler = (req, res) =>
      req.url === "/old" ? res.writeHead(308, { location: "/new" }).end() : res.writeHead(200).end();
    await withServers([handler], async ([s]) => {
      const result = await checkWithLater(remote(`${s?.origin}/old`), []);
      expect(result).toEqual({
        verdict: "ok",
        status: 200,
        reason: "HTTP 200",
        finalUrl: `${s?.origin}/new`,
        attempts: 2,
        durationMs: expect.any(Number),
        warnings: [`permanent redirect to ${s?.origin}/new; update the link`],
        suggestion: `${s?.origin}/new`,
      });
    });
  });
});

describe("the network probe", () => {
  test("is asked once for a run, before the first host name; links to IP addresses never ask it", async () => {
    const asked: string[] = [];
    const lookup = ((hostname: string, _options: unknown, callback: (...args: unknown[]) => void) => {
      asked.push(hostname);
      const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      error.code = "ENOTFOUND";
      callback(error);
    }) as never;
    await withServers([(_req, res) => res.writeHead(200).end()], async ([s]) => {
      const ip = await checkTargets([remote(`${s?.origin}/a`)], testOptions({ lookup })).done;
      expect([ip.get(`${s?.origin}/a`)?.verdict, asked]).toEqual(["ok", []]);
      const urls = ["http://a.test/", "http://b.test/", "http://c.test/"];
      const named = await checkTargets(
        urls.map((url) => remote(url)),
        testOptions({ lookup }),
      ).done;
      expect(urls.map((url) => named.get(url)?.verdict)).toEqual(Array(3).fill("unverifiable"));
      expect(asked).toEqual(["probe.test"]);
    });
  });
});

describe("the end of a check", () => {
  test("closes the kept connections at once (a GET read to its end keeps its connection)", async () => {
    let closed: Promise<string> | undefined;
    const page: Handler = (req, res) => {
      closed = new Promise((resolve) => req.socket.once("close", () => resolve("closed")));
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    };
    await withServers([page], async ([s]) => {
      await checkTargets([remote(`${s?.origin}/p`, "intro")], testOptions()).done;
      // The server would close the idle connection itself after a second.
      const timeout = new Promise((resolve) => setTimeout(() => resolve("still open"), 500).unref());
      expect(await Promise.race([closed, timeout])).toBe("closed");
    });
  });

  test("a local path's fragment is judged by the local check alone, never fetched", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-check-rules-"));
    const page = path.join(dir, "page.md");
    writeFileSync(page, "# Intro\n");
    const target: LinkTarget = {
      key: `file://${page}#intro`,
      kind: "local",
      url: page,
      sources: [{ file: "README.md", line: 1, col: 1, fragment: "intro" }],
    };
    const result = (await checkTargets([target], testOptions()).done).get(target.key);
    expect([result?.verdict, result?.warnings, result?.fragments]).toEqual([
      "ok",
      [],
      { intro: { found: true } },
    ]);
  });
});

describe("GET for speed, taught by the answers of the check", () => {
  test(`after ${HEADS_BEFORE_GET} HEAD answers a host's links are asked with GET while its pages end`, async () => {
    await withServers([(_req, res) => res.writeHead(200).end("short")], async ([s]) => {
      const targets = Array.from({ length: HEADS_BEFORE_GET + 3 }, (_, i) => remote(`${s?.origin}/${i}`));
      // One request at a time: each is chosen once the answers before it have been told.
      const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) });
      const results = await checkTargets(targets, options).done;
      expect([...results.values()].every((r) => r.verdict === "ok")).toBe(true);
      expect(s?.requests.map((q) => q.method)).toEqual([
        ...Array(HEADS_BEFORE_GET).fill("HEAD"),
        ...Array(3).fill("GET"),
      ]);
    });
  });

  test("a GET whose body had to be cut off (a long page) sends the host back to HEAD", async () => {
    const long: Handler = (req, res) => {
      res.writeHead(200, { "content-length": String(2 * DRAIN_LIMIT) });
      if (req.method === "HEAD") return res.end();
      res.write("x"); // and never the rest: cut off as too large to drain
    };
    await withServers([long], async ([s]) => {
      const targets = Array.from({ length: HEADS_BEFORE_GET + 3 }, (_, i) => remote(`${s?.origin}/${i}`));
      const options = testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) });
      const results = await checkTargets(targets, options).done;
      expect([...results.values()].every((r) => r.verdict === "ok")).toBe(true);
      expect(s?.requests.map((q) => q.method)).toEqual([
        ...Array(HEADS_BEFORE_GET).fill("HEAD"),
        "GET",
        "HEAD",
        "HEAD",
      ]);
    });
  });
});

describe("a result's duration", () => {
  test("is the time the check took, for a page and for a provider link", async () => {
    const api: Handler = (_q, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"code":0,"data":{"bvid":"x"}}');
    await withServers([api], async ([s]) => {
      const urls = [`${s?.origin}/page`, "https://www.bilibili.com/video/BV16h4y1W7us"];
      const started = Date.now();
      const results = await checkTargets(
        urls.map((url) => remote(url)),
        testOptions({ providerBases: { bilibili: s?.origin ?? "" } }),
      ).done;
      const took = Date.now() - started;
      for (const url of urls) {
        const duration = results.get(url)?.durationMs ?? -1;
        expect(duration >= 0 && duration <= took).toBe(true);
      }
    });
  });
});
