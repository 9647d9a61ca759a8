import { describe, expect, it } from "vitest";
import { isTrackingParam, withoutTracking } from "../../src/util/tracking.js";

describe("withoutTracking", () => {
  it("removes bilibili's share parameters and keeps the part and the time", () => {
    expect(
      withoutTracking(
        "https://www.bilibili.com/video/BV16h4y1W7us/?p=2&spm_id_from=333.999.0.0&t=30&vd_source=eb3a45e6",
      ),
    ).toEqual({
      url: "https://www.bilibili.com/video/BV16h4y1W7us/?p=2&t=30",
      removed: ["spm_id_from", "vd_source"],
    });
  });

  it("drops the question mark when nothing is left and keeps the fragment", () => {
    expect(withoutTracking("https://www.bilibili.com/video/BV1x/?spm_id_from=1#reply")).toEqual({
      url: "https://www.bilibili.com/video/BV1x/#reply",
      removed: ["spm_id_from"],
    });
  });

  it("removes utm_* and click ids on any site, whatever their case", () => {
    expect(withoutTracking("https://example.org/a?UTM_Source=x&id=3&fbclid=y").url).toBe(
      "https://example.org/a?id=3",
    );
  });

  it("keeps a site's parameters on other sites: `si` is tracking on YouTube only", () => {
    expect(withoutTracking("https://youtu.be/abc?si=Q1&t=4").url).toBe("https://youtu.be/abc?t=4");
    expect(withoutTracking("https://example.org/?si=Q1")).toEqual({
      url: "https://example.org/?si=Q1",
      removed: [],
    });
  });

  it("matches subdomains of a site but not look-alike hosts", () => {
    expect(isTrackingParam("m.bilibili.com", "vd_source")).toBe(true);
    expect(isTrackingParam("notbilibili.com", "vd_source")).toBe(false);
    expect(isTrackingParam("bilibili.com:443", "vd_source")).toBe(false);
  });

  it("reads the host without user info and port", () => {
    expect(withoutTracking("https://u:p@www.bilibili.com:8443/v?vd_source=1").url).toBe(
      "https://u:p@www.bilibili.com:8443/v",
    );
  });

  it("removes WeChat's sharing parameters but keeps the article's identity", () => {
    expect(
      withoutTracking(
        "https://mp.weixin.qq.com/s?__biz=MzA&mid=22&idx=1&sn=ab&chksm=cd&scene=21#wechat_redirect",
      ),
    ).toEqual({
      url: "https://mp.weixin.qq.com/s?__biz=MzA&mid=22&idx=1&sn=ab#wechat_redirect",
      removed: ["chksm", "scene"],
    });
  });

  it("returns the input unchanged when there is no query, no tracking, or it is not an http URL", () => {
    for (const url of [
      "https://a.org/x",
      "https://a.org/x?q=1&&r",
      "./path?utm_source=x",
      "mailto:a@b?utm_x=1",
    ]) {
      expect(withoutTracking(url)).toEqual({ url, removed: [] });
    }
  });

  it("decodes a parameter name before matching and keeps empty pairs out of the result", () => {
    expect(withoutTracking("https://a.org/?utm%5Fsource=1&&x=2").url).toBe("https://a.org/?x=2");
    expect(withoutTracking("https://a.org/?%E0=1").url).toBe("https://a.org/?%E0=1");
  });
});

describe("isTrackingParam: the documented lists", () => {
  const everywhere = [
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "ref_src",
  ];
  const bySite: Record<string, string[]> = {
    "www.bilibili.com": [
      "spm_id_from",
      "vd_source",
      "from_spmid",
      "share_source",
      "share_medium",
      "share_plat",
      "share_session_id",
      "share_tag",
      "share_from",
      "unique_k",
      "bbid",
      "ts",
      "buvid",
      "is_story_h5",
      "up_id",
    ],
    "b23.tv": [
      "share_source",
      "share_medium",
      "share_plat",
      "share_session_id",
      "share_tag",
      "bbid",
      "ts",
      "unique_k",
    ],
    "www.youtube.com": ["si", "feature", "pp", "ab_channel"],
    "youtu.be": ["si", "feature"],
    "mp.weixin.qq.com": [
      "chksm",
      "scene",
      "subscene",
      "srcid",
      "sharer_sharetime",
      "sharer_shareid",
      "sharer_sharemsgid",
      "from",
      "isappinstalled",
      "clicktime",
      "enterid",
      "ascene",
      "devicetype",
      "version",
      "nettype",
      "lang",
      "pass_ticket",
      "exportkey",
      "wx_header",
      "sessionid",
      "poc_token",
      "key",
      "uin",
    ],
    "www.zhihu.com": ["share_code", "utm_psn", "utm_id"],
    "blog.csdn.net": ["spm", "utm_relevant_index", "depth_1-utm_source", "request_id", "biz_id"],
  };

  it("treats every click id as tracking on any host, and only those", () => {
    for (const name of everywhere) {
      expect([name, isTrackingParam("example.org", name)]).toEqual([name, true]);
      expect([name, isTrackingParam("example.org", name.toUpperCase())]).toEqual([name, true]);
    }
    for (const name of ["id", "p", "t", "ref", "gcl", "src", "", "utm"]) {
      expect([name, isTrackingParam("example.org", name)]).toEqual([name, false]);
    }
  });

  it("treats a utm_ prefix as tracking only at the start of a name", () => {
    expect(isTrackingParam("example.org", "utm_anything")).toBe(true);
    expect(isTrackingParam("example.org", "x_utm_source")).toBe(false);
  });

  it("treats each site's parameters as tracking on that site", () => {
    for (const [host, names] of Object.entries(bySite)) {
      for (const name of names) expect([host, name, isTrackingParam(host, name)]).toEqual([host, name, true]);
    }
  });

  it("keeps each site's own parameters on an unrelated host", () => {
    const others = new Set(Object.values(bySite).flat());
    for (const name of others) {
      const expected = name.startsWith("utm_");
      expect([name, isTrackingParam("example.org", name)]).toEqual([name, expected]);
    }
  });

  it("does not lend one site's parameters to another: bilibili's vd_source is not tracking on b23.tv", () => {
    expect(isTrackingParam("b23.tv", "vd_source")).toBe(false);
    expect(isTrackingParam("youtu.be", "pp")).toBe(false);
    expect(isTrackingParam("www.zhihu.com", "spm")).toBe(false);
    expect(isTrackingParam("www.youtube.com", "key")).toBe(false);
  });

  it("matches the site by host case-insensitively", () => {
    expect(isTrackingParam("WWW.YouTube.COM", "si")).toBe(true);
  });
});

describe("withoutTracking: where the URL's parts begin and end", () => {
  it("does not take a URL that only contains an http URL after some prefix", () => {
    const url = "see https://example.org/?utm_source=x";
    expect(withoutTracking(url)).toEqual({ url, removed: [] });
  });

  it("cleans plain http URLs as well as https ones", () => {
    expect(withoutTracking("http://example.org/?utm_source=x&a=1")).toEqual({
      url: "http://example.org/?a=1",
      removed: ["utm_source"],
    });
  });

  it("keeps the whole fragment, even one holding a question mark", () => {
    expect(withoutTracking("https://youtu.be/x?si=1#t?=3").url).toBe("https://youtu.be/x#t?=3");
  });

  it("finds the host behind user info, the port removed only at its end", () => {
    expect(withoutTracking("https://me@youtu.be/x?si=1").url).toBe("https://me@youtu.be/x");
    expect(withoutTracking("https://a@b@youtu.be/x?si=1")).toEqual({
      url: "https://a@b@youtu.be/x?si=1",
      removed: [],
    });
    expect(withoutTracking("https://youtu.be:443/x?si=1").url).toBe("https://youtu.be:443/x");
  });

  it("skips a pair without a name, keeping it, and reads + in a name as a space", () => {
    expect(withoutTracking("https://youtu.be/x?=si&si=2")).toEqual({
      url: "https://youtu.be/x?=si",
      removed: ["si"],
    });
    expect(withoutTracking("https://a.org/?utm_a+b=1&b=2")).toEqual({
      url: "https://a.org/?b=2",
      removed: ["utm_a b"],
    });
  });
});
