// Link resolution and the include/exclude filters, on exact targets and counts.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { collectTargets, type FoundLink, repositoryRoot, resolveLink } from "../../src/links/targets.js";

const at = (line: number) => ({ file: "README.md", line, col: 1 });
const link = (raw: string, line = 1, baseDir?: string): FoundLink => ({
  raw,
  source: at(line),
  ...(baseDir ? { baseDir } : {}),
});
const none = { include: [], exclude: [] };

// A repository of its own (a .git folder) so local paths resolve against it, not the worktree.
const repo = mkdtempSync(path.join(tmpdir(), "syllabus-targets-"));
mkdirSync(path.join(repo, ".git"));
mkdirSync(path.join(repo, "docs"));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("include and exclude", () => {
  const found = [
    link("https://a.test/keep"),
    link("https://b.test/drop"),
    link("https://a.test/keep/too"),
    link("mailto:x@y.test"),
  ];

  test("with include patterns only matching URLs are checked; the others count as excluded", () => {
    const collected = collectTargets(found, { include: [/^https:\/\/a\.test\//], exclude: [] });
    expect(collected.targets.map((t) => t.url)).toEqual(["https://a.test/keep", "https://a.test/keep/too"]);
    expect([collected.excluded, collected.skipped]).toEqual([1, 1]);
  });

  test("any one include pattern is enough", () => {
    const collected = collectTargets(found, { include: [/nothing/, /b\.test/], exclude: [] });
    expect(collected.targets.map((t) => t.url)).toEqual(["https://b.test/drop"]);
    expect(collected.excluded).toBe(2);
  });

  test("exclude wins over include", () => {
    const collected = collectTargets(found, { include: [/test/], exclude: [/too$/] });
    expect(collected.targets.map((t) => t.url)).toEqual(["https://a.test/keep", "https://b.test/drop"]);
    expect(collected.excluded).toBe(1);
  });

  test("without filters every checkable link is a target", () => {
    const collected = collectTargets(found, none);
    expect(collected.targets).toHaveLength(3);
    expect([collected.excluded, collected.skipped]).toEqual([0, 1]);
  });
});

describe("targets", () => {
  test("one target per URL with every source; fragments kept per source, not in the URL", () => {
    const collected = collectTargets(
      [link("https://a.test/p#one", 1), link("https://a.test/p", 2), link("https://a.test/p#two", 3)],
      none,
    );
    expect(collected.targets).toEqual([
      {
        key: "https://a.test/p",
        kind: "remote",
        url: "https://a.test/p",
        sources: [{ ...at(1), fragment: "one" }, { ...at(2) }, { ...at(3), fragment: "two" }],
      },
    ]);
  });

  test.each([
    "",
    "   ",
    "mailto:x@y.test",
    "tel:+100",
    "data:text/plain,x",
    "javascript:void(0)",
    "http://[bad",
  ])("%j is not checked (skipped)", (raw) => {
    const collected = collectTargets([link(raw, 1, repo)], none);
    expect([collected.targets.length, collected.skipped]).toEqual([0, 1]);
  });

  test("a colon later in a relative path is not a scheme", () => {
    const docs = path.join(repo, "docs");
    expect(resolveLink(link("notes/a:b.md", 1, docs))?.url).toBe(path.join(docs, "notes", "a:b.md"));
  });

  test("an encoded //path is from the repository root, all its slashes dropped", () => {
    expect(resolveLink(link("%2F%2FREADME.md", 1, path.join(repo, "docs")))).toEqual({
      key: `file://${path.join(repo, "README.md")}`,
      kind: "local",
      url: path.join(repo, "README.md"),
    });
  });

  test("a refused link is a target carrying its reason", () => {
    const collected = collectTargets([link("https://u:pw@a.test/x")], none);
    expect(collected.targets.map((t) => t.refused)).toEqual([
      "the URL contains a user name or password, published with the page; remove them",
    ]);
  });

  test("a relative path without a folder to resolve it from is skipped", () => {
    expect(resolveLink(link("docs/a.md"))).toBeUndefined();
  });

  test("a scheme-relative URL is https; the scheme is matched in any case; spaces around are trimmed", () => {
    expect(resolveLink(link("//a.test/x"))).toEqual({
      key: "https://a.test/x",
      kind: "remote",
      url: "https://a.test/x",
    });
    expect(resolveLink(link("  HTTP://a.test/x  "))).toEqual({
      key: "http://a.test/x",
      kind: "remote",
      url: "http://a.test/x",
    });
  });

  test("a URL with a password is refused, redacted everywhere", () => {
    expect(resolveLink(link("https://u:pw@a.test/x#f"))).toEqual({
      key: "https://***@a.test/x",
      kind: "remote",
      url: "https://***@a.test/x",
      fragment: "f",
      refused: "the URL contains a user name or password, published with the page; remove them",
    });
  });

  test("a URL of 2048 characters is checked; one of 2049 is refused, shortened, keyed in full", () => {
    const base = "https://a.test/";
    const ok = base + "x".repeat(2048 - base.length);
    expect(resolveLink(link(ok))?.refused).toBeUndefined();
    const long = `${ok}y`;
    expect(resolveLink(link(long))).toEqual({
      key: long,
      kind: "remote",
      url: `${long.slice(0, 80)}… (2049 characters)`,
      refused: "the URL is 2049 characters long, more than 2048; is it pasted twice or truncated?",
    });
  });

  test("local paths: relative to the file's folder, / from the repository root, decoded, query dropped", () => {
    const docs = path.join(repo, "docs");
    expect(resolveLink(link("a%20b.md?plain=1#Part", 1, docs))).toEqual({
      key: `file://${path.join(docs, "a b.md")}#Part`,
      kind: "local",
      url: path.join(docs, "a b.md"),
      fragment: "Part",
    });
    expect(resolveLink(link("/README.md", 1, docs))).toEqual({
      key: `file://${path.join(repo, "README.md")}`,
      kind: "local",
      url: path.join(repo, "README.md"),
    });
    expect(resolveLink(link("x.md#", 1, docs))).toEqual({
      key: `file://${path.join(docs, "x.md")}`,
      kind: "local",
      url: path.join(docs, "x.md"),
    });
  });

  test("a fragment alone points into the source file itself", () => {
    const resolved = resolveLink({
      raw: "#usage",
      source: { file: path.join(repo, "README.md"), line: 1, col: 1 },
      baseDir: repo,
    });
    expect(resolved).toEqual({
      key: `file://${path.join(repo, "README.md")}#usage`,
      kind: "local",
      url: path.join(repo, "README.md"),
      fragment: "usage",
    });
  });

  test("a path leaving the repository is refused", () => {
    expect(resolveLink(link("../../outside.md", 1, path.join(repo, "docs")))?.refused).toBe(
      "the path leaves the repository; readers of the page on GitHub cannot follow it",
    );
  });

  test("outside any repository the root is the working directory when the folder is in it, else the folder", () => {
    const plain = mkdtempSync(path.join(tmpdir(), "syllabus-norepo-"));
    try {
      mkdirSync(path.join(plain, "sub"));
      expect(repositoryRoot(path.join(plain, "sub"), plain)).toBe(plain);
      expect(repositoryRoot(path.join(plain, "sub"), path.join(plain, "elsewhere"))).toBe(
        path.join(plain, "sub"),
      );
      expect(repositoryRoot(path.join(repo, "docs"))).toBe(repo);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
