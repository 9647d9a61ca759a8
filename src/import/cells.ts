// One table cell of a README as import sees it: its markdown source (verbatim, by offsets), its
// plain text, and whether it is nothing but links with one separator between them.
import type { Link, PhrasingContent, TableCell } from "mdast";
import { toString as mdastString } from "mdast-util-to-string";

export interface Point {
  line: number;
  col: number;
}

export interface LinkPart {
  text: string;
  url: string;
}

export interface Cell {
  /** The cell's markdown between its first and last child, exactly as written in the README. */
  source: string;
  /** The cell's text, white space folded to single spaces. */
  text: string;
  /** True when the cell holds text only: no link, emphasis, code, image, HTML or break. */
  plain: boolean;
  /** Set when the cell is one or more plain-text links and nothing else but their separator. */
  links?: { parts: LinkPart[]; separator?: string };
  at: Point;
}

export const EMPTY_CELL: Omit<Cell, "at"> = { source: "", text: "", plain: true };

export function readCell(cell: TableCell | undefined, page: string, fallback: Point): Cell {
  if (!cell) return { ...EMPTY_CELL, at: fallback };
  const at = { line: cell.position?.start.line ?? fallback.line, col: cell.position?.start.column ?? 1 };
  const children = cell.children;
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  const source = first === undefined || last === undefined ? "" : page.slice(first, last);
  const text = mdastString(cell).replace(/\s+/g, " ").trim();
  const plain = children.every((child) => child.type === "text");
  const links = linkRun(children);
  return links ? { source, text, plain, links, at } : { source, text, plain, at };
}

/** link (separator link)*: each link titled by plain text only, one separator string between all. */
function linkRun(children: PhrasingContent[]): Cell["links"] {
  const parts: LinkPart[] = [];
  let separator: string | undefined;
  for (const [index, child] of children.entries()) {
    if (index % 2 === 1) {
      if (child.type !== "text" || (separator !== undefined && child.value !== separator)) return undefined;
      separator = child.value;
      continue;
    }
    if (child.type !== "link" || !isPlainLink(child)) return undefined;
    parts.push({ text: mdastString(child), url: child.url });
  }
  if (parts.length === 0 || children.length % 2 === 0) return undefined;
  return separator === undefined ? { parts } : { parts, separator };
}

function isPlainLink(link: Link): boolean {
  return (link.title ?? null) === null && link.children.every((child) => child.type === "text");
}
