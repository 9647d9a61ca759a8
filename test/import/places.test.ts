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
const problem = (where: { line: number; col: number }) =>
  message({
    file: "catalog.yaml",
    ...where,
    severity: "error",
    rule: "bad-value",
    message: "lecture 2: something",
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

  test("a place the README has no counterpart for goes to the table", () => {
    const mapped = toReadmePlaces([problem({ line: 1, col: 1 })], catalog, places, "README.md", {
      line: 5,
      col: 1,
    });
    expect(plain(mapped).map((d) => [d.file, d.line, d.col])).toEqual([["README.md", 5, 1]]);
  });
});
