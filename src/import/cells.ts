// One table cell of a README as import sees it: its markdown source (verbatim, by offsets), its
// plain text, and whether it is nothing but links with one separator between them.
import type { Link, PhrasingContent, TableCell } from "mdast";
import { toString as mdastString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { htmlUrls } from "../markdown/html-urls.js";

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
  /** The ./path targets of links, images and HTML src/href in the source (repository paths to render). */
  paths: PathLink[];
  at: Point;
}

/** A ./path link of a cell: where it is in the cell's source, as written. */
export interface PathLink {
  offset: number;
  url: string;
}

export const EMPTY_CELL: Omit<Cell, "at"> = { source: "", text: "", plain: true, paths: [] };

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
  const paths = first === undefined ? [] : pathLinks(cell, page, first);
  return links ? { source, text, plain, links, paths, at } : { source, text, plain, paths, at };
}

/** ./paths written in the cell, found by offset: [text](./x), ![alt](./x), <img src="./x">. */
function pathLinks(cell: TableCell, page: string, base: number): PathLink[] {
  const found: PathLink[] = [];
  visit(cell, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = page.slice(start, end);
    if ((node.type === "link" || node.type === "image") && node.url.startsWith("./")) {
      const at = written.lastIndexOf(`(${node.url}`);
      if (at !== -1) found.push({ offset: start - base + at + 1, url: node.url });
    } else if (node.type === "html") {
      for (const url of htmlUrls(written)) {
        if (url.url.startsWith("./")) found.push({ offset: start - base + url.offset, url: url.url });
      }
    }
  });
  return found;
}

/** The source with each ./path replaced (from the last, so earlier offsets stay right). */
export function withPaths(cell: Cell, replace: (url: string) => string): string {
  let source = cell.source;
  for (const path of [...cell.paths].sort((a, b) => b.offset - a.offset)) {
    source = source.slice(0, path.offset) + replace(path.url) + source.slice(path.offset + path.url.length);
  }
  return source;
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
