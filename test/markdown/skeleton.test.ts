// The line scanner that stands in for remark on plain pages: wherever it answers, the markers it
// finds (regions and marker problems, with their places) and the link edits a template gets are
// exactly remark's; wherever a line could mean something else, it declines and remark parses.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { Root } from "mdast";
import { describe, expect, test } from "vitest";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { findRegions, MarkerError } from "../../src/markdown/markers.js";
import { markdownSkeleton } from "../../src/markdown/skeleton.js";
import { rebaseEdits } from "../../src/render/rebase.js";
import { plain } from "../helpers/problems.js";

/** What rendering reads from a page's tree: its regions (or marker problems) and its link edits. */
function reading(tree: Root, text: string) {
  let regions: unknown;
  try {
    regions = findRegions(tree, "T.md", { names: ["a"] });
  } catch (error) {
    if (!(error instanceof MarkerError)) throw error;
    regions = error.messages.map((m, i) => ({ ...plain(error.messages)[i], place: m.place }));
  }
  const resolve = (url: string, kind: string) => (url.startsWith("./") ? `R/${kind}/${url.slice(2)}` : url);
  const edits = rebaseEdits(tree, text, resolve, [{ start: 30, end: 40 }]).sort((a, b) => a.start - b.start);
  return { regions, edits };
}

/** Pieces the scanner reads, and (rarer) pieces that make it decline or that remark reads otherwise. */
const plainFragment = fc.constantFrom(
  "text",
  "中文，",
  " ",
  "[a](./x.md)",
  "![i](./i.png)",
  "[![i](./i.png)](./p/)",
  "[b](https://e.org/x)",
  "[c](#top)",
  "[d]()",
  "[f](./q?x=1&y=2)",
  "https://e.org/y",
  "www.e.org",
  "a@b.co",
  "[t]",
  "!",
  "*",
  "_",
  "**",
  "|",
  "&amp;",
  "&",
  "~",
  ":",
);
const hardFragment = fc.constantFrom(
  "[",
  "]",
  "(",
  ")",
  "[e](./a b)",
  "[f](./q?x=1&amp;y=2)",
  "[f](./q?x=1&#38;y)",
  "[g](<./h>)",
  '[h](./t "title")',
  "[[i](./j)](./k)",
  "![[l](./m)](./n)",
  "`[a](./x)`",
  "\\[a](./x)",
  "<b>x</b>",
  "<./auto>",
);
const fragment = fc.oneof({ arbitrary: plainFragment, weight: 8 }, { arbitrary: hardFragment, weight: 1 });
const lead = fc.constantFrom("", "# ", "- ", "> ", "1. ", "  ", "    ", "| ", "   - ");
const textLine = fc
  .tuple(lead, fc.array(fragment, { maxLength: 5 }))
  .map(([start, parts]) => start + parts.join(""));
const fixedLine = fc.constantFrom(
  "",
  "   ",
  "<!-- syllabus:start -->",
  "<!-- syllabus:end -->",
  "<!-- syllabus:start name=a -->",
  "<!-- syllabus:start name=b -->",
  "<!-- Syllabus:Start -->",
  "<!-- syllabus:end --> after",
  "<!-- note -->",
  "<!-- open",
  "close -->",
  '<div align="center"><img src="./a.png" alt="a"></div>',
  "<table>",
  '    <tr><td><img src="./b.png"/></td></tr>',
  "</table>",
  '<p>href="./c.md"</p>',
  '<img src="./x.png">',
  "<div> ",
  "```",
  "~~~",
  "[r]: ./d.md",
  "---",
  "===",
  "| - |",
  "\t[a](./x)",
);
const page = fc
  .tuple(
    fc.array(fc.oneof({ arbitrary: textLine, weight: 2 }, { arbitrary: fixedLine, weight: 1 }), {
      maxLength: 12,
    }),
    fc.boolean(),
  )
  .map(([lines, finalBreak]) => lines.join("\n") + (finalBreak ? "\n" : ""));

describe("markdownSkeleton", () => {
  test("where it answers, regions, marker problems and link edits are remark's", () => {
    let answered = 0;
    let edited = 0;
    fc.assert(
      fc.property(page, (text) => {
        const skeleton = markdownSkeleton(text);
        if (!skeleton) return;
        answered++;
        const read = reading(skeleton, text);
        if (read.edits.length > 0) edited++;
        expect(read).toEqual(reading(parseMarkdown(text), text));
      }),
      { numRuns: 400 },
    );
    // The property says something only if the scanner answers for many pages.
    expect(answered).toBeGreaterThan(100);
    expect(edited).toBeGreaterThan(20);
  });

  test("the shipped templates are plain: their skeleton reads as remark's tree does", () => {
    for (const file of ["templates/step_into_llm.md", "templates/step_into_llm.en.md"]) {
      const text = readFileSync(file, "utf8");
      const skeleton = markdownSkeleton(text);
      expect(skeleton, file).toBeDefined();
      expect(reading(skeleton as Root, text)).toEqual(reading(parseMarkdown(text), text));
    }
  });

  test.each([
    ["a code span", "`[a](./x)`\n"],
    ["a fenced code block", "```\n[a](./x)\n```\n"],
    ["an indented line", "    [a](./x)\n"],
    ["an escape", "\\[a](./x)\n"],
    ["inline HTML", "a <b>x</b>\n"],
    ["an autolink", "<./x>\n"],
    ["a reference definition", "[r]: ./d.md\n"],
    ["a footnote", "a[^1]\n"],
    ["a tab", "a\t[b](./x)\n"],
    ["CRLF line breaks", "[a](./x)\r\n"],
    ["a byte order mark", "\uFEFF[a](./x)\n"],
    ["a destination with an entity", "[a](./x?a=1&amp;b=2)\n"],
    ["a destination with a title", '[a](./x "t")\n'],
    ["a link inside a link", "[[a](./x)](./y)\n"],
    ["a link inside an image", "![[a](./x)](./y)\n"],
    ["a bracket left open", "[a\nb](./x)\n"],
    ["a URL literal running into a bracket", "https://e.org/[a](./x)\n"],
    ["a comment over several lines", "<!-- a\nb -->\n"],
    ["an HTML block that is not a block tag", '<img src="./x.png">\n'],
    ["an HTML line with trailing white space", "<div> \n"],
  ])("declines %s", (_name, text) => {
    expect(markdownSkeleton(text)).toBeUndefined();
  });

  test("finds links, images (in a link too), HTML blocks to their blank line and one-line comments", () => {
    const text =
      "# T\n\n- [a](./x) ![i](./i.png) [![j](./j.png)](./p)\n<table>\n  <tr>\n\n<!-- syllabus:start -->";
    const skeleton = markdownSkeleton(text) as Root;
    const found: string[] = [];
    const walk = (node: { type: string; url?: string; value?: string; children?: unknown[] }) => {
      if (node.type === "link" || node.type === "image") found.push(`${node.type} ${node.url}`);
      if (node.type === "html") found.push(`html ${JSON.stringify(node.value)}`);
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(skeleton);
    expect(found).toEqual([
      "link ./x",
      "image ./i.png",
      "link ./p",
      "image ./j.png",
      'html "<table>\\n  <tr>"',
      'html "<!-- syllabus:start -->"',
    ]);
  });
});
