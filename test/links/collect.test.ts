// Collecting links: from markdown through remark (nothing in code), from the catalog with YAML
// positions; then distinct targets with all their sources.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { catalogLinks } from "../../src/links/collect-catalog.js";
import { markdownLinks } from "../../src/links/collect-markdown.js";
import { checkLocal, markdownAnchors } from "../../src/links/local.js";
import { collectTargets, type FoundLink } from "../../src/links/targets.js";
import { ROOT } from "../helpers/cli.js";

const DIR = path.join(ROOT, "test/fixtures/links");
const page = readFileSync(path.join(DIR, "page.md"), "utf8");

describe("markdown links", () => {
  test("every kind of link with its line:col; nothing from code", () => {
    expect(markdownLinks(page, "page.md").map((l) => `${l.source.line}:${l.source.col} ${l.raw}`)).toEqual([
      "3:5 ./guide.md#install",
      "3:41 ./missing.md",
      "4:9 #setup",
      "4:28 #nowhere",
      "4:52 ./sub/",
      "6:1 ./logo.png",
      "8:14 https://example.com/auto",
      "8:60 https://example.com/literal",
      "10:1 https://example.com/ref",
      "13:4 https://example.com/html",
      "14:6 ./logo.png",
      "25:6 mailto:course@example.com",
    ]);
  });

  test("distinct targets: local paths per fragment, URLs once with every source, mailto skipped", () => {
    const found: FoundLink[] = markdownLinks(page, "test/fixtures/links/page.md").map((l) => ({
      ...l,
      baseDir: DIR,
    }));
    found.push({ raw: "HTTPS://EXAMPLE.COM:443/ref#part", source: { file: "other.md", line: 2, col: 3 } });
    const { targets, skipped, excluded } = collectTargets(found, { include: [], exclude: [/\/literal$/] });
    expect(skipped).toBe(1);
    expect(excluded).toBe(1);
    const ref = targets.find((t) => t.url === "https://example.com/ref");
    expect(ref?.sources).toEqual([
      { file: "test/fixtures/links/page.md", line: 10, col: 1 },
      { file: "other.md", line: 2, col: 3, fragment: "part" },
    ]);
    expect(targets.filter((t) => t.kind === "local").map((t) => path.relative(ROOT, t.url))).toEqual([
      "test/fixtures/links/guide.md",
      "test/fixtures/links/missing.md",
      "test/fixtures/links/page.md",
      "test/fixtures/links/page.md",
      "test/fixtures/links/sub",
      "test/fixtures/links/logo.png",
    ]);
  });
});

describe("local targets", () => {
  test("GitHub's heading slugs, duplicates numbered, HTML anchors", () => {
    expect([...markdownAnchors(readFileSync(path.join(DIR, "guide.md"), "utf8"))]).toEqual([
      "guide",
      "install",
      "legacy-anchor",
      "install-1",
    ]);
  });

  test.each([
    ["guide.md", "install", "ok", "heading #install exists"],
    ["guide.md", "user-content-install-1", "ok", "heading #user-content-install-1 exists"],
    ["guide.md", "uninstall", "broken", "no heading or anchor #uninstall in the file"],
    ["missing.md", undefined, "broken", "no such file or folder in the working tree"],
    ["sub", undefined, "ok", "folder exists"],
    ["logo.png", undefined, "ok", "file exists"],
  ])("%s#%s → %s", async (file, fragment, verdict, reason) => {
    const result = await checkLocal(path.join(DIR, file), fragment);
    expect([result.verdict, result.reason]).toEqual([verdict, reason]);
  });
});

describe("catalog links", () => {
  test("each link cell and part with its YAML position and lecture; repository paths as URLs", async () => {
    const loaded = await loadCatalog(path.join(ROOT, "catalog.yaml"));
    const links = catalogLinks(loaded);
    expect(links).toHaveLength(61);
    const first = links[0];
    expect(first?.source).toEqual({
      file: "catalog.yaml",
      line: 50,
      col: 12,
      lecture: { number: 1, title: "Transformer" },
      field: "video",
    });
    expect(links[1]?.raw).toBe(
      "https://github.com/mindspore-courses/step_into_llm/tree/master/Season1.step_into_chatgpt/1.Transformer/",
    );
    const parts = links
      .filter((l) => l.source.lecture?.number === 23)
      .map((l) => [l.source.field, l.source.line]);
    expect(parts).toEqual([
      ["video 上", 268],
      ["video 下", 270],
      ["review", 274],
    ]);
    expect(collectTargets(links, { include: [], exclude: [] }).targets).toHaveLength(60);
  });
});

describe("catalog links in a checked-out course repository", () => {
  test("repository paths and URLs on the course's own branch are checked in the working tree", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-checkout-"));
    mkdirSync(path.join(dir, "Season2.step_into_llm/06.CPM-Bee"), { recursive: true });
    writeFileSync(
      path.join(dir, "catalog.yaml"),
      [
        "course:",
        "  repository: { url: https://github.com/mindspore-courses/step_into_llm, branch: master, checkout: . }",
        "lectures:",
        "  - number: 18",
        "    title: CPM-Bee",
        "    code: https://github.com/mindspore-courses/step_into_llm/tree/master/Season2.step_into_llm/07.CPM",
        "    review: ./Season2.step_into_llm/06.CPM-Bee/",
        "",
      ].join("\n"),
    );
    const links = catalogLinks(await loadCatalog(path.join(dir, "catalog.yaml")));
    const { targets } = collectTargets(links, { include: [], exclude: [] });
    expect(targets.map((t) => [t.kind, path.relative(dir, t.url)])).toEqual([
      ["local", "Season2.step_into_llm/07.CPM"],
      ["local", "Season2.step_into_llm/06.CPM-Bee"],
    ]);
    expect((await checkLocal(targets[0]?.url ?? "", undefined)).verdict).toBe("broken");
    expect((await checkLocal(targets[1]?.url ?? "", undefined)).verdict).toBe("ok");
  });
});
