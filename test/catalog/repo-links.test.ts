import { describe, expect, test } from "vitest";
import {
  checkoutDir,
  isRepoPath,
  type PageContext,
  type RepoLinkResolver,
  repoLinkResolver,
} from "../../src/catalog/repo-links.js";

/** A resolver made afresh on each call, inside the test that calls it (not when tests are collected). */
const resolver =
  (context: PageContext): RepoLinkResolver =>
  (target, kind) =>
    repoLinkResolver(context)(target, kind);

const repository = { url: "https://github.com/mindspore-courses/step_into_llm", branch: "master" };
const REPO = repository.url;

describe("repository paths on a page", () => {
  const outside = resolver({ catalogDir: "/w", pagePath: "/w/course/README.md", repository });
  const root = resolver({
    catalogDir: "/w",
    pagePath: "/w/README.md",
    repository: { ...repository, checkout: "." },
  });
  const nested = resolver({
    catalogDir: "/w",
    pagePath: "/w/docs/zh/README.md",
    repository: { ...repository, checkout: "." },
  });
  const noRepository = resolver({
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

describe("repository path details", () => {
  const outside = resolver({ catalogDir: "/w", pagePath: "/w/site/README.md", repository });
  const inRoot = resolver({
    catalogDir: "/w",
    pagePath: "/w/README.md",
    repository: { ...repository, checkout: "." },
  });
  const inDocs = resolver({
    catalogDir: "/w",
    pagePath: "/w/docs/README.md",
    repository: { ...repository, checkout: "." },
  });

  test("isRepoPath: paths are; URLs of any scheme, fragments, protocol-relative URLs and '' are not", () => {
    expect(["./a", "a/b.md", "/a", "../a", "./x:y.md", "a:b/c"].map(isRepoPath)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(["https://x", "Mailto:a@b", "git+ssh://x", "#a", "//cdn.x/y", ""].map(isRepoPath)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test("outside the checkout: paths without ./, queries, normalised segments, folders without a slash", () => {
    expect(outside("docs/a.md", "link")).toBe(`${REPO}/blob/master/docs/a.md`);
    expect(outside("./a/../b.md?plain=1#L2", "link")).toBe(`${REPO}/blob/master/b.md?plain=1#L2`);
    expect(outside("//cdn.x/y", "link")).toBe("//cdn.x/y");
    expect(outside("./docs", "link")).toBe(`${REPO}/blob/master/docs`);
    expect(outside(".", "link")).toBe(`${REPO}/tree/master/`);
    expect(outside("./a b/", "image")).toBe(`${REPO}/raw/master/a%20b/`);
    expect(outside("./a/..", "link")).toBe(`${REPO}/tree/master/`);
    expect(outside("./../x", "link")).toBe("./../x");
  });

  test("inside the checkout: the folder the page is in is ./, a folder keeps its slash, fragments stay", () => {
    expect(inDocs("./docs/", "link")).toBe("./");
    expect(inDocs("./docs/img/", "image")).toBe("./img/");
    expect(inDocs("/README.md#top", "link")).toBe("../README.md#top");
    expect(inDocs("./", "link")).toBe("../");
    expect(inRoot("./", "link")).toBe("./");
    expect(inRoot("a/b", "link")).toBe("./a/b");
    expect(inRoot("a/b/", "link")).toBe("./a/b/");
    expect(inRoot("./a b.md", "link")).toBe("./a b.md");
  });

  test("a page outside the checkout folder gets absolute URLs even with a checkout", () => {
    const away = repoLinkResolver({
      catalogDir: "/w/course",
      pagePath: "/w/README.md",
      repository: { ...repository, checkout: "." },
    });
    expect(away("./x.md", "link")).toBe(`${REPO}/blob/master/x.md`);
  });

  test("without repository settings a page outside the catalog's folder keeps the path as written", () => {
    const away = resolver({ catalogDir: "/w/course", pagePath: "/w/README.md", repository: undefined });
    expect(away("./x.md", "link")).toBe("./x.md");
  });

  test("a fragment or query right after a folder's slash keeps it a folder", () => {
    expect(outside("./docs/#intro", "link")).toBe(`${REPO}/tree/master/docs/#intro`);
    expect(outside("./docs/?tab=1", "link")).toBe(`${REPO}/tree/master/docs/?tab=1`);
  });

  test("checkoutDir: none without a checkout, the resolved folder with one", () => {
    expect(checkoutDir("/w", repository)).toBeUndefined();
    expect(checkoutDir("/w/course", { ...repository, checkout: ".." })).toBe("/w");
  });
});
