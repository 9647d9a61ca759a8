// The one place markdown is parsed and serialised: unified + remark-parse/remark-stringify + remark-gfm.
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm);
// No alignment padding: one changed lecture changes one line of the table.
const serializer = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: "-" });

/**
 * The tree of a page. Its offsets index `text` itself: micromark drops a leading byte order mark
 * and counts from after it, so they are shifted back (edits by offset must land where they belong).
 */
export function parseMarkdown(text: string): Root {
  const tree = parser.parse(text);
  if (text.startsWith("\uFEFF")) {
    visit(tree, (node) => {
      const { position } = node;
      if (position?.start.offset !== undefined) position.start.offset += 1;
      if (position?.end.offset !== undefined) position.end.offset += 1;
    });
  }
  return tree;
}

/** Serialises block nodes, without the trailing newline remark adds. */
export function stringifyBlocks(nodes: RootContent[]): string {
  return serializer.stringify({ type: "root", children: nodes }).replace(/\n$/, "");
}
