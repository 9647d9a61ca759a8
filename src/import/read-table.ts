// README tables (mdast, through remark) → lesson tables: which columns stand for which lecture field,
// in which cell type, and each row's values — chosen so that rendering them gives the table back.
import type { Root, TableRow } from "mdast";
import { toString as mdastString } from "mdast-util-to-string";
import type { VFileMessage } from "vfile-message";
import { lectureLabel } from "../markdown/cells.js";
import { parseChineseNumeral } from "../markdown/numerals.js";
import { problem } from "../util/problem.js";
import { type Cell, type LinkPart, type Point, readCell, withPaths } from "./cells.js";
import { type FoundTable, findTables, type SkippedTable } from "./find-tables.js";
import { fieldForHeading, isKnownHeading, LINK_FIELDS, normalizeHeading } from "./headings.js";
import { customFieldName } from "./names.js";

export type ColumnType = "label" | "text" | "markdown" | "links";
export type Align = "left" | "center" | "right";

export interface ImportedColumn {
  field: string;
  heading: string;
  align?: Align;
  /** Set when the cell type differs from the field's default type. */
  type?: ColumnType;
  /** links columns: the text of a link without its own label, when it is not the table's. */
  link?: string;
  separator?: string;
  custom: boolean;
  at: Point;
}

export type LinkValue = string | { label: string; url: string } | { label: string; url: string }[];

export interface ImportedRow {
  at: Point;
  /** The row's label as written (plain text), or its markdown source when the label column is markdown. */
  label?: string;
  /** Lecture number read from the label (第二十三讲, Lecture 3, 07), when there is one. */
  number?: number;
  labelFormat?: string;
  /** field → catalog value, in column order. */
  values: Map<string, string | number | LinkValue>;
  places: Map<string, Point>;
}

export interface LessonTable {
  found: FoundTable;
  columns: ImportedColumn[];
  /** Field of the label column (number when its cells are plain labels), if the table has one. */
  labelColumn?: { field: "number" | "label"; markdown: boolean };
  rows: ImportedRow[];
}

export interface ReadOptions {
  /** How the README is named in messages. */
  file: string;
  /** The README's text: markdown values are cut from it by offset. */
  page: string;
  /** --map: heading (as written, or normalised) → field. */
  map?: Map<string, string>;
  /**
   * The catalog form of a link target (an http(s) URL as written, a ./path from the repository's
   * top), or undefined when the catalog cannot hold it.
   */
  catalogLink: (url: string) => string | undefined;
  /** How render writes a catalog link target back into this README. */
  renderLink: (target: string) => string;
}

export interface ReadResult {
  tables: LessonTable[];
  skipped: SkippedTable[];
  linkText: string;
  placeholders: { unavailable: string; pending: string };
  diagnostics: VFileMessage[];
  /** --map headings that named no column of any table. */
  unusedMaps: string[];
}

const UNAVAILABLE = new Set(["/", "-", "—", "–", "n/a", "na", "无", "暂无", "none", "x"]);
const PENDING = new Set([
  "更新中",
  "待更新",
  "即将更新",
  "敬请期待",
  "tbd",
  "tba",
  "todo",
  "coming soon",
  "soon",
  "pending",
  "⏳",
]);
const TEXT_FIELDS = new Set(["title", "summary", "group", "id"]);

/** Reads every lesson table of the page; the others are reported as skipped, with the reason. */
export function readLessonTables(tree: Root, options: ReadOptions): ReadResult {
  const { tables: found, skipped } = findTables(tree, options.file);
  const diagnostics: VFileMessage[] = [];
  const state: SharedState = {
    placeholders: {},
    linkTexts: new Map(),
    customFields: new Map(),
    usedMaps: new Set(),
  };
  const tables: LessonTable[] = [];
  for (const table of found) {
    const read = readTable(table, options, state, diagnostics);
    if ("reason" in read) skipped.push(read);
    else tables.push(read);
  }
  skipped.sort((a, b) => a.at.line - b.at.line);
  const linkText = mostCommon([...state.linkTexts.entries()]) ?? "link";
  for (const table of tables) {
    for (const column of table.columns) if (column.link === linkText) delete column.link;
  }
  const unusedMaps = [...(options.map?.keys() ?? [])].filter((heading) => !state.usedMaps.has(heading));
  return {
    tables,
    skipped,
    linkText,
    placeholders: {
      unavailable: state.placeholders.unavailable ?? "/",
      // Shown once a lecture is marked pending: in the course's language, not the schema's Chinese default.
      pending: state.placeholders.pending ?? (writtenInChinese(tables, linkText) ? "更新中" : "Coming soon"),
    },
    diagnostics,
    unusedMaps,
  };
}

interface SharedState {
  placeholders: { unavailable?: string; pending?: string };
  /** link text → how many links columns use it as their default text. */
  linkTexts: Map<string, number>;
  /** heading slug → custom field name, shared by all tables. */
  customFields: Map<string, string>;
  usedMaps: Set<string>;
}

interface Heading {
  text: string;
  /** The heading cell's markdown, as written (render shows headings as inline markdown). */
  source: string;
  at: Point;
  align?: Align;
  /** The field the heading names (--map, else the synonym list), before looking at the cells. */
  wanted?: string;
  mapped: boolean;
  known: boolean;
}

function readTable(
  found: FoundTable,
  options: ReadOptions,
  state: SharedState,
  diagnostics: VFileMessage[],
): LessonTable | SkippedTable {
  const [headerRow, ...bodyRows] = found.table.children;
  const headings = (headerRow?.children ?? []).map((cell, index): Heading => {
    const text = mdastString(cell).replace(/\s+/g, " ").trim();
    const at = { line: cell.position?.start.line ?? found.at.line, col: cell.position?.start.column ?? 1 };
    const align = found.table.align?.[index] ?? undefined;
    const mapKey = mapKeyFor(text, options.map);
    if (mapKey !== undefined) state.usedMaps.add(mapKey);
    const wanted =
      mapKey !== undefined
        ? options.map?.get(mapKey)
        : (fieldForHeading(text) ?? (text === "" ? "number" : undefined));
    return {
      text,
      source: readCell(cell, options.page, at).source,
      at,
      ...(align ? { align } : {}),
      ...(wanted ? { wanted } : {}),
      mapped: mapKey !== undefined,
      known: isKnownHeading(text),
    };
  });
  const width = headings.length;
  const cells = (column: number) =>
    bodyRows.map((row) => readCell(row.children[column], options.page, rowPoint(row, found.at)));

  // Resolve each heading to one field; a field taken by an earlier column makes the next a custom one.
  // A field named by --map is that column's, whatever other headings say.
  const taken = new Set<string>(headings.flatMap((h) => (h.mapped && h.wanted ? [h.wanted] : [])));
  const mappedFields = new Set<string>();
  const titleElsewhere = headings.some((h) => h.wanted === "title");
  const fields = headings.map((heading, index): string | undefined => {
    let field = heading.wanted;
    if (heading.mapped) {
      if (field === undefined || mappedFields.has(field)) return undefined;
      mappedFields.add(field);
      return field;
    }
    if (field === "number" && !cells(index).every(isLabelLike)) {
      field = titleElsewhere || taken.has("title") ? undefined : "title";
    }
    if (field === undefined || taken.has(field)) return undefined;
    taken.add(field);
    return field;
  });

  // A table without a title column (| 时间段 | 内容 | 备注 |) takes its first summary-like column as the
  // title: that text is what names each lesson there.
  if (!fields.includes("title")) {
    const summary = fields.findIndex((field, index) => field === "summary" && !headings[index]?.mapped);
    if (summary >= 0) fields[summary] = "title";
  }

  const mappedAny = headings.some((h) => h.mapped);
  const hasTitle = fields.includes("title");
  const known = headings.filter((h, i) => fields[i] !== undefined || h.known).length;
  if (bodyRows.length === 0) {
    return {
      at: found.at,
      ...(found.heading ? { heading: found.heading } : {}),
      reason: "no rows under the header",
    };
  }
  if (!mappedAny && (!hasTitle || known < 2)) {
    const names = headings.map((h) => h.text || "(empty)").join(", ");
    return {
      at: found.at,
      ...(found.heading ? { heading: found.heading } : {}),
      reason: hasTitle
        ? `no known course column besides the title (headings: ${names})`
        : `no title column (headings: ${names})`,
    };
  }

  const columns: ImportedColumn[] = [];
  const columnCells: Cell[][] = [];
  let labelColumn: LessonTable["labelColumn"];
  const usedHere = new Set<string>();
  const custom = (heading: Heading) => {
    const name = customFieldName(heading.text, state.customFields, usedHere);
    usedHere.add(name);
    return name;
  };
  headings.forEach((heading, index) => {
    const field = fields[index];
    const column = cells(index);
    const base = {
      heading: heading.source,
      ...(heading.align ? { align: heading.align } : {}),
      at: heading.at,
    };
    const push = (spec: Omit<ImportedColumn, "heading" | "at" | "align">) => {
      columns.push({ ...spec, ...base });
      columnCells.push(column);
    };
    if (field === "number" || field === "label") {
      const markdown = !column.every((c) => c.plain);
      labelColumn = { field: field === "number" && !markdown ? "number" : "label", markdown };
      push({ field: labelColumn.field, ...(markdown ? { type: "markdown" as const } : {}), custom: false });
    } else if (
      field !== undefined &&
      TEXT_FIELDS.has(field) &&
      (field !== "id" || column.every((c) => c.plain))
    ) {
      const plain = column.every((c) => c.plain);
      push(plain ? { field, custom: false } : { field, type: "markdown", custom: false });
    } else if (field === "season" && column.every((c) => c.text === "" || /^[1-9]\d*$/.test(c.text))) {
      push({ field, custom: false });
    } else if (field !== undefined && (LINK_FIELDS as readonly string[]).includes(field)) {
      const links = linksColumn(column, options, state);
      if (links) {
        if (links.link !== undefined)
          state.linkTexts.set(links.link, (state.linkTexts.get(links.link) ?? 0) + 1);
        push({
          field,
          custom: false,
          ...(links.link !== undefined ? { link: links.link } : {}),
          ...(links.separator !== undefined ? { separator: links.separator } : {}),
        });
      } else {
        push({ field: custom(heading), custom: true });
      }
    } else if (field !== undefined && !isBuiltin(field)) {
      usedHere.add(field);
      push({ field, custom: true });
    } else {
      push({ field: custom(heading), custom: true });
    }
  });

  const rows = bodyRows.map((row, rowIndex) =>
    readRow(row, rowIndex, columns, columnCells, labelColumn, found, width, options, diagnostics),
  );
  return {
    found,
    columns,
    ...(labelColumn ? { labelColumn } : {}),
    rows,
  };
}

function readRow(
  row: TableRow,
  rowIndex: number,
  columns: ImportedColumn[],
  columnCells: Cell[][],
  labelColumn: LessonTable["labelColumn"],
  found: FoundTable,
  width: number,
  options: ReadOptions,
  diagnostics: VFileMessage[],
): ImportedRow {
  const at = rowPoint(row, found.at);
  const values = new Map<string, string | number | LinkValue>();
  const places = new Map<string, Point>();
  let label: string | undefined;
  let parsed: { number: number; format: string } | undefined;
  columns.forEach((column, index) => {
    const cell = columnCells[index]?.[rowIndex];
    if (!cell) return;
    places.set(column.field, cell.at);
    if (column.field === labelColumn?.field) {
      const value = labelColumn.markdown
        ? withPaths(cell, (url) => options.catalogLink(url) ?? url)
        : cell.text;
      if (value !== "") label = value;
      parsed = parseLectureNumber(cell.text);
      return;
    }
    const value = cellValue(column, cell, options);
    if (value !== undefined) values.set(column.field, value);
  });
  if (row.children.length !== width) {
    const name = parsed?.number ?? label ?? rowIndex + 1;
    diagnostics.push(
      problem({
        file: options.file,
        line: at.line,
        col: at.col,
        severity: "warning",
        rule: "irregular-row",
        message: `row of lecture ${name} has ${row.children.length} cells, the header has ${width}`,
        hint:
          row.children.length > width
            ? `cells after the first ${width} are not shown on GitHub and were not imported`
            : `imported the cells in order; check lecture ${name} in the catalog`,
      }),
    );
  }
  const parsedNumber = parsed as { number: number; format: string } | undefined;
  return {
    at,
    ...(label !== undefined ? { label } : {}),
    ...(parsedNumber ? { number: parsedNumber.number, labelFormat: parsedNumber.format } : {}),
    values,
    places,
  };
}

function cellValue(
  column: ImportedColumn,
  cell: Cell,
  options: ReadOptions,
): string | number | LinkValue | undefined {
  if (cell.source === "" && cell.text === "") return undefined;
  // ./paths in markdown are repository paths for render: written from the repository's top.
  if (column.custom || column.type === "markdown")
    return withPaths(cell, (url) => options.catalogLink(url) ?? url);
  if (column.field === "season") return Number(cell.text);
  if (!(LINK_FIELDS as readonly string[]).includes(column.field)) return cell.text;
  if (!cell.links) return placeholderKind(cell.text) ?? cell.text;
  const parts = cell.links.parts.map((part) => ({
    label: part.text,
    url: options.catalogLink(part.url) ?? part.url,
  }));
  if (parts.length === 1) {
    const only = parts[0] as { label: string; url: string };
    return only.label === column.link ? only.url : only;
  }
  return parts;
}

/**
 * A links column when every cell renders back as written: links alone (http(s) URLs, or repository
 * paths that render to the same text), one separator, one placeholder spelling per kind.
 */
function linksColumn(
  cells: Cell[],
  options: ReadOptions,
  state: SharedState,
): { link?: string; separator?: string } | undefined {
  const placeholders = { ...state.placeholders };
  const singleTexts = new Map<string, number>();
  let separator: string | undefined;
  for (const cell of cells) {
    if (cell.source === "" && cell.text === "") continue;
    if (!cell.links) {
      const kind = cell.plain ? placeholderKind(cell.text) : undefined;
      if (!kind) return undefined;
      placeholders[kind] ??= cell.text;
      if (placeholders[kind] !== cell.text) return undefined;
      continue;
    }
    if (!cell.links.parts.every((part) => representable(part, options))) return undefined;
    if (cell.links.separator !== undefined) {
      separator ??= cell.links.separator;
      if (separator !== cell.links.separator) return undefined;
    }
    const [only] = cell.links.parts;
    if (cell.links.parts.length === 1 && only)
      singleTexts.set(only.text, (singleTexts.get(only.text) ?? 0) + 1);
  }
  state.placeholders = placeholders;
  const link = mostCommon([...singleTexts.entries()]);
  return {
    ...(link !== undefined ? { link } : {}),
    ...(separator !== undefined && separator !== " " ? { separator } : {}),
  };
}

function representable(part: LinkPart, options: ReadOptions): boolean {
  if (part.text.trim() === "" || part.text !== part.text.trim()) return false;
  const target = options.catalogLink(part.url);
  if (target === undefined) return false;
  return /^https?:\/\//.test(target) ? target === part.url : options.renderLink(target) === part.url;
}

/** Whether any heading, cell or the link text of the tables is written in Chinese characters. */
function writtenInChinese(tables: LessonTable[], linkText: string): boolean {
  const han = /\p{Script=Han}/u;
  return (
    han.test(linkText) ||
    tables.some(
      (table) =>
        table.columns.some((column) => han.test(column.heading)) ||
        table.rows.some(
          (row) =>
            han.test(row.label ?? "") || [...row.values.values()].some((v) => han.test(JSON.stringify(v))),
        ),
    )
  );
}

function placeholderKind(text: string): "unavailable" | "pending" | undefined {
  const lower = text.toLowerCase();
  if (UNAVAILABLE.has(lower)) return "unavailable";
  if (PENDING.has(lower)) return "pending";
  return undefined;
}

/** Short plain text: a lecture number, 00, 1.1, HW1, A0, Postscript, 第二十三讲. */
function isLabelLike(cell: Cell): boolean {
  if (cell.text === "") return true;
  if (cell.text.length > 24 || cell.links || /\]\(/.test(cell.source)) return false;
  const parsed = parseLectureNumber(cell.text);
  if (parsed && !/\s/.test(parsed.format.split(/\{(?:n|zh)\}/)[1] ?? "")) return true;
  return /^[\p{L}\p{N}._#-]{1,16}$/u.test(cell.text);
}

function isBuiltin(field: string): boolean {
  return ["number", "label", "id", "season", "group", "title", "summary", "video", "code", "review"].includes(
    field,
  );
}

function mapKeyFor(text: string, map: Map<string, string> | undefined): string | undefined {
  if (!map) return undefined;
  if (map.has(text)) return text;
  const normalized = normalizeHeading(text);
  return [...map.keys()].find((key) => normalizeHeading(key) === normalized && normalized !== "");
}

function rowPoint(row: TableRow, fallback: Point): Point {
  return { line: row.position?.start.line ?? fallback.line, col: row.position?.start.column ?? 1 };
}

function mostCommon(entries: [string, number][]): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of entries) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** 第二十三讲 → 23 with format 第{zh}讲; Lecture 12 → 12 with Lecture {n}; 07 → 7 with {n}. */
export function parseLectureNumber(text: string): { number: number; format: string } | undefined {
  const match = /^(\D*?)([0-9０-９]+|[零〇一二两三四五六七八九十百千万亿]+)(\D*)$/.exec(text.trim());
  if (!match) return undefined;
  const [, before = "", numeral = "", after = ""] = match;
  const number = parseChineseNumeral(numeral);
  if (number === undefined || number < 0) return undefined;
  const placeholder = /^[0-9０-９]+$/.test(numeral) ? "{n}" : "{zh}";
  return { number, format: `${before}${placeholder}${after}` };
}

/** Whether a label is exactly what the format makes of its number (07 is not {n} of 7). */
export function labelIsFormat(label: string, format: string, number: number): boolean {
  return lectureLabel(format, number) === label;
}
