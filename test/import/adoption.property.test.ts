// Property: adopting syllabus changes no byte. For random lesson tables (headings from the synonym
// list or unknown, labels such as 00, 1.1, HW1, 第三讲, cells of text, links, emphasis, code, images,
// badges, <br/>, placeholders, any padding and alignment), `import --markers` adds only the marker
// lines and `render` then leaves the README exactly as it was.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { runMain } from "../helpers/main.js";

const word = fc.constantFrom(
  "Intro",
  "深度学习",
  "GPT-4",
  "a_b",
  "x*y",
  "R&D",
  "1.5",
  "C#",
  "<tag>",
  "é",
  "🎃",
  "`q`",
);
const url = fc.constantFrom(
  "https://x.org/a",
  "https://www.bilibili.com/video/BV1?p=2&t=3",
  "https://y.org/b_c/",
  "./slides/1/",
  "./notes/a.md",
);
const inline = fc.oneof(
  { weight: 4, arbitrary: word },
  fc.tuple(word, url).map(([text, target]) => `[${text}](${target})`),
  word.map((text) => `**${text}**`),
  word.map((text) => `*${text}*`),
  fc.constant("<br/>"),
  url.map((target) => `[![badge](https://img.shields.io/b.svg)](${target})`),
  fc.constant('<img src="https://x.org/i.png" width="200px"/>'),
);
const phrase = fc.array(inline, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" "));
const linkCell = fc.oneof(
  fc.constantFrom("", "/", "更新中", "TBD"),
  fc
    .array(fc.tuple(fc.constantFrom("link", "上", "下", "Video"), url), { minLength: 1, maxLength: 3 })
    .chain((links) =>
      fc
        .constantFrom(" ", " · ", ", ")
        .map((sep) => links.map(([text, target]) => `[${text}](${target})`).join(sep)),
    ),
  phrase,
);
const label = fc.constantFrom("00", "01", "1", "7", "1.1", "HW1", "Postscript", "第三讲", "Lecture 2", "x");

interface Column {
  heading: string;
  cell: fc.Arbitrary<string>;
}
const columns = fc
  .tuple(
    fc.constantFrom("No", "Lesson", "", "章节序号"),
    fc.constantFrom("Title", "Topic", "标题"),
    fc.subarray(
      [
        { heading: "Summary", cell: fc.oneof(phrase, fc.constant("")) },
        { heading: "视频（播放数）", cell: linkCell },
        { heading: "Slides", cell: linkCell },
        { heading: "Notes", cell: linkCell },
        { heading: "Author", cell: fc.oneof(word, fc.constant("")) },
        { heading: "**Quiz**", cell: fc.oneof(phrase, fc.constant("")) },
      ] satisfies Column[],
      { minLength: 1 },
    ),
  )
  .map(([number, title, rest]): Column[] => [
    { heading: number, cell: label },
    { heading: title, cell: phrase },
    ...rest,
  ]);
const table = columns.chain((cols) =>
  fc
    .tuple(
      fc.array(fc.tuple(...cols.map((c) => c.cell)), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom("---", ":-:", "--:", ":---", "-"), {
        minLength: cols.length,
        maxLength: cols.length,
      }),
      fc.constantFrom(" ", "  ", ""),
    )
    .map(([rows, aligns, pad]) => {
      const line = (cells: readonly string[]) => `|${cells.map((c) => `${pad}${c}${pad}`).join("|")}|`;
      return [line(cols.map((c) => c.heading)), line(aligns), ...rows.map((row) => line(row))].join("\n");
    }),
);

describe("adoption is a no-op", () => {
  test("property: import --markers then render leaves a random course table byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(table, async (markdown) => {
        const readme = `# Course\n\n${markdown}\n\nAfter the table.\n`;
        const dir = mkdtempSync(path.join(tmpdir(), "syllabus-adopt-"));
        writeFileSync(path.join(dir, "README.md"), readme);
        const imported = await runMain(["import", "README.md", "--markers"], { cwd: dir });
        expect(imported.code, imported.stderr).toBe(0);
        const marked = readFileSync(path.join(dir, "README.md"), "utf8");
        expect(marked).toBe(
          readme.replace(markdown, `<!-- syllabus:start -->\n${markdown}\n<!-- syllabus:end -->`),
        );
        const rendered = await runMain(["render", "--no-cache"], { cwd: dir });
        expect(rendered.stderr).toBe("README.md: up to date\n");
        expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(marked);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
