// Columns decide which lecture keys a catalog allows and how each field is shown: the rules of
// fields.ts on plain data, and their diagnostics through both validation paths.
import { describe, expect, test } from "vitest";
import {
  columnType,
  declaredColumns,
  fieldFindings,
  linkFieldsOf,
  linkParts,
} from "../../src/catalog/fields.js";
import { validateCatalog, validateWithPositions } from "../../src/catalog/validate.js";
import { formatProblem } from "../../src/util/problem.js";

describe("column types", () => {
  test("the default type follows the field", () => {
    const types = [
      "number",
      "label",
      "title",
      "summary",
      "season",
      "group",
      "id",
      "video",
      "code",
      "review",
      "author",
    ];
    expect(types.map((field) => columnType({ field }))).toEqual([
      "label",
      "text",
      "text",
      "text",
      "text",
      "text",
      "text",
      "links",
      "links",
      "links",
      "markdown",
    ]);
    expect(columnType({ field: "title", type: "markdown" })).toBe("markdown");
  });

  test("without table.columns the default columns are declared; tables add theirs", () => {
    const root = { tables: { a: { columns: [{ field: "notebook", heading: "N", type: "links" }] } } };
    expect(declaredColumns(root).map((c) => `${c.path.join(".")} ${c.field} ${c.type}`)).toEqual([
      "table.columns.0 number label",
      "table.columns.1 title text",
      "table.columns.2 summary text",
      "table.columns.3 video links",
      "table.columns.4 code links",
      "table.columns.5 review links",
      "tables.a.columns.0 notebook links",
    ]);
    expect(linkFieldsOf(root)).toEqual(["video", "code", "review", "notebook"]);
  });

  test("a link cell's links: a string, one {label, url}, a list; placeholders have none", () => {
    expect(linkParts("https://a.org")).toEqual([{ url: "https://a.org" }]);
    expect(linkParts({ label: "A", url: "./a" })).toEqual([{ label: "A", url: "./a" }]);
    expect(linkParts([{ url: "./a" }, { url: "./b" }])).toHaveLength(2);
    expect([linkParts("pending"), linkParts("unavailable"), linkParts(undefined)]).toEqual([[], [], []]);
  });
});

describe("fieldFindings", () => {
  test("a valid catalog with custom fields has none", () => {
    const root = {
      table: {
        columns: [
          { field: "title", heading: "T" },
          { field: "author", heading: "A" },
        ],
      },
      lectures: [{ label: "HW1", title: "T", author: "[J](https://j.org)" }],
    };
    expect(fieldFindings(root)).toEqual({ findings: [], issues: [] });
  });

  test("a misspelt column field: its empty column and the lectures' hidden values are warnings naming each other", () => {
    const root = {
      table: {
        columns: [
          { field: "title", heading: "T" },
          { field: "reveiw", heading: "Review" },
        ],
      },
      lectures: [
        { number: 1, title: "A" },
        { number: 2, title: "B", review: "https://r.org/2" },
      ],
    };
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["table", "columns", 1, "field"],
        rule: "empty-column",
        message: 'no lecture has "reveiw": its column "Review" is empty',
        hint: 'did you mean "review"?',
        severity: "warning",
      },
      {
        path: ["lectures", 1],
        atKey: "review",
        rule: "hidden-field",
        message: 'lectures have "review", but no column shows it',
        hint: 'add a column with field: review to table.columns, or remove "review" from the lectures',
        severity: "warning",
      },
    ]);
  });

  test("one field shown as links in one table and as text in another is an error", () => {
    const root = {
      table: { columns: [{ field: "notes", heading: "N" }] },
      tables: { x: { columns: [{ field: "notes", heading: "N", type: "links" }] } },
      lectures: [],
    };
    const errors = fieldFindings(root).findings.filter((f) => f.severity !== "warning");
    expect(errors.map((f) => `${f.path.join(".")}: ${f.message}`)).toEqual([
      'tables.x.columns.0.type: column "notes" is a links column here and a text column elsewhere',
    ]);
  });
});

describe("a table that selects no lecture", () => {
  const text =
    'tables:\n  s2: { where: { season: "2" } }\nlectures:\n  - { number: 1, season: 2, title: A }\n';

  test("is a warning at its where, with the exact comparison explained", () => {
    expect(validateWithPositions(text, "catalog.yaml").diagnostics.map(formatProblem)).toEqual([
      "catalog.yaml:2:16: warning: tables.s2 selects no lecture [empty-table]\n" +
        '  hint: where compares exactly: season: 2 (a number) is not season: "2", and "Module 1" is not "module 1"',
    ]);
  });

  test("does not stop the fast path when warnings are not wanted", () => {
    expect(validateCatalog(text, "catalog.yaml", { warnings: false }).catalog?.tables.s2?.where).toEqual({
      season: "2",
    });
  });
});
