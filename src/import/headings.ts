// Column headings a course table may use, Chinese and English, mapped to catalog fields.

/** The built-in lecture fields a README column can stand for. */
export type ImportField = "number" | "season" | "title" | "summary" | "video" | "code" | "review";

export const LINK_FIELDS = ["video", "code", "review"] as const;

const SYNONYMS: Record<ImportField, string[]> = {
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
    "no",
    "number",
    "#",
    "lecture",
    "lesson",
    "lessonnumber",
    "lessonno",
    "lecturenumber",
    "lectureno",
    "chapter",
    "chapternumber",
    "module",
    "modulenumber",
    "unit",
    "unitnumber",
    "week",
    "day",
    "session",
    "class",
  ],
  season: ["期", "期数", "季", "season", "term", "part"],
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
    "title",
    "name",
    "topic",
    "topics",
    "subject",
    "lessontitle",
    "lecturetitle",
    "chaptertitle",
    "moduletitle",
    "unittitle",
    "lessonlink",
    "lessonname",
    "conceptstaught",
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
    "summary",
    "description",
    "abstract",
    "content",
    "contents",
    "overview",
    "learningobjectives",
    "objectives",
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

/**
 * Headings of course columns that have no built-in field (imported as custom fields): they count as
 * known when deciding whether a table is a lesson table.
 */
const KNOWN_EXTRAS = [
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
  "author",
  "authors",
  "instructor",
  "speaker",
  "lecturer",
  "date",
  "duration",
  "length",
  "time",
  "cover",
  "quiz",
  "quizzes",
  "exercise",
  "exercises",
  "homework",
  "assignment",
  "assignments",
  "lab",
  "labs",
  "project",
  "projects",
  "notebook",
  "notebooks",
  "colab",
  "link",
  "links",
  "linkedlesson",
  "section",
  "lessongrouping",
  "projectname",
  "announcements",
  "resources",
  "additionallearning",
];

const LOOKUP = new Map<string, ImportField>(
  Object.entries(SYNONYMS).flatMap(([field, names]) =>
    names.map((name) => [normalizeHeading(name), field as ImportField]),
  ),
);
const EXTRAS = new Set(KNOWN_EXTRAS.map(normalizeHeading));

/**
 * The comparable form of a heading: lower case, without emoji, decoration, a parenthesised aside
 * (视频（播放数）, Video (views)), white space and punctuation, full-width or not.
 */
export function normalizeHeading(heading: string): string {
  const plain = heading
    .normalize("NFKC") // full-width letters and punctuation → their ASCII forms
    .toLowerCase()
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{FE0E}\u{FE0F}\u{200D}]/gu, "");
  const withoutAside = plain.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, "");
  const kept = squeeze(withoutAside) === "" ? plain : withoutAside;
  return squeeze(kept);
}

function squeeze(text: string): string {
  return text.replace(/[\s/&_.,:;、|()[\]【】*~`'"!?·•\-–—。，：；！？]+/g, "");
}

/** The built-in field a heading stands for, or undefined when it is not one of them. */
export function fieldForHeading(heading: string): ImportField | undefined {
  return LOOKUP.get(normalizeHeading(heading));
}

/** Whether a heading is a known course column (a built-in field or a usual extra such as Author). */
export function isKnownHeading(heading: string): boolean {
  const key = normalizeHeading(heading);
  return LOOKUP.has(key) || EXTRAS.has(key);
}
