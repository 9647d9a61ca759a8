import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bvToAv, likelyField, resourceKey } from "../../src/catalog/link-kind.js";

describe("likelyField", () => {
  it.each([
    ["https://www.bilibili.com/video/BV1K4421w7Ha/?spm_id_from=333.999.0.0", "video"],
    ["https://b23.tv/BV1K4421w7Ha", "video"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "video"],
    ["https://youtu.be/dQw4w9WgXcQ", "video"],
    ["https://www.youtube.com/playlist?list=PL123", "video"],
    ["https://www.bilibili.com/read/cv123456", "review"],
    ["https://mp.weixin.qq.com/s/7DvoB6Y27jaT0T85dJ7L-w", "review"],
    ["https://zhuanlan.zhihu.com/p/653303123", "review"],
    ["https://blog.csdn.net/someone/article/details/1", "review"],
    ["https://medium.com/@someone/a-post-123", "review"],
    ["https://github.com/mindspore-courses/step_into_llm/tree/master/Season2.step_into_llm/08.MoE", "code"],
    ["https://github.com/o/r/blob/main/x.ipynb", "code"],
    ["https://colab.research.google.com/drive/abc", "code"],
    ["./Season1.step_into_chatgpt/1.Transformer/", "code"],
    ["./Season2.step_into_llm/03.Decoding/mindnlp_decoding.pdf", "code"],
    ["https://example.org/slides.pptx", "code"],
  ] as const)("%s → %s", (url, field) => {
    expect(likelyField(url)).toBe(field);
  });

  it.each([
    "./Season1.step_into_chatgpt/0.Course-Review/1-Transformer.md",
    "https://github.com/o/r/blob/main/notes.md",
    "https://live.bilibili.com/22127570",
    "https://space.bilibili.com/123",
    "https://www.youtube.com/@channel",
    "https://example.org/page",
    "unavailable",
    "not a url",
  ])("says nothing about %s", (url) => {
    expect(likelyField(url)).toBeUndefined();
  });
});

describe("bvToAv", () => {
  it("reads the published pair av170001 = BV17x411w7KC", () => {
    expect(bvToAv("BV17x411w7KC")).toBe(170001n);
  });
  it("refuses what is not a BV id", () => {
    expect(bvToAv("BV17x411w7K")).toBeUndefined();
    expect(bvToAv("BV17x411w7K0")).toBeUndefined();
  });
});

describe("resourceKey", () => {
  it("gives every spelling of one bilibili video the same key, part 1 by default", () => {
    const keys = [
      "https://www.bilibili.com/video/BV17x411w7KC/?spm_id_from=333.999.0.0&vd_source=x",
      "https://www.bilibili.com/video/BV17x411w7KC",
      "http://m.bilibili.com/video/av170001/",
      "https://bilibili.com/video/BV17x411w7KC?p=1",
      "https://b23.tv/BV17x411w7KC",
    ].map(resourceKey);
    expect(new Set(keys)).toEqual(new Set(["bilibili:av170001:p1"]));
  });

  it("tells the parts of a bilibili video apart", () => {
    expect(resourceKey("https://www.bilibili.com/video/BV17x411w7KC?p=2")).toBe("bilibili:av170001:p2");
  });

  it("gives every spelling of one YouTube video the same key", () => {
    const keys = [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30s",
      "https://youtu.be/dQw4w9WgXcQ?si=abc",
      "https://youtube.com/shorts/dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://m.youtube.com/live/dQw4w9WgXcQ?feature=share",
    ].map(resourceKey);
    expect(new Set(keys)).toEqual(new Set(["youtube:dQw4w9WgXcQ"]));
  });

  it("names a WeChat article by its id or by __biz, mid and idx", () => {
    expect(resourceKey("https://mp.weixin.qq.com/s/-qd6P1tjo4rnvMv7m_e9Og?scene=1")).toBe(
      "wechat:-qd6P1tjo4rnvMv7m_e9Og",
    );
    expect(resourceKey("https://mp.weixin.qq.com/s?__biz=MzA%3D%3D&mid=22&idx=2&sn=ab&chksm=cd")).toBe(
      "wechat:MzA==/22/2",
    );
    expect(resourceKey("https://mp.weixin.qq.com/s?__biz=MzA==&mid=22&idx=1")).not.toBe(
      resourceKey("https://mp.weixin.qq.com/s?__biz=MzA==&mid=22&idx=2"),
    );
  });

  it("drops tracking, scheme, www., default port and trailing slash of any other URL, keeping the rest", () => {
    expect(resourceKey("https://www.example.org:443/a/b/?utm_source=x&q=1#top")).toBe(
      "example.org/a/b?q=1#top",
    );
    expect(resourceKey("http://example.org/a/b")).toBe("example.org/a/b");
    expect(resourceKey("https://example.org/a/b?q=2")).not.toBe(resourceKey("https://example.org/a/b?q=1"));
  });

  it("normalises ./paths, and refuses one that leaves the repository", () => {
    expect(resourceKey("./Season2/06.CPM-Bee/")).toBe("repo:Season2/06.CPM-Bee");
    expect(resourceKey("./Season2/./x/../06.CPM-Bee#readme")).toBe("repo:Season2/06.CPM-Bee");
    expect(resourceKey("./../x")).toBeUndefined();
  });

  it("is unchanged by tracking parameters and a trailing slash (property)", () => {
    const segment = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), segment, (segments, value) => {
        const url = `https://example.org/${segments.join("/")}`;
        expect(resourceKey(`${url}/?utm_source=${value}&fbclid=${value}`)).toBe(resourceKey(url));
      }),
    );
  });
});

describe("likelyField: hosts, paths and spellings", () => {
  it.each([
    ["https://player.vimeo.com/video/1", "video"],
    ["https://v.qq.com/x/page/a.html", "video"],
    ["https://www.douyin.com/video/1", "video"],
    ["https://www.ixigua.com/1", "video"],
    ["HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ", "video"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "video"],
    ["https://m.bilibili.com/video/BV17x411w7KC", "video"],
    ["https://bilibili.com/video/BV17x411w7KC", "video"],
    ["https://www.bilibili.com/bangumi/play/ep1", "video"],
    ["https://m.bilibili.com/read/cv1", "review"],
    ["https://juejin.cn/post/1", "review"],
    ["https://www.cnblogs.com/a/p/1.html", "review"],
    ["https://www.jianshu.com/p/1", "review"],
    ["https://segmentfault.com/a/1", "review"],
    ["https://someone.substack.com/p/x", "review"],
    ["https://dev.to/someone/x", "review"],
    ["https://gitee.com/o/r", "code"],
    ["https://gitlab.com/o/r/-/tree/main/x", "code"],
    ["https://openi.pcl.ac.cn/o/r", "code"],
    ["https://nbviewer.org/github/o/r/x.ipynb", "code"],
    ["./a/b.py?raw=1#L3", "code"],
    ["./a/b/#readme", "code"],
    ["./a/B.PDF", "code"],
    ["https://example.org/x/run.SH", "code"],
    ["https://example.org/x/lab.cpp", "code"],
    ["https://example.org/x/Main.java", "code"],
    ["https://example.org/x/deck.ppt", "code"],
  ] as const)("%s → %s", (url, field) => {
    expect(likelyField(url)).toBe(field);
  });

  it.each([
    // A site's name as the end of another host's name is not that site.
    "https://notvimeo.com/1",
    "https://fakegithub.com/o/r",
    "https://www.bilibili.com/read/cvabc",
    "https://www.bilibili.com/x/video/BV17x411w7KC",
    "https://search.bilibili.com/video/BV17x411w7KC",
    "https://www.youtube.com/watch",
    "https://gitlab.com/o/r/-/blob/main/NOTES.MD",
    "https://github.com/o/r/blob/main/notes.markdown",
    "./a/b.py.md",
    "./a/b",
    "ftp://example.org/x.py",
    "https://",
    "https://example.org/x.pyc",
    "https://example.org/x.py/more",
  ])("says nothing about %s", (url) => {
    expect(likelyField(url)).toBeUndefined();
  });
});

describe("bvToAv: more published pairs", () => {
  it("reads av2 = BV1xx411c7mD, av455017605 = BV1Q541167Qg and av882584971 = BV1mK4y1C7Bz", () => {
    expect([bvToAv("BV1xx411c7mD"), bvToAv("BV1Q541167Qg"), bvToAv("BV1mK4y1C7Bz")]).toEqual([
      2n,
      455017605n,
      882584971n,
    ]);
  });
  it("refuses an id with text around it, or without the BV1 prefix", () => {
    expect(bvToAv("xBV17x411w7KC")).toBeUndefined();
    expect(bvToAv("BV17x411w7KCx")).toBeUndefined();
    expect(bvToAv("BV27x411w7KC")).toBeUndefined();
  });
});

describe("resourceKey: the edges of each site's key", () => {
  it.each([
    // bilibili: av ids in any case, b23.tv short links, part numbers that are not positive
    ["https://www.bilibili.com/video/AV170001", "bilibili:av170001:p1"],
    ["https://b23.tv/av12", "bilibili:av12:p1"],
    ["https://b23.tv/av12/", "bilibili:av12:p1"],
    ["https://www.bilibili.com/video/av12?p=0", "bilibili:av12:p1"],
    ["https://www.bilibili.com/video/av12?p=-2", "bilibili:av12:p1"],
    ["https://www.bilibili.com/video/av12?p=x", "bilibili:av12:p1"],
    ["https://www.bilibili.com/video/av12?p=99999999999999999999", "bilibili:av12:p1"],
    ["https://www.bilibili.com/video/av12?p=7", "bilibili:av12:p7"],
    // not a video id: the page's own key
    ["https://www.bilibili.com/video/BV17x411w7K0", "bilibili.com/video/BV17x411w7K0"],
    ["https://www.bilibili.com/video/av12x", "bilibili.com/video/av12x"],
    ["https://www.bilibili.com/read/cv12", "bilibili.com/read/cv12"],
    ["https://www.bilibili.com/av12", "bilibili.com/av12"],
    ["https://b23.tv/abc", "b23.tv/abc"],
    // YouTube
    ["https://www.youtube.com/v/dQw4w9WgXcQ", "youtube:dQw4w9WgXcQ"],
    ["https://www.youtube.com/e/dQw4w9WgXcQ", "youtube:dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ/", "youtube:dQw4w9WgXcQ"],
    ["https://www.youtube.com/watch", "youtube.com/watch"],
    ["https://www.youtube.com/watch?v=abc", "youtube.com/watch?v=abc"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ!", "youtube.com/watch?v=dQw4w9WgXcQ!"],
    ["https://youtu.be/abc", "youtu.be/abc"],
    ["https://www.youtube.com/x/embed/dQw4w9WgXcQ", "youtube.com/x/embed/dQw4w9WgXcQ"],
    ["https://m.youtu.be/dQw4w9WgXcQ", "m.youtu.be/dQw4w9WgXcQ"],
    ["https://youtu.be/x/dQw4w9WgXcQ", "youtu.be/x/dQw4w9WgXcQ"],
    // WeChat: /s/ID with a slash, the old appmsg page, its other parameter names, idx 1 by default
    ["https://mp.weixin.qq.com/s/abc-_1/", "wechat:abc-_1"],
    ["https://mp.weixin.qq.com/mp/appmsg/show?__biz=B&appmsgid=5&itemidx=3", "wechat:B/5/3"],
    ["https://mp.weixin.qq.com/s?__biz=B&mid=5", "wechat:B/5/1"],
    ["https://mp.weixin.qq.com/s?__biz=B&mid=5&idx=2&itemidx=3", "wechat:B/5/2"],
    ["https://mp.weixin.qq.com/s?__biz=B&mid=5&appmsgid=6", "wechat:B/5/1"],
    ["https://mp.weixin.qq.com/s?mid=5", "mp.weixin.qq.com/s?mid=5"],
    ["https://mp.weixin.qq.com/s?__biz=B", "mp.weixin.qq.com/s?__biz=B"],
    ["https://mp.weixin.qq.com/x/s?__biz=B&mid=5", "mp.weixin.qq.com/x/s?__biz=B&mid=5"],
    ["https://mp.weixin.qq.com/s/a/b", "mp.weixin.qq.com/s/a/b"],
    ["https://x.mp.weixin.qq.com/s/abc", "x.mp.weixin.qq.com/s/abc"],
    // any other page: host case, www. only at the start, every trailing slash, a port kept
    ["https://Example.ORG//a//", "example.org//a"],
    ["https://wwwx.org/a", "wwwx.org/a"],
    ["https://example.www.org/a", "example.www.org/a"],
    ["https://example.org:8080/a", "example.org:8080/a"],
    ["HTTP://example.org/A", "example.org/A"],
    // ./paths: decoded, a bad escape kept, the top itself
    ["./a/%E6%96%87/", "repo:a/文"],
    ["./a/%zz", "repo:a/%zz"],
    ["./", "repo:"],
    ["./a/../../b", undefined],
    ["./a?x/../..", "repo:a"],
    // not a link
    ["mailto:a@example.org", undefined],
    ["https://", undefined],
  ] as const)("%s → %s", (url, key) => {
    expect(resourceKey(url)).toBe(key);
  });
});

describe("link-kind: each pattern holds at its place in the URL (mutation survivors)", () => {
  it.each([
    ["xhttps://github.com/a.py", undefined],
    ["https://github.com/o/r/tree/main/x.md/y", "code"],
    ["https://www.bilibili.com/x/read/cv1", undefined],
  ] as const)("likelyField(%s) → %s", (url, field) => {
    expect(likelyField(url)).toBe(field);
  });

  it.each([
    // "av" inside a BV id is not an av id
    ["https://www.bilibili.com/video/BV1av411w7KC", "bilibili:av250474121:p1"],
    ["https://b23.tv/x/BV17x411w7KC", "b23.tv/x/BV17x411w7KC"],
    ["https://example.org/av12", "example.org/av12"],
    ["https://example.org/watch?v=dQw4w9WgXcQ", "example.org/watch?v=dQw4w9WgXcQ"],
    ["https://www.youtube.com/watch?v=!dQw4w9WgXcQ", "youtube.com/watch?v=!dQw4w9WgXcQ"],
    ["https://mp.weixin.qq.com/x/s/abc", "mp.weixin.qq.com/x/s/abc"],
  ] as const)("resourceKey(%s) → %s", (url, key) => {
    expect(resourceKey(url)).toBe(key);
  });
});
