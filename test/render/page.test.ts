// renderPage, the pure core of `syllabus render`: regions found in the page, each given its table.
import type { Table } from "mdast";
import { beforeAll, describe, expect, test } from "vitest";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { MarkerError } from "../../src/markdown/markers.js";
import { renderPage } from "../../src/render/page.js";
import { plain } from "../helpers/problems.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const TABLE: Table = {
  type: "table",
  align: [null],
  children: [
    { type: "tableRow", children: [{ type: "tableCell", children: [{ type: "text", value: "T" }] }] },
  ],
};

describe("renderPage", () => {
  test("without names, a named region is an error whose hint says how to declare the table", () => {
    const text = "<!-- syllabus:start name=extra -->\n<!-- syllabus:end -->\n";
    let error: unknown;
    try {
      renderPage({ text, file: "README.md", table: TABLE });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MarkerError);
    expect(plain((error as MarkerError).diagnostics)).toEqual([
      {
        file: "README.md",
        line: 1,
        col: 1,
        rule: "marker-unknown-name",
        message: 'no table named "extra" in the catalog',
        hint: "add tables: { extra: { where: { … } } } to the catalog, or remove name=extra",
        severity: "error",
      },
    ]);
  });

  test("one table given for every region fills the unnamed one", () => {
    const text = "# A\n<!-- syllabus:start -->\nold\n<!-- syllabus:end -->\n";
    expect(renderPage({ text, file: "README.md", table: TABLE })).toBe(
      "# A\n<!-- syllabus:start -->\n| T |\n| - |\n<!-- syllabus:end -->\n",
    );
  });
});
