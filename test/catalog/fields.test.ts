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

describe("fieldFindings, rule by rule", () => {
  const columns = (list: unknown[]) => ({ table: { columns: list } });

  test("a heading or separator with a line break is an error at it; a trailing one is trimmed away", () => {
    const root = columns([
      { field: "title", heading: "Ti\ntle" },
      { field: "video", heading: "Video\n", separator: "<br/>\r\n" },
      { field: "code", heading: "Code", separator: " | " },
    ]);
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["table", "columns", 0, "heading"],
        rule: "line-break",
        message: 'the heading of column "title" is inline markdown in a table cell and must be one line',
        hint: "join the lines, or write <br/> where the heading should break",
      },
      {
        path: ["table", "columns", 1, "separator"],
        rule: "line-break",
        message: 'the separator of column "video" must be one line',
        hint: 'a table cell is one line: write <br/> to break between links, e.g. separator: "<br/>"',
      },
    ]);
  });

  test("a built-in field in a type it cannot have: the types it can, and nothing else about that column", () => {
    const root = {
      ...columns([
        { field: "id", heading: "I", type: "links" },
        { field: "number", heading: "N", type: "markdown" },
        { field: "notes", heading: "X", type: "label" },
      ]),
      lectures: [{ number: 1, id: "a", notes: "n" }],
    };
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["table", "columns", 0, "type"],
        rule: "bad-column-type",
        message: 'column "id" cannot be of type links',
        hint: '"id" can be shown as text',
      },
      {
        path: ["table", "columns", 1, "type"],
        rule: "bad-column-type",
        message: 'column "number" cannot be of type markdown',
        hint: '"number" can be shown as label or text',
      },
      {
        path: ["table", "columns", 2, "type"],
        rule: "bad-column-type",
        message: 'column "notes" cannot be of type label',
        hint: '"notes" can be shown as text or markdown or links',
      },
      {
        path: ["lectures", 0],
        atKey: "notes",
        rule: "unknown-key",
        message: 'lecture 1: unknown key "notes"',
        hint: "known keys here: id, number, label, season, group, title, summary, video, code, review; or declare a column with field: notes to keep it",
      },
    ]);
  });

  test("a text field declared as text in one table and links in another: the kinds in that order", () => {
    const root = {
      table: { columns: [{ field: "notes", heading: "N", type: "links" }] },
      tables: { x: { columns: [{ field: "notes", heading: "N", type: "markdown" }] } },
      lectures: [{ number: 1, notes: "https://n.org" }],
    };
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["tables", "x", "columns", 0, "type"],
        rule: "bad-column-type",
        message: 'column "notes" is a text column here and a links column elsewhere',
        hint: "a field holds either links or text: give every column of this field the same kind of type",
      },
    ]);
  });

  test("a lecture needs a number or a label, unless a key misspells one of them", () => {
    const root = { lectures: [{ title: "A" }, { numbr: 2, title: "B" }, { lable: "HW", title: "C" }, "x"] };
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["lectures", 0],
        rule: "missing-field",
        message: 'lecture #1: needs a "number" or a "label"',
        hint: 'add "number:" (its place in the course) or "label:" (the text shown, e.g. HW1)',
      },
      {
        path: ["lectures", 1],
        atKey: "numbr",
        rule: "unknown-key",
        message: 'lecture #2: unknown key "numbr"',
        hint: 'did you mean "number"?',
      },
      {
        path: ["lectures", 2],
        atKey: "lable",
        rule: "unknown-key",
        message: 'lecture #3: unknown key "lable"',
        hint: 'did you mean "label"?',
      },
    ]);
  });

  test("a key misspelling another field does not excuse a lecture without number or label", () => {
    const root = { lectures: [{ titel: "A" }] };
    expect(fieldFindings(root).findings.map((f) => f.rule)).toEqual(["missing-field", "unknown-key"]);
  });

  test("lectures are named by a safe number, else their trimmed label, else their place", () => {
    const root = {
      lectures: [
        { number: 7, label: "L", x: 1 },
        { number: 2 ** 60, label: " HW1 ", x: 1 },
        { number: -3, x: 1 },
        { number: Number.MAX_SAFE_INTEGER, x: 1 },
        { number: "4", label: " ", x: 1 },
      ],
    };
    expect(fieldFindings(root).findings.map((f) => f.message)).toEqual([
      'lecture 7: unknown key "x"',
      'lecture "HW1": unknown key "x"',
      'lecture -3: unknown key "x"',
      'lecture 9007199254740991: unknown key "x"',
      'lecture #5: unknown key "x"',
    ]);
  });

  test("a markdown cell with a line break inside is an error; text cells and trailing breaks are not", () => {
    const root = {
      ...columns([
        { field: "number", heading: "N" },
        { field: "title", heading: "T", type: "markdown" },
        { field: "summary", heading: "S" },
      ]),
      lectures: [
        { number: 1, title: "a\nb", summary: "c\nd" },
        { number: 2, title: "e\n" },
      ],
    };
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["lectures", 0, "title"],
        rule: "line-break",
        message: 'lecture 1: "title" is inline markdown in a table cell and must be one line',
        hint: "join the lines (a folded >- scalar does), or write <br/> where the cell should break",
      },
    ]);
  });

  test("a custom text value that is no string: its kind, and a hint fitting it", () => {
    const root = {
      ...columns([
        { field: "number", heading: "N" },
        { field: "notes", heading: "X" },
      ]),
      lectures: [
        { number: 1, notes: 3 },
        { number: 2, notes: false },
        { number: 3, notes: null },
        { number: 4, notes: ["a"] },
        { number: 5, notes: { a: 1 } },
      ],
    };
    expect(
      fieldFindings(root).findings.map((f) => `${f.path.join(".")} ${f.rule}: ${f.message} | ${f.hint}`),
    ).toEqual([
      'lectures.0.notes wrong-type: lecture 1: "notes" must be text, got number 3 | quote it: "3"',
      'lectures.1.notes wrong-type: lecture 2: "notes" must be text, got boolean false | quote it: "false"',
      'lectures.2.notes wrong-type: lecture 3: "notes" must be text, got nothing (null) | write the text, or remove the key',
      'lectures.3.notes wrong-type: lecture 4: "notes" must be text, got a list | write the cell\'s inline markdown as one string, or declare the column with type: links',
      'lectures.4.notes wrong-type: lecture 5: "notes" must be text, got a mapping | write the cell\'s inline markdown as one string, or declare the column with type: links',
    ]);
  });

  test("a custom links value is checked as a link cell; its issues sit below the lecture's key", () => {
    const root = {
      ...columns([
        { field: "number", heading: "N" },
        { field: "slides", heading: "S", type: "links" },
      ]),
      lectures: [
        { number: 1, slides: "https://s.org/1" },
        { number: 2, slides: 5 },
      ],
    };
    const { findings, issues } = fieldFindings(root);
    expect(findings).toEqual([]);
    expect(issues.map((i) => i.prefix)).toEqual([["lectures", 1, "slides"]]);
    expect(issues[0]?.issue.code).toBe("invalid_union");
    expect(linkFieldsOf(root)).toEqual(["video", "code", "review", "slides"]);
  });

  test("a where naming no field is an error at its key, with did-you-mean or the fields to use", () => {
    const root = {
      tables: { a: { where: { sesaon: 1 } }, b: { where: { zzz: 1 } }, c: { where: 3 } },
      lectures: [{ number: 1, season: 1 }],
    };
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["tables", "a", "where"],
        atKey: "sesaon",
        rule: "unknown-field",
        message: 'tables.a.where names "sesaon", which is no lecture field',
        hint: 'did you mean "season"?',
      },
      {
        path: ["tables", "b", "where"],
        atKey: "zzz",
        rule: "unknown-field",
        message: 'tables.b.where names "zzz", which is no lecture field',
        hint: "use one of id, number, label, season, group, title, summary, video, code, review",
      },
    ]);
  });

  test("a table selects no lecture only when every condition is known, there is one, and none matches", () => {
    const lectures = [
      { number: 1, season: 1, group: "A" },
      { number: 2, season: 2, group: "B" },
    ];
    const rules = (where: unknown, list: unknown = lectures) =>
      fieldFindings({ tables: { t: { where } }, lectures: list }).findings.map((f) => f.rule);
    expect(rules({ season: 2, group: "B" })).toEqual([]);
    expect(rules({ season: 2, group: "A" })).toEqual(["empty-table"]);
    expect(rules({})).toEqual([]);
    expect(rules({ season: 3, nope: 1 })).toEqual(["unknown-field"]);
    expect(rules({ season: 3 }, "none")).toEqual([]);
    expect(rules({ season: 3 }, [])).toEqual(["empty-table"]);
    expect(rules({}, [])).toEqual([]);
  });

  test("an empty custom column without a near field tells to fill it; each field is reported once", () => {
    const root = {
      table: {
        columns: [
          { field: "number", heading: "N" },
          { field: "slides", heading: "Slides", type: "links" },
        ],
      },
      tables: { x: { columns: [{ field: "slides", heading: "S2", type: "links" }] } },
      lectures: [{ number: 1, summary: null, title: undefined }],
    };
    expect(fieldFindings(root).findings).toEqual([
      {
        path: ["table", "columns", 1, "field"],
        rule: "empty-column",
        message: 'no lecture has "slides": its column "Slides" is empty',
        hint: 'add "slides:" to the lectures that have it',
        severity: "warning",
      },
    ]);
  });

  test("a hidden field is reported at the first lecture that fills it, for each shown field", () => {
    const root = {
      ...columns([{ field: "number", heading: "N" }]),
      lectures: [
        { number: 1, title: null },
        { number: 2, title: "B", code: "./c" },
        { number: 3, summary: "S", season: 1 },
      ],
    };
    expect(fieldFindings(root).findings.map((f) => `${f.path.join(".")}.${f.atKey} ${f.rule}`)).toEqual([
      "lectures.1.title hidden-field",
      "lectures.2.summary hidden-field",
      "lectures.1.code hidden-field",
    ]);
  });

  test("values that are no mapping, no list or no text are skipped where a column, lecture or setting is read", () => {
    expect(fieldFindings(null)).toEqual({ findings: [], issues: [] });
    const root = {
      table: { columns: [null, "x", { heading: "H" }, { field: "title", heading: 5, separator: 7 }] },
      lectures: [null, "x", { number: 1, title: "A" }],
    };
    expect(declaredColumns(root).map((c) => [c.path.join("."), c.field, c.heading, c.separator])).toEqual([
      ["table.columns.3", "title", "", ""],
    ]);
    expect(fieldFindings(root)).toEqual({ findings: [], issues: [] });
  });
});
