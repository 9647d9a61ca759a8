// Where a long markdown file is cut into pieces: exact piece starts for each construct a cut could
// break (fenced code, HTML blocks of kinds 1-5, indented continuation lines, lists). Small and fast:
// markdown-chunks.test.ts holds the slow whole-page equality with the remark tree.
import { describe, expect, test } from "vitest";
import { markdownChunks } from "../../src/links/markdown-chunks.js";

/** `length` lines of one-line paragraphs with a blank line between them ("p0", "", "p2", "", …). */
function paragraphs(length = 2000): string[] {
  return Array.from({ length }, (_, i) => (i % 2 === 1 ? "" : `p${i}`));
}

/** The first line of each piece; and the pieces must put the file back together exactly. */
function starts(lines: string[]): number[] {
  const text = lines.join("\n");
  const pieces = markdownChunks(text);
  expect(pieces.map((p) => p.text).join("\n")).toBe(text);
  for (const piece of pieces) expect(piece.text.split("\n")[0]).toBe(lines[piece.lineOffset]);
  return pieces.map((p) => p.lineOffset);
}

describe("where a long file is cut", () => {
  test("a file of fewer than 2,000 lines is one piece; one of 2,000 is cut", () => {
    expect(starts(paragraphs(1999))).toEqual([0]);
    expect(starts(paragraphs(2000))).toEqual([0, 400, 800, 1200, 1600]);
  });

  test("a piece holds at least 400 lines and ends before a line that follows a blank one", () => {
    const lines = paragraphs(2000);
    lines[399] = "p398 continued";
    lines[401] = "and continued";
    lines[403] = "still the same paragraph";
    expect(starts(lines)).toEqual([0, 406, 806, 1206, 1606]);
  });

  test("never before an indented line, nor a blank one", () => {
    const lines = paragraphs(2000);
    lines[400] = "  indented continuation";
    lines[402] = "\tindented by a tab";
    lines[403] = "   ";
    expect(starts(lines)).toEqual([0, 404, 804, 1204, 1604]);
  });

  test("never before the second of two blank lines", () => {
    const lines = paragraphs(2000);
    lines[400] = "";
    expect(starts(lines)).toEqual([0, 402, 802, 1202, 1602]);
  });

  test("never inside a fenced code block, which only a line of its own marker, as long or longer, closes", () => {
    const lines = paragraphs(2000);
    lines[398] = "   ````md";
    lines[420] = "````js";
    lines[426] = "~~~~~";
    lines[430] = "```";
    lines[440] = "  ````  ";
    expect(starts(lines)).toEqual([0, 442, 842, 1242, 1642]);
  });

  test("a tilde fence is closed by tildes, and a longer fence still closes", () => {
    const lines = paragraphs(2000);
    lines[398] = "~~~";
    lines[420] = "```";
    lines[430] = "~~~~";
    expect(starts(lines)).toEqual([0, 432, 832, 1232, 1632]);
  });

  test("a fence indented by four spaces is indented code, not a fence", () => {
    const lines = paragraphs(2000);
    lines[397] = "";
    lines[398] = "    ```";
    expect(starts(lines)).toEqual([0, 400, 800, 1200, 1600]);
  });

  test.each([
    ["<pre>", "</pre>"],
    ["<pre", "</pre>"],
    ["<SCRIPT type=x", "x </script> y"],
    ["<style>", "</STYLE>"],
    ["   <textarea rows=3", "</textarea>"],
    ["<!--", "-->"],
    ["<?php", "?>"],
    ["<!DOCTYPE html", ">"],
    ["<![CDATA[", "]]>"],
  ])("never inside an HTML block from %s to %s", (open, close) => {
    const lines = paragraphs(2000);
    lines[398] = open;
    lines[450] = close;
    expect(starts(lines)).toEqual([0, 452, 852, 1252, 1652]);
  });

  test.each([
    ["an HTML block closed on its first line", "<!-- note -->"],
    ["a tag that only starts like pre", "<preview>"],
    ["a comment indented by four spaces", "    <!--"],
  ])("%s does not hold the cut back", (_, line) => {
    const lines = paragraphs(2000);
    lines[398] = line;
    expect(starts(lines)).toEqual([0, 400, 800, 1200, 1600]);
  });

  test("a tight list is cut between two top-level items, not after a paragraph line or a non-item", () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `- item ${i}`);
    lines[400] = "lazy paragraph line";
    lines[401] = "-not an item";
    lines[402] = "+\tan item after a non-item";
    lines[803] = "1. numbered";
    lines[1203] = "text";
    lines[1204] = "12) numbered";
    lines[1205] = "* star";
    expect(starts(lines)).toEqual([0, 403, 803, 1205, 1605]);
  });
});
