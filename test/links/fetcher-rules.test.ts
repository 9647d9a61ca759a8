// The fetcher's own rules on loopback servers, beside the verdict classes of http.test.ts: what every
// request carries, how redirects are followed (limit, fragments, permanent targets), which statuses
// are retried, and what a fetch reports (method, attempts, retries left).
import type http from "node:http";
import { describe, expect, test } from "vitest";
import { Fetcher, type HttpResponse } from "../../src/links/http/fetcher.js";
import { type Handler, withServers } from "../helpers/server.js";
import { testOptions } from "./options.js";

/** One fetch with the test settings; the fetcher is closed afterwards. */
async function fetchOnce(
  url: string,
  settings: Partial<ReturnType<typeof testOptions>> = {},
  ...args: Parameters<Fetcher["fetch"]> extends [string, ...infer Rest] ? Partial<Rest> : never
) {
  const fetcher = new Fetcher(testOptions(settings));
  try {
    const [method = "HEAD", body, headers, options] = args;
    return await fetcher.fetch(url, method, body, headers, options);
  } finally {
    await fetcher.close();
  }
}

/** A chain of redirects: /0 → /1 → … → /n answered 200; `codes[i]` is the status of /i. */
function chain(codes: number[]): Handler {
  return (req, res) => {
    const hop = Number(req.url?.slice(1));
    const code = codes[hop];
    if (code === undefined) return res.writeHead(200).end();
    res.writeHead(code, { location: `/${hop + 1}` }).end();
  };
}

describe("every request", () => {
  test("carries the user agent, the accept header and the origin's configured headers", async () => {
    await withServers([(_q, res) => res.writeHead(200).end()], async ([s]) => {
      const origin = s?.origin ?? "";
      await fetchOnce(`${origin}/p?q=1`, {
        headersFor: (o: string): Record<string, string> =>
          o === origin ? { "x-course": "yes", "user-agent": "configured" } : {},
      });
      const [request] = s?.requests ?? [];
      expect([
        request?.url,
        request?.headers["user-agent"],
        request?.headers.accept,
        request?.headers["x-course"],
      ]).toEqual([
        "/p?q=1",
        "configured",
        "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8",
        "yes",
      ]);
    });
  });

  test("a fetch's own headers win over the origin's configured ones", async () => {
    await withServers([(_q, res) => res.writeHead(200).end()], async ([s]) => {
      await fetchOnce(
        s?.url ?? "",
        { headersFor: () => ({ authorization: "configured" }) },
        "HEAD",
        undefined,
        {
          authorization: "Bearer t",
        },
      );
      expect(s?.requests[0]?.headers.authorization).toBe("Bearer t");
    });
  });

  test("the checker's own user agent when none is configured", async () => {
    await withServers([(_q, res) => res.writeHead(200).end()], async ([s]) => {
      await fetchOnce(s?.url ?? "");
      expect(s?.requests[0]?.headers["user-agent"]).toBe("syllabus-test");
    });
  });
});

describe("redirects", () => {
  test.each([
    [2, [302, 302], "ok", undefined],
    [2, [302, 302, 302], "failed", "more than 2 redirects"],
    [0, [302], "failed", "more than 0 redirects"],
  ])("maxRedirects %i, a chain of %j: %s", async (maxRedirects, codes, _what, failure) => {
    await withServers([chain(codes)], async ([s]) => {
      const result = await fetchOnce(`${s?.origin}/0`, { maxRedirects });
      expect(result.redirectFailure).toBe(failure);
      expect(s?.requests.length).toBe(failure ? maxRedirects + 1 : codes.length + 1);
    });
  });

  test("only an unbroken run of permanent redirects (301, 308) is a permanent target", async () => {
    await withServers([chain([301, 308, 302, 301])], async ([s]) => {
      const result = await fetchOnce(`${s?.origin}/0`);
      expect([result.finalUrl, result.permanentTarget, result.attempts]).toEqual([
        `${s?.origin}/4`,
        `${s?.origin}/2`,
        5,
      ]);
    });
  });

  test("a temporary redirect first: no permanent target, even if permanent ones follow", async () => {
    await withServers([chain([307, 301])], async ([s]) => {
      const result = await fetchOnce(`${s?.origin}/0`);
      expect([result.finalUrl, result.permanentTarget]).toEqual([`${s?.origin}/2`, undefined]);
    });
  });

  test("a fragment in the Location is dropped: the link's own fragment is the one that counts", async () => {
    const handler: Handler = (req, res) =>
      req.url === "/a" ? res.writeHead(301, { location: "/b#elsewhere" }).end() : res.writeHead(200).end();
    await withServers([handler], async ([s]) => {
      const result = await fetchOnce(`${s?.origin}/a`);
      expect([result.finalUrl, result.permanentTarget]).toEqual([`${s?.origin}/b`, `${s?.origin}/b`]);
    });
  });

  test("a Location that is no URL fails the redirect with it quoted, status kept", async () => {
    await withServers(
      [(_q, res) => res.writeHead(302, { location: "http://[broken" }).end()],
      async ([s]) => {
        const result = await fetchOnce(s?.url ?? "");
        expect(result.redirectFailure).toBe("redirect to an invalid URL: http://[broken");
        expect(result.outcome.kind === "response" && result.outcome.status).toBe(302);
      },
    );
  });

  test.each([300, 399])("a %i with a Location is followed: every 3xx is a redirect", async (code) => {
    const handler: Handler = (req, res) =>
      req.url === "/a" ? res.writeHead(code, { location: "/b" }).end() : res.writeHead(200).end();
    await withServers([handler], async ([s]) => {
      const result = await fetchOnce(`${s?.origin}/a`);
      expect([result.finalUrl, result.attempts]).toEqual([`${s?.origin}/b`, 2]);
    });
  });

  test("a 3xx without a Location is the answer itself", async () => {
    await withServers([(_q, res) => res.writeHead(304).end()], async ([s]) => {
      const result = await fetchOnce(s?.url ?? "");
      expect([result.outcome.kind === "response" && result.outcome.status, result.redirectFailure]).toEqual([
        304,
        undefined,
      ]);
      expect(s?.requests.length).toBe(1);
    });
  });

  test("a Location on a 2xx or 4xx is not followed", async () => {
    const handler: Handler = (req, res) =>
      res.writeHead(req.url === "/ok" ? 200 : 400, { location: "/elsewhere" }).end();
    await withServers([handler], async ([s]) => {
      const ok = await fetchOnce(`${s?.origin}/ok`);
      const bad = await fetchOnce(`${s?.origin}/bad`);
      expect([ok.finalUrl, bad.finalUrl]).toEqual([`${s?.origin}/ok`, `${s?.origin}/bad`]);
      expect(s?.requests.map((q) => q.url)).toEqual(["/ok", "/bad"]);
    });
  });
});

describe("retries", () => {
  const statusOf =
    (code: number, headers: http.OutgoingHttpHeaders = {}): Handler =>
    (_q, res) =>
      res.writeHead(code, headers).end();

  test.each([
    [599, 3, "GET"],
    [600, 1, "HEAD"],
    [499, 1, "HEAD"],
    [429, 3, "HEAD"],
  ])("status %i: %i requests with retries 2, the last one a %s", async (code, requests, last) => {
    await withServers([statusOf(code, { "retry-after": "0" })], async ([s]) => {
      const result = await fetchOnce(s?.url ?? "", { retries: 2, backoff: { base: 1, max: 2 } });
      expect([result.attempts, result.method, result.retriesLeft]).toEqual([requests, last, 3 - requests]);
      expect(s?.requests.length).toBe(requests);
    });
  });

  test("a follow-up's own retry budget replaces the setting", async () => {
    await withServers([statusOf(503)], async ([s]) => {
      const result = await fetchOnce(
        s?.url ?? "",
        { retries: 3, backoff: { base: 1, max: 2 } },
        "GET",
        undefined,
        {},
        {
          followUp: true,
          retries: 1,
        },
      );
      expect([result.attempts, result.retriesLeft, s?.requests.length]).toEqual([2, 0, 2]);
    });
  });

  test("a method chosen when the request is sent, asked once per fetch", async () => {
    await withServers([statusOf(200)], async ([s]) => {
      let asked = 0;
      const result = await fetchOnce(s?.url ?? "", {}, () => {
        asked++;
        return "GET";
      });
      expect([result.method, asked, s?.requests.map((q) => q.method)]).toEqual(["GET", 1, ["GET"]]);
    });
  });
});

describe("hosts and origins", () => {
  test("names are resolved through the configured lookup", async () => {
    const lookup = ((_name: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
      options.all
        ? callback(null, [{ address: "127.0.0.1", family: 4 }])
        : callback(null, "127.0.0.1", 4)) as never;
    await withServers([(_q, res) => res.writeHead(200).end()], async ([s]) => {
      const port = new URL(s?.origin ?? "").port;
      const result = await fetchOnce(`http://course.test:${port}/x`, { lookup });
      expect([
        result.outcome.kind === "response" && result.outcome.status,
        s?.requests[0]?.headers.host,
      ]).toEqual([200, `course.test:${port}`]);
    });
  });

  test("a host's limit holds across fetches: one fetcher, one gate per host", async () => {
    const slow: Handler = (_q, res) => setTimeout(() => res.writeHead(200).end(), 30);
    await withServers([slow], async ([s]) => {
      const fetcher = new Fetcher(testOptions({ hostLimits: () => ({ concurrency: 1, interval: 0 }) }));
      try {
        await Promise.all(["/a", "/b", "/c"].map((p) => fetcher.fetch(`${s?.origin}${p}`, "HEAD")));
      } finally {
        await fetcher.close();
      }
      expect([s?.requests.length, s?.maxInFlight]).toEqual([3, 1]);
    });
  });

  test("extra headers go to the first origin only, not after a redirect to another", async () => {
    await withServers(
      [(_q, res) => res.writeHead(200).end()],
      async ([other]) => {
        const redirecting: Handler = (req, res) =>
          req.url === "/here"
            ? res.writeHead(302, { location: "/there" }).end()
            : res.writeHead(302, { location: `${other?.origin}/away` }).end();
        await withServers([redirecting], async ([s]) => {
          await fetchOnce(`${s?.origin}/here`, {}, "HEAD", undefined, { authorization: "Bearer t" });
          expect(s?.requests.map((q) => [q.url, q.headers.authorization])).toEqual([
            ["/here", "Bearer t"],
            ["/there", "Bearer t"],
          ]);
          expect(other?.requests.map((q) => [q.url, q.headers.authorization])).toEqual([
            ["/away", undefined],
          ]);
        });
      },
      "127.0.0.2",
    );
  });

  test("a redirect to https is followed (not refused as a scheme)", async () => {
    await withServers(
      [(_q, res) => res.writeHead(302, { location: "https://127.0.0.1:1/" }).end()],
      async ([s]) => {
        const result = await fetchOnce(s?.url ?? "", { retries: 0 });
        expect([result.redirectFailure, result.finalUrl, result.outcome.kind]).toEqual([
          undefined,
          "https://127.0.0.1:1/",
          "error",
        ]);
      },
    );
  });

  test("credentials in a redirect target are never reported", async () => {
    await withServers(
      [(_q, res) => res.writeHead(302, { location: "http://user:secret@127.0.0.1:1/" }).end()],
      async ([s]) => {
        const result = await fetchOnce(s?.url ?? "", { retries: 0 });
        expect(result.finalUrl).toBe("http://***@127.0.0.1:1/");
      },
    );
  });
});

describe("what the fetcher tells", () => {
  test("every answer (not a network error) is told with its host and method, as it came", async () => {
    const told: [string, string, number][] = [];
    const onAnswer = (host: string, method: string, response: HttpResponse) =>
      told.push([host, method, response.status]);
    const handler: Handler = (req, res) => res.writeHead(req.method === "HEAD" ? 503 : 200).end();
    await withServers([handler], async ([s]) => {
      await fetchOnce(s?.url ?? "", { onAnswer, retries: 2 });
      await fetchOnce("http://127.0.0.1:1/", { onAnswer, retries: 0 });
      expect(told).toEqual([
        ["127.0.0.1", "HEAD", 503],
        ["127.0.0.1", "GET", 200],
      ]);
    });
  });

  test("a GET chosen after a HEAD 5xx stays GET through the redirects that follow", async () => {
    const handler: Handler = (req, res) => {
      if (req.method === "HEAD") return res.writeHead(500).end();
      res.writeHead(req.url === "/a" ? 302 : 200, { location: "/b" }).end();
    };
    await withServers([handler], async ([s]) => {
      const result = await fetchOnce(`${s?.origin}/a`, { retries: 2 });
      expect(s?.requests.map((q) => `${q.method} ${q.url}`)).toEqual(["HEAD /a", "GET /a", "GET /b"]);
      expect([result.method, result.attempts, result.retriesLeft]).toEqual(["GET", 3, 1]);
    });
  });

  test("a Retry-After longer than the cap is waited only up to the cap", async () => {
    const handler: Handler = (_q, res, server) =>
      res.writeHead(server.requests.length === 1 ? 429 : 200, { "retry-after": "3600" }).end();
    await withServers([handler], async ([s]) => {
      const result = await fetchOnce(s?.url ?? "", { retryAfterCap: 20 });
      expect([result.attempts, result.outcome.kind === "response" && result.outcome.status]).toEqual([
        2, 200,
      ]);
    });
  });
});
