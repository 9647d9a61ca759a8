// The point of the direct writer is that a table of plain cells never needs remark: with remark not
// loaded (a fresh copy of the modules), such a table is written, and a cell remark must write asks
// for it (MarkdownNotLoaded), as does a table shape left to remark.
import type { PhrasingContent, Table, TableCell } from "mdast";
import { expect, test, vi } from "vitest";

const cell = (...children: PhrasingContent[]): TableCell => ({ type: "tableCell", children });
const text = (value: string): PhrasingContent => ({ type: "text", value });
const table = (rows: TableCell[][]): Table => ({
  type: "table",
  align: ["center", "left"],
  children: rows.map((children) => ({ type: "tableRow", children })),
});

async function freshWriter() {
  vi.resetModules();
  const { stringifyTable } = await import("../../src/markdown/table-text.js");
  const { MarkdownNotLoaded } = await import("../../src/markdown/lazy.js");
  return { stringifyTable, MarkdownNotLoaded };
}

test("plain cells (text, a link, inline code, an HTML tag, empty) are written without remark", async () => {
  const { stringifyTable } = await freshWriter();
  const plain = table([
    [cell(text("章节")), cell(text("Slides"))],
    [cell(text("第一讲 a*b|c")), cell({ type: "link", url: "https://a.b/c", children: [text("x")] })],
    [cell({ type: "inlineCode", value: "npm test" }), cell({ type: "html", value: "<br>" })],
    [cell(), cell(text("end"))],
  ]);
  expect(stringifyTable(plain)).toBe(
    [
      "| 章节 | Slides |",
      "| :-: | :- |",
      "| 第一讲 a\\*b\\|c | [x](https://a.b/c) |",
      "| `npm test` | <br> |",
      "| | end |",
    ].join("\n"),
  );
});

test.each([
  ["a cell with an underscore", table([[cell(text("a_b")), cell(text("x"))]])],
  ["a cell with emphasis", table([[cell({ type: "emphasis", children: [text("x")] }), cell(text("y"))]])],
  ["a short row", table([[cell(text("a")), cell(text("b"))], [cell(text("c"))]])],
])("%s needs remark", async (_, t) => {
  const { stringifyTable, MarkdownNotLoaded } = await freshWriter();
  expect(() => stringifyTable(t)).toThrow(MarkdownNotLoaded);
});
