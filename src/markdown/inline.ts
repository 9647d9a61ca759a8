// Inline markdown values of a catalog (a markdown column's cells), parsed the way the page will
// read them: as the content of a GFM table cell. So `1. Intro` or `# 3` stays text, as it is in a
// README's table, and links, emphasis, code, images and inline HTML (`<br/>`) become mdast.
import type { PhrasingContent, Table } from "mdast";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "./markdown.js";

/**
 * The phrasing content of each value (without positions). One parse for all of them: each value
 * is a row of a one-column table. A literal `|` is escaped so it stays inside its cell; a value
 * holding a line break cannot be a cell and must be refused before (see `cellLineBreak`).
 */
export function parseInlineCells(values: readonly string[]): PhrasingContent[][] {
  if (values.length === 0) return [];
  const rows = values.map((value) => `| ${escapePipes(value.trim())} |`);
  const tree = parseMarkdown(["| x |", "| - |", ...rows].join("\n"));
  const [table] = tree.children;
  if (table?.type !== "table" || table.children.length !== values.length + 1) {
    throw new Error("parseInlineCells: the values did not parse as one table row each");
  }
  return (table as Table).children.slice(1).map((row) => {
    const children = row.children[0]?.children ?? [];
    for (const child of children) {
      visit(child, (node) => {
        delete node.position;
      });
    }
    return children;
  });
}

/** Whether a value cannot be one table cell: it holds a line break. */
export function cellLineBreak(value: string): boolean {
  return /[\r\n]/.test(value);
}

/** A bare `|` ends a cell; one already escaped (`\|`) is left as written. */
function escapePipes(value: string): string {
  return value.replace(/(\\*)\|/g, (match, slashes: string) =>
    slashes.length % 2 === 1 ? match : `${slashes}\\|`,
  );
}
