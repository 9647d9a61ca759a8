// Lesson tables → catalog data (format v2): lectures with ids, labels, groups and custom fields; the
// columns of each table; one named table per README table when there are several. Every value keeps
// the README place it came from, so a problem in the catalog about to be written is told there.
import { slug } from "github-slugger";
import type { Point } from "./cells.js";
import type { ImportedColumn, LessonTable, LinkValue, ReadResult } from "./read-table.js";
import { labelIsFormat } from "./read-table.js";

export type CatalogPath = (string | number)[];

export interface BuiltCatalog {
  data: Record<string, unknown>;
  /** Catalog paths (lectures.3.title, tables.x.columns.2) → the README place they come from. */
  places: Map<string, Point>;
  /** One entry per lesson table, in page order: its region name (none for a single table). */
  regions: { table: LessonTable; name?: string; group?: string; lectures: number }[];
  /** When every label is a format of its number (第{zh}讲, Lecture {n}, {n}). */
  numberFormat?: string;
}

export function placeKey(path: CatalogPath): string {
  return path.join("\u0000");
}

export function buildCatalog(read: ReadResult, outputPath: string): BuiltCatalog {
  const places = new Map<string, Point>();
  const place = (path: CatalogPath, at: Point) => places.set(placeKey(path), at);
  const several = read.tables.length > 1;
  const regions = nameRegions(read.tables, several);
  const numberFormat = commonFormat(read.tables);

  const lectures: Record<string, unknown>[] = [];
  const ids: string[] = [];
  regions.forEach((region) => {
    for (const row of region.table.rows) {
      const index = lectures.length;
      const lecture: Record<string, unknown> = {};
      const number = numberFormat
        ? row.number
        : (row.number ?? (row.label === undefined ? index + 1 : undefined));
      if (number !== undefined) lecture.number = number;
      if (!numberFormat && row.label !== undefined) lecture.label = row.label;
      if (region.group !== undefined) lecture.group = region.group;
      for (const [field, value] of row.values) lecture[field] = value;
      lectures.push(lecture);
      ids.push(String(lecture.label ?? lecture.number)); // the id the catalog gives it by default
      place(["lectures", index], row.at);
      for (const [field, at] of row.places) place(["lectures", index, field], at);
    }
  });
  // A default id (the label, else the number) used twice gets a distinct one, in front.
  const seen = new Set<string>();
  const counts = countOf(ids);
  let index = 0;
  for (const region of regions) {
    for (let r = 0; r < region.table.rows.length; r++, index++) {
      const id = ids[index] as string;
      if ((counts.get(id) ?? 0) < 2) continue;
      let unique = `${region.name ?? "lecture"}-${id}`;
      for (let n = 2; seen.has(unique) || counts.has(unique); n++)
        unique = `${region.name ?? "lecture"}-${id}-${n}`;
      seen.add(unique);
      lectures[index] = { id: unique, ...lectures[index] };
    }
  }

  const first = regions[0]?.table;
  const table: Record<string, unknown> = {};
  if (numberFormat) table.number = numberFormat;
  table.link = read.linkText;
  table.placeholders = read.placeholders;
  table.columns = first ? columnsData(first.columns) : [];
  for (const [i, c] of (first?.columns ?? []).entries()) place(["table", "columns", i], c.at);

  const data: Record<string, unknown> = { outputs: [{ path: outputPath }], table };
  if (several) {
    const tables: Record<string, unknown> = {};
    for (const region of regions) {
      const name = region.name as string;
      tables[name] = { where: { group: region.group }, columns: columnsData(region.table.columns) };
      place(["tables", name], region.table.found.at);
      for (const [i, c] of region.table.columns.entries()) place(["tables", name, "columns", i], c.at);
    }
    data.tables = tables;
  }
  data.lectures = lectures;
  return {
    data,
    places,
    regions: regions.map((r) => ({ ...r, lectures: r.table.rows.length })),
    ...(numberFormat ? { numberFormat } : {}),
  };
}

function columnsData(columns: ImportedColumn[]): Record<string, unknown>[] {
  return columns.map((column) => ({
    field: column.field,
    heading: column.heading,
    ...(column.align ? { align: column.align } : {}),
    ...(column.type ? { type: column.type } : {}),
    ...(column.link !== undefined ? { link: column.link } : {}),
    ...(column.separator !== undefined ? { separator: column.separator } : {}),
  }));
}

/** Region names from the heading above each table (slugged, unique); groups are those headings. */
function nameRegions(
  tables: LessonTable[],
  several: boolean,
): { table: LessonTable; name?: string; group?: string }[] {
  if (!several) return tables.map((table) => ({ table }));
  const names = new Set<string>();
  const groups = new Set<string>();
  return tables.map((table, index) => {
    const base = regionName(table.found.heading) ?? `table-${index + 1}`;
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}`;
    names.add(name);
    const heading = table.found.heading ?? name;
    let group = heading;
    for (let n = 2; groups.has(group); n++) group = `${heading} (${n})`;
    groups.add(group);
    return { table, name, group };
  });
}

/** A region name (ASCII letters, digits, ., _ and -) from a heading, if the heading has such letters. */
export function regionName(heading: string | undefined): string | undefined {
  const ascii = slug(heading ?? "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-._]+|-+$/g, "");
  return ascii === "" ? undefined : ascii;
}

/** The one label format every lecture of every table follows exactly, if there is one. */
function commonFormat(tables: LessonTable[]): string | undefined {
  let format: string | undefined;
  for (const table of tables) {
    if (table.labelColumn?.field !== "number") return undefined;
    for (const row of table.rows) {
      if (row.label === undefined || row.number === undefined || row.labelFormat === undefined)
        return undefined;
      format ??= row.labelFormat;
      if (format !== row.labelFormat) return undefined;
      if (!labelIsFormat(row.label, format, row.number)) return undefined;
    }
  }
  return format;
}

function countOf(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export type { LinkValue };
