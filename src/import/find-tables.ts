// Every table of a README, with the heading above it, and which of them are lesson tables.
import type { Heading, Root, Table } from "mdast";
import { toString as mdastString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { findRegion } from "../markdown/markers.js";
import type { Point } from "./cells.js";

export interface FoundTable {
  table: Table;
  /** Text of the nearest heading above the table, if any. */
  heading?: string;
  at: Point;
}

export interface SkippedTable {
  at: Point;
  heading?: string;
  reason: string;
}

/**
 * The GFM tables of the page in order (only those inside the syllabus markers when the page has a
 * region), and HTML tables, which are reported as skipped: they are not Markdown tables.
 */
export function findTables(tree: Root, file: string): { tables: FoundTable[]; skipped: SkippedTable[] } {
  let region: { start: number; end: number } | undefined;
  try {
    const found = findRegion(tree, file);
    region = { start: found.contentStart, end: found.contentEnd };
  } catch {
    region = undefined; // no (valid) markers yet: the usual case when adopting syllabus
  }
  const tables: FoundTable[] = [];
  const skipped: SkippedTable[] = [];
  let heading: string | undefined;
  visit(tree, (node) => {
    if (node.type === "heading") {
      heading = mdastString(node as Heading).trim() || undefined;
      return;
    }
    const at = { line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 };
    const offset = node.position?.start.offset ?? 0;
    const inside = !region || (offset >= region.start && offset <= region.end);
    if (node.type === "table") {
      if (inside) tables.push(heading === undefined ? { table: node, at } : { table: node, heading, at });
      else skipped.push({ at, ...(heading ? { heading } : {}), reason: "outside the syllabus markers" });
    } else if (node.type === "html" && /<table[\s>]/i.test(node.value) && inside) {
      skipped.push({
        at,
        ...(heading ? { heading } : {}),
        reason: "an HTML <table>, not a Markdown table: import reads Markdown tables only",
      });
    }
  });
  return { tables, skipped };
}
