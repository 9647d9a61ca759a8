// Parsing a long file in pieces must find exactly the links of parsing it whole.
import { describe, expect, test } from "vitest";
import { linksInTree, markdownLinks } from "../../src/links/collect-markdown.js";
import { markdownChunks } from "../../src/links/markdown-chunks.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

/** A long page of every construct a cut could break: fences, HTML blocks, lists, quotes, tables. */
function longPage(sections: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Section ${i}`,
      "",
      `Intro with [a link](https://example.com/s${i}) and <https://example.com/auto${i}>.`,
      "",
      `- [item a](./a${i}.md)`,
      `- [item b](./b${i}.md#part)`,
      `  continued [inside](https://example.com/cont${i})`,
      "",
      "```md",
      `[not a link](https://example.com/fence${i})`,
      "",
      `- [nor this](https://example.com/fence-list${i})`,
      "```",
      "",
      "<!--",
      `[hidden](https://example.com/comment${i})`,
      "",
      `- [still hidden](https://example.com/comment-list${i})`,
      "-->",
      "",
      `> quoted [link](https://example.com/quote${i})`,
      "",
      "| a | b |",
      "| - | - |",
      `| [cell](https://example.com/cell${i}) | x |`,
      "",
      `[ref${i}]: https://example.com/ref${i}`,
      "",
      `    indented code [no](https://example.com/indented${i})`,
      "",
      `<a href="https://example.com/html${i}">html</a>`,
      "",
    );
  }
  return parts.join("\n");
}

describe("markdown in pieces", () => {
  test("a short file is one piece", () => {
    expect(markdownChunks("# a\n\n[x](y)\n")).toEqual([{ text: "# a\n\n[x](y)\n", lineOffset: 0 }]);
  });

  test("a long file is cut into pieces, and finds the same links, at the same places", () => {
    const page = longPage(150);
    const pieces = markdownChunks(page);
    expect(pieces.length).toBeGreaterThan(5);
    const whole = linksInTree(parseMarkdown(page), page, "page.md");
    const chunked = markdownLinks(page, "page.md");
    expect(chunked).toEqual(whole);
    expect(
      whole.some((l) => l.raw.includes("fence") || l.raw.includes("comment") || l.raw.includes("indented")),
    ).toBe(false);
    expect(whole).toHaveLength(150 * 9);
  });

  test("a tight list of thousands of items is cut between items", () => {
    const list = Array.from({ length: 5000 }, (_, i) => `- [link ${i}](https://example.com/${i})`).join("\n");
    const pieces = markdownChunks(list);
    expect(pieces.length).toBeGreaterThan(5);
    const links = markdownLinks(list, "list.md");
    expect(links).toHaveLength(5000);
    expect(links[4321]?.source).toEqual({ file: "list.md", line: 4322, col: 3 });
  });
});
