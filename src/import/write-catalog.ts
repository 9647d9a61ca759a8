// Imported data → catalog.yaml text: the schema comment for editors, where it came from, then the
// data in the key order it was built in. Strings are quoted only where YAML needs it, never folded.
import { Document } from "yaml";
import { COLUMN_ORDER, LECTURE_ORDER, OUTPUT_ORDER, TOP_LEVEL_ORDER } from "../catalog/key-order.js";

export interface CatalogFileOptions {
  /** Path of the JSON Schema relative to the catalog, for the yaml-language-server comment. */
  schemaPath: string;
  readmeName: string;
}

export function catalogText(data: Record<string, unknown>, options: CatalogFileOptions): string {
  const doc = new Document(canonicalOrder(data));
  doc.commentBefore = [
    ` Imported from ${options.readmeName} by syllabus import. This file is now the source of truth:`,
    " edit it, then run `syllabus render` to regenerate the table.",
  ].join("\n");
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `# yaml-language-server: $schema=${options.schemaPath}\n${body}`;
}

type Data = Record<string, unknown>;
const isData = (value: unknown): value is Data =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Keys in the order `syllabus fmt` writes them (listed ones first, the rest as they were). */
function ordered(map: Data, order: readonly string[]): Data {
  const keys = Object.keys(map);
  const known = order.filter((key) => key in map);
  return Object.fromEntries(
    [...known, ...keys.filter((key) => !order.includes(key))].map((k) => [k, map[k]]),
  );
}

const each = (value: unknown, order: readonly string[]) =>
  Array.isArray(value) ? value.map((item) => (isData(item) ? ordered(item, order) : item)) : value;

/** So a freshly imported catalog is already what `syllabus fmt --check` accepts. */
function canonicalOrder(data: Data): Data {
  const out = ordered(data, TOP_LEVEL_ORDER);
  if (isData(out.table)) out.table = { ...out.table, columns: each(out.table.columns, COLUMN_ORDER) };
  if (isData(out.tables)) {
    out.tables = Object.fromEntries(
      Object.entries(out.tables).map(([name, table]) => [
        name,
        isData(table) && "columns" in table
          ? { ...table, columns: each(table.columns, COLUMN_ORDER) }
          : table,
      ]),
    );
  }
  if ("outputs" in out) out.outputs = each(out.outputs, OUTPUT_ORDER);
  if ("lectures" in out) out.lectures = each(out.lectures, LECTURE_ORDER);
  return out;
}
