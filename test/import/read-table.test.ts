// readLessonTables + buildCatalog on small tables: which tables are lesson tables, which column stands
// for which field in which cell type, and each value — chosen so that render gives the cell back.
import { describe, expect, test } from "vitest";
import { buildCatalog } from "../../src/import/build-catalog.js";
import { catalogLink } from "../../src/import/links.js";
import { parseLectureNumber, readLessonTables } from "../../src/import/read-table.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";
import { plain } from "../helpers/problems.js";

/** The README at the repository's top (/c), so a ./path renders back as itself. */
function read(lines: string[], map?: Record<string, string>) {
  const page = lines.join("\n");
  return readLessonTables(parseMarkdown(page), {
    file: "README.md",
    page,
    ...(map ? { map: new Map(Object.entries(map)) } : {}),
    catalogLink: (url) => catalogLink(url, "/c", "/c"),
    renderLink: (target) => target,
  });
}

function catalogOf(lines: string[], map?: Record<string, string>) {
  return buildCatalog(read(lines, map), "README.md").data as {
    table: Record<string, unknown> & { columns: Record<string, unknown>[] };
    tables?: Record<string, unknown>;
    lectures: Record<string, unknown>[];
  };
}

describe("parseLectureNumber", () => {
  test("keeps the words around the number as the format; 0 and 00 are numbers", () => {
    expect(parseLectureNumber("第二十三讲")).toEqual({ number: 23, format: "第{zh}讲" });
    expect(parseLectureNumber(" Lecture 12 ")).toEqual({ number: 12, format: "Lecture {n}" });
    expect(parseLectureNumber("７")).toEqual({ number: 7, format: "{n}" });
    expect(parseLectureNumber("HW1")).toEqual({ number: 1, format: "HW{n}" });
    expect(parseLectureNumber("00")).toEqual({ number: 0, format: "{n}" });
  });

  test("two numbers and no number are not lecture numbers", () => {
    expect(parseLectureNumber("1.1")).toBeUndefined();
    expect(parseLectureNumber("1-2")).toBeUndefined();
    expect(parseLectureNumber("Postscript")).toBeUndefined();
    expect(parseLectureNumber("")).toBeUndefined();
    expect(parseLectureNumber("一二")).toBeUndefined();
  });
});

describe("which tables are lesson tables", () => {
  test("a title column and one more known column make a lesson table; the others are skipped with why", () => {
    const result = read([
      "## Team",
      "| 作者 | 贡献 |",
      "| - | - |",
      "| A | B |",
      "",
      "## Lessons",
      "| No | Title |",
      "| - | - |",
      "| 1 | Intro |",
      "",
      "| Title | Mood |",
      "| - | - |",
      "| A | ok |",
    ]);
    expect(result.tables.map((t) => [t.found.at.line, t.found.heading])).toEqual([[7, "Lessons"]]);
    expect(result.skipped).toEqual([
      { at: { line: 2, col: 1 }, heading: "Team", reason: "no title column (headings: 作者, 贡献)" },
      {
        at: { line: 11, col: 1 },
        heading: "Lessons",
        reason: "no known course column besides the title (headings: Title, Mood)",
      },
    ]);
  });

  test("an HTML table is reported as skipped, not silently passed over", () => {
    const result = read([
      "<table><tr><td>1</td></tr></table>",
      "",
      "| No | Title |",
      "| - | - |",
      "| 1 | A |",
    ]);
    expect(result.skipped).toEqual([
      {
        at: { line: 1, col: 1 },
        reason: "an HTML <table>, not a Markdown table: import reads Markdown tables only",
      },
    ]);
    expect(result.tables).toHaveLength(1);
  });

  test("with syllabus markers, only the tables between them are read", () => {
    const course = ["| No | Title |", "| - | - |", "| 1 | Intro |"];
    const result = read([
      ...course,
      "",
      START_MARKER,
      "",
      "| # | 标题 |",
      "| - | - |",
      "| 1 | 甲 |",
      "",
      END_MARKER,
    ]);
    expect(result.tables.map((t) => t.found.at.line)).toEqual([7]);
    expect(result.skipped).toEqual([{ at: { line: 1, col: 1 }, reason: "outside the syllabus markers" }]);
  });

  test("--map makes a table with unknown headings a lesson table", () => {
    const result = read(["| Was | Wie |", "| - | - |", "| A | b |"], { Was: "title" });
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]?.columns.map((c) => [c.heading, c.field, c.custom])).toEqual([
      ["Was", "title", false],
      ["Wie", "wie", true],
    ]);
    expect(result.unusedMaps).toEqual([]);
    expect(read(["| No | Title |", "| - | - |", "| 1 | A |"], { Nope: "title" }).unusedMaps).toEqual([
      "Nope",
    ]);
  });

  test("a field named by --map is that column's, even when another heading is its synonym", () => {
    const result = read(["| Topic | Section | Video |", "| - | - | - |", "| A | B | - |"], {
      Section: "title",
    });
    expect(result.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["Topic", "topic"],
      ["Section", "title"],
      ["Video", "video"],
    ]);
  });

  test("a table without a title column takes its first summary-like column as the title (内容 of a class plan)", () => {
    // saturn-lab/MEE-CC07 Schedule/1st-DCC.md: | 时间段 | 内容 | 讲课 / 实践 | 分工 | 备注 |
    const result = read([
      "| 时间段 | 内容 | 讲课 / 实践 | 备注 |",
      "| - | - | - | - |",
      "| 0 | 课程签到 | logistics | 签到 |",
    ]);
    expect(result.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["时间段", "时间段"],
      ["内容", "title"],
      ["讲课 / 实践", "讲课-实践"],
      ["备注", "备注"],
    ]);
    // With a title column, 内容 stays the summary.
    const titled = read(["| 标题 | 内容 |", "| - | - |", "| A | B |"]);
    expect(titled.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["标题", "title"],
      ["内容", "summary"],
    ]);
  });

  test("the first summary column becomes the title even when it is the first column, but never one named by --map", () => {
    const first = read(["| Description | Video |", "| - | - |", "| Setup | [v](https://v.org/1) |"]);
    expect(first.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["Description", "title"],
      ["Video", "video"],
    ]);
    const twice = read(["| Week | Overview | Notes | Contents |", "| - | - | - | - |", "| 1 | a | b | c |"]);
    expect(twice.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["Week", "number"],
      ["Overview", "title"],
      ["Notes", "notes"],
      ["Contents", "contents"],
    ]);
    const mapped = read(["| Day | Body |", "| - | - |", "| 1 | a |"], { Body: "summary" });
    expect(mapped.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["Day", "number"],
      ["Body", "summary"],
    ]);
  });

  test("a skipped table lists its headings as written, white space folded, an empty one as (empty)", () => {
    const result = read(["|  | Name  of\tthe speaker | Role |", "| - | - | - |", "| 1 | A | B |"]);
    expect(result.skipped).toEqual([
      { at: { line: 1, col: 1 }, reason: "no title column (headings: (empty), Name of the speaker, Role)" },
    ]);
  });

  test("skipped tables are listed in page order, HTML tables among them", () => {
    const result = read([
      "| Name | Role |",
      "| - | - |",
      "| A | B |",
      "",
      "<table><tr><td>1</td></tr></table>",
      "",
      "| No | Title |",
      "| - | - |",
      "| 1 | A |",
    ]);
    expect(result.skipped.map((s) => s.at.line)).toEqual([1, 5]);
  });

  test("--map matches a heading written in another case or spacing, but an emoji heading only by its own emoji", () => {
    const loose = read(["| Lesson  number | Was |", "| - | - |", "| 1 | A |"], {
      "lesson number": "number",
      was: "title",
    });
    expect(loose.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["Lesson  number", "number"],
      ["Was", "title"],
    ]);
    expect(loose.unusedMaps).toEqual([]);
    const emoji = read(["| 📹 | Title | No |", "| - | - | - |", "| [v](https://v.org/1) | A | 1 |"], {
      "🎬": "video",
    });
    expect(emoji.unusedMaps).toEqual(["🎬"]);
    expect(emoji.tables[0]?.columns.map((c) => c.field)).toEqual(["column", "title", "number"]);
    const own = read(["| 📹 | Title | No |", "| - | - | - |", "| [v](https://v.org/1) | A | 1 |"], {
      "📹": "video",
    });
    expect(own.unusedMaps).toEqual([]);
    expect(own.tables[0]?.columns.map((c) => c.field)).toEqual(["video", "title", "number"]);
  });

  test("a table with a header and no rows is skipped", () => {
    expect(read(["## Soon", "| No | Title |", "| - | - |"]).skipped).toEqual([
      { at: { line: 2, col: 1 }, heading: "Soon", reason: "no rows under the header" },
    ]);
  });

  test("headings are matched through emphasis, emoji, asides and full-width punctuation", () => {
    const result = read([
      "| **Module number** | 📘 Unit Title | 视频（播放数） | Chapter Title |",
      "| - | - | - | - |",
      "| 1 | A | [v](https://v.org/1) | C |",
    ]);
    expect(result.tables[0]?.columns.map((c) => [c.heading, c.field])).toEqual([
      ["**Module number**", "number"],
      ["📘 Unit Title", "title"],
      ["视频（播放数）", "video"],
      ["Chapter Title", "chapter-title"],
    ]);
  });
});

describe("labels", () => {
  test("labels that are all one format of their number become number + table.number", () => {
    const data = catalogOf(["| 章节序号 | 章节名称 |", "| - | - |", "| 第一讲 | A |", "| 第二讲 | B |"]);
    expect(data.table.number).toBe("第{zh}讲");
    expect(data.lectures).toEqual([
      { number: 1, title: "A" },
      { number: 2, title: "B" },
    ]);
  });

  test("00, 1.1, HW1 and Postscript are kept as written, with the number when one can be read", () => {
    const data = catalogOf([
      "| Lesson | Topic | Video |",
      "| - | - | - |",
      "| 00 | Setup | - |",
      "| 1.1 | Basics | - |",
      "| HW1 | Homework | - |",
      "| Postscript | Bye | - |",
    ]);
    expect(data.table.number).toBeUndefined();
    expect(data.lectures.map(({ number, label }) => ({ number, label }))).toEqual([
      { number: 0, label: "00" },
      { number: undefined, label: "1.1" },
      { number: 1, label: "HW1" },
      { number: undefined, label: "Postscript" },
    ]);
  });

  test("an empty first heading over label-like cells is the label column", () => {
    const data = catalogOf(["|  | Lesson Link | Description |", "| :--: | - | - |", "| 00 | A | B |"]);
    expect(data.table.columns[0]).toEqual({ field: "number", heading: "", align: "center" });
    expect(data.lectures).toEqual([{ number: 0, label: "00", title: "A", summary: "B" }]);
  });

  test("a number heading over long linked text is the title column (章节 of a chapter list)", () => {
    const data = catalogOf([
      "| 章节 | 习题 |",
      "| - | - |",
      "| [第一章 概述](https://x.org/1) | [习题](https://x.org/q) |",
    ]);
    expect(data.table.columns).toEqual([
      { field: "title", heading: "章节", type: "markdown" },
      { field: "习题", heading: "习题" },
    ]);
    expect(data.lectures).toEqual([
      { number: 1, title: "[第一章 概述](https://x.org/1)", 习题: "[习题](https://x.org/q)" },
    ]);
  });

  test("a number heading is the label column over short labels only; over a lesson's name it is the title", () => {
    const fieldsOver = (cells: string[]) =>
      catalogOf([
        "| Lesson | Summary |",
        "| - | - |",
        ...cells.map((cell) => `| ${cell} | s |`),
      ]).table.columns.map((column) => column.field);
    const cases: [string[], string[]][] = [
      [
        ["1", "2", ""],
        ["number", "title"],
      ],
      [
        ["Lecture 1", "Lecture 2"],
        ["number", "title"],
      ],
      [
        ["第一讲", "第二讲"],
        ["number", "title"],
      ],
      [
        ["Week 1:", "Week-2"],
        ["number", "title"],
      ],
      [
        ["HW1", "A0", "1.1", "Postscript"],
        ["number", "title"],
      ],
      [
        ["Appendix_B#2", "Lab-04.b"],
        ["number", "title"],
      ],
      [["SixteenLetterstt"], ["number", "title"]],
      [["SeventeenLetterst"], ["title", "summary"]],
      [["Week 1 Intro"], ["title", "summary"]],
      [
        ["1", "Intro to Python"],
        ["title", "summary"],
      ],
      [["Lesson 1: Introduction-to-Python"], ["title", "summary"]],
      [["[1](https://x.org/1)"], ["title", "summary"]],
      [["![1](./one.png)"], ["title", "summary"]],
    ];
    expect(cases.map(([cells]) => [cells, fieldsOver(cells)])).toEqual(cases);
  });

  test("labels with markup keep their markdown in a label column of type markdown", () => {
    const data = catalogOf(["| No | Title |", "| - | - |", "| **01** | A |", "| 02 | B |"]);
    expect(data.table.columns[0]).toEqual({ field: "label", heading: "No", type: "markdown" });
    expect(data.lectures).toEqual([
      { number: 1, label: "**01**", title: "A" },
      { number: 2, label: "02", title: "B" },
    ]);
  });

  test("a label used twice gets an id of its own; other lectures keep the default", () => {
    const data = catalogOf(["| No | Title |", "| - | - |", "| 1.1 | A |", "| 1.1 | B |", "| 1.2 | C |"]);
    expect(data.lectures.map((l) => l.id)).toEqual(["lecture-1.1", "lecture-1.1-2", undefined]);
  });
});

describe("cells", () => {
  test("plain text stays text; a cell with markup makes the column markdown with each cell verbatim", () => {
    const data = catalogOf([
      "| No | Title | Summary |",
      "| - | - | - |",
      "| 1 | [GPT-4](https://x.org) <br/> new | Plain &amp; simple  |",
      "| 2 | **01. 引言** | `code` and *more* |",
    ]);
    expect(data.table.columns.map((c) => c.type)).toEqual([undefined, "markdown", "markdown"]);
    expect(data.lectures).toEqual([
      { number: 1, title: "[GPT-4](https://x.org) <br/> new", summary: "Plain &amp; simple" },
      { number: 2, title: "**01. 引言**", summary: "`code` and *more*" },
    ]);
  });

  test("unknown columns become custom markdown fields named by the heading's slug, never dropped", () => {
    const data = catalogOf([
      "| No | Title | Author | Linked Lesson | Author | Title |",
      "| - | - | - | - | - | - |",
      "| 1 | A | Amy | [lesson]() | Jen | again |",
      "| 2 | B |  | [lesson](x/README.md) | | |",
    ]);
    expect(data.table.columns.map((c) => c.field)).toEqual([
      "number",
      "title",
      "author",
      "linked-lesson",
      "author-2",
      "title-column",
    ]);
    expect(data.lectures).toEqual([
      {
        number: 1,
        title: "A",
        author: "Amy",
        "linked-lesson": "[lesson]()",
        "author-2": "Jen",
        "title-column": "again",
      },
      { number: 2, title: "B", "linked-lesson": "[lesson](x/README.md)" },
    ]);
  });

  test("a links column keeps each link's own text, the course's separator and its placeholders", () => {
    const data = catalogOf([
      "| No | Title | Video | Code |",
      "| - | - | - | - |",
      "| 1 | A | [上](https://v.org/1) · [下](https://v.org/2) | [slides](./s/1/) |",
      "| 2 | B | [Intro](https://v.org/3) | N/A |",
      "| 3 | C | [video](https://v.org/4) | [slides](./s/3/) |",
      "| 4 | D | [video](https://v.org/5) | Coming soon |",
    ]);
    expect(data.table).toMatchObject({
      link: "video",
      placeholders: { unavailable: "N/A", pending: "Coming soon" },
    });
    expect(data.table.columns.slice(2)).toEqual([
      { field: "video", heading: "Video", separator: " · " },
      { field: "code", heading: "Code", link: "slides" },
    ]);
    expect(data.lectures.map(({ video, code }) => ({ video, code }))).toEqual([
      {
        video: [
          { label: "上", url: "https://v.org/1" },
          { label: "下", url: "https://v.org/2" },
        ],
        code: "./s/1/",
      },
      { video: { label: "Intro", url: "https://v.org/3" }, code: "unavailable" },
      { video: "https://v.org/4", code: "./s/3/" },
      { video: "https://v.org/5", code: "pending" },
    ]);
  });

  test("with no placeholder in its cells, an English course's pending text is English, a Chinese course's Chinese", () => {
    const english = catalogOf(["| No | Title | Video |", "| - | - | - |", "| 1 | Intro | - |"]);
    expect(english.table.placeholders).toEqual({ unavailable: "-", pending: "Coming soon" });
    const chineseHeading = catalogOf(["| 序号 | 标题 |", "| - | - |", "| 1 | Intro |"]);
    expect(chineseHeading.table.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    const chineseTitle = catalogOf(["| No | Title |", "| - | - |", "| 1 | Intro |", "| 2 | 深度学习 |"]);
    expect(chineseTitle.table.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    const chineseLabel = catalogOf(["| No | Title |", "| - | - |", "| 第一讲 | Intro |"]);
    expect(chineseLabel.table.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    const chineseLink = catalogOf([
      "| No | Title | Video |",
      "| - | - | - |",
      "| 1 | A | [上](https://v.org/1) |",
    ]);
    expect(chineseLink.table.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    const oneHeading = catalogOf(["| No | Title | 备注 |", "| - | - | - |", "| 1 | Intro | ok |"]);
    expect(oneHeading.table.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    const oneValue = catalogOf(["| No | Title | Summary |", "| - | - | - |", "| 1 | Intro | 深度学习 |"]);
    expect(oneValue.table.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    const oneTable = catalogOf([
      "## A",
      "| No | Title |",
      "| - | - |",
      "| 1 | Intro |",
      "## B",
      "| No | Title |",
      "| - | - |",
      "| 2 | 深度学习 |",
    ]);
    expect(oneTable.table.placeholders).toEqual({ unavailable: "/", pending: "更新中" });
    const spelled = catalogOf(["| No | Title | Video |", "| - | - | - |", "| 1 | Intro | 待更新 |"]);
    expect(spelled.table.placeholders).toEqual({ unavailable: "/", pending: "待更新" });
  });

  test("a link column that would not render back as written is kept verbatim as a custom markdown field", () => {
    const cases = [
      "[![bilibili](https://b.svg)](https://v.org/1)<br />[![yt](https://y.svg)](https://y.org/1)",
      "[v](slides/1/)", // render would write ./slides/1/
      '[v](https://v.org/1 "title")',
      "see [v](https://v.org/1)",
      "ask me",
      "[v](mailto:a@b.c)",
      "[v](https://a.org/1), [w](https://a.org/2) and [x](https://a.org/3)",
      "![](./play.png)",
      "[ v ](https://v.org/1)",
      "[](https://v.org/1)",
    ];
    for (const cell of cases) {
      const data = catalogOf(["| No | Title | 视频（播放数） |", "| - | - | - |", `| 1 | A | ${cell} |`]);
      expect({ cell, column: data.table.columns[2], value: data.lectures[0]?.视频播放数 }).toEqual({
        cell,
        column: { field: "视频播放数", heading: "视频（播放数）" },
        value: cell,
      });
    }
  });

  test("every placeholder spelling courses write, in any case, marks its kind and becomes the table's spelling", () => {
    const spellings = {
      unavailable: ["/", "-", "—", "–", "N/A", "n/a", "NA", "无", "暂无", "None", "x", "X"],
      pending: [
        "更新中",
        "待更新",
        "即将更新",
        "敬请期待",
        "TBD",
        "TBA",
        "TODO",
        "Coming soon",
        "Soon",
        "pending",
        "⏳",
      ],
    };
    for (const [kind, texts] of Object.entries(spellings)) {
      for (const text of texts) {
        const data = catalogOf([
          "| No | Title | Video |",
          "| - | - | - |",
          "| 1 | A | [video](https://v.org/1) |",
          `| 2 | B | ${text} |`,
        ]);
        expect({
          text,
          placeholder: (data.table.placeholders as Record<string, string>)[kind],
          video: data.lectures[1]?.video,
        }).toEqual({ text, placeholder: text, video: kind });
      }
    }
  });

  test("text that only looks like a placeholder is no placeholder: the column keeps every cell verbatim", () => {
    for (const text of ["soon-ish", "TBD later", "n/a yet", "xx", "--", "无视频", "pending review"]) {
      const data = catalogOf([
        "| No | Title | Video |",
        "| - | - | - |",
        "| 1 | A | [video](https://v.org/1) |",
        `| 2 | B | ${text} |`,
      ]);
      expect({
        text,
        column: data.table.columns[2],
        values: data.lectures.map((l) => l["video-column"]),
      }).toEqual({
        text,
        column: { field: "video-column", heading: "Video" },
        values: ["[video](https://v.org/1)", text],
      });
    }
  });

  test("the table's link text is the one most links columns use; links apart by a space need no separator", () => {
    const data = catalogOf([
      "| No | Title | Video | Code | Notes |",
      "| - | - | - | - | - |",
      "| 1 | A | [video](https://v.org/1) [YouTube](https://y.org/1) | [slides](./s/1/) | [slides](./n/1/) |",
      "| 2 | B | [video](https://v.org/2) | [slides](./s/2/) | [slides](./n/2/) |",
    ]);
    expect(data.table.link).toBe("slides");
    expect(data.table.columns.slice(2)).toEqual([
      { field: "video", heading: "Video", link: "video" },
      { field: "code", heading: "Code" },
      { field: "review", heading: "Notes" },
    ]);
    expect(data.lectures.map(({ video, code }) => ({ video, code }))).toEqual([
      {
        video: [
          { label: "video", url: "https://v.org/1" },
          { label: "YouTube", url: "https://y.org/1" },
        ],
        code: "./s/1/",
      },
      { video: "https://v.org/2", code: "./s/2/" },
    ]);
  });

  test("a cover image alone in a cell is kept, never taken for an empty cell", () => {
    const data = catalogOf([
      "| No | Title | 封面 |",
      "| - | - | - |",
      "| 1 | A | ![](./cover/1.png) |",
      "| 2 | B |  |",
    ]);
    expect(data.lectures).toEqual([
      { number: 1, title: "A", 封面: "![](./cover/1.png)" },
      { number: 2, title: "B" },
    ]);
  });

  test("--map to label or id: plain labels and ids are kept as text; an id column with markup stays custom", () => {
    const labels = catalogOf(["| Key | Title |", "| - | - |", "| intro | A |", "| 2 | B |"], {
      Key: "label",
    });
    expect(labels.table.columns[0]).toEqual({ field: "label", heading: "Key" });
    expect(labels.lectures).toEqual([
      { label: "intro", title: "A" },
      { number: 2, label: "2", title: "B" },
    ]);
    const ids = catalogOf(["| Slug | Title |", "| - | - |", "| intro | A |"], { Slug: "id" });
    expect(ids.table.columns[0]).toEqual({ field: "id", heading: "Slug" });
    expect(ids.lectures).toEqual([{ number: 1, id: "intro", title: "A" }]);
    const marked = catalogOf(["| Slug | Title |", "| - | - |", "| **intro** | A |"], { Slug: "id" });
    expect(marked.table.columns[0]).toEqual({ field: "slug", heading: "Slug" });
    expect(marked.lectures).toEqual([{ number: 1, slug: "**intro**", title: "A" }]);
  });

  test("two placeholder spellings of one kind cannot both render: the second column stays markdown", () => {
    const data = catalogOf(["| No | Title | Video | Code |", "| - | - | - | - |", "| 1 | A | / | - |"]);
    expect(data.table.columns.map((c) => c.field)).toEqual(["number", "title", "video", "code-column"]);
    expect(data.lectures).toEqual([{ number: 1, title: "A", video: "unavailable", "code-column": "-" }]);
  });

  test("a link leaving the repository is not a catalog path: the cell keeps it verbatim", () => {
    const data = catalogOf(["| No | Title | Code |", "| - | - | - |", "| 1 | A | [c](../../x) |"]);
    expect(data.lectures).toEqual([{ number: 1, title: "A", "code-column": "[c](../../x)" }]);
  });

  test("seasons are numbers; anything else in a season column is a custom field", () => {
    expect(catalogOf(["| 期 | No | Title |", "| - | - | - |", "| 2 | 1 | A |"]).lectures).toEqual([
      { number: 1, season: 2, title: "A" },
    ]);
    expect(
      catalogOf([
        "| Season | No | Title |",
        "| - | - | - |",
        "| 1 | 1 | A |",
        "| 12 | 2 | B |",
        "|  | 3 | C |",
      ]).lectures,
    ).toEqual([
      { season: 1, number: 1, title: "A" },
      { season: 12, number: 2, title: "B" },
      { number: 3, title: "C" },
    ]);
    for (const season of ["0", "02", "1a", "S1"]) {
      expect(
        catalogOf(["| Season | No | Title |", "| - | - | - |", `| ${season} | 1 | A |`]).lectures,
      ).toEqual([{ "season-column": season, number: 1, title: "A" }]);
    }
    expect(catalogOf(["| 期 | No | Title |", "| - | - | - |", "| 第二期 | 1 | A |"]).lectures).toEqual([
      { 期: "第二期", number: 1, title: "A" },
    ]);
  });

  test("rows with fewer or more cells than the header are reported at the row", () => {
    const result = read(["| No | Title | Video |", "| - | - | - |", "| 1 | A |", "| 2 | B | - | x |"]);
    expect(plain(result.diagnostics)).toEqual([
      {
        file: "README.md",
        line: 3,
        col: 1,
        severity: "warning",
        rule: "irregular-row",
        message: "row of lecture 1 has 2 cells, the header has 3",
        hint: "imported the cells in order; check lecture 1 in the catalog",
      },
      {
        file: "README.md",
        line: 4,
        col: 1,
        severity: "warning",
        rule: "irregular-row",
        message: "row of lecture 2 has 4 cells, the header has 3",
        hint: "cells after the first 3 are not shown on GitHub and were not imported",
      },
    ]);
  });
});

describe("irregular rows", () => {
  test("an irregular row is named by its lecture number, else its label, else its place in the table", () => {
    const messages = (lines: string[]) =>
      plain(read(lines).diagnostics).map((d) => `${d.line}: ${d.message}`);
    expect(
      messages([
        "| Lesson | Title | Video |",
        "| - | - | - |",
        "| Lecture 7 | A | - |",
        "| Lecture 8 | B |",
        "| Postscript | C |",
      ]),
    ).toEqual([
      "4: row of lecture 8 has 2 cells, the header has 3",
      "5: row of lecture Postscript has 2 cells, the header has 3",
    ]);
    expect(messages(["| Title | Video |", "| - | - |", "| A | - |", "| B | - | x |"])).toEqual([
      "4: row of lecture 2 has 3 cells, the header has 2",
    ]);
  });
});

describe("several tables", () => {
  test("each lesson table is a named table selecting its group, named from the heading above it", () => {
    const data = catalogOf([
      "## Module 1",
      "| No | Title |",
      "| - | - |",
      "| 1 | A |",
      "## 第二章",
      "| No | Title | Quiz |",
      "| - | - | - |",
      "| 1 | B | [q](https://q.org) |",
      "## Module 1",
      "| No | Title |",
      "| - | - |",
      "| 1 | C |",
    ]);
    expect(data.tables).toEqual({
      "module-1": {
        where: { group: "Module 1" },
        columns: [
          { field: "number", heading: "No" },
          { field: "title", heading: "Title" },
        ],
      },
      "table-2": {
        where: { group: "第二章" },
        columns: [
          { field: "number", heading: "No" },
          { field: "title", heading: "Title" },
          { field: "quiz", heading: "Quiz" },
        ],
      },
      "module-1-2": {
        where: { group: "Module 1 (2)" },
        columns: [
          { field: "number", heading: "No" },
          { field: "title", heading: "Title" },
        ],
      },
    });
    expect(data.lectures).toEqual([
      { id: "module-1-1", number: 1, group: "Module 1", title: "A" },
      { id: "table-2-1", number: 1, group: "第二章", title: "B", quiz: "[q](https://q.org)" },
      { id: "module-1-2-1", number: 1, group: "Module 1 (2)", title: "C" },
    ]);
  });
});
