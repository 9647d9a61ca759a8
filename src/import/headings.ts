// Column headings a course table may use, Chinese and English, mapped to catalog fields.
import type { ColumnField } from "../catalog/schema.js";

const SYNONYMS: Record<ColumnField, string[]> = {
  number: [
    "章节序号",
    "序号",
    "编号",
    "课节",
    "课次",
    "讲次",
    "节次",
    "章节",
    "no",
    "number",
    "#",
    "lecture",
    "lesson",
    "week",
    "session",
  ],
  season: ["期", "期数", "季", "season", "term", "part"],
  title: [
    "章节名称",
    "名称",
    "标题",
    "课程名称",
    "课题",
    "主题",
    "题目",
    "title",
    "name",
    "topic",
    "subject",
  ],
  summary: [
    "课程简介",
    "简介",
    "内容",
    "内容简介",
    "摘要",
    "介绍",
    "课程内容",
    "summary",
    "description",
    "abstract",
    "content",
    "overview",
  ],
  video: ["视频", "回放", "视频回放", "录像", "video", "videos", "recording", "recordings"],
  code: [
    "课件及代码",
    "课件",
    "代码",
    "课件代码",
    "资料",
    "slides",
    "code",
    "slidescode",
    "materials",
    "material",
    "slidesandcode",
  ],
  review: [
    "知识点总结",
    "总结",
    "知识点",
    "回顾",
    "文章",
    "笔记",
    "review",
    "notes",
    "article",
    "recap",
    "reading",
  ],
};

const LOOKUP = new Map<string, ColumnField>(
  Object.entries(SYNONYMS).flatMap(([field, names]) =>
    names.map((name) => [normalize(name), field as ColumnField]),
  ),
);

function normalize(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[\s/&_.,:：、|()（）-]+/g, "")
    .replace(/^no\.?$/, "no");
}

/** The catalog field a heading stands for, or undefined when it is not a known heading. */
export function fieldForHeading(heading: string): ColumnField | undefined {
  return LOOKUP.get(normalize(heading));
}
