// Columns are data: each column type renders a lecture field to exact markdown, and a named
// table shows the lectures its `where` selects in its own columns.
import fc from "fast-check";
import type { PhrasingContent, Table } from "mdast";
import { beforeAll, describe, expect, test } from "vitest";
import { catalog } from "../../src/catalog/schema.js";
import { parseInlineCells } from "../../src/markdown/inline.js";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { parseMarkdown, stringifyBlocks } from "../../src/markdown/markdown.js";
import { buildTable, tableSelection } from "../../src/render/table.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const resolve = (target: string, kind: string) => (target.startsWith("./") ? `${kind}:${target}` : target);

/** The body rows of the table one column renders, as markdown lines. */
function column(columnSpec: Record<string, unknown>, lectures: Record<string, unknown>[]): string[] {
  const parsed = catalog.parse({ table: { columns: [{ heading: "H", ...columnSpec }] }, lectures });
  return stringifyBlocks([buildTable(parsed, resolve)])
    .split("\n")
    .slice(2);
}

describe("label columns", () => {
  test("a lecture's label is shown verbatim; without one the format is applied to its number", () => {
    const lectures = [
      { number: 0, label: "00", title: "A" },
      { number: 1, title: "B" },
      { label: "Postscript", title: "C" },
      { number: 23, label: "第二十三讲", title: "D" },
    ];
    expect(column({ field: "number" }, lectures)).toEqual([
      "| 00 |",
      "| 第一讲 |",
      "| Postscript |",
      "| 第二十三讲 |",
    ]);
    expect(column({ field: "label", type: "label" }, lectures)).toEqual([
      "| 00 |",
      "| 第一讲 |",
      "| Postscript |",
      "| 第二十三讲 |",
    ]);
  });

  test("as text, number shows its digits and label its own text", () => {
    expect(column({ field: "number", type: "text" }, [{ number: 7, label: "x", title: "A" }])).toEqual([
      "| 7 |",
    ]);
    expect(column({ field: "label", type: "text" }, [{ number: 7, title: "A" }])).toEqual(["| |"]);
  });
});

describe("text columns", () => {
  test("plain text: line breaks fold to one space, markdown characters are escaped", () => {
    expect(column({ field: "title" }, [{ number: 1, title: "  **not bold**\n| [x](y) & <br/> " }])).toEqual([
      "| \\*\\*not bold\\*\\* \\| \\[x]\\(y) & \\<br/> |",
    ]);
  });

  test("group, id and season are text by default", () => {
    const lectures = [{ id: "intro", number: 1, season: 2, group: "Module *1*", title: "A" }];
    expect(column({ field: "group" }, lectures)).toEqual(["| Module \\*1\\* |"]);
    expect(column({ field: "id" }, lectures)).toEqual(["| intro |"]);
    expect(column({ field: "season" }, lectures)).toEqual(["| 2 |"]);
  });
});

describe("markdown columns", () => {
  test("links, emphasis, code, images, badges and inline HTML survive as mdast", () => {
    const author =
      "**01. 引言** by [Jane](https://j.org) `a|b` [![bilibili](https://b.svg)](https://v.org)<br/>x";
    expect(column({ field: "author" }, [{ number: 1, title: "A", author }])).toEqual([
      "| **01. 引言** by [Jane](https://j.org) `a\\|b` [![bilibili](https://b.svg)](https://v.org)<br/>x |",
    ]);
  });

  test("the value is read as a table cell reads it: `1. ` and `# ` stay text, a bare | stays in the cell", () => {
    expect(column({ field: "title", type: "markdown" }, [{ number: 1, title: "1. Intro | # 2" }])).toEqual([
      "| 1. Intro \\| # 2 |",
    ]);
  });

  test("repository ./paths of links, images and HTML are rebased like link cells; URLs are kept", () => {
    const notes = '[slides](./s.pdf) ![fig](./f.png) <img src="./i.png"> [web](https://w.org/./x)';
    expect(column({ field: "notes" }, [{ number: 1, title: "A", notes }])).toEqual([
      '| [slides](link:./s.pdf) ![fig](image:./f.png) <img src="image:./i.png"> [web](https://w.org/./x) |',
    ]);
  });

  test("a lecture without the field has an empty cell", () => {
    expect(column({ field: "notes" }, [{ number: 1, title: "A" }])).toEqual(["| |"]);
  });
});

describe("links columns", () => {
  test("each link keeps its own label; a link without one shows the column's link text", () => {
    const lectures = [
      {
        number: 1,
        title: "A",
        video: [{ label: "A deeper dive into IoT", url: "https://v.org/1" }, { url: "https://v.org/2" }],
      },
      { number: 2, title: "B", video: { label: "Part 1", url: "./v.mp4" } },
      { number: 3, title: "C", video: "https://v.org/3" },
    ];
    expect(column({ field: "video", link: "Video", separator: " · " }, lectures)).toEqual([
      "| [A deeper dive into IoT](https://v.org/1) · [Video](https://v.org/2) |",
      "| [Part 1](link:./v.mp4) |",
      "| [Video](https://v.org/3) |",
    ]);
  });

  test("without a column link text, table.link; the default separator is one space; <br/> can separate", () => {
    const parsed = catalog.parse({
      table: {
        link: "go",
        columns: [
          { field: "code", heading: "C" },
          { field: "notebook", heading: "N", type: "links", separator: "<br/>" },
        ],
      },
      lectures: [
        {
          number: 1,
          title: "A",
          code: [{ url: "https://c.org/1" }, { url: "https://c.org/2" }],
          notebook: [{ url: "https://n.org/1" }, { label: "Kaggle", url: "https://n.org/2" }],
        },
      ],
    });
    expect(stringifyBlocks([buildTable(parsed, resolve)]).split("\n")[2]).toBe(
      "| [go](https://c.org/1) [go](https://c.org/2) | [go](https://n.org/1)<br/>[Kaggle](https://n.org/2) |",
    );
  });

  test("placeholders show the table's texts", () => {
    const lectures = [
      { number: 1, title: "A", review: "unavailable" },
      { number: 2, title: "B", review: "pending" },
    ];
    expect(column({ field: "review" }, lectures)).toEqual(["| / |", "| 更新中 |"]);
  });
});

describe("headings", () => {
  test("a heading is inline markdown: emphasis, emoji and badges stay as the README wrote them", () => {
    const parsed = catalog.parse({
      table: {
        columns: [
          { field: "number", heading: "**Module number**" },
          { field: "title", heading: "📘 Unit" },
          { field: "video", heading: "![bilibili](https://b.svg) Video | 视频" },
        ],
      },
      lectures: [{ number: 1, title: "A" }],
    });
    expect(stringifyBlocks([buildTable(parsed, resolve)]).split("\n")[0]).toBe(
      "| **Module number** | 📘 Unit | ![bilibili](https://b.svg) Video \\| 视频 |",
    );
  });
});

describe("named tables", () => {
  const parsed = catalog.parse({
    table: {
      columns: [
        { field: "number", heading: "#" },
        { field: "title", heading: "Title" },
      ],
    },
    tables: {
      "season-2": { where: { season: 2 } },
      "module-1": { where: { group: "Module 1" }, columns: [{ field: "title", heading: "Lesson" }] },
      all: {},
    },
    lectures: [
      { number: 1, season: 1, group: "Module 1", title: "A" },
      { number: 2, season: 2, group: "Module 1", title: "B" },
      { number: 3, season: 2, title: "C" },
    ],
  });
  const table = (name?: string) =>
    stringifyBlocks([buildTable(parsed, resolve, tableSelection(parsed, name))]).split("\n");

  test("where selects the lectures whose fields equal every key, in catalog order", () => {
    expect(table("season-2")).toEqual(["| # | Title |", "| - | - |", "| 第二讲 | B |", "| 第三讲 | C |"]);
  });

  test("a table's own columns replace table.columns", () => {
    expect(table("module-1")).toEqual(["| Lesson |", "| - |", "| A |", "| B |"]);
  });

  test("an empty where, and the unnamed region, show every lecture", () => {
    expect(table("all")).toEqual(table());
    expect(table()).toHaveLength(5);
  });
});

describe("markdown cells round-trip", () => {
  /** Phrasing content of the body cells of a parsed table. */
  const cellsOf = (markdown: string) =>
    ((parseMarkdown(markdown).children[0] as Table).children.slice(1) ?? []).map((row) =>
      strip(row.children[0]?.children ?? []),
    );
  const strip = (nodes: PhrasingContent[]): unknown =>
    JSON.parse(JSON.stringify(nodes, (key, value) => (key === "position" ? undefined : value)));

  const pieces = fc.constantFrom(
    "a",
    " ",
    "*",
    "_",
    "`",
    // A bare | right after a literal URL (`https://u.org|`) is left out: micromark keeps the
    // backslash of the escaped pipe in the URL, and no markdown writes that URL back.
    " |",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "!",
    "#",
    "&",
    "1.",
    "-",
    "~",
    "https://x.org/?a=1&b=2",
    "[t](https://u.org)",
    "![i](./i.png)",
    "<br/>",
    "**b**",
    "`c`",
    "引",
  );
  const value = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(""));

  test("render → parse back gives the same phrasing content", () => {
    fc.assert(
      fc.property(value, (text) => {
        const parsed = catalog.parse({
          table: { columns: [{ field: "notes", heading: "N" }] },
          lectures: [{ number: 1, title: "A", notes: text }],
        });
        const rendered = stringifyBlocks([buildTable(parsed, (t) => t)]);
        expect(cellsOf(rendered)).toEqual([strip(parseInlineCells([text])[0] ?? [])]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
