// The one place markdown is parsed and serialised: unified + remark-parse/remark-stringify + remark-gfm.
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);
// No alignment padding: one changed lecture changes one line of the table.
const serializer = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: "-" });

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** Serialises block nodes, without the trailing newline remark adds. */
export function stringifyBlocks(nodes: RootContent[]): string {
  return serializer.stringify({ type: "root", children: nodes }).replace(/\n$/, "");
}
