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
