// readCourseTable on small tables: each rule that turns a README cell into catalog data, and each
// problem it reports, with exact outcomes.
import { describe, expect, test } from "vitest";
import { findCourseTable, parseLectureNumber, readCourseTable } from "../../src/import/read-table.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";

const read = (lines: string[], readmeDir = "/c", repoRoot = "/c") =>
  readCourseTable(parseMarkdown(lines.join("\n")), "README.md", readmeDir, repoRoot);

describe("parseLectureNumber", () => {
  test("keeps the words around the number as the format", () => {
    expect(parseLectureNumber("第二十三讲")).toEqual({ number: 23, format: "第{zh}讲" });
    expect(parseLectureNumber(" Lecture 12 ")).toEqual({ number: 12, format: "Lecture {n}" });
    expect(parseLectureNumber("７")).toEqual({ number: 7, format: "{n}" });
    expect(parseLectureNumber("第3讲")).toEqual({ number: 3, format: "第{n}讲" });
    expect(parseLectureNumber("两百")).toEqual({ number: 200, format: "{zh}" });
  });

  test("zero, two numbers and no number are not lecture numbers", () => {
    expect(parseLectureNumber("第零讲")).toBeUndefined();
    expect(parseLectureNumber("0")).toBeUndefined();
    expect(parseLectureNumber("1-2")).toBeUndefined();
    expect(parseLectureNumber("Intro")).toBeUndefined();
    expect(parseLectureNumber("")).toBeUndefined();
    expect(parseLectureNumber("一二")).toBeUndefined();
  });
});

describe("findCourseTable", () => {
  const other = ["| Speaker | Role |", "| - | - |", "| A | B |"];
  const course = ["| No | Title |", "| - | - |", "| 1 | Intro |"];

  test("skips a table without course headings and takes the first with a title", () => {
    const tree = parseMarkdown([...other, "", ...course].join("\n"));
    expect(findCourseTable(tree, "README.md").position?.start.line).toBe(5);
  });

  test("a table with a number and one more known column counts, a number alone does not", () => {
    const numberAndVideo = ["| No | Video |", "| - | - |", "| 1 | - |"];
    const numberOnly = ["| No | Speaker |", "| - | - |", "| 1 | A |"];
    expect(findCourseTable(parseMarkdown(numberAndVideo.join("\n")), "R.md").position?.start.line).toBe(1);
    expect(() => findCourseTable(parseMarkdown(numberOnly.join("\n")), "R.md")).toThrow(
      "R.md: no course table found: no table has a heading such as 章节名称/title or 章节序号/number\n  hint: check that the table is a GFM table with a header row",
    );
  });

  test("with syllabus markers, only the table between them is taken", () => {
    const text = [...course, "", START_MARKER, "", "| # | 标题 |", "| - | - |", "| 1 | 甲 |", "", END_MARKER];
    expect(findCourseTable(parseMarkdown(text.join("\n")), "README.md").position?.start.line).toBe(7);
    const after = [START_MARKER, "", END_MARKER, "", ...course];
    expect(() => findCourseTable(parseMarkdown(after.join("\n")), "README.md")).toThrow("no course table");
  });
});

describe("readCourseTable", () => {
  test("an unknown or repeated heading is reported with its place and not imported", () => {
    const imported = read([
      "| No | Title | Speaker | Name |",
      "| :-: | - | - | -: |",
      "| 1 | Intro | A | B |",
    ]);
    expect(imported.columns).toEqual([
      { field: "number", heading: "No", align: "center" },
      { field: "title", heading: "Title" },
    ]);
    expect(imported.sourceIndex).toEqual([0, 1]);
    expect(imported.lectures).toEqual([{ number: 1, title: "Intro" }]);
    expect(imported.diagnostics).toEqual([
      {
        file: "README.md",
        line: 1,
        col: 14,
        severity: "warning",
        rule: "unknown-column",
        message: 'column "Speaker" is not a known course column; it was not imported',
        hint: "rename the heading, or add the data to the catalog by hand",
      },
      {
        file: "README.md",
        line: 1,
        col: 24,
        severity: "warning",
        rule: "unknown-column",
        message: 'column "Name" is not a known course column; it was not imported',
        hint: "rename the heading, or add the data to the catalog by hand",
      },
    ]);
  });

  test("a row without a lecture number is numbered by its position, with a warning at the cell", () => {
    const imported = read(["| No | Title |", "| - | - |", "| 1 | A |", "| Bonus | B |"]);
    expect(imported.lectures.map((l) => l.number)).toEqual([1, 2]);
    expect(imported.numberFormat).toBe("{n}");
    expect(imported.diagnostics).toEqual([
      {
        file: "README.md",
        line: 4,
        col: 1,
        severity: "warning",
        rule: "bad-number",
        message: 'row 2: "Bonus" is not a lecture number; numbered 2 by its position',
        hint: "check the number in the catalog",
      },
    ]);
  });

  test("the number format is the first parsed row's; without a number column it is 第{zh}讲", () => {
    expect(
      read(["| No | Title |", "| - | - |", "| x | A |", "| Week 2 | B |", "| 3 | C |"]).numberFormat,
    ).toBe("Week {n}");
    const untitled = read(["| Title | Video |", "| - | - |", "| A | - |", "| B | 更新中 |"]);
    expect(untitled.numberFormat).toBe("第{zh}讲");
    expect(untitled.lectures).toEqual([
      { number: 1, title: "A", video: "unavailable" },
      { number: 2, title: "B", video: "pending" },
    ]);
  });

  test("an empty title is reported as a warning at the title cell", () => {
    const imported = read(["| No | Title |", "| - | - |", "| 1 |  |"]);
    expect(imported.lectures).toEqual([{ number: 1, title: "" }]);
    expect(imported.diagnostics).toEqual([
      {
        file: "README.md",
        line: 3,
        col: 5,
        severity: "warning",
        rule: "empty-title",
        message: "lecture 1 has no title",
        hint: "write the title in the catalog",
      },
    ]);
  });

  test("the first course table is taken when there are several", () => {
    const tree = parseMarkdown(
      ["| No | Title |", "| - | - |", "| 1 | A |", "", "| No | Title |", "| - | - |"].join("\n"),
    );
    expect(findCourseTable(tree, "README.md").position?.start.line).toBe(1);
  });

  test("a season whose affixes are elsewhere than 第…期 / Season … is not a season", () => {
    const imported = read([
      "| 期 | No | Title |",
      "| - | - | - |",
      "| 期二 | 1 | A |",
      "| 一第 | 2 | B |",
      "| 3 season | 3 | C |",
    ]);
    expect(imported.lectures.map((l) => l.season)).toEqual([undefined, undefined, undefined]);
  });

  test("link labels and the link text are trimmed; a cell without a value gets no key at all", () => {
    const imported = read([
      "| No | Title | Video | Code |",
      "| - | - | - | - |",
      "| 1 | A | [ a ](https://x.org/1) [ b ](https://x.org/2) | [ go ](https://x.org/3) |",
      "| 2 | B | | |",
    ]);
    expect(imported.lectures).toStrictEqual([
      {
        number: 1,
        title: "A",
        video: [
          { label: "a", url: "https://x.org/1" },
          { label: "b", url: "https://x.org/2" },
        ],
        code: "https://x.org/3",
      },
      { number: 2, title: "B" },
    ]);
    expect(imported.linkText).toBe("go");
  });

  test("the placeholder spelling is kept as written, upper case included", () => {
    const imported = read([
      "| No | Title | Video | Code |",
      "| - | - | - | - |",
      "| 1 | A | N/A | Coming Soon |",
    ]);
    expect(imported.placeholders).toEqual({ unavailable: "N/A", pending: "Coming Soon" });
  });

  test("a path with a colon after its first segment is a path, not a URL", () => {
    const imported = read(["| No | Title | Code |", "| - | - | - |", "| 1 | A | [c](docs/a:b.md) |"]);
    expect(imported.lectures[0]?.code).toBe("./docs/a:b.md");
  });

  test("seasons are read from 第N期, N期, Season N and plain numbers", () => {
    const imported = read([
      "| 期 | No | Title |",
      "| - | - | - |",
      "| 第一期 | 1 | A |",
      "| 二期 | 2 | B |",
      "| Season 3 | 3 | C |",
      "| season4 | 4 | D |",
      "| 5 | 5 | E |",
      "|  | 6 | F |",
      "| 第零期 | 7 | G |",
    ]);
    expect(imported.lectures.map((l) => l.season)).toEqual([1, 2, 3, 4, 5, undefined, undefined]);
  });

  test("summaries keep their words on one line; an empty summary is left out", () => {
    const imported = read([
      "| No | Title | Summary |",
      "| - | - | - |",
      "| 1 |  A  | x  **y**  z |",
      "| 2 | B | |",
    ]);
    expect(imported.lectures).toEqual([
      { number: 1, title: "A", summary: "x y z" },
      { number: 2, title: "B" },
    ]);
  });

  test("every unavailable and pending spelling becomes the placeholder, the first spelling is kept", () => {
    const unavailable = ["/", "-", "—", "–", "N/A", "na", "无", "暂无", "None"];
    const pending = [
      "更新中",
      "待更新",
      "即将更新",
      "敬请期待",
      "TBD",
      "todo",
      "Coming soon",
      "soon",
      "pending",
    ];
    const rows = [...unavailable, ...pending].map((text, i) => `| ${i + 1} | L | ${text} |`);
    const imported = read(["| No | Title | Video |", "| - | - | - |", ...rows]);
    expect(imported.lectures.map((l) => l.video)).toEqual([
      ...unavailable.map(() => "unavailable"),
      ...pending.map(() => "pending"),
    ]);
    expect(imported.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    expect(imported.diagnostics).toEqual([]);
  });

  test("without placeholders in the table, the defaults / and 更新中 and the link text link are used", () => {
    const imported = read(["| No | Title | Video |", "| - | - | - |", "| 1 | A | |"]);
    expect(imported.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    expect(imported.linkText).toBe("link");
    expect(imported.lectures).toEqual([{ number: 1, title: "A" }]);
  });

  test("text that is neither a link nor a placeholder is imported as pending with a warning", () => {
    const imported = read(["| No | Title | Video |", "| - | - | - |", "| 1 | A | ask me |"]);
    expect(imported.lectures).toEqual([{ number: 1, title: "A", video: "pending" }]);
    expect(imported.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    expect(imported.diagnostics).toEqual([
      {
        file: "README.md",
        line: 3,
        col: 9,
        severity: "warning",
        rule: "bad-cell",
        message: 'lecture 1: video: text "ask me" is neither a link nor a placeholder; imported as pending',
        hint: "write the link, or unavailable/pending, in the catalog",
      },
    ]);
  });

  test("the link text is the first single link's; several links keep their labels or their position", () => {
    const imported = read([
      "| No | Title | Video | Code |",
      "| - | - | - | - |",
      "| 1 | A | [a](https://x.org/1) [](https://x.org/2) | [回放](https://x.org/3) |",
      "| 2 | B | [看](https://x.org/4) | [x](https://x.org/5) |",
    ]);
    expect(imported.lectures[0]?.video).toEqual([
      { label: "a", url: "https://x.org/1" },
      { label: "2", url: "https://x.org/2" },
    ]);
    expect(imported.linkText).toBe("回放");
  });

  test("paths are stored from the repository's top; URLs, anchors and mailto stay as written", () => {
    const imported = read(
      [
        "| No | Title | Video | Code | Notes |",
        "| - | - | - | - | - |",
        "| 1 | A | [v](https://x.org/a) | [c](slides/1/) | [n](../notes/1.md) |",
        "| 2 | B | [v](#top) | [c](/root.md) | [n](mailto:a@b.c) |",
        "| 3 | C | [v](./) | [c](HTTP://X.ORG) | [n](../) |",
      ],
      "/c/docs",
      "/c",
    );
    expect(imported.lectures.map(({ video, code, review }) => [video, code, review])).toEqual([
      ["https://x.org/a", "./docs/slides/1/", "./notes/1.md"],
      ["#top", "./root.md", "mailto:a@b.c"],
      ["./docs/", "HTTP://X.ORG", "./"],
    ]);
    expect(imported.diagnostics).toEqual([]);
  });

  test("a link leaving the repository is an error and is not imported as ./../", () => {
    const imported = read(
      [
        "| No | Title | Code | Video |",
        "| - | - | - | - |",
        "| 1 | A | [out](../../x) | [v](https://x.org/v) [w](../../y/) |",
        "| 2 | B | [c](..) | [v](../..) |",
      ],
      "/c/docs",
      "/c",
    );
    const error = (line: number, col: number, field: string, lecture: number, link: string) => ({
      file: "README.md",
      line,
      col,
      severity: "error",
      rule: "link-outside-repository",
      message: `lecture ${lecture}: ${field}: link "${link}" leaves the course repository`,
      hint: "write it as a full URL in the README, or import from inside the repository it points into",
    });
    expect(imported.lectures).toEqual([
      { number: 1, title: "A", video: "https://x.org/v" },
      { number: 2, title: "B", code: "./" },
    ]);
    // A cell left with one link of two does not give the link text: that is the first one-link cell's.
    expect(imported.linkText).toBe("c");
    expect(imported.diagnostics).toEqual([
      error(3, 26, "video", 1, "../../y/"),
      error(3, 9, "code", 1, "../../x"),
      error(4, 19, "video", 2, "../.."),
    ]);
  });
});
