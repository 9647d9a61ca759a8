// Lesson tables → catalog data: numbers and labels, ids made unique, the one common label format,
// region names and groups of several tables, and the README place of every value.
import { describe, expect, test } from "vitest";
import { buildCatalog, placeKey, regionName } from "../../src/import/build-catalog.js";
import { catalogLink } from "../../src/import/links.js";
import { readLessonTables } from "../../src/import/read-table.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

function build(lines: string[]) {
  const page = lines.join("\n");
  const read = readLessonTables(parseMarkdown(page), {
    file: "README.md",
    page,
    catalogLink: (url) => catalogLink(url, "/c", "/c"),
    renderLink: (target) => target,
  });
  return buildCatalog(read, "../README.md");
}
const lecturesOf = (lines: string[]) => build(lines).data.lectures as Record<string, unknown>[];

describe("regionName", () => {
  test("the heading's slug in ASCII letters, digits, ., _ and -; none without such letters", () => {
    expect(regionName("Module 1: Basics")).toBe("module-1-basics");
    expect(regionName("第一章 Intro")).toBe("intro");
    expect(regionName("Part 1 — 第二部分 — end")).toBe("part-1-end");
    expect(regionName("_v1.2_ notes")).toBe("v12_-notes");
    expect(regionName("第二章")).toBeUndefined();
    expect(regionName("")).toBeUndefined();
    expect(regionName(undefined)).toBeUndefined();
    expect(regionName("---")).toBeUndefined();
    expect(regionName("__init__ notes")).toBe("init__-notes");
    expect(regionName("C++ / C#")).toBe("c-c");
    expect(regionName("C语言Basics")).toBe("c-basics");
  });
});

describe("buildCatalog", () => {
  test("one table: the output, the table settings and the lectures, no tables or groups", () => {
    const built = build(["## Lessons", "| No | Title |", "| - | - |", "| 1 | A |", "| 2 | B |"]);
    expect(built.data).toEqual({
      outputs: [{ path: "../README.md" }],
      table: {
        number: "{n}",
        link: "link",
        placeholders: { unavailable: "/", pending: "Coming soon" },
        columns: [
          { field: "number", heading: "No" },
          { field: "title", heading: "Title" },
        ],
      },
      lectures: [
        { number: 1, title: "A" },
        { number: 2, title: "B" },
      ],
    });
    expect(built.numberFormat).toBe("{n}");
    expect(built.regions.map(({ name, group, lectures }) => ({ name, group, lectures }))).toEqual([
      { name: undefined, group: undefined, lectures: 2 },
    ]);
  });

  test("every value, lecture and column keeps its README place", () => {
    const built = build(["| No | Title |", "| - | - |", "| 1 | A |", "| 2 | B |"]);
    expect(
      Object.fromEntries([...built.places].map(([key, at]) => [key.split("\u0000").join("."), at])),
    ).toEqual({
      "lectures.0": { line: 3, col: 1 },
      "lectures.0.number": { line: 3, col: 1 },
      "lectures.0.title": { line: 3, col: 5 },
      "lectures.1": { line: 4, col: 1 },
      "lectures.1.number": { line: 4, col: 1 },
      "lectures.1.title": { line: 4, col: 5 },
      "table.columns.0": { line: 1, col: 1 },
      "table.columns.1": { line: 1, col: 6 },
    });
    expect(placeKey(["lectures", 3, "title"])).toBe("lectures\u00003\u0000title");
  });

  test("several tables: named tables, their columns and places, groups and numbers per row", () => {
    const built = build([
      "## A",
      "| No | Title |",
      "| - | - |",
      "| 1 | x |",
      "## B",
      "| Title | Quiz |",
      "| - | - |",
      "| y | q |",
    ]);
    expect(built.data.tables).toEqual({
      a: {
        where: { group: "A" },
        columns: [
          { field: "number", heading: "No" },
          { field: "title", heading: "Title" },
        ],
      },
      b: {
        where: { group: "B" },
        columns: [
          { field: "title", heading: "Title" },
          { field: "quiz", heading: "Quiz" },
        ],
      },
    });
    expect(built.data.lectures).toEqual([
      { number: 1, label: "1", group: "A", title: "x" },
      { number: 2, group: "B", title: "y", quiz: "q" },
    ]);
    expect(built.places.get(placeKey(["tables", "b"]))).toEqual({ line: 6, col: 1 });
    expect(built.places.get(placeKey(["tables", "b", "columns", 1]))).toEqual({ line: 6, col: 9 });
    expect(built.regions.map(({ name, group, lectures }) => ({ name, group, lectures }))).toEqual([
      { name: "a", group: "A", lectures: 1 },
      { name: "b", group: "B", lectures: 1 },
    ]);
  });

  test("tables without a heading are table-1, table-2 …, grouped by that name", () => {
    const built = build([
      "| No | Title |",
      "| - | - |",
      "| 1 | x |",
      "",
      "text",
      "",
      "| No | Title |",
      "| - | - |",
      "| 1 | y |",
    ]);
    expect(Object.keys(built.data.tables as object)).toEqual(["table-1", "table-2"]);
    expect(built.data.lectures).toEqual([
      { id: "table-1-1", number: 1, group: "table-1", title: "x" },
      { id: "table-2-1", number: 1, group: "table-2", title: "y" },
    ]);
  });

  test("tables under the same heading get distinct names and groups, numbered from the second", () => {
    const built = build([
      "## Lessons",
      "| No | Title |",
      "| - | - |",
      "| 1 | x |",
      "",
      "| No | Title |",
      "| - | - |",
      "| 2 | y |",
      "",
      "| No | Title |",
      "| - | - |",
      "| 3 | z |",
    ]);
    expect(built.regions.map(({ name, group, lectures }) => ({ name, group, lectures }))).toEqual([
      { name: "lessons", group: "Lessons", lectures: 1 },
      { name: "lessons-2", group: "Lessons (2)", lectures: 1 },
      { name: "lessons-3", group: "Lessons (3)", lectures: 1 },
    ]);
    expect(Object.entries(built.data.tables as object).map(([name, t]) => [name, t.where])).toEqual([
      ["lessons", { group: "Lessons" }],
      ["lessons-2", { group: "Lessons (2)" }],
      ["lessons-3", { group: "Lessons (3)" }],
    ]);
  });

  test("lectures with no label column are numbered in page order", () => {
    expect(lecturesOf(["| Title | Video |", "| - | - |", "| A | - |", "| B | - |"])).toEqual([
      { number: 1, title: "A", video: "unavailable" },
      { number: 2, title: "B", video: "unavailable" },
    ]);
  });

  test("an empty label cell leaves the lecture without a label and numbered by its place", () => {
    expect(lecturesOf(["| No | Title |", "| - | - |", "| 1 | A |", "|  | B |", "| x | C |"])).toEqual([
      { number: 1, label: "1", title: "A" },
      { number: 2, title: "B" },
      { label: "x", title: "C" },
    ]);
  });

  test("a default id used twice gets one in front, numbered past ids the catalog already has", () => {
    const lectures = lecturesOf([
      "| No | Title |",
      "| - | - |",
      "| 1.1 | A |",
      "| 1.1 | B |",
      "| lecture-1.1 | C |",
      "| 1.1 | D |",
    ]);
    expect(lectures.map((l) => [l.id, l.label])).toEqual([
      ["lecture-1.1-2", "1.1"],
      ["lecture-1.1-3", "1.1"],
      [undefined, "lecture-1.1"],
      ["lecture-1.1-4", "1.1"],
    ]);
  });

  test("numbers used twice (no label) get ids too", () => {
    const lectures = lecturesOf(["| No | Title |", "| - | - |", "| 第一讲 | A |", "| 第一讲 | B |"]);
    // With table.number, the label is not written: the default id of each is its number.
    expect(lectures).toEqual([
      { id: "lecture-1", number: 1, title: "A" },
      { id: "lecture-1-2", number: 1, title: "B" },
    ]);
  });
});

describe("the common label format", () => {
  test("one format in every table becomes table.number; the lectures keep only their number", () => {
    const built = build([
      "## A",
      "| No | Title |",
      "| - | - |",
      "| Lecture 1 | x |",
      "## B",
      "| No | Title |",
      "| - | - |",
      "| Lecture 2 | y |",
    ]);
    expect(built.numberFormat).toBe("Lecture {n}");
    expect((built.data.table as Record<string, unknown>).number).toBe("Lecture {n}");
    expect(built.data.lectures).toEqual([
      { number: 1, group: "A", title: "x" },
      { number: 2, group: "B", title: "y" },
    ]);
  });

  test("no common format: two formats, a padded number, a markdown label, a label without number, a table without labels", () => {
    const cases = [
      ["| No | Title |", "| - | - |", "| Lecture 1 | x |", "| Lesson 2 | y |"],
      ["| No | Title |", "| - | - |", "| 07 | x |"],
      ["| No | Title |", "| - | - |", "| **1** | x |"],
      ["| No | Title |", "| - | - |", "| 1 | x |", "| Intro | y |"],
      ["| No | Title |", "| - | - |", "| 1 | x |", "|  | y |"],
      [
        "## A",
        "| No | Title |",
        "| - | - |",
        "| 1 | x |",
        "## B",
        "| Title | Quiz |",
        "| - | - |",
        "| y | q |",
      ],
    ];
    for (const lines of cases) {
      const built = build(lines);
      expect({
        lines,
        format: built.numberFormat,
        number: (built.data.table as Record<string, unknown>).number,
      }).toEqual({
        lines,
        format: undefined,
        number: undefined,
      });
    }
  });
});
