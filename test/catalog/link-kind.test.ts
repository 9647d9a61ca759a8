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
