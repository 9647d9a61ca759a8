// Links in markdown files, found through the remark tree (links, images, definitions, autolinks,
// raw HTML href/src); nothing inside code, since code is never a link node.
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { htmlUrls } from "../markdown/html-urls.js";
import { parseMarkdown } from "../markdown/markdown.js";
import { markdownChunks } from "./markdown-chunks.js";
import type { FoundLink } from "./targets.js";

export function markdownLinks(text: string, file: string): FoundLink[] {
  return [...markdownLinkChunks(text, file)].flat();
}

/** Links chunk by chunk (see markdown-chunks.ts), so a caller can check while it reads. */
export function* markdownLinkChunks(text: string, file: string): Generator<FoundLink[]> {
  for (const chunk of markdownChunks(text)) {
    const links = linksInTree(parseMarkdown(chunk.text), chunk.text, file);
    for (const link of links) link.source.line += chunk.lineOffset;
    yield links;
  }
}

export function linksInTree(tree: Root, text: string, file: string): FoundLink[] {
  const found: FoundLink[] = [];
  visit(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      found.push({ raw: node.url, source: { file, line: start.line, col: start.column } });
    } else if (node.type === "html" && node.position) {
      // Positions of each attribute, from the node's source text.
      const offset = node.position.start.offset ?? 0;
      const source = text.slice(offset, node.position.end.offset);
      for (const { url, attributeOffset } of htmlUrls(source)) {
        const before = source.slice(0, attributeOffset);
        const lines = before.split("\n");
        const line = start.line + lines.length - 1;
        const col = lines.length === 1 ? start.column + before.length : (lines.at(-1)?.length ?? 0) + 1;
        found.push({ raw: url, source: { file, line, col } });
      }
    }
  });
  return found;
}
