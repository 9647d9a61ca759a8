// The direct writer takes only cells it writes exactly as remark does; every cell at the edge of
// what it takes (and every table shape it leaves to remark) is written as remark-stringify writes it.
import type { AlignType, PhrasingContent, Table, TableCell } from "mdast";
import { beforeAll, expect, test } from "vitest";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { stringifyBlocks } from "../../src/markdown/markdown.js";
import { stringifyTable } from "../../src/markdown/table-text.js";

beforeAll(loadMarkdown);

const cell = (...children: PhrasingContent[]): TableCell => ({ type: "tableCell", children });
const text = (value: string): PhrasingContent => ({ type: "text", value });
const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
const html = (value: string): PhrasingContent => ({ type: "html", value });
const link = (url: string, children: PhrasingContent[], title?: string): PhrasingContent => ({
  type: "link",
  url,
  children,
  ...(title ? { title } : {}),
});

function table(rows: TableCell[][], align: AlignType[] = []): Table {
  return { type: "table", align, children: rows.map((children) => ({ type: "tableRow", children })) };
}

const edgeCells: [string, TableCell][] = [
  ["empty text", cell(text(""))],
  ["no children", cell()],
  ["text with _", cell(text("a_b"))],
  ["text with @", cell(text("x@y.z"))],
  ["a character reference", cell(text("&amp;"))],
  ["* ` ~ | and a tag", cell(text("a*b`c~d|e <b>"))],
  ["leading space", cell(text(" lead"))],
  ["trailing space", cell(text("trail "))],
  ["www.", cell(text("see www.x.org"))],
  ["a URL as text", cell(text("https://x.org"))],
  ["two text nodes", cell(text("a"), text("b"))],
  ["code starting with a backtick", cell(code("`x"))],
  ["code ending with a backtick", cell(code("x`"))],
  ["code starting with a space", cell(code(" x"))],
  ["code with a backslash", cell(code("a\\b"))],
  ["code with a pipe", cell(code("a|b"))],
  ["code with a line break", cell(code("a\nb"))],
  ["plain code", cell(code("npm test"))],
  ["one-line html", cell(html("<br>"))],
  ["html over two lines", cell(html("<b>\n</b>"))],
  ["a plain link", cell(link("https://a.b/c", [text("x")]))],
  ["a link with a title", cell(link("https://a.b/c", [text("x")], "t"))],
  ["a link whose text is its URL", cell(link("https://a.b/c", [text("https://a.b/c")]))],
  ["a mail link whose text is the address", cell(link("mailto:a@b.c", [text("a@b.c")]))],
  ["a URL with a space", cell(link("https://a.b/c d", [text("x")]))],
  ["a URL with parentheses", cell(link("https://a.b/(c)", [text("x")]))],
  ["a link of two nodes", cell(link("https://a.b/", [text("x"), text("y")]))],
  ["a link around code", cell(link("https://a.b/", [code("x")]))],
  ["a link with an escaped text", cell(link("https://a.b/", [text("a_b")]))],
  ["text, a link and code", cell(text("see "), link("./x", [text("x")]), text(" and "), code("y"))],
];

test.each(edgeCells)("a cell: %s", (_, c) => {
  const t = table([[cell(text("h"))], [c]]);
  expect(stringifyTable(t)).toBe(stringifyBlocks([t]));
});

test.each([
  ["no columns", table([[]])],
  ["a short row", table([[cell(text("a")), cell(text("b"))], [cell(text("c"))]])],
  ["more alignments than columns", table([[cell(text("a"))]], ["left", "right"])],
  [
    "every alignment",
    table(
      [[cell(text("a")), cell(text("b")), cell(text("c")), cell(text("d"))]],
      ["left", "right", "center", null],
    ),
  ],
])("a table: %s", (_, t) => {
  expect(stringifyTable(t)).toBe(stringifyBlocks([t]));
});
