// Exact links of small pages, one construct at a time, read by the tokenizer and by the pattern for
// plain lines: what a link of each kind yields, at which line:col, and what must yield nothing.
// Fast on purpose: these are the tests mutation runs use for collect-markdown.ts.
import { describe, expect, test } from "vitest";
import {
  linksInText,
  linksInTree,
  markdownLinkChunks,
  markdownLinks,
  plainLinks,
} from "../../src/links/collect-markdown.js";
import type { FoundLink } from "../../src/links/targets.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

const show = (links: FoundLink[] | undefined) =>
  links?.map((l) => `${l.source.line}:${l.source.col} ${l.raw}`);

const everyKind = [
  "# Every kind",
  "",
  'Inline [text](https://example.com/inline "Title") and ![alt](./img.png).',
  "[![badge](https://example.com/badge.svg)](https://example.com/target)",
  "A [reference][later], a [collapsed][] and a [shortcut].",
  "<https://example.com/auto> <me@example.com> www.example.com/www https://example.com/lit a@example.org.",
  "",
  "| col | link |",
  "| --- | ---- |",
  "| x | [cell](./cell.md#row) |",
  "",
  "Text <a href=\"https://example.com/inline-html\">a</a> and <img src='./i.png'>",
  "",
  "<div>",
  '  <img alt="x"',
  '       src="./block.png">',
  "</div>",
  "",
  "`[span](https://example.com/span)` and ``<https://example.com/span2>``",
  "",
  "```",
  "[fenced](https://example.com/fenced)",
  "```",
  "",
  "    [indented](https://example.com/indented)",
  "",
  "[amp](https://example.com/?a=1&amp;b=2) [angle](<./a b.md>) [esc](https://example.com/a\\_b)",
  "",
  "[later]: https://example.com/later",
  "[collapsed]: <./collapsed.md> 'T'",
  "[shortcut]: https://example.com/x&amp;y",
  "[unused]: https://example.com/unused",
].join("\n");

const everyKindLinks = [
  "3:8 https://example.com/inline",
  "3:55 ./img.png",
  "4:1 https://example.com/target",
  "4:2 https://example.com/badge.svg",
  "6:1 https://example.com/auto",
  "6:28 mailto:me@example.com",
  "6:45 http://www.example.com/www",
  "6:65 https://example.com/lit",
  "6:89 mailto:a@example.org",
  "10:7 ./cell.md#row",
  "12:9 https://example.com/inline-html",
  "12:63 ./i.png",
  "16:8 ./block.png",
  "27:1 https://example.com/?a=1&b=2",
  "27:41 ./a b.md",
  "27:61 https://example.com/a_b",
  "29:1 https://example.com/later",
  "30:1 ./collapsed.md",
  "31:1 https://example.com/x&y",
  "32:1 https://example.com/unused",
];

describe("links of every kind, read by the tokenizer", () => {
  test("inline, image, image in a link, autolinks, literal links, table cell, HTML, definitions; none from code", () => {
    expect(plainLinks(everyKind, "p.md")).toBeUndefined();
    const links = linksInText(everyKind, "p.md");
    expect(show(links)).toEqual(everyKindLinks);
    expect(links.every((l) => l.source.file === "p.md" && Object.keys(l).join() === "raw,source")).toBe(true);
  });

  test("the remark tree gives the same links at the same places", () => {
    const links = linksInTree(parseMarkdown(everyKind), everyKind, "p.md");
    expect(show(links)).toEqual(everyKindLinks);
    expect(links).toEqual(linksInText(everyKind, "p.md"));
  });

  test("a reference without a definition, an empty destination and a link in code yield nothing", () => {
    expect(linksInText("[a][missing] and [b] and `[c](d)`\n\n~~~\n<https://x.org>\n~~~", "p.md")).toEqual([]);
    expect(show(linksInText("[empty]() and ![](<>)", "p.md"))).toEqual(["1:1 ", "1:15 "]);
  });

  test("a definition with an empty destination (<>) is a link to nothing, as in the tree", () => {
    const text = "[r]: <>\n[s]: <> 'title'";
    expect(show(linksInText(text, "p.md"))).toEqual(["1:1 ", "2:1 "]);
    expect(linksInText(text, "p.md")).toEqual(linksInTree(parseMarkdown(text), text, "p.md"));
  });

  test("a link's label holding an image yields the link, then the image, each at its bracket", () => {
    expect(show(linksInText("x [a ![i](./i.png) b](./l.md)", "p.md"))).toEqual(["1:3 ./l.md", "1:6 ./i.png"]);
  });

  test("a reference link whose label holds an inline image yields only the image and the definition", () => {
    const text = "[![i](./i.png)][r]\n\n[r]: ./r.md";
    expect(show(linksInText(text, "p.md"))).toEqual(["1:2 ./i.png", "3:1 ./r.md"]);
  });

  test("raw HTML: every src and href at its attribute, on the first and later lines of a block", () => {
    const text = [
      '<p><a href="./a.md">a</a><img',
      "  src='./b.png' alt=x>",
      '<a HREF="./c.md">c</a></p>',
    ].join("\n");
    expect(show(linksInText(text, "p.md"))).toEqual(["1:7 ./a.md", "2:3 ./b.png", "3:4 ./c.md"]);
  });

  test("a byte order mark is not counted in columns", () => {
    expect(show(linksInText("\uFEFF<https://example.com/a> <b src='./x.png'>", "p.md"))).toEqual([
      "1:1 https://example.com/a",
      "1:28 ./x.png",
    ]);
  });
});

describe("plain lines, read by pattern", () => {
  test("list items, numbered items, headings and text lines: each link at its bracket, entities decoded", () => {
    const text = [
      "- [a](https://example.com/a)",
      "* [b](./b.md) text ![c](./c.png)",
      "+ [d](./d.md)",
      "1. [e](./e.md)",
      "2) [f](./f.md)",
      "123456789. [g](./g.md)",
      "### [h](./h.md)",
      "Text (x) [i](./i.md?x=1&amp;y=2)",
      "   ",
      "3 [j](./j.md)",
      "",
    ].join("\n");
    const plain = plainLinks(text, "p.md");
    expect(show(plain)).toEqual([
      "1:3 https://example.com/a",
      "2:3 ./b.md",
      "2:20 ./c.png",
      "3:3 ./d.md",
      "4:4 ./e.md",
      "5:4 ./f.md",
      "6:12 ./g.md",
      "7:5 ./h.md",
      "8:10 ./i.md?x=1&y=2",
      "10:3 ./j.md",
    ]);
    expect(plain?.[0]).toEqual({ raw: "https://example.com/a", source: { file: "p.md", line: 1, col: 3 } });
    expect(linksInText(text, "p.md")).toEqual(plain);
    expect(linksInTree(parseMarkdown(text), text, "p.md")).toEqual(plain);
  });

  test("a page with no links but plain text reads as none", () => {
    expect(plainLinks("Lecture 1\n\n第一讲", "p.md")).toEqual([]);
  });

  test.each([
    ["a code span", "a `b` c"],
    ["an HTML tag", "a <b> c"],
    ["a closing angle", "a > c"],
    ["a bracket in text", "a [b c"],
    ["a closing bracket in text", "a ] c"],
    ["a backslash", "a \\[b](c)"],
    ["an entity", "a &amp; c"],
    ["an image mark alone", "a ! c"],
    ["emphasis", "a *b* c"],
    ["strong by underscores", "a __b__ c"],
    ["strikethrough", "a ~b~ c"],
    ["a table pipe", "a | c"],
    ["an e-mail address", "a@b.org"],
    ["a footnote mark", "a ^b c"],
    ["a tab", "a\tb"],
    ["a www. autolink", "see www.example.com"],
    ["an http: autolink", "see http://example.com"],
    ["an upper-case HTTPS: autolink", "see HTTPS://example.com"],
    ["a line that starts with a space", " [x](./x.md)"],
    ["a line that starts with punctuation", ". [x](./x.md)"],
    ["a setext underline", "==="],
    ["a thematic break", "---"],
    ["a blank line with a tab", "\t"],
    ["a list marker without a space", "-[x](./x.md)"],
    ["a heading of seven marks", "####### x"],
    ["a space in a destination", "[x](./a b.md)"],
    ["a parenthesis in a destination", "[x](./a(b).md)"],
    ["an angle bracket in a destination", "[x](<./a.md>)"],
    ["a control character in a destination", "[x](./a\u0001.md)"],
    ["an empty destination", "[x]()"],
    ["a control character in text", "a\u0007b"],
  ])("%s sends the page to the tokenizer", (_, line) => {
    const text = `- [x](./x.md)\n${line}\n`;
    expect(plainLinks(text, "p.md")).toBeUndefined();
    expect(linksInText(text, "p.md")).toEqual(linksInTree(parseMarkdown(text), text, "p.md"));
  });

  test("words that only look like the start of an autolink stay plain: wwwx, httpx:", () => {
    expect(plainLinks("- [x](./x.md) wwwx.org and httpx:y", "p.md")).toHaveLength(1);
  });

  test("a destination taken out leaves its bracket: text on either side does not join into http:", () => {
    expect(show(plainLinks("[htt](./x.md)p: and [ww](./y.md)w.z", "p.md"))).toEqual([
      "1:1 ./x.md",
      "1:21 ./y.md",
    ]);
  });

  test("http: and www. inside a destination do not send the page to the tokenizer", () => {
    expect(show(plainLinks("[x](http://www.example.com/a) y", "p.md"))).toEqual([
      "1:1 http://www.example.com/a",
    ]);
  });
});

describe("links of a long file, piece by piece", () => {
  /** 2,400 lines: paragraphs of one line each, a blank line between, links in some. */
  function longPage(): string[] {
    return Array.from({ length: 2400 }, (_, i) => (i % 2 === 1 ? "" : `Line ${i} text.`));
  }

  test("a link in a later piece is at its line in the file, and each piece yields its own links", () => {
    const lines = longPage();
    lines[10] = "[first](./first.md) and [ref][late]";
    lines[1500] = "Then [second](https://example.com/second)";
    lines[2398] = "[late]: https://example.com/late";
    const text = lines.join("\n");
    const pieces = [...markdownLinkChunks(text, "long.md")].map(show);
    expect(pieces).toEqual([
      ["11:1 ./first.md"],
      [],
      [],
      ["1501:6 https://example.com/second"],
      [],
      ["2399:1 https://example.com/late"],
    ]);
    expect(show(markdownLinks(text, "long.md"))).toEqual(pieces.flat());
  });

  test("a fenced code block across a piece's edge yields no link, and the links after it keep their lines", () => {
    const lines = longPage();
    lines[398] = "```md";
    for (let i = 399; i < 450; i++) lines[i] = i % 2 === 0 ? `[no ${i}](https://example.com/fenced${i})` : "";
    lines[450] = "```";
    lines[452] = "[after](./after.md)";
    const text = lines.join("\n");
    expect(show(markdownLinks(text, "long.md"))).toEqual(["453:1 ./after.md"]);
  });
});
