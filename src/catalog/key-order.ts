// The canonical key order of catalog.yaml, for everything that writes one (fmt, add, import): the
// order a maintainer reads a course in. Keys not listed (custom lecture fields) follow, as they were.

export const TOP_LEVEL_ORDER = ["course", "outputs", "table", "tables", "links", "lint", "lectures"];
export const LECTURE_ORDER = [
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
];
export const LINK_PART_ORDER = ["label", "url"];
export const COLUMN_ORDER = ["field", "heading", "align", "type", "link", "separator"];
export const OUTPUT_ORDER = ["path", "template", "locale"];
