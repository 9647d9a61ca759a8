// Rebasing a template's repository links by offset: which nodes, which kind of link each is, where
// each edit lands, and what is left alone (unchanged URLs, the skipped region, URLs not in the source).
import { describe, expect, test } from "vitest";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { rebaseEdits } from "../../src/render/rebase.js";
import { applyEdits } from "../../src/render/splice.js";

/** Rewrites ./x to R/x (and says which kind of link asked), leaves every other URL as it is. */
function rebase(text: string, skip = { start: -1, end: -1 }) {
  const asked: string[] = [];
  const edits = rebaseEdits(
    parseMarkdown(text),
    text,
    (url, kind) => {
      asked.push(`${kind} ${url}`);
      return url.startsWith("./") ? `R/${url.slice(2)}` : url;
    },
    [skip],
  );
  return { edits, asked, out: applyEdits(text, edits) };
}

describe("rebaseEdits", () => {
  test("links, images and definitions are rewritten where their destination is, as link or image", () => {
    const text = "[./a.md](./a.md) ![i](./i.png) [r]\n\n[r]: ./d.md\n";
    const { edits, asked, out } = rebase(text);
    expect(out).toBe("[./a.md](R/a.md) ![i](R/i.png) [r]\n\n[r]: R/d.md\n");
    expect(asked).toEqual(["link ./a.md", "image ./i.png", "link ./d.md"]);
    expect(edits).toEqual([
      { start: 9, end: 15, text: "R/a.md" },
      { start: 22, end: 29, text: "R/i.png" },
      { start: 41, end: 47, text: "R/d.md" },
    ]);
  });

  test("raw HTML: src is an image, href a link, each at its offset, inside a block quote too", () => {
    const text = '> <a href="./x.md"><img src="./y.png"></a>\n';
    const { asked, out, edits } = rebase(text);
    expect(asked).toEqual(["link ./x.md", "image ./y.png"]);
    expect(out).toBe('> <a href="R/x.md"><img src="R/y.png"></a>\n');
    expect(edits[0]).toEqual({ start: 11, end: 17, text: "R/x.md" });
  });

  test("a URL the resolver keeps gives no edit", () => {
    const { edits } = rebase('[a](https://e.org/) <img src="https://e.org/i.png">\n');
    expect(edits).toEqual([]);
  });

  test("nodes wholly inside the skipped region are left alone; a node reaching out of it is not", () => {
    const text = "[a](./a.md)\n\n[b](./b.md)\n\n[c](./c.md)\n";
    const b = text.indexOf("[b]");
    expect(rebase(text, { start: b, end: b + 11 }).out).toBe("[a](R/a.md)\n\n[b](./b.md)\n\n[c](R/c.md)\n");
    // The region starts one byte into [b](…): the link is not wholly inside, so it is rewritten.
    expect(rebase(text, { start: b + 1, end: b + 11 }).out).toBe(
      "[a](R/a.md)\n\n[b](R/b.md)\n\n[c](R/c.md)\n",
    );
    // The region ends one byte before the link's end: rewritten too.
    expect(rebase(text, { start: b, end: b + 10 }).out).toBe("[a](R/a.md)\n\n[b](R/b.md)\n\n[c](R/c.md)\n");
  });

  test("a destination written differently from its URL (an escape) is not guessed at: no edit", () => {
    const text = "[a](./a\\_b.md)\n";
    const { asked, edits } = rebase(text);
    expect(asked).toEqual(["link ./a_b.md"]);
    expect(edits).toEqual([]);
  });
});
