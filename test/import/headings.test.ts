// Every heading import recognises, written as course READMEs write it, maps to its catalog field;
// anything else is not a course column.
import { describe, expect, test } from "vitest";
import { fieldForHeading, isKnownHeading } from "../../src/import/headings.js";

/** Every synonym of every field, written the way course READMEs write it. */
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
    "章",
    "节",
    "讲",
    "课",
    "单元",
    "No",
    "Number",
    "#",
    "Lecture",
    "Lesson",
    "Lesson Number",
    "Lesson No.",
    "Lecture Number",
    "Lecture No",
    "Chapter",
    "Chapter Number",
    "Module",
    "Module Number",
    "Unit",
    "Unit Number",
    "Week",
    "Day",
    "Session",
    "Class",
  ],
  season: ["期", "期数", "季", "Season", "Term", "Part"],
  title: [
    "章节名称",
    "名称",
    "名字",
    "标题",
    "课程名称",
    "课程",
    "课题",
    "主题",
    "题目",
    "Title",
    "Name",
    "Topic",
    "Topics",
    "Subject",
    "Lesson Title",
    "Lecture Title",
    "Chapter Title",
    "Module Title",
    "Unit Title",
    "Lesson Link",
    "Lesson Name",
    "Concepts Taught",
  ],
  summary: [
    "课程简介",
    "简介",
    "内容",
    "内容简介",
    "核心内容",
    "具体内容",
    "内容亮点",
    "主要内容",
    "摘要",
    "介绍",
    "课程内容",
    "描述",
    "说明",
    "Summary",
    "Description",
    "Abstract",
    "Content",
    "Contents",
    "Overview",
    "Learning Objectives",
    "Objectives",
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
    "Slides and Code",
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

/** Usual course columns with no built-in field: known (their table counts), imported as custom fields. */
const EXTRAS = [
  "作者",
  "讲师",
  "主讲",
  "主讲人",
  "老师",
  "嘉宾",
  "日期",
  "时间",
  "时间段",
  "时长",
  "备注",
  "封面",
  "习题",
  "作业",
  "练习",
  "实验",
  "项目",
  "测验",
  "链接",
  "参考",
  "Author",
  "Authors",
  "Instructor",
  "Speaker",
  "Lecturer",
  "Date",
  "Duration",
  "Length",
  "Time",
  "Cover",
  "Quiz",
  "Quizzes",
  "Exercise",
  "Exercises",
  "Homework",
  "Assignment",
  "Assignments",
  "Lab",
  "Labs",
  "Project",
  "Projects",
  "Notebook",
  "Notebooks",
  "Colab",
  "Link",
  "Links",
  "Linked Lesson",
  "Section",
  "Lesson Grouping",
  "Project Name",
  "Announcements",
  "Resources",
  "Additional Learning",
];

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
    expect(fieldForHeading("Video [HD]")).toBe("video");
    expect(fieldForHeading("Slides [PDF, 2 MB]")).toBe("code");
    expect(fieldForHeading("视频【高清】")).toBe("video");
    expect(fieldForHeading("【精讲】视频")).toBe("video");
    expect(fieldForHeading("Ｔｉｔｌｅ")).toBe("title");
    expect(fieldForHeading("⚡️ Chapter Title ⚡️")).toBe("title");
    expect(fieldForHeading("Lesson Number")).toBe("number");
    expect(fieldForHeading("Module number")).toBe("number");
    expect(fieldForHeading("课节")).toBe("number");
    expect(fieldForHeading("内容亮点")).toBe("summary");
    expect(fieldForHeading("具体内容")).toBe("summary");
  });

  test("every usual course column without a field of its own is known, so its table counts", () => {
    expect(EXTRAS.map((heading) => [heading, isKnownHeading(heading), fieldForHeading(heading)])).toEqual(
      EXTRAS.map((heading) => [heading, true, undefined]),
    );
  });

  test("every synonym is a known heading, and so is each written in capitals or full width", () => {
    const all = Object.values(HEADINGS).flat();
    expect(all.filter((heading) => !isKnownHeading(heading))).toEqual([]);
    const fullWidth = (text: string) =>
      text.replace(/[!-~]/g, (c) => String.fromCharCode((c.codePointAt(0) as number) + 0xfee0));
    expect(all.filter((heading) => fieldForHeading(heading.toUpperCase()) === undefined)).toEqual([]);
    expect(all.filter((heading) => fieldForHeading(fullWidth(heading)) === undefined)).toEqual([]);
  });

  test("a heading neither a synonym nor a usual column is unknown", () => {
    expect(isKnownHeading("Mood")).toBe(false);
    expect(isKnownHeading("贡献")).toBe(false);
  });
});
