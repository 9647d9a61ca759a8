import { describe, expect, test } from "vitest";
import { repoLinkResolver } from "../../src/render/repo-links.js";

const repository = { url: "https://github.com/mindspore-courses/step_into_llm", branch: "master" };
const REPO = repository.url;

describe("repository paths on a page", () => {
  const outside = repoLinkResolver({ catalogDir: "/w", pagePath: "/w/course/README.md", repository });
  const root = repoLinkResolver({
    catalogDir: "/w",
    pagePath: "/w/README.md",
    repository: { ...repository, checkout: "." },
  });
  const nested = repoLinkResolver({
    catalogDir: "/w",
    pagePath: "/w/docs/zh/README.md",
    repository: { ...repository, checkout: "." },
  });
  const noRepository = repoLinkResolver({
    catalogDir: "/w",
    pagePath: "/w/README.md",
    repository: undefined,
  });

  test.each([
    [
      "./Season1.step_into_chatgpt/1.Transformer/",
      `${REPO}/tree/master/Season1.step_into_chatgpt/1.Transformer/`,
    ],
    [
      "./Season1.step_into_chatgpt/0.Course-Review/1-Transformer.md",
      `${REPO}/blob/master/Season1.step_into_chatgpt/0.Course-Review/1-Transformer.md`,
    ],
    ["./a b/c.md#part-2", `${REPO}/blob/master/a%20b/c.md#part-2`],
    ["/assets/x.png", `${REPO}/blob/master/assets/x.png`],
    ["./", `${REPO}/tree/master/`],
  ])("outside the repository %s → %s", (target, expected) => {
    expect(outside(target, "link")).toBe(expected);
  });

  test("images point at the raw file", () => {
    expect(outside("./assets/teachers.jpg", "image")).toBe(`${REPO}/raw/master/assets/teachers.jpg`);
  });

  test("inside the repository links stay relative, from the page's folder", () => {
    expect(root("./Season2.step_into_llm/01.ChatGLM/", "link")).toBe("./Season2.step_into_llm/01.ChatGLM/");
    expect(nested("./Season2.step_into_llm/01.ChatGLM/", "link")).toBe(
      "../../Season2.step_into_llm/01.ChatGLM/",
    );
    expect(noRepository("./x.md", "link")).toBe("./x.md");
  });

  test("URLs, fragments and paths leaving the repository pass through", () => {
    for (const target of [
      "https://mp.weixin.qq.com/s/w1EWv7BP8zV-FsPMgTY8iA",
      "#课程介绍",
      "../elsewhere.md",
      "mailto:a@b.c",
    ]) {
      expect(outside(target, "link")).toBe(target);
    }
  });
});
