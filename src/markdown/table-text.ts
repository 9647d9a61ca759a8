// A course table as markdown text, as remark-stringify writes it, without its per-cell machinery
// for the common cells: remark-stringify was about half of rendering 10,000 lectures. A cell of
// plain text and plain links (no character any escape rule could touch, no autolink form) is
// written directly; every other cell is written by remark, all of them in one call, as the rows of
// a one-column table (a cell's text depends only on the cell). A property test holds the result
// equal to remark-stringify's for the whole table.
import type { PhrasingContent, Table, TableCell } from "mdast";
import { markdown } from "./lazy.js";

/**
 * What remark-stringify escapes in a table cell's text by rules of context: a character that can
 * open a construct (`_` within words, `[`, `!` before a link, a backslash), the start of a URL
 * literal (`s:/`, `www.`), an email (`@`), a character reference (`&amp;`), and white space it may
 * write as a reference (tabs, line breaks, Unicode spaces). Such text is left to remark.
 */
const ESCAPED =
  /[\\_[\]!@\t\n\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|[ps]:\/|www\.|&[#A-Za-z]/i;
/** What it escapes everywhere in a cell: `*`, a backtick, `~`, `|`, and `<` that could open a tag. */
const ALWAYS_ESCAPED = /[*`~|]|<(?=[!/?A-Za-z])/g;
/** A destination written as it is (no angle brackets, no escapes). */
const PLAIN_URL = /^[^\s()<>\\`[\]|"']+$/;

const DELIMITERS = { left: ":-", right: "-:", center: ":-:", none: "-" } as const;

export function stringifyTable(table: Table): string {
  const width = table.children[0]?.children.length ?? 0;
  const align = table.align ?? [];
  if (width === 0 || align.length > width || table.children.some((row) => row.children.length !== width))
    return markdown().stringifyBlocks([table]);

  const texts = table.children.map((row) => row.children.map(plainCell));
  const rest = table.children.flatMap((row, r) => row.children.filter((_, c) => texts[r]?.[c] === undefined));
  const written = writeByRemark(rest);
  if (!written) return markdown().stringifyBlocks([table]);
  let next = 0;
  const lines = texts.map((cells) => line(cells.map((cell) => cell ?? (written[next++] as string))));
  const delimiter = line(Array.from({ length: width }, (_, c) => DELIMITERS[align[c] ?? "none"]));
  return [lines[0], delimiter, ...lines.slice(1)].join("\n");
}

/** A row as markdown-table writes it without alignment padding: an empty cell is one space. */
function line(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell === "" ? " " : ` ${cell} `)).join("|")}|`;
}

/** The cell's markdown when it is plain text, links, code and HTML tags only; undefined for remark to write. */
function plainCell(cell: TableCell): string | undefined {
  let out = "";
  // Two texts side by side can make an escape between them (`s` + `:/`): left to remark.
  if (cell.children.some((node, i) => node.type === "text" && cell.children[i + 1]?.type === "text"))
    return undefined;
  for (const node of cell.children) {
    const text = plainNode(node);
    if (text === undefined) return undefined;
    out += text;
  }
  // White space at either end of a cell is trimmed by a reader: remark encodes it.
  return out.trim() === out ? out : undefined;
}

function plainNode(node: PhrasingContent): string | undefined {
  if (node.type === "text") return plainText(node.value);
  // HTML is written as it is (a `|` in it too: remark does not escape it).
  if (node.type === "html") return /[\r\n]/.test(node.value) ? undefined : node.value;
  if (node.type === "inlineCode") {
    // One backtick around code without backticks, backslashes, line breaks or spaces at its ends.
    const { value } = node;
    return /^[^`\\\s](?:[^`\\\r\n]*[^`\\\s])?$/.test(value) ? `\`${escapePipes(value)}\`` : undefined;
  }
  if (node.type !== "link" || node.title || node.children.length !== 1) return undefined;
  const [child] = node.children;
  if (child?.type !== "text") return undefined;
  const label = plainText(child.value);
  const { url } = node;
  // remark writes a link whose text is its URL as an autolink (<https://…>).
  if (label === undefined || !PLAIN_URL.test(url) || url === child.value || url === `mailto:${child.value}`)
    return undefined;
  return `[${label}](${url.replace(/&(?=[#A-Za-z])/g, "\\&")})`;
}

/** The text as remark writes it, when only its escapes that hold everywhere apply. */
function plainText(value: string): string | undefined {
  return value === "" || ESCAPED.test(value) ? undefined : value.replace(ALWAYS_ESCAPED, "\\$&");
}

function escapePipes(value: string): string {
  return value.replaceAll("|", "\\|");
}

/** The given cells written by remark-stringify, each as its table row holds it. */
function writeByRemark(cells: readonly TableCell[]): string[] | undefined {
  if (cells.length === 0) return [];
  const rows = markdown()
    .stringifyBlocks([
      {
        type: "table",
        align: [null],
        children: cells.map((cell) => ({ type: "tableRow", children: [cell] })),
      },
    ])
    .split("\n");
  if (rows.length !== cells.length + 1) return undefined;
  const out: string[] = [];
  for (const [index, row] of rows.entries()) {
    if (index === 1) continue; // the delimiter row
    if (row === "| |") out.push("");
    else if (row.startsWith("| ") && row.endsWith(" |") && row.length >= 4) out.push(row.slice(2, -2));
    else return undefined;
  }
  return out;
}
