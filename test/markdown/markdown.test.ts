// parseMarkdown's offsets index the text it was given, a leading byte order mark included:
// every consumer that edits or slices by offset (markers, rebase, import, link collection) relies on it.

import fc from "fast-check";
import type { Paragraph } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, test } from "vitest";
import { parseMarkdown, stringifyBlocks } from "../../src/markdown/markdown.js";

/** Each HTML node and link with the text its offsets select. */
function slices(text: string): { value: string; slice: string }[] {
  const out: { value: string; slice: string }[] = [];
  visit(parseMarkdown(text), (node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    if (node.type === "html") out.push({ value: node.value, slice: text.slice(start.offset, end.offset) });
    if (node.type === "link") out.push({ value: node.url, slice: text.slice(start.offset, end.offset) });
  });
  return out;
}

describe("parseMarkdown offsets", () => {
  test("with a BOM, an HTML comment's offsets select exactly the comment", () => {
    const text = "\uFEFF# C\n\n<!-- syllabus:start -->\n";
    expect(slices(text)).toEqual([{ value: "<!-- syllabus:start -->", slice: "<!-- syllabus:start -->" }]);
  });

  test("property: with or without a BOM, HTML nodes slice to their value and links to [text](url)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "中", " "), minLength: 1, maxLength: 6 });
    const block = fc.oneof(
      word.map((w) => `<!-- ${w} -->`),
      fc.tuple(word, word).map(([t, u]) => `[${t.trim() || "x"}](https://e.org/${encodeURIComponent(u)})`),
      word.map((w) => `# ${w}`),
    );
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(block, { maxLength: 6 }),
        fc.constantFrom("\n\n", "\r\n\r\n"),
        (bom, blocks, gap) => {
          const text = (bom ? "\uFEFF" : "") + blocks.join(gap);
          for (const { value, slice } of slices(text)) {
            if (value.startsWith("<!--")) expect(slice).toBe(value);
            else expect(slice.endsWith(`(${value})`)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("stringifyBlocks", () => {
  test("tables without alignment padding (one changed cell changes one line), no trailing newline", () => {
    const tree = parseMarkdown("| a | long heading |\n|:-|-:|\n| 1 | 2 |\n");
    expect(stringifyBlocks(tree.children)).toBe("| a | long heading |\n| :- | -: |\n| 1 | 2 |");
  });

  test("lists with - bullets, blocks separated by one blank line", () => {
    const tree = parseMarkdown("* one\n* two\n\nSome ~~gone~~ text.\n");
    expect(stringifyBlocks(tree.children)).toBe("- one\n- two\n\nSome ~~gone~~ text.");
  });
});

describe("parseMarkdown", () => {
  test("reads GitHub's extensions: tables, strikethrough and autolinked URLs", () => {
    const tree = parseMarkdown("| a |\n| - |\n| b |\n\nSee https://e.org and ~~x~~.\n");
    expect(tree.children.map((node) => node.type)).toEqual(["table", "paragraph"]);
    const paragraph = tree.children[1] as Paragraph;
    expect(paragraph.children.map((node) => node.type)).toEqual(["text", "link", "text", "delete", "text"]);
  });

  test("without a BOM, offsets are micromark's own", () => {
    const tree = parseMarkdown("# T\n");
    expect(tree.children[0]?.position?.start.offset).toBe(0);
    expect(tree.children[0]?.position?.end.offset).toBe(3);
  });
});
