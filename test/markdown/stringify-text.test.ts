// stringifyBlocks returns a text that needs no escaping as it is, without mdast-util-to-markdown's
// `safe` (the largest cost of a large table): its output must equal remark-stringify's own, always.
import fc from "fast-check";
import type { PhrasingContent, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { describe, expect, test } from "vitest";
import { stringifyBlocks } from "../../src/markdown/markdown.js";

/** The same serializer with remark-stringify's own text handler. */
const reference = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: "-" });
const expected = (nodes: RootContent[]) =>
  reference.stringify({ type: "root", children: nodes }).replace(/\n$/, "");

// Every character some unsafe pattern names, their neighbours' contexts, and plain text.
const unit = fc.constantFrom(
  ..."\\*_[]!<>&#|~:@.-+=`()\"' \t\n\r/wWps1aé中?".split(""),
  "http",
  "www.",
  "a@b.c",
  "&amp;",
  "1.",
);
const value = fc.string({ unit, maxLength: 12 });
const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    value.map((v): PhrasingContent => ({ type: "text", value: v })),
    value.map((v): PhrasingContent => ({ type: "inlineCode", value: v })),
    fc.constantFrom("<b>", "<br/>").map((v): PhrasingContent => ({ type: "html", value: v })),
    fc
      .tuple(fc.constantFrom("emphasis", "strong", "delete"), fc.array(tie("node"), { maxLength: 3 }))
      .map(([type, children]) => ({ type, children }) as PhrasingContent),
    fc
      .tuple(
        fc.constantFrom("https://e.org/a_b", "./x y.md", "mailto:a@b.c"),
        fc.array(tie("node"), { maxLength: 2 }),
      )
      .map(([url, children]) => ({ type: "link", url, children }) as PhrasingContent),
  ),
})).node;
const inline = fc.array(phrasing, { minLength: 1, maxLength: 4 });
const block: fc.Arbitrary<RootContent> = fc.oneof(
  inline.map((children): RootContent => ({ type: "paragraph", children })),
  fc
    .tuple(fc.integer({ min: 1, max: 6 }), inline)
    .map(([depth, children]) => ({ type: "heading", depth, children }) as RootContent),
  fc.array(fc.array(inline, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map(
    (rows): RootContent => ({
      type: "table",
      align: [null, "left"],
      children: rows.map((cells) => ({
        type: "tableRow",
        children: cells.map((children) => ({ type: "tableCell", children })),
      })),
    }),
  ),
  fc.array(inline, { minLength: 1, maxLength: 2 }).map(
    (items): RootContent => ({
      type: "list",
      children: items.map((children) => ({ type: "listItem", children: [{ type: "paragraph", children }] })),
    }),
  ),
);

describe("stringifyBlocks' text shortcut", () => {
  test("property: the output equals remark-stringify's own for any blocks", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 3 }), (blocks) => {
        expect(stringifyBlocks(structuredClone(blocks))).toBe(expected(structuredClone(blocks)));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 120_000);

  test("texts that need escapes still get them; plain ones stay as they are", () => {
    const cell = (value: string): RootContent => ({
      type: "table",
      align: [null],
      children: [
        { type: "tableRow", children: [{ type: "tableCell", children: [{ type: "text", value: "h" }] }] },
        { type: "tableRow", children: [{ type: "tableCell", children: [{ type: "text", value }] }] },
      ],
    });
    expect(stringifyBlocks([cell("a | b *c* [d] www.e.org 1. f_g\\h")])).toBe(
      "| h |\n| - |\n| a \\| b \\*c\\* \\[d] www\\.e.org 1. f_g\\h |",
    );
    expect(stringifyBlocks([cell("第十二讲 Multi-head self-attention原理 1. Masked")])).toBe(
      "| h |\n| - |\n| 第十二讲 Multi-head self-attention原理 1. Masked |",
    );
  });
});
