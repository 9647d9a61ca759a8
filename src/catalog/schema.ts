// The catalog schema: one zod definition gives the static types, the runtime check and the
// committed JSON Schema (catalog.schema.json) that editors use for completion.
import * as z from "zod";
import { lintSettings } from "./lint-settings.js";

// Compiled (eval) parsers pay off over many parses; a CLI parses one catalog per run.
z.config({ jitless: true });

// One pattern, so the JSON Schema carries the same rule as the runtime check:
// an http(s) URL without white space, a ./path inside the course repository, or a state keyword.
const LINK_PATTERN = /^(?:unavailable|pending|https?:\/\/[^\s/?#]+[^\s]*|\.\/.*)$/;
const URL_OR_PATH_PATTERN = /^(?:https?:\/\/[^\s/?#]+[^\s]*|\.\/.*)$/;

const linkTarget = z
  .string()
  .regex(URL_OR_PATH_PATTERN)
  .describe("An http(s) URL, or a path inside the course repository starting with ./");

export const linkPart = z
  .strictObject({
    label: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Text of this link, e.g. 上 or Part 1; without it, the column's link text"),
    url: linkTarget,
  })
  .describe("One link of a cell, with its own text");

export const linkCell = z
  .union([
    z
      .string()
      .regex(LINK_PATTERN)
      .describe(
        "An http(s) URL, a ./path inside the course repository, `unavailable` (rendered /) or `pending` (rendered 更新中)",
      ),
    linkPart,
    z.array(linkPart).min(1),
  ])
  .describe("A link cell; leave it out while the material is not yet published");

/** A lecture field that no built-in key names: its meaning (and check) comes from the column that declares it. */
export const customValue = z
  .union([z.string(), linkPart, z.array(linkPart).min(1)])
  .describe(
    "A custom field: text (inline markdown) for a markdown or text column, a link cell for a links column",
  );

export const lecture = z
  .object({
    id: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("Unique id of the lecture; default: its label, else its number"),
    number: z.int().min(0).optional().describe("Ordering number; {n} and {zh} of table.number show it"),
    label: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("The lecture's label shown verbatim (00, 1.1, HW1, Postscript, 第二十三讲)"),
    season: z.int().positive().optional().describe("Season (期) the lecture belongs to"),
    group: z.string().trim().min(1).optional().describe("A free grouping: chapter, module, season name"),
    title: z.string().trim().min(1).describe("Lecture title"),
    summary: z.string().optional().describe("One-paragraph summary"),
    video: linkCell.optional(),
    code: linkCell.optional(),
    review: linkCell.optional(),
  })
  // Any other key must be named by a declared column, and its value fit that column's type:
  // checked in fields.ts, which knows the columns (a static schema cannot).
  .catchall(z.unknown());

/** The lecture keys the schema knows; any other key is a custom field. */
export const BUILTIN_FIELDS = [
  "id",
  "number",
  "label",
  "season",
  "group",
  "title",
  "summary",
  "video",
  "code",
  "review",
] as const;
export type BuiltinField = (typeof BUILTIN_FIELDS)[number];
/** The fields of the first catalog format (the importer maps headings to them). */
export const COLUMN_FIELDS = ["number", "season", "title", "summary", "video", "code", "review"] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];
export const LINK_FIELDS = ["video", "code", "review"] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

export const COLUMN_TYPES = ["label", "text", "markdown", "links"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A field name: letters (any script), digits, _ and -; the importer slugs headings into this shape. */
// Without \p{L}: editors read JSON Schema patterns without the u flag. Non-ASCII is letters enough.
export const FIELD_NAME = /^(?:[A-Za-z0-9_]|[^\s!-~])(?:[A-Za-z0-9_-]|[^\s!-~])*$/;

const column = z.strictObject({
  field: z
    .string()
    .regex(FIELD_NAME)
    .describe(
      "The lecture field shown: number, label, title, summary, video, code, review, … or a custom field",
    ),
  heading: z.string().describe("The column's heading: inline markdown on one line"),
  align: z.enum(["left", "center", "right"]).optional(),
  type: z
    .enum(COLUMN_TYPES)
    .optional()
    .describe(
      "label (label, else table.number applied to number), text, markdown (inline) or links; default by field",
    ),
  link: z.string().min(1).optional().describe("links columns: text of a link without its own label"),
  separator: z.string().optional().describe('links columns: between two links of a cell (default " ")'),
});

export const DEFAULT_COLUMNS: z.infer<typeof column>[] = [
  { field: "number", heading: "章节序号", align: "center" },
  { field: "title", heading: "章节名称", align: "center" },
  { field: "summary", heading: "课程简介", align: "left" },
  { field: "video", heading: "视频", align: "center" },
  { field: "code", heading: "课件及代码", align: "center" },
  { field: "review", heading: "知识点总结", align: "center" },
];

/** A region name of `<!-- syllabus:start name=NAME -->`. */
export const REGION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const namedTable = z.strictObject({
  where: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .default({})
    .describe("The lectures shown: every key must equal the lecture's field; {} (the default) = all"),
  columns: z.array(column).min(1).optional().describe("Columns of this table; default table.columns"),
});

const table = z.strictObject({
  number: z
    .string()
    .min(1)
    // A misspelt placeholder ({zhh}, {N}) would be shown as written in every row.
    .refine((format) => !/\{(?!(?:n|zh)\})[^{}\s]*\}/.test(format), {
      message: "unknown placeholder: use {n} (digits) or {zh} (Chinese numeral)",
    })
    .default("第{zh}讲")
    .describe(
      "How a lecture number is shown: {zh} is the Chinese numeral, {n} the digits (e.g. Lecture {n})",
    ),
  link: z.string().min(1).default("link").describe("Text of a single link in a cell"),
  placeholders: z
    .strictObject({
      unavailable: z.string().default("/"),
      pending: z.string().default("更新中"),
    })
    .prefault({}),
  columns: z.array(column).min(1).default(DEFAULT_COLUMNS),
});

const output = z.strictObject({
  path: z.string().min(1).describe("The page to write, relative to this file"),
  template: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Template holding the markers, relative to this file; without one the page is updated in place",
    ),
  locale: z
    .string()
    .min(1)
    .optional()
    .describe("The locale this page shows (default: the first of course.locales)"),
});

const repository = z.strictObject({
  url: z
    .string()
    .regex(/^https:\/\/[^\s/?#]+\/[^\s?#]+[^/\s?#]$/)
    .describe("Web address of the course repository, e.g. https://github.com/owner/name"),
  branch: z.string().min(1).default("main"),
  checkout: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Folder of the course repository's working tree, relative to this file. Pages inside it get relative links; leave it out when the repository is not checked out here (links become absolute URLs)",
    ),
});

const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

const hostSettings = z.strictObject({
  concurrency: z.int().positive().optional().describe("Requests in flight at once on this host"),
  interval: z.int().min(0).optional().describe("Minimum milliseconds between two requests to this host"),
  method: z.enum(["HEAD", "GET"]).optional().describe("GET for hosts that mishandle HEAD"),
  headers: z
    .record(z.string(), z.string())
    .optional()
    .describe("Headers sent to https://HOST only (never after a redirect elsewhere)"),
});

export const VERDICTS = ["broken", "unverifiable"] as const;

export const linkSettings = z.strictObject({
  include: z.array(pattern).default([]).describe("Only check URLs matching one of these regular expressions"),
  exclude: z.array(pattern).default([]).describe("Skip URLs matching one of these regular expressions"),
  accept: z
    .array(z.int().min(100).max(999))
    .optional()
    .describe("Status codes that count as ok (default: 2xx)"),
  fail: z.array(z.enum(VERDICTS)).default(["broken"]).describe("Verdicts that fail the run (exit 1)"),
  concurrency: z.int().positive().default(256).describe("Requests in flight over all hosts"),
  perHost: z.int().positive().default(8).describe("Requests in flight per host, unless set under hosts"),
  interval: z.int().min(0).default(0).describe("Minimum milliseconds between requests to one host"),
  timeouts: z
    .strictObject({
      connect: z.int().positive().default(10_000),
      headers: z.int().positive().default(15_000),
      body: z.int().positive().default(20_000),
    })
    .prefault({})
    .describe("Milliseconds"),
  retries: z
    .int()
    .min(0)
    .max(10)
    .default(3)
    .describe("Attempts after the first, for timeouts, resets, 5xx and 429"),
  retryAfterMax: z.int().min(0).default(60_000).describe("Longest Retry-After honoured, in milliseconds"),
  maxRedirects: z.int().min(0).default(10),
  bodyCap: z
    .int()
    .positive()
    .default(1024 * 1024)
    .describe("Bytes of a body read at most"),
  cacheMaxAge: z.int().min(0).default(86_400).describe("Seconds an ok result is reused"),
  hosts: z.record(z.string(), hostSettings).default({}).describe("Settings per host name"),
});

export const catalog = z.strictObject({
  course: z
    .strictObject({
      title: z.string().optional(),
      repository: repository.optional(),
      locales: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe("The languages of the catalog's texts (e.g. [zh, en]), the default first"),
    })
    .prefault({}),
  outputs: z.array(output).default([]).describe("Pages rendered by `syllabus render`"),
  table: table.prefault({}),
  tables: z
    .record(z.string().regex(REGION_NAME), namedTable)
    .default({})
    .describe("Named tables, each rendered into <!-- syllabus:start name=NAME --> regions"),
  links: linkSettings.prefault({}).describe("Settings of `syllabus links`"),
  lint: lintSettings.prefault({}).describe("Settings of `syllabus lint`"),
  lectures: z.array(lecture).describe("The lectures, in table order"),
});

export type Catalog = z.infer<typeof catalog>;
export type Lecture = z.infer<typeof lecture>;
export type LinkCell = z.infer<typeof linkCell>;
export type LinkPart = z.infer<typeof linkPart>;
export type TableSettings = z.infer<typeof table>;
export type Column = z.infer<typeof column>;
export type NamedTable = z.infer<typeof namedTable>;
export type Repository = z.infer<typeof repository>;
export type Output = z.infer<typeof output>;
export type LinkSettings = z.infer<typeof linkSettings>;
