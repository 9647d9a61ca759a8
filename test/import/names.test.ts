// The custom field a heading becomes: its slug, the same in every table, never a built-in name,
// unique within its table.
import { describe, expect, test } from "vitest";
import { customFieldName } from "../../src/import/names.js";

/** Names for the headings of one table, with the shared heading → field map. */
function names(headings: string[], byHeading = new Map<string, string>()): string[] {
  const used = new Set<string>();
  return headings.map((heading) => {
    const name = customFieldName(heading, byHeading, used);
    used.add(name);
    return name;
  });
}

describe("customFieldName", () => {
  test("a heading becomes its slug: lower case, words joined by one hyphen, no leading hyphen", () => {
    expect(names(["Linked Lesson", "视频（播放数）", "讲课 / 实践", "- Extra", "A  --  B"])).toEqual([
      "linked-lesson",
      "视频播放数",
      "讲课-实践",
      "extra",
      "a-b",
    ]);
  });

  test("a heading with no letters is a column; a built-in field's name gets -column", () => {
    expect(names(["", "🎃", "Title", "number", "Video"])).toEqual([
      "column",
      "column-2",
      "title-column",
      "number-column",
      "video-column",
    ]);
  });

  test("the same heading twice in a table is numbered from 2 on", () => {
    expect(names(["Author", "Author", "Author"])).toEqual(["author", "author-2", "author-3"]);
  });

  test("the same heading in another table is the same field", () => {
    const shared = new Map<string, string>();
    expect(names(["Quiz", "Author"], shared)).toEqual(["quiz", "author"]);
    expect(names(["Author", "Quiz"], shared)).toEqual(["author", "quiz"]);
    expect([...shared]).toEqual([
      ["quiz", "quiz"],
      ["author", "author"],
    ]);
  });

  test("a name taken in the table by another column is numbered after the heading's own name", () => {
    const used = new Set(["quiz", "quiz-2"]);
    expect(customFieldName("Quiz", new Map(), used)).toBe("quiz-3");
    expect(customFieldName("Title", new Map(), new Set(["title-column"]))).toBe("title-column-2");
  });
});
