// The catalog file import writes: schema comment, provenance comment, then the data exactly — any
// cell text (quotes, colons, #, leading spaces, 00, yes, emoji, backslashes) loads back as written.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { catalogText } from "../../src/import/write-catalog.js";

const options = { schemaPath: "./schema.json", readmeName: "README.md" };

describe("catalogText", () => {
  test("writes the comments, then the data in the order it was built, strings quoted only where needed", () => {
    const data = {
      outputs: [{ path: "../README.md" }],
      table: { number: "{n}", link: "go", columns: [{ field: "number", heading: "" }] },
      lectures: [{ number: 0, label: "00", title: "A: b", summary: "**bold**", quiz: "[q](https://q.org)" }],
    };
    expect(catalogText(data, options)).toBe(
      [
        "# yaml-language-server: $schema=./schema.json",
        "# Imported from README.md by syllabus import. This file is now the source of truth:",
        "# edit it, then run `syllabus render` to regenerate the table.",
        "",
        "outputs:",
        "  - path: ../README.md",
        "table:",
        '  number: "{n}"',
        "  link: go",
        "  columns:",
        "    - field: number",
        '      heading: ""',
        "lectures:",
        "  - number: 0",
        '    label: "00"',
        '    title: "A: b"',
        '    summary: "**bold**"',
        '    quiz: "[q](https://q.org)"',
        "",
      ].join("\n"),
    );
  });

  test("keys are written in the order syllabus fmt writes them, whatever order they were built in", () => {
    const data = {
      lectures: [{ title: "A", quiz: "q", number: 1, extra: "e" }],
      tables: {
        a: { columns: [{ heading: "No", field: "number" }], where: { group: "A" } },
        b: { where: { group: "B" } },
      },
      table: { columns: [{ link: "v", heading: "Video", field: "video", separator: " · " }], link: "link" },
      outputs: [{ template: "t.md", path: "README.md" }],
      course: { title: "C" },
    };
    expect(catalogText(data, options).split("\n").slice(4)).toEqual([
      "course:",
      "  title: C",
      "outputs:",
      "  - path: README.md",
      "    template: t.md",
      "table:",
      "  columns:",
      "    - field: video",
      "      heading: Video",
      "      link: v",
      '      separator: " · "',
      "  link: link",
      "tables:",
      "  a:",
      "    columns:",
      "      - field: number",
      "        heading: No",
      "    where:",
      "      group: A",
      "  b:",
      "    where:",
      "      group: B",
      "lectures:",
      "  - number: 1",
      "    title: A",
      "    quiz: q",
      "    extra: e",
      "",
    ]);
  });

  test("long values are not folded across lines", () => {
    const summary = "word ".repeat(40).trim();
    expect(catalogText({ lectures: [{ summary }] }, options)).toContain(`  - summary: ${summary}\n`);
  });

  test("property: any cell text, label, heading or field name loads back equal", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, " "));
    const tricky = fc.constantFrom(
      "00",
      "yes",
      "no",
      "~",
      "null",
      "1e3",
      "0x1F",
      "- a",
      "? b",
      "#c",
      "a: b",
      " x ",
      "'",
      '"',
      "\\",
      "@x",
      "`x`",
      "*x*",
      "&a",
      "!t",
      "%",
      "|",
      ">",
      "[x](y)",
    );
    const value = fc.oneof(text, tricky);
    const lecture = fc.dictionary(
      fc.oneof(
        text.filter((k) => k !== "__proto__"),
        tricky,
      ),
      fc.oneof(value, fc.integer()),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(
        fc.array(lecture, { maxLength: 5 }),
        fc.array(value, { maxLength: 4 }),
        (lectures, headings) => {
          const data = {
            table: { columns: headings.map((heading) => ({ field: "f", heading })) },
            lectures,
          };
          const written = catalogText(data, options);
          expect(written.startsWith("# yaml-language-server: $schema=./schema.json\n")).toBe(true);
          expect(parse(written)).toEqual(data);
        },
      ),
      { numRuns: 300 },
    );
  });
});
