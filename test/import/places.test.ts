// A problem in the catalog import is about to write is told at the README cell its value came from.
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { placeKey } from "../../src/import/build-catalog.js";
import { pathAt, toReadmePlaces } from "../../src/import/places.js";
import { catalogText } from "../../src/import/write-catalog.js";
import { problem as message } from "../../src/util/problem.js";
import { plain } from "../helpers/problems.js";

const catalog = catalogText(
  {
    table: {
      columns: [
        { field: "number", heading: "No" },
        { field: "title", heading: "Title" },
      ],
    },
    lectures: [
      { number: 1, title: "A" },
      { number: 2, title: "B", quiz: "[q](x)" },
    ],
  },
  { schemaPath: "s.json", readmeName: "README.md" },
);
const lines = catalog.split("\n");
const at = (needle: string) => {
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, col: (lines[line] ?? "").indexOf(needle) + 1 };
};
const problem = (where: { line: number; col: number }, rest: { severity?: "warning"; hint?: string } = {}) =>
  message({
    file: "catalog.yaml",
    ...where,
    severity: "error",
    rule: "bad-value",
    message: "lecture 2: something",
    ...rest,
  });

describe("pathAt", () => {
  test("finds the keys and indexes leading to the value at an offset", () => {
    const doc = parseDocument(catalog);
    const offset = catalog.indexOf("[q](x)");
    expect(pathAt(doc.contents as never, offset)).toEqual(["lectures", 1, "quiz"]);
    expect(pathAt(doc.contents as never, catalog.indexOf("heading: Title"))).toEqual([
      "table",
      "columns",
      1,
      "heading",
    ]);
  });
});

describe("pathAt at the edges of nodes", () => {
  const text = "a:\n  b: [x, yy]\n  c:\nd: 1\n";
  const root = parseDocument(text).contents as never;

  test("the first and last character of a value belong to it; a key's own text is its path", () => {
    expect(pathAt(root, text.indexOf("x"))).toEqual(["a", "b", 0]);
    expect(pathAt(root, text.indexOf("yy"))).toEqual(["a", "b", 1]);
    expect(pathAt(root, text.indexOf("yy") + 1)).toEqual(["a", "b", 1]);
    expect(pathAt(root, text.indexOf("b:"))).toEqual(["a", "b"]);
    expect(pathAt(root, text.indexOf("d"))).toEqual(["d"]);
    expect(pathAt(root, text.indexOf("1"))).toEqual(["d"]);
  });

  test("a key without a value is its path; between the items of a list is the list", () => {
    expect(pathAt(root, text.indexOf("c:"))).toEqual(["a", "c"]);
    expect(pathAt(root, text.indexOf(", yy") + 1)).toEqual(["a", "b"]);
  });

  test("an empty document or an offset past the end has no path", () => {
    expect(pathAt(null, 0)).toEqual([]);
    expect(pathAt(root, text.length + 5)).toEqual([]);
  });
});

describe("pathAt at keys in the first column", () => {
  // Each node's range runs to the start of the next line; a key there belongs to the next pair.
  const text =
    "outputs:\n  - path: ./README.md\ntable:\n  columns:\n    - field: number\n      heading: No\nlectures:\n- number: 1\n- number: 2\nend: 1\n";
  const root = parseDocument(text).contents as never;

  test("a top-level key is its own path, not the last value of the key before it", () => {
    expect(pathAt(root, text.indexOf("table:"))).toEqual(["table"]);
    expect(pathAt(root, text.indexOf("lectures:"))).toEqual(["lectures"]);
    expect(pathAt(root, text.indexOf("end:"))).toEqual(["end"]);
  });

  test("an item of a list in the first column is its own, not the item before it", () => {
    expect(pathAt(root, text.indexOf("- number: 2"))).toEqual(["lectures"]);
    expect(pathAt(root, text.indexOf("number: 2"))).toEqual(["lectures", 1, "number"]);
  });

  test("indentation before a key belongs to the map around it; a complex key is named ?", () => {
    expect(pathAt(root, text.indexOf("  columns:"))).toEqual(["table"]);
    expect(pathAt(root, text.indexOf("  heading:"))).toEqual(["table", "columns", 0]);
    const complex = "? [a, b]\n: 1\n";
    expect(pathAt(parseDocument(complex).contents as never, complex.indexOf("a"))).toEqual(["?"]);
  });
});

describe("toReadmePlaces", () => {
  const places = new Map([
    [placeKey(["lectures", 1]), { line: 9, col: 1 }],
    [placeKey(["lectures", 1, "quiz"]), { line: 9, col: 13 }],
    [placeKey(["table", "columns", 1]), { line: 7, col: 8 }],
  ]);

  test("a value's problem goes to its cell, a key's to its row, a column's to its heading", () => {
    const mapped = toReadmePlaces(
      [problem(at("[q](x)")), problem(at("title: B")), problem(at("heading: Title"))],
      catalog,
      places,
      "README.md",
      { line: 5, col: 1 },
    );
    expect(plain(mapped).map((d) => [d.file, d.line, d.col, d.message])).toEqual([
      ["README.md", 9, 13, "lecture 2: something"],
      ["README.md", 9, 1, "lecture 2: something"],
      ["README.md", 7, 8, "lecture 2: something"],
    ]);
  });

  test("a problem past the catalog's last line, or with no place of its own, goes to the table; its rest is kept", () => {
    const mapped = toReadmePlaces(
      [problem({ line: 999, col: 3 }), problem(at("title: B"), { severity: "warning", hint: "h" })],
      catalog,
      new Map(),
      "README.md",
      { line: 5, col: 2 },
    );
    expect(plain(mapped)).toEqual([
      {
        file: "README.md",
        line: 5,
        col: 2,
        rule: "bad-value",
        message: "lecture 2: something",
        severity: "error",
      },
      {
        file: "README.md",
        line: 5,
        col: 2,
        rule: "bad-value",
        message: "lecture 2: something",
        hint: "h",
        severity: "warning",
      },
    ]);
  });

  test("a place the README has no counterpart for goes to the table", () => {
    const mapped = toReadmePlaces([problem({ line: 1, col: 1 })], catalog, places, "README.md", {
      line: 5,
      col: 1,
    });
    expect(plain(mapped).map((d) => [d.file, d.line, d.col])).toEqual([["README.md", 5, 1]]);
  });
});

describe("toReadmePlaces for long and multi-line values", () => {
  // A README row whose cells are long: the catalog import writes holds a long title, a summary of
  // several lines (a block scalar) and a list of links; a problem anywhere inside a value, first or
  // last character, first or last line, is told at that value's cell.
  const long = catalogText(
    {
      table: { columns: [{ field: "number", heading: "No" }] },
      lectures: [
        {
          number: 1,
          title: "Introduction to machine learning and the course",
          summary: "Why learn it:\nsupervised learning,\nunsupervised learning",
          video: [
            { label: "B站", url: "https://www.bilibili.com/video/BV1" },
            { label: "YouTube", url: "https://youtu.be/x" },
          ],
        },
        { number: 2, title: "Regression", summary: "Linear models" },
      ],
    },
    { schemaPath: "s.json", readmeName: "README.md" },
  );
  const rows = long.split("\n");
  /** The place of the first (or last) character of a text in the catalog. */
  const char = (needle: string, which: "first" | "last") => {
    const line = rows.findIndex((l) => l.includes(needle));
    const col = (rows[line] ?? "").indexOf(needle) + 1 + (which === "last" ? needle.length - 1 : 0);
    return { line: line + 1, col };
  };
  const cells = new Map([
    [placeKey(["lectures", 0]), { line: 12, col: 1 }],
    [placeKey(["lectures", 0, "number"]), { line: 12, col: 3 }],
    [placeKey(["lectures", 0, "title"]), { line: 12, col: 7 }],
    [placeKey(["lectures", 0, "summary"]), { line: 12, col: 60 }],
    [placeKey(["lectures", 0, "video"]), { line: 12, col: 120 }],
    [placeKey(["lectures", 1]), { line: 13, col: 1 }],
    [placeKey(["lectures", 1, "number"]), { line: 13, col: 3 }],
    [placeKey(["lectures", 1, "title"]), { line: 13, col: 7 }],
    [placeKey(["lectures", 1, "summary"]), { line: 13, col: 20 }],
  ]);
  const placeOf = (where: { line: number; col: number }) => {
    const [mapped] = plain(toReadmePlaces([problem(where)], long, cells, "README.md", { line: 10, col: 1 }));
    return mapped && [mapped.line, mapped.col];
  };

  test("the catalog holds the long values as one line, a block of lines and a list", () => {
    expect(rows.slice(rows.indexOf("lectures:") + 1)).toEqual([
      "  - number: 1",
      "    title: Introduction to machine learning and the course",
      "    summary: |-",
      "      Why learn it:",
      "      supervised learning,",
      "      unsupervised learning",
      "    video:",
      "      - label: B站",
      "        url: https://www.bilibili.com/video/BV1",
      "      - label: YouTube",
      "        url: https://youtu.be/x",
      "  - number: 2",
      "    title: Regression",
      "    summary: Linear models",
      "",
    ]);
  });

  test("the first and last character of a long one-line value go to its cell", () => {
    expect(placeOf(char("Introduction", "first"))).toEqual([12, 7]);
    expect(placeOf(char("and the course", "last"))).toEqual([12, 7]);
    expect(placeOf(char("Regression", "first"))).toEqual([13, 7]);
    expect(placeOf(char("Regression", "last"))).toEqual([13, 7]);
  });

  test("every line of a multi-line value goes to its cell, the last line's last character too", () => {
    expect(placeOf(char("Why learn it:", "first"))).toEqual([12, 60]);
    expect(placeOf(char("supervised learning,", "last"))).toEqual([12, 60]);
    expect(placeOf(char("unsupervised learning", "first"))).toEqual([12, 60]);
    expect(placeOf(char("unsupervised learning", "last"))).toEqual([12, 60]);
  });

  test("any part of a list of links goes to the links cell", () => {
    expect(placeOf(char("label: B站", "first"))).toEqual([12, 120]);
    expect(placeOf(char("https://www.bilibili.com/video/BV1", "last"))).toEqual([12, 120]);
    expect(placeOf(char("https://youtu.be/x", "last"))).toEqual([12, 120]);
  });

  test("a value on the catalog's last line goes to its cell, and so does the end of a value's line", () => {
    expect(placeOf(char("Linear models", "last"))).toEqual([13, 20]);
    expect(placeOf({ ...char("Regression", "last"), col: char("Regression", "last").col + 1 })).toEqual([
      13, 7,
    ]);
    expect(placeOf(char("number: 2", "last"))).toEqual([13, 3]);
  });
});
