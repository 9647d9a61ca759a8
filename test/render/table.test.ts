// catalog → table node: each column's content, the table settings and the link resolver.
import { beforeAll, describe, expect, test } from "vitest";
import { catalog } from "../../src/catalog/schema.js";
import { cellText, lectureLabel } from "../../src/markdown/cells.js";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { stringifyBlocks } from "../../src/markdown/markdown.js";
import { buildTable, tableSelection } from "../../src/render/table.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

describe("buildTable", () => {
  test("every column, custom settings, placeholders, several links and the resolver", () => {
    const parsed = catalog.parse({
      table: {
        number: "Lecture {n} ({zh})",
        link: "go",
        placeholders: { unavailable: "none", pending: "soon" },
        columns: [
          { field: "number", heading: "#", align: "right" },
          { field: "season", heading: "Season" },
          { field: "title", heading: "Title", align: "left" },
          { field: "summary", heading: "About" },
          { field: "video", heading: "Video", align: "center" },
          { field: "code", heading: "Code" },
          { field: "review", heading: "Notes" },
        ],
      },
      lectures: [
        {
          number: 12,
          season: 2,
          title: "  Deep\n  learning ",
          summary: "a\n\nb",
          video: [
            { label: " part\n one ", url: "https://x.org/1" },
            { label: "two", url: "./v/2.mp4" },
          ],
          code: "./code/",
          review: "pending",
        },
        { number: 3, title: "T", code: "unavailable" },
      ],
    });
    const table = buildTable(parsed, (target, kind) => `${kind}=${target}`);
    expect(table.align).toEqual(["right", null, "left", null, "center", null, null]);
    expect(stringifyBlocks([table])).toBe(
      [
        "| # | Season | Title | About | Video | Code | Notes |",
        "| -: | - | :- | - | :-: | - | - |",
        "| Lecture 12 (十二) | 2 | Deep learning | a b | [part one](link=https://x.org/1) [two](link=./v/2.mp4) | [go](link=./code/) | soon |",
        "| Lecture 3 (三) | | T | | | none | |",
      ].join("\n"),
    );
  });

  test("the default table: six columns, 第{zh}讲, link, / and 更新中", () => {
    const table = buildTable(
      catalog.parse({
        lectures: [
          { number: 1, title: "A", video: "https://x.org/", code: "unavailable", review: "pending" },
        ],
      }),
      (target) => target,
    );
    expect(stringifyBlocks([table])).toBe(
      [
        "| 章节序号 | 章节名称 | 课程简介 | 视频 | 课件及代码 | 知识点总结 |",
        "| :-: | :-: | :- | :-: | :-: | :-: |",
        "| 第一讲 | A | | [link](https://x.org/) | / | 更新中 |",
      ].join("\n"),
    );
  });
});

describe("buildTable details", () => {
  const resolve = (target: string, kind: string) => (target.startsWith("./") ? `${kind}:${target}` : target);
  const parsed = catalog.parse({
    table: {
      columns: [
        { field: "video", heading: "V", separator: " ·" },
        { field: "notes", heading: "N" },
      ],
    },
    tables: { s1: { where: { season: 1 } } },
    lectures: [
      {
        number: 1,
        season: 1,
        title: "A",
        video: [{ url: "https://v.org/1" }, { url: "https://v.org/2" }, { url: "./v3.mp4" }],
        // One tag with two URLs: each is rewritten at its own offset.
        notes: '<img src="./i.png" href="./long/path/x.md"> <a href="https://w.org/">w</a>',
      },
      { number: 2, season: 2, title: "B" },
    ],
  });
  const lines = (name?: string) =>
    stringifyBlocks([buildTable(parsed, resolve, tableSelection(parsed, name))]).split("\n");

  test("a separator keeps its white space on each side as written; HTML URLs are rebased in place", () => {
    expect(lines()).toEqual([
      "| V | N |",
      "| - | - |",
      '| [link](https://v.org/1) ·[link](https://v.org/2) ·[link](link:./v3.mp4) | <img src="image:./i.png" href="link:./long/path/x.md"> <a href="https://w.org/">w</a> |',
      "| | |",
    ]);
  });

  test("a name the catalog has no table for selects the whole table", () => {
    expect(lines("nope")).toEqual(lines());
    expect(lines("s1")).toEqual(lines().slice(0, 3));
  });
});

describe("cell helpers", () => {
  test("cellText folds every run of white space into one space and trims", () => {
    expect(cellText(" a \n\t b  c ")).toBe("a b c");
    expect(cellText(undefined)).toBe("");
  });

  test("lectureLabel replaces every {n} and {zh}", () => {
    expect(lectureLabel("{n}/{n} {zh}{zh}", 2)).toBe("2/2 二二");
  });
});
