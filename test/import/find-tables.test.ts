// Which tables of a README import looks at: every GFM table with the nearest heading above it, only
// those between the syllabus markers when there are markers, and HTML tables reported as skipped.
import { describe, expect, test } from "vitest";
import { findTables } from "../../src/import/find-tables.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

const TABLE = ["| No | Title |", "| - | - |", "| 1 | A |"] as const;

function found(lines: string[]) {
  const { tables, skipped } = findTables(parseMarkdown(lines.join("\n")), "README.md");
  return { tables: tables.map(({ table, ...rest }) => ({ ...rest, rows: table.children.length })), skipped };
}

describe("findTables", () => {
  test("each table with its place and the text of the nearest heading above it", () => {
    expect(
      found([
        ...TABLE,
        "",
        "## **Part** `one`  ",
        "",
        "text",
        "",
        ...TABLE,
        "",
        "#### Deeper",
        "",
        `  ${TABLE[0]}`,
        TABLE[1],
        TABLE[2],
      ]),
    ).toStrictEqual({
      tables: [
        { at: { line: 1, col: 1 }, rows: 2 },
        { at: { line: 9, col: 1 }, heading: "Part one", rows: 2 },
        { at: { line: 15, col: 3 }, heading: "Deeper", rows: 2 },
      ],
      skipped: [],
    });
  });

  test("an empty heading leaves the table without one", () => {
    expect(found(["## Lessons", "", "##", "", ...TABLE]).tables).toStrictEqual([
      { at: { line: 5, col: 1 }, rows: 2 },
    ]);
  });

  test("HTML tables are skipped with the reason; other HTML is not a table", () => {
    expect(
      found([
        "## Old",
        "",
        "<TABLE border=1><tr><td>1</td></tr></TABLE>",
        "",
        "<div><tablet></tablet></div>",
        "",
        "<table>",
        "<tr><td>x</td></tr>",
        "</table>",
      ]),
    ).toEqual({
      tables: [],
      skipped: [
        {
          at: { line: 3, col: 1 },
          heading: "Old",
          reason: "an HTML <table>, not a Markdown table: import reads Markdown tables only",
        },
        {
          at: { line: 7, col: 1 },
          heading: "Old",
          reason: "an HTML <table>, not a Markdown table: import reads Markdown tables only",
        },
      ],
    });
  });

  test("with markers, tables and HTML tables outside them are skipped or left out; those inside are read", () => {
    expect(
      found([
        "# Course",
        "",
        ...TABLE,
        "",
        "<table><tr><td>before</td></tr></table>",
        "",
        "<!-- syllabus:start -->",
        ...TABLE,
        "<!-- syllabus:end -->",
        "",
        "<table><tr><td>after</td></tr></table>",
        "",
        ...TABLE,
      ]),
    ).toEqual({
      tables: [{ at: { line: 10, col: 1 }, heading: "Course", rows: 2 }],
      skipped: [
        { at: { line: 3, col: 1 }, heading: "Course", reason: "outside the syllabus markers" },
        { at: { line: 17, col: 1 }, heading: "Course", reason: "outside the syllabus markers" },
      ],
    });
  });

  test("a table outside the markers with no heading above it is skipped without one", () => {
    expect(
      found([...TABLE, "", "<!-- syllabus:start -->", ...TABLE, "<!-- syllabus:end -->"]).skipped,
    ).toEqual([{ at: { line: 1, col: 1 }, reason: "outside the syllabus markers" }]);
  });

  test("broken markers (an end before its start) are read as no markers: every table counts", () => {
    expect(
      found(["<!-- syllabus:end -->", "", ...TABLE, "", "<!-- syllabus:start -->", "", ...TABLE]).tables.map(
        (t) => t.at.line,
      ),
    ).toEqual([3, 9]);
  });
});
