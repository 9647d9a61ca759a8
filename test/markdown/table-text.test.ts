// Writing a course table without remark's per-cell machinery: for any table of text, links and
// richer inline nodes, the text is exactly remark-stringify's (plain cells written directly, the
// others by remark in one call).
import fc from "fast-check";
import type { AlignType, PhrasingContent, Table, TableCell } from "mdast";
import { beforeAll, describe, expect, test } from "vitest";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { stringifyBlocks } from "../../src/markdown/markdown.js";
import { stringifyTable } from "../../src/markdown/table-text.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

/** Every ASCII punctuation mark, white space of several kinds, CJK text and full-width punctuation. */
const unit = fc.constantFrom(
  ..."abcXYZ019 ".split(""),
  ..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".split(""),
  "中文",
  "，",
  "。",
  "：",
  "\u00a0",
  "\u3000",
  "\t",
  "http://",
  "https:/",
  "www.",
  "&amp;",
  "&#38;",
  "a@b.co",
  "1. ",
  "- ",
  "# ",
);
const value = fc.string({ unit, maxLength: 10 });
const plainish = fc.string({
  unit: fc.constantFrom(..."ab中 .-:/,()!@<*`~|?".split("")),
  minLength: 1,
  maxLength: 10,
});
const url = fc.oneof(
  fc.constantFrom(
    "https://www.bilibili.com/video/BV1/?spm_id_from=333.999.0.0&vd_source=eb3a",
    "https://e.org/a_b*c~d",
    "./x y.md",
    "a(b)",
    "mailto:a@b.co",
    "https://e.org/#&x;",
    "",
  ),
  value,
);
const text = (v: string): PhrasingContent => ({ type: "text", value: v });
const node: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { arbitrary: fc.oneof(value, plainish).map(text), weight: 4 },
  {
    arbitrary: fc
      .tuple(url, fc.oneof(value, plainish, url))
      .map(([u, label]): PhrasingContent => ({ type: "link", url: u, children: [text(label)] })),
    weight: 4,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("emphasis", "strong", "delete"), value)
      .map(([type, v]) => ({ type, children: [text(v)] }) as PhrasingContent),
    weight: 1,
  },
  { arbitrary: value.map((v): PhrasingContent => ({ type: "inlineCode", value: v })), weight: 1 },
  {
    arbitrary: fc
      .constantFrom("<b>", "<br/>", "</i>", "<span title='a|b'>", "<!-- c -->")
      .map((v): PhrasingContent => ({ type: "html", value: v })),
    weight: 1,
  },
);
/** Neighbours that make an escape between two nodes: `!` before a link, `s` before `:/`. */
const neighbours = fc.constantFrom<PhrasingContent[]>(
  [text("see!"), { type: "link", url: "u", children: [text("l")] }],
  [text("https"), text(":/x")],
);
const cell = fc
  .oneof({ arbitrary: fc.array(node, { maxLength: 3 }), weight: 9 }, { arbitrary: neighbours, weight: 1 })
  .map((children): TableCell => ({ type: "tableCell", children }));
const align = fc.constantFrom<AlignType>(null, "left", "right", "center");
const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc
    .tuple(
      fc.array(align, { minLength: width, maxLength: width }),
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
    )
    .map(
      ([aligns, rows]): Table => ({
        type: "table",
        align: aligns,
        children: rows.map((cells) => ({ type: "tableRow", children: cells })),
      }),
    ),
);

describe("stringifyTable", () => {
  test("writes any table exactly as remark-stringify does", () => {
    fc.assert(
      fc.property(table, (t) => {
        expect(stringifyTable(t)).toBe(stringifyBlocks([structuredClone(t)]));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  test("a course row: text and code with pipes, HTML, links with query strings, an empty cell, each alignment", () => {
    const link = (u: string, label: string): PhrasingContent => ({
      type: "link",
      url: u,
      children: [text(label)],
    });
    const t: Table = {
      type: "table",
      align: ["center", "left", "right", null],
      children: [
        {
          type: "tableRow",
          children: ["章节", "简介", "视频", "代码"].map((h) => ({ type: "tableCell", children: [text(h)] })),
        },
        {
          type: "tableRow",
          children: [
            { type: "tableCell", children: [text("第一讲")] },
            {
              type: "tableCell",
              children: [
                text("Multi-head self-attention原理: 1. a-b | c "),
                { type: "inlineCode", value: "x|y" },
                { type: "html", value: "<br/>" },
              ],
            },
            {
              type: "tableCell",
              children: [link("https://b.tv/v/?a=1&vd=2", "上"), text(" "), link("https://b.tv/w", "下")],
            },
            { type: "tableCell", children: [] },
          ],
        },
      ],
    };
    expect(stringifyTable(t)).toBe(
      [
        "| 章节 | 简介 | 视频 | 代码 |",
        "| :-: | :- | -: | - |",
        "| 第一讲 | Multi-head self-attention原理: 1. a-b \\| c `x\\|y`<br/> | [上](https://b.tv/v/?a=1\\&vd=2) [下](https://b.tv/w) | |",
      ].join("\n"),
    );
  });
});
