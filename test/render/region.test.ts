// findRegion's offsets and its problems as data (place, rule, severity), and applyEdits' guarantees.
import { describe, expect, test } from "vitest";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { findRegion, MarkerError } from "../../src/markdown/markers.js";
import { applyEdits } from "../../src/render/splice.js";
import { plain } from "../helpers/problems.js";

const S = "<!-- syllabus:start -->";
const E = "<!-- syllabus:end -->";

function problems(text: string) {
  try {
    findRegion(parseMarkdown(text), "R.md");
  } catch (error) {
    if (error instanceof MarkerError) return plain(error.messages);
    throw error;
  }
  throw new Error("expected a MarkerError");
}

describe("findRegion", () => {
  test("the region is the text between the end of the start marker and the start of the end marker", () => {
    const text = `# T\n\n${S}\nold\n${E}\n`;
    const region = findRegion(parseMarkdown(text), "R.md");
    expect(text.slice(region.contentStart, region.contentEnd)).toBe("\nold\n");
    expect(region).toEqual({ contentStart: 5 + S.length, contentEnd: 5 + S.length + 5 });
  });

  test("markers with extra spaces inside the comment are still markers", () => {
    const text = `<!--   syllabus:start   -->\n\n<!--syllabus:end-->\n`;
    const region = findRegion(parseMarkdown(text), "R.md");
    expect(text.slice(region.contentStart, region.contentEnd)).toBe("\n\n");
  });

  test("every problem is an error with its file, place, rule, message and hint, sorted by place", () => {
    expect(problems(`${E}\n\n${S}\n\n${S}\n\n${E}\n\n${E}\n\n<!-- Syllabus:End -->\n`)).toEqual([
      {
        file: "R.md",
        line: 1,
        col: 1,
        severity: "error",
        rule: "marker-unbalanced",
        message: `${E} without a ${S} before it`,
        hint: `add ${S} above the table, or remove this marker`,
      },
      {
        file: "R.md",
        line: 5,
        col: 1,
        severity: "error",
        rule: "marker-nested",
        message: `${S} opened again before ${E}`,
        hint: "close the region opened at line 3 first; regions cannot nest",
      },
      {
        file: "R.md",
        line: 11,
        col: 1,
        severity: "error",
        rule: "marker-case",
        message: 'marker in the wrong case: "<!-- Syllabus:End -->"',
        hint: `write it exactly as ${E}`,
      },
    ]);
  });

  test("after a nested start, two ends close the region and a later pair is a duplicate", () => {
    expect(problems(`${S}\n\n${S}\n\n${E}\n\n${E}\n\n${S}\n\n${E}\n`).map((p) => [p.line, p.rule])).toEqual([
      [3, "marker-nested"],
      [9, "marker-duplicate"],
    ]);
  });

  test("a second region is reported with the line of the first and the first region is the one found", () => {
    expect(problems(`x\n\n${S}\n\n${E}\n\n${S}\n\n${E}\n`)).toEqual([
      {
        file: "R.md",
        line: 7,
        col: 1,
        severity: "error",
        rule: "marker-duplicate",
        message: "a second syllabus region starts here",
        hint: "the page already has a region at line 3; keep one pair of markers",
      },
    ]);
  });

  test("a marker inside a list item or sharing a line is a placement error; other comments are ignored", () => {
    expect(problems(`- ${S}\n\n<!-- a note -->\n\ntext ${E}\n`)).toEqual([
      {
        file: "R.md",
        line: 1,
        col: 3,
        severity: "error",
        rule: "marker-placement",
        message: `${S} marker must stand alone on its own line, outside lists, quotes and tables`,
        hint: `move ${S} to a line of its own at the top level of the page`,
      },
      {
        file: "R.md",
        line: 5,
        col: 6,
        severity: "error",
        rule: "marker-placement",
        message: `${E} marker must stand alone on its own line, outside lists, quotes and tables`,
        hint: `move ${E} to a line of its own at the top level of the page`,
      },
    ]);
  });

  test("misspelt markers, as one word or two, are typos pointing at the marker meant", () => {
    expect(problems(`<!-- syllabus:strat -->\n\n<!-- syllabus end -->\n`)).toEqual([
      {
        file: "R.md",
        line: 1,
        col: 1,
        severity: "error",
        rule: "marker-typo",
        message: 'misspelt marker: "<!-- syllabus:strat -->"',
        hint: `did you mean ${S}?`,
      },
      {
        file: "R.md",
        line: 3,
        col: 1,
        severity: "error",
        rule: "marker-typo",
        message: 'misspelt marker: "<!-- syllabus end -->"',
        hint: `did you mean ${E}?`,
      },
    ]);
  });

  test("a marker indented by up to three spaces is still a marker", () => {
    const text = `   ${S}\n\n${E}\n`;
    const region = findRegion(parseMarkdown(text), "R.md");
    expect(text.slice(region.contentStart, region.contentEnd)).toBe("\n\n");
  });

  test("a marker with a space after the colon is a typo, not a case problem", () => {
    expect(problems(`<!-- Syllabus: Start -->\n\n${E}\n`).map((p) => [p.line, p.rule])).toEqual([
      [1, "marker-typo"],
      [3, "marker-unbalanced"],
    ]);
  });

  test("a page without markers: one marker-missing error at 1:1, and the message is its problem line", () => {
    const error = (() => {
      try {
        findRegion(parseMarkdown("# T\n"), "R.md");
      } catch (e) {
        return e as MarkerError;
      }
      throw new Error("expected a MarkerError");
    })();
    expect(plain(error.messages).map((d) => [d.line, d.col, d.severity, d.rule])).toEqual([
      [1, 1, "error", "marker-missing"],
    ]);
    expect(error.message).toBe(
      `R.md:1:1: error: no ${S} … ${E} region in this page [marker-missing]\n  hint: put the two markers, each on its own line, where the course table goes (syllabus import --markers does it for an existing table)`,
    );
  });
});

describe("applyEdits", () => {
  test("applies edits in offset order whatever order they come in, keeping every other byte", () => {
    expect(
      applyEdits("abcdefgh", [
        { start: 6, end: 7, text: "G" },
        { start: 1, end: 3, text: "XY Z" },
        { start: 4, end: 4, text: "+" },
      ]),
    ).toBe("aXY Zd+efGh");
    expect(applyEdits("abc", [])).toBe("abc");
  });

  test("edits that touch are fine, edits that overlap are refused", () => {
    expect(
      applyEdits("abcd", [
        { start: 0, end: 2, text: "1" },
        { start: 2, end: 4, text: "2" },
      ]),
    ).toBe("12");
    expect(() =>
      applyEdits("abcd", [
        { start: 1, end: 3, text: "1" },
        { start: 2, end: 4, text: "2" },
      ]),
    ).toThrow(new Error("applyEdits: overlapping edits at offset 2"));
  });
});
