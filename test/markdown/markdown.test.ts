// parseMarkdown's offsets index the text it was given, a leading byte order mark included:
// every consumer that edits or slices by offset (markers, rebase, import, link collection) relies on it.
import fc from "fast-check";
import { visit } from "unist-util-visit";
import { describe, expect, test } from "vitest";
import { parseMarkdown } from "../../src/markdown/markdown.js";

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
