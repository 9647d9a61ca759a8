// The shortcut that skips parsing a generated table: taken only when the region holds nothing but
// table rows and blank lines between one pair of marker lines, and offsets map back exactly.
import { beforeAll, describe, expect, test } from "vitest";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";
import { elideGeneratedRegion } from "../../src/render/elide.js";
import { renderPage } from "../../src/render/page.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const S = START_MARKER;
const E = END_MARKER;

describe("elideGeneratedRegion", () => {
  test("table rows and blank lines are cut to one line break; offsets after the cut shift back", () => {
    const page = `# T\n${S}\n| a |\n   | b |\n\n${E}\nafter\n`;
    const elided = elideGeneratedRegion(page, "\n");
    expect(elided?.text).toBe(`# T\n${S}\n${E}\nafter\n`);
    const cut = 4 + S.length;
    const removed = "\n| a |\n   | b |\n\n".length - 1;
    expect(elided?.original(0)).toBe(0);
    expect(elided?.original(cut)).toBe(cut);
    expect(elided?.original(cut + 1)).toBe(cut + 1 + removed);
    expect(page.slice(elided?.original(elided.text.indexOf(E)))).toBe(`${E}\nafter\n`);
  });

  test("with CRLF the cut keeps one CRLF", () => {
    const page = `${S}\r\n| a |\r\n${E}\r\n`;
    const elided = elideGeneratedRegion(page, "\r\n");
    expect(elided?.text).toBe(`${S}\r\n${E}\r\n`);
    expect(page.slice(elided?.original(elided.text.indexOf(E)))).toBe(`${E}\r\n`);
  });

  test("markers followed by trailing white space still count as marker lines", () => {
    expect(elideGeneratedRegion(`${S}  \n| a |\n${E}\t\n`, "\n")?.text).toBe(`${S}\n${E}\t\n`);
  });

  test.each([
    ["text in the region", `${S}\n| a |\ntext\n${E}\n`],
    ["a row indented four spaces (a code block)", `${S}\n    | a |\n${E}\n`],
    ["a fence in the region", `${S}\n\`\`\`\n${E}\n`],
    ["two start markers", `${S}\n${S}\n| a |\n${E}\n`],
    ["two end markers", `${S}\n| a |\n${E}\n${E}\n`],
    ["no end marker", `${S}\n| a |\n`],
    ["the end before the start", `${E}\n| a |\n${S}\n`],
    ["a marker sharing its line with text before it", `x ${S}\n| a |\n${E}\n`],
    ["a marker sharing its line with text after it", `${S} x\n| a |\n${E}\n`],
    ["an end marker sharing its line with text after it", `${S}\n| a |\n${E} x\n`],
    ["an end marker sharing the page's last line (no newline) with text", `${S}\n| a |\n${E} x`],
  ])("not taken with %s", (_name, page) => {
    expect(elideGeneratedRegion(page, "\n")).toBeUndefined();
  });

  test("a marker that is not at the page's start is still found on its own line", () => {
    expect(elideGeneratedRegion(`a\n${S}\n| a |\n${E}`, "\n")?.text).toBe(`a\n${S}\n${E}`);
  });

  test("rendering through the shortcut gives the same page as rendering without it", () => {
    const table = { type: "table" as const, align: [], children: [] };
    const shortcut = `x\n\n${S}\n| old |\n| --- |\n${E}\n\ny\n`;
    const parsed = `x\n\n${S}\n\n${E}\n\ny\n`;
    expect(renderPage({ text: shortcut, file: "R.md", table })).toBe(
      renderPage({ text: parsed, file: "R.md", table }),
    );
    expect(renderPage({ text: shortcut, file: "R.md", table })).toBe(`x\n\n${S}\n| |\n${E}\n\ny\n`);
  });

  test("several regions, named or not, are each cut; offsets after each cut map back", () => {
    const named = "<!-- syllabus:start name=module-1 -->";
    const page = `a\n${named}\n| x |\n${E}\nb\n${S}\n| y |\n| z |\n${E}\nc\n`;
    const elided = elideGeneratedRegion(page, "\n");
    expect(elided?.text).toBe(`a\n${named}\n${E}\nb\n${S}\n${E}\nc\n`);
    const text = elided?.text ?? "";
    expect(page.slice(elided?.original(text.indexOf("b\n")))).toMatch(/^b\n/);
    expect(page.slice(elided?.original(text.indexOf("c\n")))).toBe("c\n");
    expect(page.slice(elided?.original(text.lastIndexOf(E)))).toBe(`${E}\nc\n`);
  });

  test("a region holding text is left for the parser while the others are cut", () => {
    const page = `${S}\ntext\n${E}\n<!-- syllabus:start name=x -->\n| y |\n${E}\n`;
    expect(elideGeneratedRegion(page, "\n")?.text).toBe(
      `${S}\ntext\n${E}\n<!-- syllabus:start name=x -->\n${E}\n`,
    );
  });

  test("a malformed name is no marker line here: the parser reports it", () => {
    expect(elideGeneratedRegion(`<!-- syllabus:start name="a b" -->\n| y |\n${E}\n`, "\n")).toBeUndefined();
  });

  test("several regions render through the shortcut as without it", () => {
    const table = (name: string | undefined) => ({
      type: "table" as const,
      align: [],
      children: [
        {
          type: "tableRow" as const,
          children: [
            { type: "tableCell" as const, children: [{ type: "text" as const, value: name ?? "all" }] },
          ],
        },
      ],
    });
    const named = "<!-- syllabus:start name=m -->";
    const shortcut = `x\n\n${S}\n| old |\n| --- |\n${E}\n\ny\n\n${named}\n| old |\n${E}\n`;
    const parsed = `x\n\n${S}\n\n${E}\n\ny\n\n${named}\n${E}\n`;
    const render = (text: string) => renderPage({ text, file: "R.md", table, names: ["m"] });
    expect(render(shortcut)).toBe(render(parsed));
    expect(render(shortcut)).toBe(`x\n\n${S}\n| all |\n| - |\n${E}\n\ny\n\n${named}\n| m |\n| - |\n${E}\n`);
  });
});
