// Minimal change: a re-rendered region keeps the bytes of every row whose content is unchanged
// (its padding, alignment-row dashes, escaping), so adopting syllabus on a hand-made table, or
// changing one lecture, rewrites only the rows that really change. Rows are compared by their
// canonical form: remark-stringify's output for the row's cells, parsed from the old text.
import { diffArrays } from "diff";
import type { Table } from "mdast";
import { markdown } from "../markdown/lazy.js";

/** Beyond this many changed rows the diff stops; rows are then matched by their place. */
const MAX_EDIT_LENGTH = 2000;

/**
 * The table to write into a region that now holds `old`: `table` is the canonical text of the new
 * table (lines joined by "\n"), and the result joins its lines by "\n" too. When `old` is not one
 * table (the first render, text, several blocks), the canonical table is the answer.
 */
export function keepUnchangedRows(old: string, table: string): string {
  const next = table.split("\n");
  const lines = withoutOuterBlankLines(old.split(/\r?\n/));
  if (lines.length < 2 || next.length < 2 || lines.some((line) => line.trim() === "")) return table;
  const canonical = canonicalLines(lines, new Set(next.slice(2)));
  if (!canonical) return table;

  const out: string[] = [];
  const sameHeader = canonical[0] === next[0] && canonical[1] === next[1];
  out.push(...(sameHeader ? lines.slice(0, 2) : next.slice(0, 2)));
  const oldRows = canonical.slice(2);
  const newRows = next.slice(2);
  const changes = diffArrays(oldRows, newRows, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    newRows.forEach((row, i) => {
      out.push(oldRows[i] === row ? (lines[i + 2] as string) : row);
    });
    return out.join("\n");
  }
  let at = 2; // index into `lines` of the next old row
  for (const change of changes) {
    if (change.removed) at += change.count;
    else if (change.added) out.push(...change.value);
    else {
      out.push(...lines.slice(at, at + change.count));
      at += change.count;
    }
  }
  return out.join("\n");
}

/**
 * The canonical form of each old line, or undefined when the lines are not one table. A line equal
 * to a new canonical row is its own canonical form; the others (and the header) are parsed
 * together in one small table, so a region of 10,000 unchanged rows costs no parse at all.
 */
function canonicalLines(lines: readonly string[], known: ReadonlySet<string>): string[] | undefined {
  const unknown: number[] = [];
  for (let i = 2; i < lines.length; i++) if (!known.has(lines[i] as string)) unknown.push(i);
  const probe = [lines[0], lines[1], ...unknown.map((i) => lines[i])];
  const tree = markdown().parseMarkdown(probe.join("\n"));
  const [node] = tree.children;
  if (tree.children.length !== 1 || node?.type !== "table") return undefined;
  const parsed = node as Table;
  // One row per line: a line that is not a row (it ended the table) makes this no table.
  if (parsed.children.length !== unknown.length + 1 || node.position?.end.line !== probe.length)
    return undefined;
  // A row with fewer cells than the header shows them empty, as a row that writes them does; cells
  // beyond the header's are not shown at all (GFM ignores them).
  const width = parsed.children[0]?.children.length ?? 0;
  for (const row of parsed.children) {
    while (row.children.length < width) row.children.push({ type: "tableCell", children: [] });
    row.children.length = width;
  }
  const canonical = markdown().stringifyBlocks([parsed]).split("\n");
  if (canonical.length !== probe.length) return undefined;
  const out = [...lines];
  out[0] = canonical[0] as string;
  out[1] = canonical[1] as string;
  unknown.forEach((line, k) => {
    out[line] = canonical[k + 2] as string;
  });
  return out;
}

function withoutOuterBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === "") start++;
  while (end > start && lines[end - 1]?.trim() === "") end--;
  return lines.slice(start, end);
}
