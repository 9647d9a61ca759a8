// The canonical key order (src/edit/order.ts), through formatCatalog: which maps are ordered, by
// which list, and where comments and blank lines go when keys move.
import { describe, expect, it } from "vitest";
import { formatCatalog } from "../../src/edit/format.js";

const format = (lines: string[]) => formatCatalog(`${lines.join("\n")}\n`).text;
const text = (lines: string[]) => `${lines.join("\n")}\n`;

describe("which maps are put in order", () => {
  it("orders each output by path, template, locale", () => {
    expect(format(["outputs:", "  - locale: en", "    template: t.md", "    path: README.md"])).toBe(
      text(["outputs:", "  - path: README.md", "    template: t.md", "    locale: en"]),
    );
  });

  it("orders the columns of table and of each named table; a table that is not a map is left alone", () => {
    const column = ["separator: x", "link: l", "type: t", "align: left", "heading: H", "field: f"];
    const sorted = ["field: f", "heading: H", "align: left", "type: t", "link: l", "separator: x"];
    const list = (lines: string[], pad: string) => lines.map((l, i) => `${pad}${i === 0 ? "- " : "  "}${l}`);
    expect(format(["table:", "  columns:", ...list(column, "    ")])).toBe(
      text(["table:", "  columns:", ...list(sorted, "    ")]),
    );
    expect(format(["tables:", "  s2:", "    columns:", ...list(column, "      "), "  s3: 5"])).toBe(
      text(["tables:", "  s2:", "    columns:", ...list(sorted, "      "), "  s3: 5"]),
    );
  });

  it("orders link parts label first in built-in and custom fields, not maps with other keys", () => {
    const lecture = ["lectures:", "  - number: 1", "    title: T"];
    expect(
      format([
        ...lecture,
        "    code:",
        "      - url: ./a/",
        "        label: a",
        "    extra:",
        "      - url: ./b/",
        "        label: b",
        "    more:",
        "      - url: ./c/",
        "        label: c",
        "        note: n",
      ]),
    ).toBe(
      text([
        ...lecture,
        "    code:",
        "      - label: a",
        "        url: ./a/",
        "    extra:",
        "      - label: b",
        "        url: ./b/",
        "    more:",
        "      - url: ./c/",
        "        label: c",
        "        note: n",
      ]),
    );
  });

  it("puts keys it does not know after the known ones, in their order, whatever their type", () => {
    expect(format(["1: a", "[x]: b", "zeta: c", "course: {}"])).toBe(
      text(["course: {}", "1: a", "? [ x ]", ": b", "zeta: c"]),
    );
  });

  it("ranks a key that is not a string after every known key", () => {
    expect(format(["1: a", "lectures: []", "course: {}"])).toBe(text(["course: {}", "lectures: []", "1: a"]));
  });

  it("drops the blank line after the closing comment of the file's last collection", () => {
    expect(formatCatalog("course: {}\nlectures:\n  - number: 1\n    title: T\n    # end\n\n").text).toBe(
      text(["course: {}", "lectures:", "  - number: 1", "    title: T", "    # end"]),
    );
  });

  it("leaves a catalog that is not a mapping as it is", () => {
    expect(format(["- b", "- a"])).toBe(text(["- b", "- a"]));
    expect(format(["just text"])).toBe(text(["just text"]));
  });
});

describe("comments and blank lines when keys move", () => {
  it("keeps a header comment on top, set off by a blank line, when the first key moves down", () => {
    expect(format(["# header", "lectures: []", "course: {}"])).toBe(
      text(["# header", "", "course: {}", "lectures: []"]),
    );
  });

  it("leaves a header attached to a first key that stays first as it is", () => {
    const lines = ["# header", "course: {}", "lectures: []"];
    expect(format(lines)).toBe(text(lines));
  });

  it("treats every comment above the first key, blank lines and all, as the file's header", () => {
    expect(format(["# header", "", "# about lectures", "lectures: []", "course: {}"])).toBe(
      text(["# header", "", "# about lectures", "", "course: {}", "lectures: []"]),
    );
  });

  it("moves a modeline written without a space to the first line too", () => {
    expect(format(["# a", "#yaml-language-server: x", "lectures: []"])).toBe(
      text(["#yaml-language-server: x", "# a", "lectures: []"]),
    );
    // Only a comment that starts with the modeline is one.
    const mention = ["# a", "# see yaml-language-server: x", "lectures: []"];
    expect(format(mention)).toBe(text(mention));
  });

  it("keeps blank lines between the same neighbours: before the second group, not the key that leads", () => {
    expect(format(["course:", "  title: C", "", "lectures: []", "", "outputs: []"])).toBe(
      text(["course:", "  title: C", "", "outputs: []", "", "lectures: []"]),
    );
    expect(format(["lectures: []", "", "course: {}"])).toBe(text(["course: {}", "", "lectures: []"]));
  });

  it("moves a blank line with its key when the first key stays first", () => {
    expect(format(["course: {}", "lectures: []", "", "outputs: []"])).toBe(
      text(["course: {}", "", "outputs: []", "lectures: []"]),
    );
  });

  it("keeps a lecture's blank lines in place when a key with a comment moves to the front", () => {
    expect(
      format([
        "lectures:",
        "  - number: 1",
        "    title: T",
        "",
        "    summary: S",
        "    # about id",
        "    id: x",
      ]),
    ).toBe(
      text(["lectures:", "  # about id", "  - id: x", "    number: 1", "    title: T", "", "    summary: S"]),
    );
  });

  it("keeps a comment written on the dash line above the lecture when its first key moves", () => {
    expect(format(["lectures:", "  - # first lecture", "    title: T", "    number: 1"])).toBe(
      text(["lectures:", "  # first lecture", "  - number: 1", "    title: T"]),
    );
  });

  it("makes the comment above a lecture key that moves first the lecture's own comment", () => {
    expect(format(["lectures:", "  - title: T", "    # about number", "    number: 1"])).toBe(
      text(["lectures:", "  # about number", "  - number: 1", "    title: T"]),
    );
    expect(
      format(["lectures:", "  # the first", "  - title: T", "    # about number", "    number: 1"]),
    ).toBe(text(["lectures:", "  # the first", "  # about number", "  - number: 1", "    title: T"]));
  });
});

describe("a collection's closing comment, and the blank line after it", () => {
  it("keeps the blank line after a moved map's closing comment before the key that followed it", () => {
    expect(format(["lectures: []", "course:", "  title: C", "  # end of course", "", "outputs: []"])).toBe(
      text(["course:", "  title: C", "  # end of course", "", "outputs: []", "lectures: []"]),
    );
    expect(format(["outputs: []", "course:", "  title: C", "  # end of course", "", "lectures: []"])).toBe(
      text(["course:", "  title: C", "  # end of course", "outputs: []", "", "lectures: []"]),
    );
  });

  it("keeps the closing comment of the last lecture with it when the list moves to the end", () => {
    expect(
      format([
        "lectures:",
        "  - number: 1",
        "    title: T",
        "    # end of lecture",
        "",
        "course:",
        "  title: C",
      ]),
    ).toBe(
      text([
        "course:",
        "  title: C",
        "",
        "lectures:",
        "  - number: 1",
        "    title: T",
        "    # end of lecture",
      ]),
    );
  });

  it("gives comment lines at the next key's column back to that key, in a CRLF file too", () => {
    const lines = [
      "course:",
      "  repository:",
      "    url: https://github.com/o/r",
      "    # about the repository",
      "  # about the locales",
      "  locales: [ zh, en ]",
    ];
    expect(formatCatalog(`lectures: []\r\n${lines.join("\r\n")}\r\n`).text).toBe(
      `${[...lines, "lectures: []"].join("\r\n")}\r\n`,
    );
  });

  it("gives back several comment lines, and those after a blank line, to the key below them", () => {
    const head = ["course:", "  repository:", "    url: https://github.com/o/r"];
    for (const between of [
      ["  # a", "  # b"],
      ["  # a", "", "  # b"],
    ]) {
      const lines = [...head, ...between, "  locales: [ zh, en ]"];
      expect(format(["lectures: []", ...lines])).toBe(text([...lines, "lectures: []"]));
    }
  });

  it("leaves a comment between two deeper ones inside the collection above", () => {
    const head = ["course:", "  repository:", "    url: https://github.com/o/r", "    # deep"];
    expect(format([...head, "  # a", "    # deeper again", "  locales: [ zh, en ]", "lectures: []"])).toBe(
      text([...head, "    # a", "    # deeper again", "  locales: [ zh, en ]", "lectures: []"]),
    );
  });

  it("keeps a comment above a lecture key after a list of parts above that key", () => {
    const lines = [
      "lectures:",
      "  - number: 1",
      "    title: T",
      "    code:",
      "      - label: a",
      "        url: ./a/",
      "    # about review",
      "    review: pending",
    ];
    expect(format(lines)).toBe(text(lines));
  });

  it("keeps the blank line between two lectures when the second one's keys move", () => {
    const lecture = ["  - number: 2", "    video: https://youtu.be/abcdefghijk", "    title: B"];
    expect(format(["lectures:", "  - number: 1", "    title: A", "", ...lecture])).toBe(
      text([
        "lectures:",
        "  - number: 1",
        "    title: A",
        "",
        "  - number: 2",
        "    title: B",
        lecture[1] as string,
      ]),
    );
  });

  it("keeps the blank line after a lecture's closing comment, between the two lectures", () => {
    const lines = [
      "lectures:",
      "  - number: 1",
      "    title: A",
      "    # end of 1",
      "",
      "  - number: 2",
      "    title: B",
    ];
    expect(format(lines)).toBe(text(lines));
  });

  it("keeps the blank line after a closing comment two levels down before the key that followed", () => {
    const course = ["course:", "  repository:", "    url: x", "    # end of repo", ""];
    expect(format(["lectures: []", ...course, "outputs: []"])).toBe(
      text([...course, "outputs: []", "lectures: []"]),
    );
  });

  it("gives a whole closing comment back to the key below it, leaving the collection none", () => {
    const course = ["course:", "  repository:", "    url: https://github.com/o/r", "  # about the locales"];
    const lines = [...course, "  locales: [ zh, en ]"];
    expect(format(["lectures: []", ...lines])).toBe(text([...lines, "lectures: []"]));
    expect(format([...lines, "lectures: []"])).toBe(text([...lines, "lectures: []"]));
  });

  it("gives back only the lines at the key's column from a closing comment of three lines", () => {
    const course = ["course:", "  repository:", "    url: https://github.com/o/r", "    # r1", "    # r2"];
    const lines = [...course, "  # about the locales", "  locales: [ zh, en ]"];
    expect(format(["lectures: []", ...lines])).toBe(text([...lines, "lectures: []"]));
  });

  it("keeps a closing comment of several lines whole when the blank line after it moves", () => {
    const course = ["course:", "  title: C", "  # a", "  # b", ""];
    expect(format(["lectures: []", ...course, "outputs: []"])).toBe(
      text([...course, "outputs: []", "lectures: []"]),
    );
  });
});
