// Provider rules on their own: each rule is handed a scripted fetcher (what the site answered) and
// must turn that answer into the exact verdict and reason; what it asked for is recorded and checked.
// The loopback tests in providers.test.ts prove the same rules end to end on recorded replies.
import { describe, expect, test } from "vitest";
import { acceptStatus } from "../../src/links/classify.js";
import type { BodyRequest, Fetcher, FetchResult, HttpResponse } from "../../src/links/http/fetcher.js";
import { bilibili } from "../../src/links/providers/bilibili.js";
import { github, githubTarget } from "../../src/links/providers/github.js";
import type { ProviderContext } from "../../src/links/providers/provider.js";
import { wechat } from "../../src/links/providers/wechat.js";
import { youtube, youtubeId } from "../../src/links/providers/youtube.js";

interface Call {
  url: string;
  method: "HEAD" | "GET";
  body?: BodyRequest;
  headers?: Record<string, string>;
}

type Reply = { status: number; body?: string; headers?: HttpResponse["headers"] } | { error: string };

function context(
  reply: Reply,
  extra: Partial<ProviderContext> & { attempts?: number; permanent?: string } = {},
) {
  const calls: Call[] = [];
  const { attempts = 1, permanent, ...overrides } = extra;
  const fetcher = {
    async fetch(url: string, method: "HEAD" | "GET", body?: BodyRequest, headers?: Record<string, string>) {
      calls.push({ url, method, ...(body ? { body } : {}), ...(headers ? { headers } : {}) });
      const outcome: FetchResult["outcome"] =
        "error" in reply
          ? { kind: "error", code: reply.error, message: reply.error }
          : {
              kind: "response",
              status: reply.status,
              headers: reply.headers ?? {},
              body: reply.body,
              bytesRead: 0,
            };
      const result: FetchResult = {
        outcome,
        finalUrl: url,
        attempts,
        method,
        retriesLeft: 0,
        ...(permanent ? { permanentTarget: permanent } : {}),
      };
      return result;
    },
  } as unknown as Fetcher;
  const ctx: ProviderContext = {
    fetcher,
    base: (name, fallback) => (name === "none" ? "" : fallback),
    accept: acceptStatus(undefined),
    bodyCap: 512 * 1024,
    ...overrides,
  };
  return { ctx, calls };
}

const u = (s: string) => new URL(s);

describe("WeChat", () => {
  test.each([
    ["https://mp.weixin.qq.com/s/AbC", true],
    ["https://mp.weixin.qq.com/s?__biz=MzA&mid=1", true],
    ["https://mp.weixin.qq.com/sx/AbC", false],
    ["https://mp.weixin.qq.com/mp/profile", false],
    ["https://example.com/s/AbC", false],
    ["https://weixin.qq.com/s/AbC", false],
  ])("%s is a WeChat article: %s", (url, matches) => {
    expect(wechat.matches(u(url))).toBe(matches);
  });

  const page = (text: string) => `<html><body><div class="weui-msg">${text}</div></body></html>`;

  test.each([
    ["该内容已被发布者删除", "deleted by the publisher (该内容已被发布者删除)"],
    ["此内容因违规无法查看", "removed for a violation (此内容因违规无法查看)"],
    ["此内容因违规已删除", "removed for a violation (此内容因违规已删除)"],
    [
      "此内容被投诉且经审核涉嫌侵权",
      "removed after an infringement complaint (此内容被投诉且经审核涉嫌侵权)",
    ],
    ["此内容被多人投诉，相关的内容无法进行查看", "removed after complaints (此内容被多人投诉)"],
    ["此内容发送失败无法查看", "the article failed to publish (此内容发送失败无法查看)"],
    ["该内容涉嫌过度营销、骚扰用户", "removed for over-marketing (涉嫌过度营销、骚扰用户)"],
    ["链接已过期", "the link has expired (链接已过期)"],
    ["此帐号已被屏蔽, 内容无法查看", "the account is blocked (此帐号已被屏蔽)"],
    ["此账号已被屏蔽, 内容无法查看", "the account is blocked (此账号已被屏蔽)"],
    ["此帐号已自主注销，内容无法查看", "the account was closed (此帐号已自主注销)"],
    ["此账号已自主注销，内容无法查看", "the account was closed (此账号已自主注销)"],
    ["该公众号已迁移", "the account moved (该公众号已迁移); update the link"],
    ['<div class="page_rumor">', "flagged as false information"],
    ["参数错误", "malformed article link (参数错误)"],
  ])("a page saying %s without article content is broken", async (notice, reason) => {
    const { ctx } = context({ status: 200, body: page(notice) });
    expect(await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).toEqual({
      verdict: "broken",
      status: 200,
      reason,
      attempts: 1,
    });
  });

  test.each([
    ["当前环境异常，完成验证后即可继续访问", "WeChat's verification wall (当前环境异常)"],
    ["访问过于频繁，请用微信扫描二维码进行访问", "WeChat rate limit (访问过于频繁)"],
    ["系统出错", "WeChat system error (系统出错)"],
    ["此帐号处于帐号迁移流程中", "the account is being migrated (帐号迁移流程中)"],
    ["<p>nothing known</p>", "no article content and no known notice in the page"],
  ])("a page saying %s is unverifiable", async (notice, reason) => {
    const { ctx } = context({ status: 200, body: page(notice) }, { attempts: 2 });
    expect(await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).toEqual({
      verdict: "unverifiable",
      status: 200,
      reason,
      attempts: 2,
    });
  });

  test("a wall notice wins over a deletion notice on the same page", async () => {
    const { ctx } = context({ status: 200, body: page("当前环境异常 该内容已被发布者删除") });
    expect((await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).reason).toBe(
      "WeChat's verification wall (当前环境异常)",
    );
  });

  test("a known notice wins over 参数错误", async () => {
    const { ctx } = context({ status: 200, body: page("参数错误 链接已过期") });
    expect((await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).reason).toBe(
      "the link has expired (链接已过期)",
    );
  });

  test.each([
    '<div id="js_content">该内容已被发布者删除</div>',
    "<div id='js_content'>当前环境异常</div>",
    "<div id=js_content class=rich_media_content>",
  ])("an article with js_content is ok even when it quotes a notice: %s", async (body) => {
    const { ctx } = context({ status: 200, body });
    expect(await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).toEqual({
      verdict: "ok",
      status: 200,
      reason: "the article is there (js_content)",
      attempts: 1,
    });
  });

  test.each([
    [{ status: 404, body: "链接已过期" } as Reply, "broken", 404, "HTTP 404: not found"],
    [{ status: 203, body: '<div id="js_content">' } as Reply, "ok", 203, "HTTP 203"],
  ])(
    "a page that is not a 200 (%o) is judged by its status, not its text",
    async (reply, verdict, status, reason) => {
      const { ctx } = context(reply);
      expect(await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).toEqual({
        verdict,
        status,
        reason,
        attempts: 1,
      });
    },
  );

  test("by default the article is asked at mp.weixin.qq.com", async () => {
    const { ctx, calls } = context({ status: 200, body: "<p>" });
    await wechat.check(u("https://mp.weixin.qq.com/s/x?y=1"), ctx);
    expect(calls[0]?.url).toBe("https://mp.weixin.qq.com/s/x?y=1");
  });

  test("js_content must be the whole id: js_content_x is not an article", async () => {
    const { ctx } = context({ status: 200, body: '<div id="js_content_x">链接已过期</div>' });
    expect((await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).verdict).toBe("broken");
  });

  test("the page is asked with GET at the base, path and query kept, stopping once js_content is seen", async () => {
    const { ctx, calls } = context({ status: 200, body: "<p>" }, { base: () => "http://127.0.0.9:1" });
    await wechat.check(u("https://mp.weixin.qq.com/s?__biz=MzA&mid=1#frag"), ctx);
    expect(calls.map((c) => [c.url, c.method])).toEqual([["http://127.0.0.9:1/s?__biz=MzA&mid=1", "GET"]]);
    const enough = calls[0]?.body?.enough;
    expect([enough?.("<div id='js_content'>"), enough?.("<div id='other'>")]).toEqual([true, false]);
  });

  test.each([
    [16 * 1024, 64 * 1024],
    [300 * 1024, 300 * 1024],
    [8 * 1024 * 1024, 1024 * 1024],
  ])("with a body cap of %i bytes the article is read up to %i", async (bodyCap, cap) => {
    const { ctx, calls } = context({ status: 200, body: "<p>" }, { bodyCap });
    await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx);
    expect(calls[0]?.body?.cap).toBe(cap);
  });

  test.each([
    [{ status: 404 } as Reply, "broken", 404, "HTTP 404: not found"],
    [{ status: 403 } as Reply, "unverifiable", 403, "access denied (HTTP 403)"],
    [{ status: 200 } as Reply, "ok", 200, "HTTP 200"],
    [{ error: "ECONNRESET" } as Reply, "unverifiable", undefined, "connection reset after 3 attempts"],
  ])("without a 200 page (%o) the HTTP rules decide", async (reply, verdict, status, reason) => {
    const { ctx } = context(reply, { attempts: 3 });
    expect(await wechat.check(u("https://mp.weixin.qq.com/s/x"), ctx)).toEqual({
      verdict,
      ...(status === undefined ? {} : { status }),
      reason,
      attempts: 3,
    });
  });
});

describe("bilibili", () => {
  test.each([
    ["https://www.bilibili.com/video/BV16h4y1W7us", true],
    ["https://bilibili.com/video/BV16h4y1W7us/", true],
    ["https://m.bilibili.com/video/av170001", true],
    ["https://www.bilibili.com/video/bv16h4y1W7us", true],
    ["https://space.bilibili.com/video/BV16h4y1W7us", false],
    ["https://www.bilibili.com/video/BV16h4y1W7u", false],
    ["https://www.bilibili.com/video/BV16h4y1W7us/extra", false],
    ["https://www.bilibili.com/x/video/BV16h4y1W7us", false],
    ["https://www.bilibili.com/video/avx", false],
  ])("%s is a bilibili video: %s", (url, matches) => {
    expect(bilibili.matches(u(url))).toBe(matches);
  });

  const reply = (body: unknown): Reply => ({ status: 200, body: JSON.stringify(body) });
  const live = (videos?: number) =>
    reply({ code: 0, data: { bvid: "BV16h4y1W7us", ...(videos ? { videos } : {}) } });

  test("the API is asked with GET by bvid, with a browser User-Agent and bilibili's Referer, within the body cap", async () => {
    const { ctx, calls } = context(live(), { base: () => "http://127.0.0.9:1", bodyCap: 1234 });
    await bilibili.check(u("https://www.bilibili.com/video/BV16h4y1W7us/?p=1"), ctx);
    expect(calls).toEqual([
      {
        url: "http://127.0.0.9:1/x/web-interface/view?bvid=BV16h4y1W7us",
        method: "GET",
        body: { cap: 1234 },
        headers: {
          referer: "https://www.bilibili.com/",
          "user-agent": expect.stringMatching(/^Mozilla\/5\.0 \(X11; Linux x86_64\).* Chrome\/[\d.]+ Safari/),
        },
      },
    ]);
  });

  test("an av number is asked by aid", async () => {
    const { ctx, calls } = context(live());
    await bilibili.check(u("https://www.bilibili.com/video/av170001"), ctx);
    expect(calls[0]?.url).toBe("https://api.bilibili.com/x/web-interface/view?aid=170001");
  });

  test.each([
    ["", undefined, "ok", "the video exists (bilibili API)"],
    ["?p=3", 3, "ok", "the video exists (bilibili API)"],
    ["?p=1", undefined, "ok", "the video exists (bilibili API)"],
    ["?p=4", 3, "broken", "part p=4 does not exist; the video has 3"],
    ["?p=0", 3, "broken", "part p=0 does not exist; the video has 3"],
    ["?p=2", undefined, "broken", "part p=2 does not exist; the video has 1"],
  ])("a live video asked as %s with %s parts → %s", async (query, videos, verdict, reason) => {
    const { ctx } = context(live(videos));
    expect(await bilibili.check(u(`https://www.bilibili.com/video/BV16h4y1W7us${query}`), ctx)).toEqual({
      verdict,
      status: 200,
      reason,
      attempts: 1,
    });
  });

  test.each([
    [-404, "broken", "the video does not exist or was deleted (code -404)"],
    [62002, "broken", "the video is hidden or removed (code 62002, 稿件不可见)"],
    [62012, "broken", "only the uploader can see the video (code 62012)"],
    [-400, "broken", "bilibili rejects the video id (code -400)"],
    [62004, "unverifiable", "the video is under review (code 62004, 稿件审核中)"],
    [-403, "unverifiable", "login needed to see the video (code -403)"],
    [-412, "unverifiable", "blocked by bilibili's risk control (code -412)"],
    [-799, "unverifiable", "bilibili rate limit (code -799)"],
    [-509, "unverifiable", "bilibili rate limit (code -509)"],
    [-352, "unverifiable", "bilibili risk check failed (code -352)"],
    [-401, "unverifiable", "bilibili refused the request (code -401)"],
  ])("API code %i → %s: %s", async (code, verdict, reason) => {
    const { ctx } = context(reply({ code, message: "msg" }), { attempts: 2 });
    expect(await bilibili.check(u("https://www.bilibili.com/video/BV16h4y1W7us"), ctx)).toEqual({
      verdict,
      status: 200,
      reason,
      attempts: 2,
    });
  });

  test("an unknown code is unverifiable with bilibili's message, or without one", async () => {
    const video = u("https://www.bilibili.com/video/BV16h4y1W7us");
    const withMessage = context(reply({ code: 7, message: "啥" })).ctx;
    expect(await bilibili.check(video, withMessage)).toEqual({
      verdict: "unverifiable",
      status: 200,
      reason: "bilibili answered code 7: 啥",
      attempts: 1,
    });
    expect((await bilibili.check(video, context(reply({ code: 7 })).ctx)).reason).toBe(
      "bilibili answered code 7:",
    );
  });

  test("a failure code is a verdict even when the reply carries video data", async () => {
    const { ctx } = context(reply({ code: -404, data: { bvid: "BV16h4y1W7us" } }));
    expect((await bilibili.check(u("https://www.bilibili.com/video/BV16h4y1W7us"), ctx)).reason).toBe(
      "the video does not exist or was deleted (code -404)",
    );
  });

  test("code 0 without any data is a signed-request wall too", async () => {
    const { ctx } = context(reply({ code: 0 }));
    expect((await bilibili.check(u("https://www.bilibili.com/video/BV16h4y1W7us"), ctx)).reason).toBe(
      "bilibili asked for a signed request (code 0 without data)",
    );
  });

  test("code 0 without a bvid is a signed-request wall, not a verdict", async () => {
    const { ctx } = context(reply({ code: 0, data: {} }));
    expect(await bilibili.check(u("https://www.bilibili.com/video/BV16h4y1W7us"), ctx)).toEqual({
      verdict: "unverifiable",
      status: 200,
      reason: "bilibili asked for a signed request (code 0 without data)",
      attempts: 1,
    });
  });

  test.each([
    [{ status: 200, body: "<html>not json</html>" } as Reply, 200, "bilibili API: unexpected reply"],
    [{ status: 200, body: '{"message":"no code"}' } as Reply, 200, "bilibili API: unexpected reply"],
    [{ status: 404, body: '{"code":-404}' } as Reply, 404, "bilibili API: HTTP 404: not found"],
    [{ status: 412 } as Reply, 412, "bilibili API: bot wall (HTTP 412)"],
    [{ status: 500 } as Reply, 500, "bilibili API: server error (HTTP 500) after 2 attempts"],
  ])("when the API itself fails (%o) the video is unverifiable", async (answer, status, reason) => {
    const { ctx } = context(answer, { attempts: 2 });
    expect(await bilibili.check(u("https://www.bilibili.com/video/BV16h4y1W7us"), ctx)).toEqual({
      verdict: "unverifiable",
      status,
      reason,
      attempts: 2,
    });
  });

  test("a network error on the API is unverifiable, never broken", async () => {
    const { ctx } = context({ error: "ENOTFOUND" });
    expect(await bilibili.check(u("https://www.bilibili.com/video/BV16h4y1W7us"), ctx)).toEqual({
      verdict: "unverifiable",
      reason: "bilibili API: DNS: the host name does not exist",
      attempts: 1,
    });
  });
});

describe("YouTube", () => {
  test.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1", "dQw4w9WgXcQ"],
    ["https://music.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ?start=3", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/live/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/v/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXc", undefined],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQx", undefined],
    ["https://www.youtube.com/watch", undefined],
    ["https://www.youtube.com/channel/UCdQw4w9WgXc", undefined],
    ["https://www.youtube.com/x/shorts/dQw4w9WgXcQ", undefined],
    ["https://www.youtube.com/results?v=dQw4w9WgXcQ", undefined],
    ["https://notyoutube.com/watch?v=dQw4w9WgXcQ", undefined],
    ["https://www.youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ"],
    ["https://img.youtube.com/watch?v=dQw4w9WgXcQ", undefined],
    ["https://youtube.m.com/watch?v=dQw4w9WgXcQ", undefined],
  ])("%s → video id %s", (url, id) => {
    expect(youtubeId(u(url))).toBe(id);
    expect(youtube.matches(u(url))).toBe(id !== undefined);
  });

  test("oEmbed is asked with GET for the watch URL, the body capped at 256 KiB at most", async () => {
    const { ctx, calls } = context({ status: 200, body: "{}" }, { base: () => "http://127.0.0.9:1" });
    await youtube.check(u("https://youtu.be/dQw4w9WgXcQ?t=5"), ctx);
    expect(calls).toEqual([
      {
        url: "http://127.0.0.9:1/oembed?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ&format=json",
        method: "GET",
        body: { cap: 256 * 1024 },
      },
    ]);
    const plain = context({ status: 200, body: "{}" });
    await youtube.check(u("https://youtu.be/dQw4w9WgXcQ"), plain.ctx);
    expect(plain.calls[0]?.url.startsWith("https://www.youtube.com/oembed?url=")).toBe(true);
    const small = context({ status: 200, body: "{}" }, { bodyCap: 1000 });
    await youtube.check(u("https://youtu.be/dQw4w9WgXcQ"), small.ctx);
    expect(small.calls[0]?.body).toEqual({ cap: 1000 });
  });

  test.each([
    [{ status: 200, body: '{"title":"x"}' } as Reply, "ok", 200, "the video exists (oEmbed)"],
    [
      { status: 200, body: "Forbidden" } as Reply,
      "broken",
      200,
      "oEmbed answered without video data: a private video",
    ],
    [{ status: 401 } as Reply, "ok", 401, "the video exists; embedding is disabled (oEmbed 401)"],
    [{ status: 403 } as Reply, "broken", 403, "the video is private (oEmbed 403)"],
    [{ status: 400 } as Reply, "broken", 400, "the video was deleted or never existed (oEmbed 400)"],
    [{ status: 404 } as Reply, "broken", 404, "the video was deleted or never existed (oEmbed 404)"],
    [{ status: 410 } as Reply, "unverifiable", 410, "oEmbed: HTTP 410: not found"],
    [{ status: 500 } as Reply, "unverifiable", 500, "oEmbed: server error (HTTP 500) after 2 attempts"],
    [{ status: 429 } as Reply, "unverifiable", 429, "oEmbed: rate limited (HTTP 429) after 2 attempts"],
    [{ status: 204 } as Reply, "ok", 204, "oEmbed: HTTP 204"],
  ])("oEmbed answering %o → %s", async (answer, verdict, status, reason) => {
    const { ctx } = context(answer, { attempts: 2 });
    expect(await youtube.check(u("https://youtu.be/dQw4w9WgXcQ"), ctx)).toEqual({
      verdict,
      status,
      reason,
      attempts: 2,
    });
  });

  test("a network error on oEmbed is unverifiable, never broken", async () => {
    const { ctx } = context({ error: "ECONNREFUSED" });
    expect(await youtube.check(u("https://youtu.be/dQw4w9WgXcQ"), ctx)).toEqual({
      verdict: "unverifiable",
      reason: "oEmbed: connection refused",
      attempts: 1,
    });
  });
});

describe("GitHub", () => {
  test.each([
    ["https://github.com/o/r", { owner: "o", repo: "r" }],
    ["https://github.com/o/r.git", { owner: "o", repo: "r" }],
    ["https://github.com/o/r/", { owner: "o", repo: "r" }],
    ["https://github.com/o/r/tree/main", { owner: "o", repo: "r", ref: "main" }],
    [
      "https://github.com/o/r/blob/v1/docs/a%20b.md",
      { owner: "o", repo: "r", ref: "v1", path: "docs/a b.md" },
    ],
    ["https://github.com/o/r/tree/main/src/", { owner: "o", repo: "r", ref: "main", path: "src" }],
    ["https://github.com/o/r/tree/main/%E0%A4", { owner: "o", repo: "r", ref: "main", path: "%E0%A4" }],
    ["https://github.com/o/r/tree/main/%E0%A4/", { owner: "o", repo: "r", ref: "main", path: "%E0%A4" }],
    // Not decodable and in a folder: only the trailing slash goes, the inner one stays.
    [
      "https://github.com/o/r/tree/main/src/%E0%A4/",
      { owner: "o", repo: "r", ref: "main", path: "src/%E0%A4" },
    ],
    ["https://github.com/o/r/tree/main/src/lib/", { owner: "o", repo: "r", ref: "main", path: "src/lib" }],
    ["https://github.com/o/r/issues/1", undefined],
    ["https://github.com/o", undefined],
    ["https://gist.github.com/o/r", undefined],
  ])("%s → %o", (url, target) => {
    expect(githubTarget(u(url))).toEqual(target);
    expect(github.matches(u(url))).toBe(target !== undefined);
  });

  const token = { githubToken: "t0ken", base: () => "http://127.0.0.9:1" };

  test.each([
    ["https://github.com/o/r", "http://127.0.0.9:1/repos/o/r"],
    ["https://github.com/o/r/tree/v1.0", "http://127.0.0.9:1/repos/o/r/commits/v1.0"],
    [
      "https://github.com/o/r/blob/main/a%20b/c.md",
      "http://127.0.0.9:1/repos/o/r/contents/a%20b/c.md?ref=main",
    ],
  ])("%s is asked with HEAD at %s, with the token and the API version", async (url, api) => {
    const { ctx, calls } = context({ status: 200 }, token);
    await github.check(u(url), ctx);
    expect(calls).toEqual([
      {
        url: api,
        method: "HEAD",
        headers: {
          authorization: "Bearer t0ken",
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
        },
      },
    ]);
  });

  test("by default the API is asked at api.github.com", async () => {
    const { ctx, calls } = context({ status: 200 }, { githubToken: "t" });
    await github.check(u("https://github.com/o/r"), ctx);
    expect(calls[0]?.url).toBe("https://api.github.com/repos/o/r");
  });

  test("without a token the rule refuses to run", async () => {
    const { ctx, calls } = context({ status: 200 });
    await expect(github.check(u("https://github.com/o/r"), ctx)).rejects.toThrow(
      "github provider used without a target or token",
    );
    expect(calls).toEqual([]);
  });

  test.each([
    ["https://github.com/o/r", { status: 200 }, "ok", 200, "the repository exists (GitHub API)"],
    ["https://github.com/o/r/tree/v2", { status: 200 }, "ok", 200, "ref v2 exists (GitHub API)"],
    ["https://github.com/o/r/blob/v2/a.md", { status: 200 }, "ok", 200, "a.md at v2 exists (GitHub API)"],
    [
      "https://github.com/o/r",
      { status: 404 },
      "broken",
      404,
      "the repository not found (or private) (GitHub API 404)",
    ],
    [
      "https://github.com/o/r/blob/v2/a.md",
      { status: 404 },
      "broken",
      404,
      "a.md at v2 not found (or private) (GitHub API 404)",
    ],
    ["https://github.com/o/r", { status: 401 }, "unverifiable", 401, "GitHub rejected the token (401)"],
    [
      "https://github.com/o/r",
      { status: 403, headers: { "x-ratelimit-remaining": "0" } },
      "unverifiable",
      403,
      "GitHub API rate limit reached",
    ],
    [
      "https://github.com/o/r",
      { status: 429, headers: { "x-ratelimit-remaining": "0" } },
      "unverifiable",
      429,
      "GitHub API rate limit reached",
    ],
    [
      "https://github.com/o/r",
      { status: 403, headers: { "x-ratelimit-remaining": "10" } },
      "unverifiable",
      403,
      "GitHub API: access denied (HTTP 403)",
    ],
    ["https://github.com/o/r", { status: 410 }, "broken", 410, "GitHub API: HTTP 410: not found"],
    [
      "https://github.com/o/r",
      { status: 502, headers: { "x-ratelimit-remaining": "0" } },
      "broken",
      502,
      "GitHub API: server error (HTTP 502)",
    ],
    ["https://github.com/o/r", { status: 502 }, "broken", 502, "GitHub API: server error (HTTP 502)"],
  ])("%s answered %o → %s", async (url, answer, verdict, status, reason) => {
    const { ctx } = context(answer as Reply, token);
    const result = await github.check(u(url), ctx);
    expect(result).toEqual({
      verdict,
      status,
      reason,
      attempts: 1,
      ...(status === 200 ? { warnings: [] } : {}),
    });
  });

  test("a repository moved (API 301) is ok with a warning to update the link", async () => {
    const { ctx } = context({ status: 200 }, { ...token, permanent: "http://127.0.0.9:1/repositories/9" });
    expect(await github.check(u("https://github.com/o/r"), ctx)).toEqual({
      verdict: "ok",
      status: 200,
      reason: "the repository exists (GitHub API)",
      attempts: 1,
      warnings: ["the repository moved (GitHub API 301); update the link"],
    });
  });

  test("a network error on the API goes through the HTTP rules", async () => {
    const { ctx } = context({ error: "ETIMEDOUT" }, { ...token, attempts: 3 });
    expect(await github.check(u("https://github.com/o/r"), ctx)).toEqual({
      verdict: "unverifiable",
      reason: "GitHub API: connect timeout after 3 attempts",
      attempts: 3,
    });
  });
});
