// The collector hands out each target once, when it is new, so checking can start while files are
// still read; and what counts as a scheme, a fragment or a repository root.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { type FoundLink, resolveLink, TargetCollector } from "../../src/links/targets.js";

const repo = mkdtempSync(path.join(tmpdir(), "syllabus-collector-"));
mkdirSync(path.join(repo, ".git"));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const link = (raw: string, line = 1): FoundLink => ({
  raw,
  source: { file: "a.md", line, col: 1 },
  baseDir: repo,
});

describe("the target collector", () => {
  test("add() returns a target only when it is new; duplicates, excluded and skipped links return nothing", () => {
    const collector = new TargetCollector({ include: [], exclude: [/skip/] });
    const first = collector.add(link("https://a.test/x#one", 1));
    expect(first).toEqual({
      key: "https://a.test/x",
      kind: "remote",
      url: "https://a.test/x",
      sources: [{ file: "a.md", line: 1, col: 1, fragment: "one" }],
    });
    expect(collector.add(link("https://a.test/x", 2))).toBeUndefined();
    expect(collector.add(link("https://a.test/skip"))).toBeUndefined();
    expect(collector.add(link("mailto:me@a.test"))).toBeUndefined();
    expect(first?.sources).toEqual([
      { file: "a.md", line: 1, col: 1, fragment: "one" },
      { file: "a.md", line: 2, col: 1 },
    ]);
    expect([collector.targets, collector.excluded, collector.skipped]).toEqual([[first], 1, 1]);
  });

  test("a refused target carries its reason; an accepted one has no refused key at all", () => {
    const collector = new TargetCollector({ include: [], exclude: [] });
    expect(Object.keys(collector.add(link("https://a.test/ok")) ?? {})).toEqual([
      "key",
      "kind",
      "url",
      "sources",
    ]);
    expect(collector.add(link("../outside.md"))?.refused).toBe(
      "the path leaves the repository; readers of the page on GitHub cannot follow it",
    );
  });
});

describe("schemes and fragments", () => {
  test.each([
    ["ftp://a.test/x", undefined],
    ["a+b.c-d:x", undefined],
    ["1a:x.md", path.join(repo, "1a:x.md")],
    ["-a:x.md", path.join(repo, "-a:x.md")],
  ])("%s → %s", (raw, url) => {
    expect(resolveLink(link(raw))?.url).toBe(url);
  });

  test("an empty fragment is no fragment, for URLs as for paths", () => {
    expect(resolveLink(link("https://a.test/x#"))).toEqual({
      key: "https://a.test/x",
      kind: "remote",
      url: "https://a.test/x",
    });
    const inRepo = path.join(repo, "a.md");
    expect(resolveLink({ raw: "#", source: { file: inRepo, line: 1, col: 1 }, baseDir: repo })).toEqual({
      key: `file://${inRepo}`,
      kind: "local",
      url: inRepo,
    });
  });
});
