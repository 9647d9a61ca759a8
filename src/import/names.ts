// Names import gives what it creates: custom fields from headings, regions from the heading above a table.
import { slug } from "github-slugger";

/** Field names of the catalog's own: a custom column never takes one of them. */
export const BUILTIN_FIELDS = new Set([
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
]);

/**
 * The custom field for a heading: its slug (Linked Lesson → linked-lesson, 视频（播放数） → 视频播放数),
 * the same field for the same heading in every table, never a built-in name, unique in its table.
 */
export function customFieldName(
  heading: string,
  byHeading: Map<string, string>,
  usedInTable: Set<string>,
): string {
  const key = slug(heading).replace(/-{2,}/g, "-").replace(/^-+/, "");
  let name = byHeading.get(key);
  if (name === undefined) {
    const base = key === "" ? "column" : BUILTIN_FIELDS.has(key) ? `${key}-column` : key;
    name = base;
    byHeading.set(key, name);
  }
  for (let n = 2; usedInTable.has(name); n++) name = `${byHeading.get(key)}-${n}`;
  return name;
}
