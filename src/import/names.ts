// Names import gives what it creates: custom fields from headings, regions from the heading above a table.
import { slug } from "github-slugger";
import { BUILTIN_FIELDS } from "../catalog/schema.js";

/** Field names of the catalog's own: a custom column never takes one of them. */
const BUILTIN: ReadonlySet<string> = new Set(BUILTIN_FIELDS);

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
    const base = key === "" ? "column" : BUILTIN.has(key) ? `${key}-column` : key;
    name = base;
    byHeading.set(key, name);
  }
  for (let n = 2; usedInTable.has(name); n++) name = `${byHeading.get(key)}-${n}`;
  return name;
}
