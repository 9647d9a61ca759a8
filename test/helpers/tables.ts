// Reads a course table back through remark, cell by cell, for comparisons that ignore layout.
import type { Link, Table } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "../../src/markdown/markdown.js";

export interface CellView {
  text: string;
  urls: string[];
}

export function tablesOf(markdown: string): Table[] {
  const tables: Table[] = [];
  visit(parseMarkdown(markdown), "table", (node) => {
    tables.push(node);
  });
  return tables;
}

/** Each row as cell views: trimmed text and the URLs of its links. */
export function rowsOf(table: Table): CellView[][] {
  return table.children.map((row) =>
    row.children.map((cell) => {
      const urls: string[] = [];
      visit(cell, "link", (link: Link) => {
        urls.push(link.url);
      });
      return { text: mdToString(cell).trim(), urls };
    }),
  );
}
