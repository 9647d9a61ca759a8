// The canonical key order of catalog.yaml, for everything that writes one (fmt, add, import): the
// order a maintainer reads a course in. Keys not listed (custom lecture fields) follow, as they were.
import { BUILTIN_FIELDS } from "./schema.js";

export const TOP_LEVEL_ORDER = ["course", "outputs", "table", "tables", "links", "lint", "lectures"];
/** A lecture's keys in the order the schema lists its built-in fields. */
export const LECTURE_ORDER: string[] = [...BUILTIN_FIELDS];
export const LINK_PART_ORDER = ["label", "url"];
export const COLUMN_ORDER = ["field", "heading", "align", "type", "link", "separator"];
export const OUTPUT_ORDER = ["path", "template", "locale"];
