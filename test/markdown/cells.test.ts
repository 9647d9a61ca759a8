// One-line cell text and lecture labels, shared by render, import and the report.
import { describe, expect, test } from "vitest";
import { cellText, lectureLabel } from "../../src/markdown/cells.js";

describe("lectureLabel", () => {
  test("{n} becomes digits and {zh} a Chinese numeral, every occurrence", () => {
    expect(lectureLabel("第{zh}讲", 12)).toBe("第十二讲");
    expect(lectureLabel("Lecture {n}", 7)).toBe("Lecture 7");
    expect(lectureLabel("{n}/{n} {zh}{zh}", 3)).toBe("3/3 三三");
  });

  test("a format without placeholders is shown as written", () => {
    expect(lectureLabel("Intro", 1)).toBe("Intro");
  });
});

describe("cellText", () => {
  test("runs of white space, newlines included, become one space; the ends are trimmed", () => {
    expect(cellText("  a \n\t b\r\n\nc  ")).toBe("a b c");
  });

  test("no text is an empty cell", () => {
    expect(cellText(undefined)).toBe("");
    expect(cellText(" \n ")).toBe("");
  });
});
