// The link collector reads micromark's tokens (or, for plain link lists, a pattern) instead of a
// remark tree: on any page, it must find exactly the links the tree has, at the same places.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { linksInText, linksInTree, markdownLinks, plainLinks } from "../../src/links/collect-markdown.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

const word = fc.constantFrom("a", "Lecture 1: intro", "第一讲", "it's", "(x)", "#3", "don't", "é");
const url = fc.constantFrom(
  "https://example.com/a",
  "http://127.0.0.1:8080/ok/1?x=1&y=2",
  "https://example.com/a&amp;b",
  "https://www.example.com/x_y",
  "./local.md#part",
  "#heading",
  "https://example.com/a(b)c",
  "https://example.com/a\\)b",
  "<https://example.com/angle>",
  'https://example.com/t "title"',
  "",
);
const inline = fc.oneof(
  word,
  fc.tuple(word, url).map(([w, u]) => `[${w}](${u})`),
  fc.tuple(word, url).map(([w, u]) => `![${w}](${u})`),
  fc.tuple(word, url).map(([w, u]) => `[![${w}](${u})](${u})`),
  fc.constantFrom(
    "<https://example.com/auto>",
    "<me@example.com>",
    "www.example.com/lit",
    "see https://example.com/literal.",
    "mail me@example.com",
    "`[code](https://example.com/code)`",
    "[ref]",
    "[text][ref]",
    "*[em](https://example.com/em)*",
    '<a href="https://example.com/html">x</a>',
    "&amp; \\[not](a link)",
    "[a [b](c)](d)",
  ),
);
const line = fc.oneof(
  fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" ")),
  fc
    .tuple(fc.constantFrom("- ", "* ", "1. ", "## ", "> ", "    ", "  - ", "| ", "- [ ] "), inline)
    .map(([p, i]) => p + i),
  fc.constantFrom(
    "",
    "",
    "```",
    "~~~md",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "---",
    "===",
    "| a | b |",
    "| - | - |",
    "[ref]: https://example.com/def",
    "[ref]: <> 'empty'",
    "  ",
  ),
);
const page = fc.array(line, { maxLength: 25 }).map((lines) => lines.join("\n"));

describe("markdown links without a syntax tree", () => {
  test("any page: the same links at the same places as the remark tree", () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(linksInText(text, "p.md")).toEqual(linksInTree(parseMarkdown(text), text, "p.md"));
      }),
      { numRuns: 400 },
    );
  });

  test("any list of links: the same links as the tree, most of them read by pattern", () => {
    const plainUrl = fc.constantFrom(
      "https://www.example.com/a?x=1&y=2",
      "./a.md#b",
      "http://h/ok/1",
      "x&amp;y",
    );
    const item = fc
      .tuple(
        fc.constantFrom("- ", "* ", "1. ", "## ", "", "-  ", " "),
        word,
        plainUrl,
        fc.constantFrom("", "!"),
      )
      .map(([prefix, w, u, bang]) => `${prefix}${bang}[${w}](${u}) ${w}`);
    const list = fc.array(fc.oneof(item, item, item, fc.constantFrom("", "   ", "www.x.org", "a@b.c")), {
      maxLength: 30,
    });
    let plain = 0;
    fc.assert(
      fc.property(list, (lines) => {
        const text = lines.join("\n");
        if (plainLinks(text, "p.md")) plain++;
        expect(linksInText(text, "p.md")).toEqual(linksInTree(parseMarkdown(text), text, "p.md"));
      }),
      { numRuns: 300 },
    );
    expect(plain).toBeGreaterThan(10);
  });

  test("a page of plain lines is read by pattern, with the tree's links", () => {
    const text = [
      "# Links",
      "",
      "- [第一讲 Lecture 1: intro](https://www.bilibili.com/video/BV1xx?p=2&amp;t=3)",
      "- [it's (new)](./notes.md#part) and ![logo](img/logo.png)",
      "1. [](https://example.com/empty-label)",
      "",
      "More text, #3 [here](http://127.0.0.1:8080/ok/1).",
    ].join("\n");
    const plain = plainLinks(text, "p.md");
    expect(plain?.map((l) => `${l.source.line}:${l.source.col} ${l.raw}`)).toEqual([
      "3:3 https://www.bilibili.com/video/BV1xx?p=2&t=3",
      "4:3 ./notes.md#part",
      "4:37 img/logo.png",
      "5:4 https://example.com/empty-label",
      "7:15 http://127.0.0.1:8080/ok/1",
    ]);
    expect(plain).toEqual(linksInTree(parseMarkdown(text), text, "p.md"));
  });

  test("a line that could read otherwise sends the piece to the tokenizer", () => {
    for (const other of [
      "- [a `b`](c)",
      "see www.example.com",
      "[a](b\\)c)",
      "<b>x</b>",
      "a | b",
      "mail a@b.c",
    ]) {
      expect(plainLinks(`- [x](y)\n${other}`, "p.md")).toBeUndefined();
    }
  });

  test("a byte order mark does not shift the places", () => {
    const text = "\uFEFF[a](https://example.com/a) <i src='x.png'>\n";
    expect(markdownLinks(text, "p.md")).toEqual(linksInTree(parseMarkdown(text), text, "p.md"));
  });
});
