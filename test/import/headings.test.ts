// Every heading import recognises, written as course READMEs write it, maps to its catalog field;
// anything else is not a course column.
import { describe, expect, test } from "vitest";
import { fieldForHeading, isKnownHeading } from "../../src/import/headings.js";

const HEADINGS = {
  number: [
    "章节序号",
    "序号",
    "编号",
    "课节",
    "课次",
    "讲次",
    "节次",
    "章节",
    "No",
    "Number",
    "#",
    "Lecture",
    "Lesson",
    "Week",
    "Session",
  ],
  season: ["期", "期数", "季", "Season", "Term", "Part"],
  title: [
    "章节名称",
    "名称",
    "标题",
    "课程名称",
    "课题",
    "主题",
    "题目",
    "Title",
    "Name",
    "Topic",
    "Subject",
  ],
  summary: [
    "课程简介",
    "简介",
    "内容",
    "内容简介",
    "摘要",
    "介绍",
    "课程内容",
    "Summary",
    "Description",
    "Abstract",
    "Content",
    "Overview",
  ],
  video: ["视频", "回放", "视频回放", "录像", "Video", "Videos", "Recording", "Recordings"],
  code: [
    "课件及代码",
    "课件",
    "代码",
    "课件代码",
    "资料",
    "Slides",
    "Code",
    "SlidesCode",
    "Materials",
    "Material",
    "SlidesAndCode",
  ],
  review: [
    "知识点总结",
    "总结",
    "知识点",
    "回顾",
    "文章",
    "笔记",
    "Review",
    "Notes",
    "Article",
    "Recap",
    "Reading",
  ],
} as const;

describe("fieldForHeading", () => {
  for (const [field, headings] of Object.entries(HEADINGS)) {
    test(`every ${field} synonym maps to ${field}`, () => {
      expect(headings.map((heading) => [heading, fieldForHeading(heading)])).toEqual(
        headings.map((heading) => [heading, field]),
      );
    });
  }

  test("case, spaces and punctuation between words do not matter", () => {
    expect(fieldForHeading("No.")).toBe("number");
    expect(fieldForHeading("no")).toBe("number");
    expect(fieldForHeading("Slides & Code")).toBe("code");
    expect(fieldForHeading("slides/code")).toBe("code");
    expect(fieldForHeading("Slides_and_Code")).toBe("code");
    expect(fieldForHeading("课件/代码")).toBe("code");
    expect(fieldForHeading("课件、代码")).toBe("code");
    expect(fieldForHeading("课件|代码")).toBe("code");
    expect(fieldForHeading("视频(回放)")).toBe("video");
    expect(fieldForHeading("视频（回放）")).toBe("video");
    expect(fieldForHeading("内容：简介")).toBe("summary");
    expect(fieldForHeading("内容:简介")).toBe("summary");
    expect(fieldForHeading("slides, code")).toBe("code");
    expect(fieldForHeading("slides-code")).toBe("code");
    expect(fieldForHeading("  TITLE  ")).toBe("title");
  });

  test("a heading that is not a course column maps to nothing", () => {
    expect(fieldForHeading("讲师")).toBeUndefined();
    expect(fieldForHeading("Instructor")).toBeUndefined();
    expect(fieldForHeading("")).toBeUndefined();
    expect(fieldForHeading("No. of slides")).toBeUndefined();
    expect(fieldForHeading("Nos")).toBeUndefined();
  });

  test("emphasis, emoji, a parenthesised aside and full-width forms do not hide a heading", () => {
    expect(fieldForHeading("📘 Unit")).toBe("number");
    expect(fieldForHeading("视频（播放数）")).toBe("video");
    expect(fieldForHeading("Video (views)")).toBe("video");
    expect(fieldForHeading("【课件】")).toBe("code");
    expect(fieldForHeading("Ｔｉｔｌｅ")).toBe("title");
    expect(fieldForHeading("⚡️ Chapter Title ⚡️")).toBe("title");
    expect(fieldForHeading("Lesson Number")).toBe("number");
    expect(fieldForHeading("Module number")).toBe("number");
    expect(fieldForHeading("课节")).toBe("number");
    expect(fieldForHeading("内容亮点")).toBe("summary");
    expect(fieldForHeading("具体内容")).toBe("summary");
  });

  test("usual course columns without a field of their own are known, so their table counts", () => {
    for (const heading of [
      "Author",
      "作者",
      "Quiz",
      "Notebook",
      "Colab",
      "Duration",
      "时长",
      "时间段",
      "备注",
      "链接",
      "Linked Lesson",
    ]) {
      expect({ heading, known: isKnownHeading(heading), field: fieldForHeading(heading) }).toEqual({
        heading,
        known: true,
        field: undefined,
      });
    }
    expect(isKnownHeading("Title")).toBe(true);
    expect(isKnownHeading("Mood")).toBe(false);
    expect(isKnownHeading("贡献")).toBe(false);
  });
});
