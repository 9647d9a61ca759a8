// fmt --fix's safe fixes (src/edit/fixes.ts), through formatCatalog: the text written and the
// fixes reported, for the cases the fixture and format tests do not reach.
import { describe, expect, it } from "vitest";
import { formatCatalog } from "../../src/edit/format.js";

const lecture = (fields: string) => `lectures:\n  - number: 1\n    title: T\n${fields}`;
const fixed = (text: string) => formatCatalog(text, { fix: true });
const moved = (line: number, from: string, to: string) => ({
  line,
  col: 5,
  where: `lecture 1 ${from}`,
  message: `link moved to ${to}, where its site says it belongs`,
});

describe("tracking parameters", () => {
  it("names a lecture with no id, label or number 'a lecture'; an id that is a number by the number", () => {
    const url = "https://youtu.be/abcdefghijk";
    expect(fixed(`lectures:\n  - title: T\n    video: ${url}?si=Q\n`)).toEqual({
      text: `lectures:\n  - title: T\n    video: ${url}\n`,
      fixes: [{ line: 3, col: 12, where: "a lecture video", message: "tracking parameters removed (si)" }],
    });
    expect(fixed(`lectures:\n  - id: 5\n    title: T\n    video: ${url}?si=Q\n`).fixes).toEqual([
      { line: 4, col: 12, where: "lecture 5 video", message: "tracking parameters removed (si)" },
    ]);
  });

  it("cleans a URL whose scheme is in capitals, and never text that only contains a URL", () => {
    expect(fixed(lecture("    video: HTTPS://youtu.be/abcdefghijk?si=Q\n"))).toEqual({
      text: lecture("    video: HTTPS://youtu.be/abcdefghijk\n"),
      fixes: [{ line: 4, col: 12, where: "lecture 1 video", message: "tracking parameters removed (si)" }],
    });
    const prose = lecture("    video: see https://youtu.be/abcdefghijk?si=Q\n");
    expect(fixed(prose)).toEqual({ text: prose, fixes: [] });
  });

  it("cleans custom link fields too, and reports fixes in the order of the file", () => {
    expect(
      fixed(
        lecture(
          "    author: https://zhihu.com/p/1?utm_source=x\n    video: https://youtu.be/abcdefghijk?si=Q\n",
        ),
      ).fixes,
    ).toEqual([
      { line: 4, col: 13, where: "lecture 1 author", message: "tracking parameters removed (utm_source)" },
      { line: 5, col: 12, where: "lecture 1 video", message: "tracking parameters removed (si)" },
    ]);
  });

  it("leaves a catalog without a list of lecture mappings as it is", () => {
    for (const text of ["lectures: 3\n", "- a\n", lecture("    video: 5\n")]) {
      expect(fixed(text)).toEqual({ text, fixes: [] });
    }
  });

  it("fixes the lectures of a list that also holds something else", () => {
    expect(fixed("lectures:\n  - 1\n  - { number: 2, title: T, code: https://zhihu.com/p/1 }\n")).toEqual({
      text: "lectures:\n  - 1\n  - { number: 2, title: T, review: https://zhihu.com/p/1 }\n",
      fixes: [
        {
          line: 3,
          col: 28,
          where: "lecture 2 code",
          message: "link moved to review, where its site says it belongs",
        },
      ],
    });
  });
});

describe("links moved to the field they belong in", () => {
  it("moves a repository folder path out of review into a free code field", () => {
    expect(fixed(lecture("    review: ./code/1/\n"))).toEqual({
      text: lecture("    code: ./code/1/\n"),
      fixes: [moved(4, "review", "code")],
    });
  });

  it("moves parts whose urls are repository slides into code", () => {
    expect(fixed(lecture("    video:\n      - { label: a, url: ./slides.pdf }\n"))).toEqual({
      text: lecture("    code:\n      - { label: a, url: ./slides.pdf }\n"),
      fixes: [moved(4, "video", "code")],
    });
  });

  it("moves parts that are all articles, and cleans their tracking parameters", () => {
    const parts =
      "      - { label: a, url: https://zhihu.com/p/1 }\n      - { label: b, url: https://zhihu.com/p/2";
    expect(fixed(lecture(`    code:\n${parts}?utm_source=x }\n`))).toEqual({
      text: lecture(`    review:\n${parts} }\n`),
      fixes: [
        moved(4, "code", "review"),
        { line: 6, col: 26, where: "lecture 1 code", message: "tracking parameters removed (utm_source)" },
      ],
    });
  });

  it.each([
    ["a part's url is a placeholder", "      - { label: b, url: pending }\n"],
    ["a part is not a mapping", "      - pending\n"],
  ])("moves nothing when %s", (_, part) => {
    const text = lecture(`    code:\n      - { label: a, url: https://zhihu.com/p/1 }\n${part}`);
    expect(fixed(text)).toEqual({ text, fixes: [] });
  });

  it("moves only along a swap: a third field of the same kind stays", () => {
    const text = lecture(
      "    code: https://zhihu.com/p/1\n    review: https://github.com/o/r\n    video: https://github.com/o/s\n",
    );
    expect(fixed(text)).toEqual({
      text: lecture(
        "    video: https://github.com/o/s\n    code: https://github.com/o/r\n    review: https://zhihu.com/p/1\n",
      ),
      fixes: [moved(4, "code", "review"), moved(5, "review", "code")],
    });
  });
});
