// Provider rules on recorded replies served from loopback (base URLs overridden).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkTargets } from "../../src/links/check.js";
import type { CheckResult } from "../../src/links/types.js";
import { ROOT } from "../helpers/cli.js";
import { type Handler, type TestServer, withServers } from "../helpers/server.js";
import { remote, testOptions } from "./options.js";

const fixture = (name: string) => readFileSync(path.join(ROOT, "test/fixtures/providers", name), "utf8");

/** Serves recorded bodies by path (query included); anything else is a 404. */
function recorded(routes: Record<string, [number, string, string?]>): Handler {
  return (req, res) => {
    const [code, body, type = "application/json"] = routes[req.url ?? ""] ?? [404, "{}"];
    res.writeHead(code, { "content-type": `${type}; charset=utf-8` }).end(body);
  };
}

async function check(url: string, server: TestServer, provider: string, extra = {}): Promise<CheckResult> {
  const options = testOptions({ providerBases: { [provider]: server.origin }, ...extra });
  const result = (await checkTargets([remote(url)], options).done).get(url);
  if (!result) throw new Error("no result");
  return result;
}

describe("bilibili (video-info API)", () => {
  const api = recorded({
    "/x/web-interface/view?bvid=BV16h4y1W7us": [200, fixture("bilibili-live.json")],
    "/x/web-interface/view?bvid=BV1Gone0000A": [200, fixture("bilibili-deleted.json")],
    "/x/web-interface/view?bvid=BV1Hidden00A": [200, fixture("bilibili-hidden.json")],
    "/x/web-interface/view?bvid=BV1Voucher0A": [200, fixture("bilibili-wbi-voucher.json")],
    "/x/web-interface/view?aid=275301930": [200, fixture("bilibili-live.json")],
    "/x/web-interface/view?bvid=BV1Blocked0A": [412, "<title>出错啦! - bilibili.com</title>", "text/html"],
  });

  test.each([
    ["BV16h4y1W7us/?spm_id_from=333.999.0.0", "ok", "the video exists (bilibili API)"],
    ["av275301930", "ok", "the video exists (bilibili API)"],
    ["BV16h4y1W7us/?p=2", "broken", "part p=2 does not exist; the video has 1"],
    ["BV1Gone0000A/", "broken", "the video does not exist or was deleted (code -404)"],
    ["BV1Hidden00A/", "broken", "the video is hidden or removed (code 62002, 稿件不可见)"],
    ["BV1Voucher0A/", "unverifiable", "bilibili asked for a signed request (code 0 without data)"],
    ["BV1Blocked0A/", "unverifiable", "bilibili API: bot wall (HTTP 412)"],
  ])("%s → %s", async (id, verdict, reason) => {
    await withServers([api], async ([s]) => {
      const r = await check(`https://www.bilibili.com/video/${id}`, s as TestServer, "bilibili");
      expect([r.verdict, r.reason]).toEqual([verdict, reason]);
      expect(s?.requests[0]?.headers.referer).toBe("https://www.bilibili.com/");
    });
  });
});

describe("YouTube (oEmbed)", () => {
  const watch = (id: string) =>
    `/oembed?url=${encodeURIComponent(`https://www.youtube.com/watch?v=${id}`)}&format=json`;
  const api = recorded({
    [watch("dQw4w9WgXcQ")]: [200, fixture("youtube-live.json")],
    [watch("deletedVid1")]: [404, "Not Found", "text/html"],
    [watch("badRequest1")]: [400, "Bad Request", "text/html"],
    [watch("privateVid1")]: [200, "Forbidden", "text/html"],
    [watch("noEmbed0001")]: [401, "Unauthorized", "text/html"],
  });

  test.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "ok", "the video exists (oEmbed)"],
    ["https://youtu.be/dQw4w9WgXcQ", "ok", "the video exists (oEmbed)"],
    ["https://www.youtube.com/shorts/dQw4w9WgXcQ", "ok", "the video exists (oEmbed)"],
    [
      "https://www.youtube.com/watch?v=deletedVid1",
      "broken",
      "the video was deleted or never existed (oEmbed 404)",
    ],
    [
      "https://www.youtube.com/watch?v=badRequest1",
      "broken",
      "the video was deleted or never existed (oEmbed 400)",
    ],
    [
      "https://www.youtube.com/watch?v=privateVid1",
      "broken",
      "oEmbed answered without video data: a private video",
    ],
    [
      "https://www.youtube.com/embed/noEmbed0001",
      "ok",
      "the video exists; embedding is disabled (oEmbed 401)",
    ],
  ])("%s → %s", async (url, verdict, reason) => {
    await withServers([api], async ([s]) => {
      const r = await check(url, s as TestServer, "youtube");
      expect([r.verdict, r.reason]).toEqual([verdict, reason]);
    });
  });
});

describe("WeChat articles (capped body, notices only without js_content)", () => {
  const pages = recorded({
    "/s/w1EWv7BP8zV-FsPMgTY8iA": [200, fixture("wechat-live.html"), "text/html"],
    "/s/deleted00000000000000": [200, fixture("wechat-deleted.html"), "text/html"],
    "/s/infringe0000000000000": [200, fixture("wechat-infringement.html"), "text/html"],
    "/s/verify000000000000000": [200, fixture("wechat-verify.html"), "text/html"],
  });

  test.each([
    ["w1EWv7BP8zV-FsPMgTY8iA", "ok", "the article is there (js_content)"],
    ["deleted00000000000000", "broken", "deleted by the publisher (该内容已被发布者删除)"],
    [
      "infringe0000000000000",
      "broken",
      "removed after an infringement complaint (此内容被投诉且经审核涉嫌侵权)",
    ],
    ["verify000000000000000", "unverifiable", "WeChat's verification wall (当前环境异常)"],
  ])("%s → %s", async (id, verdict, reason) => {
    await withServers([pages], async ([s]) => {
      const r = await check(`https://mp.weixin.qq.com/s/${id}`, s as TestServer, "wechat");
      expect([r.verdict, r.reason]).toEqual([verdict, reason]);
    });
  });
});

describe("GitHub (REST API with a token)", () => {
  test("tree and blob URLs map to the contents API; a missing path is broken", async () => {
    const api = recorded({
      "/repos/mindspore-courses/step_into_llm": [200, "{}"],
      "/repos/mindspore-courses/step_into_llm/contents/Season2.step_into_llm/06.CPM-Bee?ref=master": [
        200,
        "[]",
      ],
    });
    await withServers([api], async ([s]) => {
      const base = "https://github.com/mindspore-courses/step_into_llm";
      const extra = { githubToken: "ghs_test" };
      const repo = await check(base, s as TestServer, "github", extra);
      expect([repo.verdict, repo.reason]).toEqual(["ok", "the repository exists (GitHub API)"]);
      const renamed = await check(
        `${base}/tree/master/Season2.step_into_llm/07.CPM`,
        s as TestServer,
        "github",
        extra,
      );
      expect([renamed.verdict, renamed.reason]).toEqual([
        "broken",
        "Season2.step_into_llm/07.CPM at master not found (or private) (GitHub API 404)",
      ]);
      const folder = await check(
        `${base}/tree/master/Season2.step_into_llm/06.CPM-Bee`,
        s as TestServer,
        "github",
        extra,
      );
      expect(folder.verdict).toBe("ok");
      expect(s?.requests.every((q) => q.headers.authorization === "Bearer ghs_test")).toBe(true);
    });
  });

  test("the token never reaches another origin, even through a redirect", async () => {
    await withServers(
      [(_q, res) => res.writeHead(200).end()],
      async ([capture]) => {
        const redirecting: Handler = (_q, res) =>
          res.writeHead(302, { location: `${capture?.origin}/repos/elsewhere` }).end();
        await withServers([redirecting], async ([api]) => {
          const r = await check("https://github.com/o/r", api as TestServer, "github", {
            githubToken: "ghs_secret",
            headersFor: (origin: string) => (origin === api?.origin ? { "x-configured": "yes" } : {}),
          });
          expect(r.verdict).toBe("ok");
          expect(api?.requests[0]?.headers.authorization).toBe("Bearer ghs_secret");
          expect(capture?.requests).toHaveLength(1);
          expect(capture?.requests[0]?.headers.authorization).toBeUndefined();
          expect(capture?.requests[0]?.headers["x-configured"]).toBeUndefined();
        });
      },
      "127.0.0.2",
    );
  });

  test("without a token github.com is checked as a web page, and the API (pointed at loopback) is never asked", async () => {
    await withServers([(_q, res) => res.writeHead(200).end()], async ([s]) => {
      // The test resolver knows no github.com: the web page check ends in a DNS failure.
      const r = await check("https://github.com/o/r", s as TestServer, "github");
      expect(s?.requests).toHaveLength(0);
      expect([r.verdict, r.reason]).toEqual(["broken", "DNS: the host name does not exist"]);
    });
  });
});
