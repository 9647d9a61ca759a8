// Hostile titles and summaries must render to a table that parses back (remark + remark-gfm)
// to the same cell text and the same number of columns.
import { beforeAll, describe, expect, test } from "vitest";
import { catalog } from "../../src/catalog/schema.js";
import { cellText } from "../../src/markdown/cells.js";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { stringifyBlocks } from "../../src/markdown/markdown.js";
import { buildTable } from "../../src/render/table.js";
import { rowsOf, tablesOf } from "../helpers/tables.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const HOSTILE = [
  "a | b",
  "a \\| b",
  "||",
  "*not emphasis* and **not strong**",
  "_under_ score_",
  "<script>alert(1)</script>",
  "<b>bold?</b> <!-- comment -->",
  "`code` and ``two``",
  "[not a link](https://example.com)",
  "![not an image](x.png)",
  "line one\nline two\r\nline three",
  "emoji 🚀👩‍💻 and 中文标点｜全角竖线",
  "# not a heading",
  "- not a list",
  "1. not a list",
  "> not a quote",
  "trailing backslash \\",
  "&amp; &lt; entity-like &copy;",
  "~~not struck~~",
  "https://autolink.example.com",
  "   leading and trailing   ",
  ":-: | --- |",
];

describe("cell escaping", () => {
  test.each(HOSTILE)("%j round-trips", (hostile) => {
    const data = catalog.parse({ lectures: [{ number: 1, title: hostile, summary: hostile }] });
    const markdown = stringifyBlocks([buildTable(data, (t) => t)]);
    const tables = tablesOf(markdown);
    expect(tables).toHaveLength(1);
    const [header, row] = rowsOf(tables[0] as never);
    expect(header).toHaveLength(6);
    expect(row).toHaveLength(6);
    // A bare URL in plain text becomes a GFM autolink literal: same text, now clickable.
    const autolinked = [...hostile.matchAll(/https:\/\/[\w.]+\.com/g)].map((m) => m[0]);
    expect(row?.[1]).toEqual({ text: cellText(hostile), urls: autolinked });
    expect(row?.[2]).toEqual({ text: cellText(hostile), urls: autolinked });
    // A table row is one line: nothing hostile may add lines.
    expect(markdown.split("\n")).toHaveLength(3);
  });

  test("URLs with table-breaking characters keep their cell and their target", () => {
    const url = "https://example.com/a|b?q=1&r=<2>#frag";
    const data = catalog.parse({ lectures: [{ number: 1, title: "T", video: url }] });
    const [, row] = rowsOf(tablesOf(stringifyBlocks([buildTable(data, (t) => t)]))[0] as never);
    expect(row?.[3]).toEqual({ text: "link", urls: [url] });
  });
});
