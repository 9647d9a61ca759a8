import { readFileSync } from "node:fs";
import path from "node:path";
import { diffLines } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addLecture, nextLabel } from "../../src/edit/add.js";
import { commentsOf } from "../../src/edit/style.js";
import { InputError } from "../../src/util/errors.js";
import { type CatalogCase, catalogArb, catalogText } from "../helpers/catalog-arb.js";
import { ROOT } from "../helpers/cli.js";

describe("addLecture", () => {
  it("inserts only the new lines after the last lecture of the embedded catalog", () => {
    const text = readFileSync(path.join(ROOT, "catalog.yaml"), "utf8");
    const { text: next, lecture } = addLecture(text, {
      title: "Mamba: 状态空间模型",
      video: "https://www.bilibili.com/video/BV1aa/",
      code: "pending",
    });
    expect(lecture).toEqual({
      number: 29,
      season: 2,
      title: "Mamba: 状态空间模型",
      video: "https://www.bilibili.com/video/BV1aa/",
      code: "pending",
    });
    expect(next).toBe(
      `${text}  - number: 29\n    season: 2\n    title: "Mamba: 状态空间模型"\n    video: https://www.bilibili.com/video/BV1aa/\n    code: pending\n`,
    );
  });

  it("follows the list's indentation and its blank lines between lectures", () => {
    const text = "lectures:\n- number: 1\n  title: A\n\n- number: 2\n  title: B\n";
    expect(addLecture(text, { title: "C", summary: "two\nlines" }).text).toBe(
      `${text}\n- number: 3\n  title: C\n  summary: |-\n    two\n    lines\n`,
    );
  });

  it("follows a wider indentation after the dash", () => {
    const text = "lectures:\n    -   number: 1\n        title: A\n";
    expect(addLecture(text, { title: "B" }).text).toBe(`${text}    -   number: 2\n        title: B\n`);
  });

  it("keeps a comment under the last lecture with it, and what follows the list after the new one", () => {
    const text = [
      "lectures:",
      "  - number: 1",
      "    title: A # first",
      "    # the video comes later",
      "# settings below",
      "",
      "table:",
      "  link: link",
      "",
    ].join("\n");
    expect(addLecture(text, { title: "B" }).text).toBe(
      [
        "lectures:",
        "  - number: 1",
        "    title: A # first",
        "    # the video comes later",
        "  - number: 2",
        "    title: B",
        "# settings below",
        "",
        "table:",
        "  link: link",
        "",
      ].join("\n"),
    );
  });

  it("keeps CRLF line endings, and ends a last line that had no line break", () => {
    expect(addLecture("lectures:\r\n  - number: 1\r\n    title: A\r\n", { title: "B" }).text).toBe(
      "lectures:\r\n  - number: 1\r\n    title: A\r\n  - number: 2\r\n    title: B\r\n",
    );
    expect(addLecture("lectures:\n  - number: 1\n    title: A", { title: "B" }).text).toBe(
      "lectures:\n  - number: 1\n    title: A\n  - number: 2\n    title: B\n",
    );
  });

  it("numbers one past the highest number, whatever the order; 1 when there is none", () => {
    const text = "lectures:\n  - { number: 7, title: A }\n  - { number: 3, title: B }\n";
    expect(addLecture(text, { title: "C" }).lecture.number).toBe(8);
    expect(addLecture("lectures:\n  - { label: Intro, title: A }\n", { title: "C" }).lecture.number).toBe(1);
  });

  it("takes the season of the last lecture unless one is given; --number and --label as given", () => {
    const text = "lectures:\n  - { number: 1, season: 1, title: A }\n  - { number: 2, title: B }\n";
    expect(addLecture(text, { title: "C" }).lecture).toEqual({ number: 3, title: "C" });
    expect(addLecture(text, { title: "C", season: 4, number: 10, label: "Postscript" }).lecture).toEqual({
      number: 10,
      label: "Postscript",
      season: 4,
      title: "C",
    });
  });

  it("counts the last lecture's label on, and adds no number to a course numbered by labels", () => {
    const labels = "lectures:\n  - { label: HW1, title: A }\n  - { label: HW2, title: B }\n";
    expect(addLecture(labels, { title: "C" }).lecture).toEqual({ label: "HW3", title: "C" });
    const both = 'lectures:\n  - { number: 9, label: "1.9", title: A }\n';
    expect(addLecture(both, { title: "C" }).lecture).toEqual({ number: 10, label: "1.10", title: "C" });
    expect(addLecture(labels, { title: "C", label: "Final" }).lecture).toEqual({
      label: "Final",
      title: "C",
    });
    expect(addLecture(labels, { title: "C", number: 3 }).lecture).toEqual({
      number: 3,
      label: "HW3",
      title: "C",
    });
  });

  it.each([
    ["HW2", "HW3"],
    ["07", "08"],
    ["1.9", "1.10"],
    ["Lecture 99", "Lecture 100"],
    ["Postscript", undefined],
    [3, undefined],
    [undefined, undefined],
  ])("nextLabel(%j) is %j", (label, next) => {
    expect(nextLabel(label)).toBe(next);
  });

  it("continues the last lecture's group, a string or a locale map, unless one is given", () => {
    const text = "lectures:\n  - number: 1\n    group: { zh: 第一章, en: Chapter 1 }\n    title: A\n";
    expect(addLecture(text, { title: "B" }).text).toBe(
      `${text}  - number: 2\n    group:\n      zh: 第一章\n      en: Chapter 1\n    title: B\n`,
    );
    expect(addLecture(text, { title: "B", group: "Chapter 2" }).lecture).toEqual({
      number: 2,
      group: "Chapter 2",
      title: "B",
    });
    const plain = "lectures:\n  - { number: 1, group: Module 1, title: A }\n";
    expect(addLecture(plain, { title: "B" }).lecture).toEqual({ number: 2, group: "Module 1", title: "B" });
  });

  it("writes the document canonically, comments kept, when there is no block list to extend", () => {
    expect(
      addLecture("# courses\ncourse: { title: C }\nlectures: [] # none yet\n", { title: "A" }).text,
    ).toBe("# courses\ncourse: { title: C }\nlectures:\n  - number: 1\n    title: A\n  # none yet\n");
  });
});

describe("addLecture on catalogs with no block list to extend, or odd lists", () => {
  it("refuses text that is not YAML, and YAML that is not a mapping", () => {
    expect(() => addLecture("a: [1\n", { title: "B" })).toThrow(/^not valid YAML: /);
    expect(() => addLecture("- a\n", { title: "B" })).toThrow(
      new InputError("the catalog is not a mapping of settings and lectures"),
    );
  });

  it.each([
    ["no lectures key", "course: { title: C }\n"],
    ["an empty lectures key", "course: { title: C }\nlectures:\n"],
  ])("adds a lectures list when there is %s", (_, text) => {
    expect(addLecture(text, { title: "B" })).toEqual({
      text: "course: { title: C }\nlectures:\n  - number: 1\n    title: B\n",
      lecture: { number: 1, title: "B" },
    });
  });

  it("writes a CRLF catalog's comments of several lines as they were", () => {
    const settings = "course:\r\n  repository:\r\n    url: https://github.com/o/r\r\n    # a\r\n    # b\r\n";
    expect(addLecture(`${settings}lectures: []\r\n`, { title: "T" }).text).toBe(
      `${settings}lectures:\r\n  - number: 1\r\n    title: T\r\n`,
    );
  });

  it("turns a flow list of lectures into a block list, the old lecture kept as written", () => {
    expect(addLecture("lectures: [{ number: 1, title: A }]\n", { title: "B" }).text).toBe(
      "lectures:\n  - { number: 1, title: A }\n  - number: 2\n    title: B\n",
    );
  });

  it("writes the document canonically when an item of the list is not a lecture mapping", () => {
    expect(addLecture("lectures:\n  - 1\n  - { number: 2, title: A }\n", { title: "B" }).text).toBe(
      "lectures:\n  - 1\n  - { number: 2, title: A }\n  - number: 3\n    title: B\n",
    );
  });
});

describe("addLecture: what the new lecture continues", () => {
  it("ignores a number, season or group of the wrong type", () => {
    const text = 'lectures:\n  - { number: x, season: "2", group: [a], title: A }\n';
    expect(addLecture(text, { title: "B" }).lecture).toEqual({ number: 1, title: "B" });
    const mixed = "lectures:\n  - { number: 1, group: { zh: 1 }, title: A }\n";
    expect(addLecture(mixed, { title: "B" }).lecture).toEqual({ number: 2, title: "B" });
    const empty = "lectures:\n  - { number: 1, group: null, title: A }\n";
    expect(addLecture(empty, { title: "B" }).lecture).toEqual({ number: 2, title: "B" });
  });

  it("continues number, label and season together, in canonical key order", () => {
    const text = "lectures:\n  - { number: 1, label: HW1, season: 2, title: A }\n";
    const { text: next, lecture } = addLecture(text, { title: "B" });
    expect(Object.entries(lecture)).toEqual([
      ["number", 2],
      ["label", "HW2"],
      ["season", 2],
      ["title", "B"],
    ]);
    expect(next).toBe(`${text}  - number: 2\n    label: HW2\n    season: 2\n    title: B\n`);
  });

  it("counts on the whole trailing number of a label, not only its last digit", () => {
    expect(nextLabel("HW19")).toBe("HW20");
    expect(nextLabel("9")).toBe("10");
    expect(nextLabel("v2 part 009")).toBe("v2 part 010");
  });
});

describe("addLecture: where the new lines go", () => {
  it("puts a comment at the dash's column after the new lecture: it opens what follows", () => {
    const text = "lectures:\n  - number: 1\n    title: A\n  # next season\n";
    expect(addLecture(text, { title: "B" }).text).toBe(
      "lectures:\n  - number: 1\n    title: A\n  - number: 2\n    title: B\n  # next season\n",
    );
  });

  it("keeps an indented comment that ends the file without a line break with the last lecture", () => {
    const text = "lectures:\n  - number: 1\n    title: A\n    # under it";
    expect(addLecture(text, { title: "B" }).text).toBe(
      "lectures:\n  - number: 1\n    title: A\n    # under it\n  - number: 2\n    title: B\n",
    );
  });

  it("stops at a blank line: an indented comment after it is not the last lecture's", () => {
    const text = "lectures:\n- number: 1\n  title: A\n\n  # under\n";
    expect(addLecture(text, { title: "B" }).text).toBe(
      "lectures:\n- number: 1\n  title: A\n- number: 2\n  title: B\n\n  # under\n",
    );
  });

  it("keeps CRLF with comments under and after the last lecture", () => {
    const text = "lectures:\r\n  - number: 1\r\n    title: A\r\n    # c\r\n# after\r\n";
    expect(addLecture(text, { title: "B" }).text).toBe(
      "lectures:\r\n  - number: 1\r\n    title: A\r\n    # c\r\n  - number: 2\r\n    title: B\r\n# after\r\n",
    );
  });

  it("writes the new lecture on the dash's line when the last one starts on the line below", () => {
    const text = "lectures:\n  -\n    number: 1\n    title: A\n";
    expect(addLecture(text, { title: "B" }).text).toBe(`${text}  - number: 2\n    title: B\n`);
  });
});

describe("addLecture properties (fast-check over catalogs with comments, blank lines, any key order)", () => {
  it("only inserts lines, and the catalog gains exactly the new lecture at the end", () => {
    fc.assert(
      fc.property(catalogArb, fc.constantFrom("New", "New: with a colon", "第二十九讲"), (c, title) => {
        const input = catalogText(c as CatalogCase);
        const { text, lecture } = addLecture(input, { title, review: "pending" });
        expect(diffLines(input, text).filter((part) => part.removed)).toEqual([]);
        const before = parse(input) as { lectures: unknown[] };
        const after = parse(text) as { lectures: unknown[] };
        expect(after).toEqual({ ...before, lectures: [...before.lectures, lecture] });
        expect(commentsOf(text)).toEqual(commentsOf(input));
      }),
      { numRuns: 200 },
    );
  });
});
