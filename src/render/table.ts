// catalog → mdast: the course table as GFM table nodes; remark-stringify does all escaping.
import type { PhrasingContent, Table, TableCell, TableRow } from "mdast";
import type { RepoLinkResolver } from "../catalog/repo-links.js";
import type { Catalog, Column, Lecture, LinkCell, TableSettings } from "../catalog/schema.js";
import { cellText, lectureLabel } from "../markdown/cells.js";

export function buildTable(catalog: Catalog, resolve: RepoLinkResolver): Table {
  const { columns } = catalog.table;
  const header: TableRow = { type: "tableRow", children: columns.map((c) => cell(textNodes(c.heading))) };
  const rows = catalog.lectures.map(
    (lecture): TableRow => ({
      type: "tableRow",
      children: columns.map((column) => cell(columnContent(column, lecture, catalog.table, resolve))),
    }),
  );
  return { type: "table", align: columns.map((c) => c.align ?? null), children: [header, ...rows] };
}

function columnContent(
  column: Column,
  lecture: Lecture,
  settings: TableSettings,
  resolve: RepoLinkResolver,
): PhrasingContent[] {
  switch (column.field) {
    case "number":
      return textNodes(lectureLabel(settings.number, lecture.number));
    case "season":
      return textNodes(lecture.season === undefined ? "" : String(lecture.season));
    case "title":
      return textNodes(cellText(lecture.title));
    case "summary":
      return textNodes(cellText(lecture.summary));
    default:
      return linkContent(lecture[column.field], settings, resolve);
  }
}

function linkContent(
  value: LinkCell | undefined,
  settings: TableSettings,
  resolve: RepoLinkResolver,
): PhrasingContent[] {
  if (value === undefined) return [];
  if (value === "unavailable" || value === "pending") return textNodes(settings.placeholders[value]);
  if (typeof value === "string") return [link(resolve(value, "link"), settings.link)];
  return value.flatMap((part, index): PhrasingContent[] => {
    const node = link(resolve(part.url, "link"), cellText(part.label));
    return index === 0 ? [node] : [{ type: "text", value: " " }, node];
  });
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
