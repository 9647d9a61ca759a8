// The catalog file import writes: schema comment, provenance comment, keys in reading order, optional
// fields only when present.
import { describe, expect, test } from "vitest";
import type { ImportedTable } from "../../src/import/read-table.js";
import { catalogText } from "../../src/import/write-catalog.js";

describe("catalogText", () => {
  test("writes every field in reading order and leaves out the absent ones", () => {
    const imported = {
      numberFormat: "Lecture {n}",
      linkText: "go",
      placeholders: { unavailable: "-", pending: "TBD" },
      columns: [
        { field: "number", heading: "No", align: "center" },
        { field: "title", heading: "Title" },
      ],
      lectures: [
        {
          review: "pending",
          code: "./c/",
          video: [{ label: "a", url: "https://x.org/a" }],
          summary: "S",
          title: "T",
          season: 2,
          number: 1,
        },
        { number: 2, title: "U" },
      ],
    } as unknown as ImportedTable;
    expect(
      catalogText(imported, {
        schemaPath: "./schema.json",
        outputPath: "../README.md",
        readmeName: "README.md",
      }),
    ).toBe(
      [
        "# yaml-language-server: $schema=./schema.json",
        "# Imported from README.md by syllabus import. This file is now the source of truth:",
        "# edit it, then run `syllabus render` to regenerate the table.",
        "",
        "outputs:",
        "  - path: ../README.md",
        "table:",
        "  number: Lecture {n}",
        "  link: go",
        "  placeholders:",
        '    unavailable: "-"',
        "    pending: TBD",
        "  columns:",
        "    - field: number",
        "      heading: No",
        "      align: center",
        "    - field: title",
        "      heading: Title",
        "lectures:",
        "  - number: 1",
        "    season: 2",
        "    title: T",
        "    summary: S",
        "    video:",
        "      - label: a",
        "        url: https://x.org/a",
        "    code: ./c/",
        "    review: pending",
        "  - number: 2",
        "    title: U",
        "",
      ].join("\n"),
    );
  });

  test("long summaries are not folded across lines", () => {
    const summary = "word ".repeat(40).trim();
    const imported = {
      numberFormat: "{n}",
      linkText: "link",
      placeholders: { unavailable: "/", pending: "更新中" },
      columns: [],
      lectures: [{ number: 1, title: "T", summary }],
    } as unknown as ImportedTable;
    const text = catalogText(imported, { schemaPath: "s.json", outputPath: "README.md", readmeName: "R.md" });
    expect(text).toContain(`    summary: ${summary}\n`);
    expect(text).toContain("  columns: []\n");
  });
});
