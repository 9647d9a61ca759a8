// One README table cell as import sees it: its source verbatim, its plain text, whether it is plain,
// whether it is a run of plain links with one separator, and where its ./paths are.
import type { Table } from "mdast";
import { describe, expect, test } from "vitest";
import { type Cell, EMPTY_CELL, readCell, withPaths } from "../../src/import/cells.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

/** The cells of the first body row of a one-table page whose row is `| No | <cell> |`. */
function cellOf(source: string, page = `| No | X |\n| - | - |\n| 1 | ${source} |\n`): Cell {
  const table = parseMarkdown(page).children.find((node) => node.type === "table") as Table;
  return readCell(table.children[1]?.children[1], page, { line: 99, col: 9 });
}

describe("readCell", () => {
  test("a missing cell is empty and plain, at the row's place", () => {
    expect(readCell(undefined, "", { line: 3, col: 1 })).toEqual({ ...EMPTY_CELL, at: { line: 3, col: 1 } });
    expect(EMPTY_CELL).toEqual({ source: "", text: "", plain: true, paths: [] });
  });

  test("an empty cell has no source, no text and no paths, at its own place", () => {
    expect(cellOf("")).toEqual({ source: "", text: "", plain: true, paths: [], at: { line: 3, col: 5 } });
  });

  test("plain text: the source as written, the text with white space folded", () => {
    expect(cellOf("Intro &amp;  more")).toEqual({
      source: "Intro &amp;  more",
      text: "Intro & more",
      plain: true,
      paths: [],
      at: { line: 3, col: 5 },
    });
  });

  test("emphasis, code or a break make a cell not plain", () => {
    for (const source of ["**A**", "`a`", "a<br/>b", "*a* b"]) {
      expect({ source, plain: cellOf(source).plain }).toEqual({ source, plain: false });
    }
  });

  test("links with one separator between them are a link run, each with its text and URL", () => {
    expect(cellOf("[上](https://v.org/1) · [下](https://v.org/2) · [末](./c/)").links).toEqual({
      parts: [
        { text: "上", url: "https://v.org/1" },
        { text: "下", url: "https://v.org/2" },
        { text: "末", url: "./c/" },
      ],
      separator: " · ",
    });
    expect(cellOf("[v](https://v.org/1)").links).toStrictEqual({
      parts: [{ text: "v", url: "https://v.org/1" }],
    });
  });

  test("two separators, text around the links, a link title, markup in a link or a trailing separator: no link run", () => {
    for (const source of [
      "[a](https://a.org) · [b](https://b.org), [c](https://c.org)",
      "see [a](https://a.org)",
      "[a](https://a.org) and more",
      '[a](https://a.org "t")',
      "[**a**](https://a.org)",
      "[a **b**](https://a.org)",
      "[a](https://a.org) **b**",
      "[a](https://a.org) · ",
      "[a](https://a.org)[b](https://b.org)",
      "plain",
    ]) {
      expect({ source, links: cellOf(source).links }).toEqual({ source, links: undefined });
    }
  });

  test("the ./paths of links, images and HTML src/href, by their offset in the cell's source", () => {
    const source =
      '[a](./x.md) ![i](./i.png) <img src="./h.png"> [b](https://b.org) [c](y.md) <a href="./z/">z</a>';
    const cell = cellOf(source);
    expect(cell.paths).toEqual([
      { offset: source.indexOf("./x.md"), url: "./x.md" },
      { offset: source.indexOf("./i.png"), url: "./i.png" },
      { offset: source.indexOf("./h.png"), url: "./h.png" },
      { offset: source.indexOf("./z/"), url: "./z/" },
    ]);
  });

  test("a ./path whose text repeats the path is found at the link target, not in the text", () => {
    const source = "[./x.md](./x.md)";
    expect(cellOf(source).paths).toEqual([{ offset: source.indexOf("(./x.md") + 1, url: "./x.md" }]);
  });

  test("a reference link's ./path is not in the cell's source, so there is nothing to replace", () => {
    const page = "| No | X |\n| - | - |\n| 1 | [a][r] |\n\n[r]: ./x.md\n";
    expect(cellOf("", page).paths).toEqual([]);
  });
});

describe("withPaths", () => {
  test("replaces every ./path in the source, later ones first, so earlier offsets stay right", () => {
    const source = '[a](./x.md) <img src="./longer/name.png"> [b](./y/)';
    const cell = cellOf(source);
    expect(withPaths(cell, (url) => `./docs/${url.slice(2)}`)).toBe(
      '[a](./docs/x.md) <img src="./docs/longer/name.png"> [b](./docs/y/)',
    );
    expect(withPaths(cell, () => "")).toBe('[a]() <img src=""> [b]()');
  });

  test("a cell without paths is its source", () => {
    expect(withPaths(cellOf("**A** [b](https://b.org)"), () => "X")).toBe("**A** [b](https://b.org)");
  });
});
