// importReadme as a pure function of the README's text: the report lines (tables taken and skipped,
// warnings, in page order), the counts, the markers, and the refusals — no file touched.
import { describe, expect, test } from "vitest";
import { CatalogError } from "../../src/catalog/catalog-error.js";
import { type ImportInput, importReadme } from "../../src/import/import-readme.js";
import { catalogLink } from "../../src/import/links.js";
import { InputError } from "../../src/util/errors.js";
import { plain } from "../helpers/problems.js";

function input(lines: string[], more: Partial<ImportInput> = {}): ImportInput {
  return {
    page: lines.join("\n"),
    file: "docs/README.md",
    out: "catalog.yaml",
    outputPath: "./docs/README.md",
    schemaPath: "./catalog.schema.json",
    readmeName: "README.md",
    markers: true,
    catalogLink: (url) => catalogLink(url, "/c", "/c"),
    renderLink: (target) => target,
    ...more,
  };
}

describe("importReadme", () => {
  test("the report: each table taken with its columns and notes, skipped tables and warnings, in page order", () => {
    const result = importReadme(
      input([
        "| Name | Role |",
        "| - | - |",
        "| A | B |",
        "",
        "## Lessons",
        "",
        "|  | Title | Summary | Quiz |",
        "| - | - | - | - |",
        "| 1 | **A** | x | q |",
        "| 2 | B |",
        "",
        "<table><tr><td>1</td></tr></table>",
      ]),
    );
    expect(result.report).toEqual([
      "docs/README.md:1:1: table skipped: no known course column besides the title (headings: Name, Role)",
      'docs/README.md:7:1: table "Lessons" imported: 2 lectures; columns (empty) → number, Title → title (markdown), Summary → summary, Quiz → quiz (custom, markdown)',
      "docs/README.md:10:1: warning: row of lecture 2 has 2 cells, the header has 4 [irregular-row]\n  hint: imported the cells in order; check lecture 2 in the catalog",
      'docs/README.md:12:1: table "Lessons" skipped: an HTML <table>, not a Markdown table: import reads Markdown tables only',
    ]);
    expect({ lectures: result.lectures, tables: result.tables }).toEqual({ lectures: 2, tables: 1 });
    expect(result.catalog).toMatch(
      /^# yaml-language-server: \$schema=\.\/catalog\.schema\.json\n# Imported from README\.md by/,
    );
    expect(result.catalog).toContain("outputs:\n  - path: ./docs/README.md\n");
  });

  test("several tables: each taken as its region, the lecture counts summed, markers named after the regions", () => {
    const result = importReadme(
      input([
        "## A",
        "| No | Title |",
        "| - | - |",
        "| 1 | x |",
        "| 2 | y |",
        "## B",
        "| No | Title |",
        "| - | - |",
        "| 3 | z |",
      ]),
    );
    expect(result.report).toEqual([
      'docs/README.md:2:1: table "A" imported as region a: 2 lectures; columns No → number, Title → title',
      'docs/README.md:7:1: table "B" imported as region b: 1 lecture; columns No → number, Title → title',
    ]);
    expect({ lectures: result.lectures, tables: result.tables }).toEqual({ lectures: 3, tables: 2 });
    expect(result.page).toBe(
      [
        "## A",
        "<!-- syllabus:start name=a -->",
        "| No | Title |",
        "| - | - |",
        "| 1 | x |",
        "| 2 | y |",
        "<!-- syllabus:end -->",
        "## B",
        "<!-- syllabus:start name=b -->",
        "| No | Title |",
        "| - | - |",
        "| 3 | z |",
        "<!-- syllabus:end -->",
      ].join("\n"),
    );
  });

  test("no page without --markers, nor when the page has any syllabus marker already (in any case or spacing)", () => {
    const table = ["| No | Title |", "| - | - |", "| 1 | x |"];
    expect(importReadme(input(table, { markers: false })).page).toBeUndefined();
    expect(importReadme(input(table)).page).toBe(
      `<!-- syllabus:start -->\n${table.join("\n")}\n<!-- syllabus:end -->`,
    );
    for (const marker of ["<!-- syllabus:start -->", "<!--SYLLABUS:end-->", "<!--   Syllabus:x -->"]) {
      expect({ marker, page: importReadme(input([marker, "", ...table])).page }).toEqual({
        marker,
        page: undefined,
      });
    }
  });

  test("a warning of the catalog about to be written is reported at the README cell its value came from", () => {
    const result = importReadme(
      input([
        "| No | Title | Video |",
        "| - | - | - |",
        "| 1 | A | [v](https://v.org/1) |",
        "| 2 | B | [v](https://v.org/1) |",
      ]),
    );
    expect(result.report.slice(1)).toEqual([
      "docs/README.md:4:9: warning: lecture 2: video repeats a link [duplicate-link]\n  hint: lecture 1 (line 23) links the same URL; a copy-pasted link?",
    ]);
  });

  test("no lesson table: refused, listing each table skipped", () => {
    const run = () => importReadme(input(["| Name | Role |", "| - | - |", "| A | B |"]));
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      [
        "docs/README.md: no lesson table found; nothing was written",
        "  docs/README.md:1:1: table skipped: no known course column besides the title (headings: Name, Role)",
        '  hint: a lesson table has a title column (Title, 标题, 章节名称, Topic …) and one more known column; name a column with --map "Heading=title"',
      ].join("\n"),
    );
    expect(() => importReadme(input(["no tables"]))).toThrow(
      "docs/README.md: no lesson table found; nothing was written\n  hint: a lesson table",
    );
  });

  test("--map headings no table has: refused, each named", () => {
    const map = new Map([
      ["Nope", "title"],
      ["Title", "title"],
      ["Gone", "x"],
    ]);
    expect(() => importReadme(input(["| No | Title |", "| - | - |", "| 1 | x |"], { map }))).toThrow(
      'docs/README.md: --map names "Nope", "Gone", which no table of the page has as a heading; nothing was written\n  hint: write the heading as the table shows it, e.g. --map "Lesson Number=number"',
    );
  });

  test("a catalog that would not validate: refused with its problems at the README's cells", () => {
    let error: unknown;
    try {
      importReadme(input(["| No | Title |", "| - | - |", "| 1 | A |", "| 2 |  |"]));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogError);
    const problems = plain((error as CatalogError).diagnostics);
    expect(problems.map(({ file, line, col, severity }) => ({ file, line, col, severity }))).toEqual([
      { file: "docs/README.md", line: 4, col: 1, severity: "error" },
    ]);
  });
});
