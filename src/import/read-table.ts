// README course table (mdast, through remark) → catalog data, reporting each irregular row.
import path from "node:path";
import type { Link, Root, RootContent, Table, TableCell } from "mdast";
import { toString as cellString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Column, ColumnField, Lecture, LinkCell, LinkField } from "../catalog/schema.js";
import { LINK_FIELDS } from "../catalog/schema.js";
import { cellText } from "../markdown/cells.js";
import { findRegion } from "../markdown/markers.js";
import { parseChineseNumeral } from "../markdown/numerals.js";
import type { Diagnostic } from "../util/diagnostic.js";
import { InputError } from "../util/errors.js";
import { fieldForHeading } from "./headings.js";

export interface ImportedTable {
  table: Table;
  columns: Column[];
  /** Which column of the README each catalog column came from. */
  sourceIndex: number[];
  numberFormat: string;
  linkText: string;
  placeholders: { unavailable: string; pending: string };
  lectures: Lecture[];
  diagnostics: Diagnostic[];
}

const UNAVAILABLE = new Set(["/", "-", "—", "–", "n/a", "na", "无", "暂无", "none"]);
const PENDING = new Set([
  "更新中",
  "待更新",
  "即将更新",
  "敬请期待",
  "tbd",
  "todo",
  "coming soon",
  "soon",
  "pending",
]);

/** The course table: the one inside the syllabus markers, else the first table with known headings. */
export function findCourseTable(tree: Root, file: string): Table {
  let inRegion: { start: number; end: number } | undefined;
  try {
    const region = findRegion(tree, file);
    inRegion = { start: region.contentStart, end: region.contentEnd };
  } catch {
    inRegion = undefined; // no (valid) markers yet: the usual case when adopting syllabus
  }
  let found: Table | undefined;
  visit(tree, "table", (node) => {
    if (found) return;
    const offset = node.position?.start.offset ?? -1;
    if (inRegion && (offset < inRegion.start || offset > inRegion.end)) return;
    const headings = (node.children[0]?.children ?? []).map((c) => fieldForCell(c));
    if (headings.includes("title") || (headings.includes("number") && headings.filter(Boolean).length >= 2)) {
      found = node;
    }
  });
  if (!found) {
    throw new InputError(
      `${file}: no course table found: no table has a heading such as 章节名称/title or 章节序号/number\n  hint: check that the table is a GFM table with a header row`,
    );
  }
  return found;
}

export function readCourseTable(
  tree: Root,
  file: string,
  readmeDir: string,
  repoRoot: string,
): ImportedTable {
  const table = findCourseTable(tree, file);
  const diagnostics: Diagnostic[] = [];
  const report = (
    node: RootContent | TableCell,
    rule: string,
    message: string,
    hint: string,
    severity: Diagnostic["severity"] = "warning",
  ) => {
    const at = node.position?.start;
    diagnostics.push({ file, line: at?.line ?? 1, col: at?.column ?? 1, rule, message, hint, severity });
  };

  const [header, ...rows] = table.children;
  const columns: Column[] = [];
  const sourceIndex: number[] = [];
  const seen = new Set<ColumnField>();
  header?.children.forEach((cell, index) => {
    const heading = cellString(cell).trim();
    const field = fieldForCell(cell);
    if (!field || seen.has(field)) {
      report(
        cell,
        "unknown-column",
        `column "${heading}" is not a known course column; it was not imported`,
        "rename the heading, or add the data to the catalog by hand",
      );
      return;
    }
    seen.add(field);
    const align = table.align?.[index];
    columns.push(align ? { field, heading, align } : { field, heading });
    sourceIndex.push(index);
  });

  let numberFormat: string | undefined;
  let linkText: string | undefined;
  const placeholders: { unavailable?: string; pending?: string } = {};
  const lectures: Lecture[] = [];
  const width = header?.children.length ?? 0;

  rows.forEach((row, rowIndex) => {
    const cellAt = (field: ColumnField): TableCell | undefined => {
      const column = columns.findIndex((c) => c.field === field);
      return column === -1 ? undefined : row.children[sourceIndex[column] ?? -1];
    };
    const textAt = (field: ColumnField): string => {
      const cell = cellAt(field);
      return cell ? cellString(cell) : "";
    };
    const numberCell = cellAt("number");
    const numberText = textAt("number").trim();
    const parsed = parseLectureNumber(numberText);
    const number = parsed?.number ?? rowIndex + 1;
    numberFormat ??= parsed?.format;
    if (!parsed) {
      report(
        numberCell ?? (row as unknown as RootContent),
        "bad-number",
        `row ${rowIndex + 1}: "${numberText}" is not a lecture number; numbered ${number} by its position`,
        "check the number in the catalog",
      );
    }
    if (row.children.length !== width) {
      report(
        row as unknown as RootContent,
        "irregular-row",
        `row of lecture ${number} has ${row.children.length} cells, the header has ${width}`,
        `imported the cells in order; check lecture ${number} in the catalog`,
      );
    }

    const lecture: Lecture = {
      number,
      title: cellText(textAt("title")),
    };
    const seasonText = textAt("season").trim();
    const season = seasonText
      ? parseChineseNumeral(seasonText.replace(/^第|期$|^season\s*/gi, ""))
      : undefined;
    if (season) lecture.season = season;
    const summary = cellText(textAt("summary"));
    if (summary) lecture.summary = summary;
    if (!lecture.title)
      report(
        cellAt("title") ?? (row as unknown as RootContent),
        "empty-title",
        `lecture ${number} has no title`,
        "write the title in the catalog",
      );

    for (const field of LINK_FIELDS) {
      const cell = cellAt(field);
      if (!cell) continue;
      const links: Link[] = [];
      visit(cell, "link", (link) => {
        links.push(link);
      });
      const value = linkCell(
        cell,
        links,
        readmeDir,
        repoRoot,
        (message, hint) => report(cell, "bad-cell", `lecture ${number}: ${field}: ${message}`, hint),
        (message) =>
          report(
            cell,
            "link-outside-repository",
            `lecture ${number}: ${field}: ${message}`,
            "write it as a full URL in the README, or import from inside the repository it points into",
            "error",
          ),
      );
      if (value === undefined) continue;
      lecture[field as LinkField] = value;
      const text = cellString(cell).trim();
      // Only a recognised spelling becomes the placeholder: text imported as pending is not one.
      if ((value === "unavailable" || value === "pending") && isPlaceholder(text))
        placeholders[value] ??= text;
      if (typeof value === "string" && links.length === 1) linkText ??= cellString(links[0] as Link).trim();
    }
    lectures.push(lecture);
  });

  return {
    table,
    columns,
    sourceIndex,
    numberFormat: numberFormat ?? "第{zh}讲",
    linkText: linkText || "link",
    placeholders: { unavailable: placeholders.unavailable ?? "/", pending: placeholders.pending ?? "更新中" },
    lectures,
    diagnostics,
  };
}

function fieldForCell(cell: TableCell): ColumnField | undefined {
  return fieldForHeading(cellString(cell).trim());
}

/** 第二十三讲 → 23 with format 第{zh}讲; Lecture 12 → 12 with Lecture {n}; 7 → 7 with {n}. */
export function parseLectureNumber(text: string): { number: number; format: string } | undefined {
  const match = /^(\D*?)([0-9０-９]+|[零〇一二两三四五六七八九十百千万亿]+)(\D*)$/.exec(text.trim());
  if (!match) return undefined;
  const [, before = "", numeral = "", after = ""] = match;
  const number = parseChineseNumeral(numeral);
  if (number === undefined || number < 1) return undefined;
  const placeholder = /^[0-9０-９]+$/.test(numeral) ? "{n}" : "{zh}";
  return { number, format: `${before}${placeholder}${after}` };
}

function isPlaceholder(text: string): boolean {
  return UNAVAILABLE.has(text.toLowerCase()) || PENDING.has(text.toLowerCase());
}

function linkCell(
  cell: TableCell,
  links: Link[],
  readmeDir: string,
  repoRoot: string,
  warn: (message: string, hint: string) => void,
  refuse: (message: string) => void,
): LinkCell | undefined {
  if (links.length === 0) {
    const text = cellString(cell).trim();
    if (text === "") return undefined;
    if (UNAVAILABLE.has(text.toLowerCase())) return "unavailable";
    if (PENDING.has(text.toLowerCase())) return "pending";
    warn(
      `text "${text}" is neither a link nor a placeholder; imported as pending`,
      "write the link, or unavailable/pending, in the catalog",
    );
    return "pending";
  }
  const targets = links.map((link) => ({
    label: cellString(link).trim(),
    raw: link.url,
    url: repoPath(link.url, readmeDir, repoRoot),
  }));
  const usable = targets.filter((t): t is { label: string; raw: string; url: string } => {
    // Never dropped silently: the import is refused, so a later render cannot delete the link.
    if (t.url === undefined) refuse(`link "${t.raw}" leaves the course repository`);
    return t.url !== undefined;
  });
  if (usable.length === 0) return undefined;
  if (usable.length === 1) return usable[0]?.url;
  return usable.map((t, index) => ({ label: t.label || String(index + 1), url: t.url }));
}

/** A README link as the catalog stores it: URLs as written, paths as ./path from the repository root. */
function repoPath(url: string, readmeDir: string, repoRoot: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("#")) return url;
  const absolute = url.startsWith("/") ? path.join(repoRoot, url) : path.resolve(readmeDir, url);
  const relative = path.relative(repoRoot, absolute).split(path.sep).join("/");
  if (relative === ".." || relative.startsWith("../") || path.isAbsolute(relative)) return undefined;
  const trailing = url.endsWith("/") && relative !== "" ? "/" : "";
  return `./${relative}${trailing}`;
}
