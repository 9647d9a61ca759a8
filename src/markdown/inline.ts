// Inline markdown values of a catalog (a markdown column's cells), parsed the way the page will
// read them: as the content of a GFM table cell. So `1. Intro` or `# 3` stays text, as it is in a
// README's table, and links, emphasis, code, images and inline HTML (`<br/>`) become mdast.
import type { PhrasingContent, Table } from "mdast";
import { visit } from "unist-util-visit";
import { markdown } from "./lazy.js";

/**
 * The phrasing content of each value (without positions). One parse for all of them: each value
 * is a row of a one-column table. A literal `|` is escaped so it stays inside its cell; a value
 * holding a line break cannot be a cell: validation refuses it (rule line-break).
 */
export function parseInlineCells(values: readonly string[]): PhrasingContent[][] {
  // Plain text (most titles) needs no parse: micromark costs about a millisecond a cell.
  const out: (PhrasingContent[] | undefined)[] = values.map((value) => {
    const text = value.trim();
    if (text === "") return [];
    return PLAIN.test(text) && !LITERAL_OR_REFERENCE.test(text) ? [{ type: "text", value: text }] : undefined;
  });
  const rich = values.flatMap((value, i) => (out[i] === undefined ? [value] : []));
  const parsed = parseRich(rich);
  let next = 0;
  return out.map((cell) => cell ?? (parsed[next++] as PhrasingContent[]));
}

/** No character that can start an inline construct, an escape or an email autolink… */
const PLAIN = /^[^\\`*_[\]!<~|@]*$/;
/** …and no URL literal (`www.`, `http://`) or character reference (`&amp;`; a lone `&` is text). */
const LITERAL_OR_REFERENCE = /www\.|:\/\/|&#?[A-Za-z0-9]*;/i;

function parseRich(values: readonly string[]): PhrasingContent[][] {
  if (values.length === 0) return [];
  const rows = values.map((value) => `| ${escapePipes(value.trim())} |`);
  const tree = markdown().parseMarkdown(["| x |", "| - |", ...rows].join("\n"));
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

/** A bare `|` ends a cell; one already escaped (`\|`) is left as written. */
function escapePipes(value: string): string {
  return value.replace(/(\\*)\|/g, (match, slashes: string) =>
    slashes.length % 2 === 1 ? match : `${slashes}\\|`,
  );
}
