// catalog → mdast: a course table as GFM table nodes; remark-stringify does all escaping.
// Each column shows one lecture field as its type says: label, text, inline markdown or links.
import type { PhrasingContent, Table, TableCell, TableRow } from "mdast";
import { visit } from "unist-util-visit";
import { columnType, linkParts } from "../catalog/fields.js";
import type { RepoLinkResolver } from "../catalog/repo-links.js";
import type { Catalog, Column, Lecture, LinkCell, TableSettings } from "../catalog/schema.js";
import { cellText, lectureLabel } from "../markdown/cells.js";
import { htmlUrls } from "../markdown/html-urls.js";
import { parseInlineCells } from "../markdown/inline.js";

/** Which lectures, in which columns: the whole table, or one of `tables`. */
export interface TableSelection {
  columns: Column[];
  lectures: Lecture[];
}

/** The columns and lectures of a region: unnamed (all lectures, table.columns) or one of `tables`. */
export function tableSelection(catalog: Catalog, name?: string): TableSelection {
  const named = name === undefined ? undefined : catalog.tables[name];
  if (!named) return { columns: catalog.table.columns, lectures: catalog.lectures };
  const where = Object.entries(named.where);
  return {
    columns: named.columns ?? catalog.table.columns,
    lectures: catalog.lectures.filter((lecture) => where.every(([key, value]) => lecture[key] === value)),
  };
}

export function buildTable(
  catalog: Catalog,
  resolve: RepoLinkResolver,
  selection: TableSelection = tableSelection(catalog),
): Table {
  const { columns, lectures } = selection;
  const settings = catalog.table;
  // Headings are inline markdown, as a README writes them (`**Module**`, a badge, an emoji).
  const headings = parseInlineCells(columns.map((c) => c.heading));
  const header: TableRow = { type: "tableRow", children: headings.map((content) => cell(content)) };
  // Markdown cells are parsed column by column, in one pass each.
  const contents = columns.map((column) => columnCells(column, lectures, settings, resolve));
  const rows = lectures.map(
    (_lecture, row): TableRow => ({
      type: "tableRow",
      children: contents.map((column) => cell(column[row] ?? [])),
    }),
  );
  return { type: "table", align: columns.map((c) => c.align ?? null), children: [header, ...rows] };
}

function columnCells(
  column: Column,
  lectures: readonly Lecture[],
  settings: TableSettings,
  resolve: RepoLinkResolver,
): PhrasingContent[][] {
  const type = columnType(column);
  const values = lectures.map((lecture) => lecture[column.field]);
  switch (type) {
    case "label":
      return lectures.map((lecture) =>
        textNodes(
          lecture.label ??
            (lecture.number === undefined ? "" : lectureLabel(settings.number, lecture.number)),
        ),
      );
    case "text":
      return values.map((value) => textNodes(value === undefined ? "" : cellText(String(value))));
    case "markdown":
      return markdownCells(values, resolve);
    case "links":
      return values.map((value) => linkContent(value as LinkCell | undefined, column, settings, resolve));
  }
}

function markdownCells(values: readonly unknown[], resolve: RepoLinkResolver): PhrasingContent[][] {
  const texts = values.map((value) => (typeof value === "string" ? value : ""));
  return parseInlineCells(texts).map((children) => {
    for (const child of children) rebaseInline(child, resolve);
    return children;
  });
}

/**
 * Repository paths in a markdown cell (`./…`, written from the repository's top, as in link cells)
 * are rebased for the page. Any other URL, relative ones included, is the maintainer's text and is
 * kept as written, so an adopted README's own relative links render back byte for byte.
 */
function rebaseInline(node: PhrasingContent, resolve: RepoLinkResolver): void {
  visit(node, (inner) => {
    if (inner.type === "link" || inner.type === "image") {
      if (inner.url.startsWith("./"))
        inner.url = resolve(inner.url, inner.type === "image" ? "image" : "link");
    } else if (inner.type === "html") {
      let value = inner.value;
      // From the last URL backwards, so earlier offsets stay right.
      for (const found of htmlUrls(inner.value).reverse()) {
        if (!found.url.startsWith("./")) continue;
        const rewritten = resolve(found.url, found.attribute === "src" ? "image" : "link");
        value = value.slice(0, found.offset) + rewritten + value.slice(found.offset + found.url.length);
      }
      inner.value = value;
    }
  });
}

function linkContent(
  value: LinkCell | undefined,
  column: Column,
  settings: TableSettings,
  resolve: RepoLinkResolver,
): PhrasingContent[] {
  if (value === "unavailable" || value === "pending") return textNodes(settings.placeholders[value]);
  const fallback = column.link ?? settings.link;
  const parts = linkParts(value);
  const separator = parts.length > 1 ? separatorNodes(column.separator ?? " ") : [];
  return parts.flatMap((part, index): PhrasingContent[] => {
    const node = link(resolve(part.url, "link"), part.label === undefined ? fallback : cellText(part.label));
    return index === 0 ? [node] : [...structuredClone(separator), node];
  });
}

/** A separator is inline markdown (`<br/>` stays HTML) with its surrounding spaces kept. */
function separatorNodes(separator: string): PhrasingContent[] {
  const inner = separator.trim();
  if (inner === "") return textNodes(separator);
  const [before = "", after = ""] = [
    separator.slice(0, separator.indexOf(inner)),
    separator.slice(separator.indexOf(inner) + inner.length),
  ];
  return [...textNodes(before), ...(parseInlineCells([inner])[0] ?? []), ...textNodes(after)];
}

function link(url: string, text: string): PhrasingContent {
  return { type: "link", url, children: [{ type: "text", value: text }] };
}

function textNodes(value: string): PhrasingContent[] {
  return value === "" ? [] : [{ type: "text", value }];
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: "tableCell", children };
}
