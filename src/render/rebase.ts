// A template is written like the course repository's root README. When the page is written
// elsewhere, its repository-relative links are rewritten (by offset) so they still resolve.
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { RepoLinkResolver } from "../catalog/repo-links.js";
import { htmlUrls } from "../markdown/html-urls.js";
import type { Edit } from "./splice.js";

/** Edits that rewrite link, image, definition and HTML src/href URLs outside the skipped ranges (the regions). */
export function rebaseEdits(
  tree: Root,
  text: string,
  resolve: RepoLinkResolver,
  skip: readonly { start: number; end: number }[],
): Edit[] {
  const edits: Edit[] = [];
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (skip.some((range) => start >= range.start && end <= range.end)) return;
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      const kind = node.type === "image" ? "image" : "link";
      const rewritten = resolve(node.url, kind);
      if (rewritten === node.url) return;
      // The destination is the last occurrence of the URL in the node's source: after the text.
      const at = text.slice(start, end).lastIndexOf(node.url);
      if (at !== -1) edits.push({ start: start + at, end: start + at + node.url.length, text: rewritten });
    } else if (node.type === "html") {
      // Matched on the source slice, not node.value, so offsets hold inside block quotes too.
      for (const { attribute, url, offset } of htmlUrls(text.slice(start, end))) {
        const rewritten = resolve(url, attribute === "src" ? "image" : "link");
        if (rewritten !== url)
          edits.push({ start: start + offset, end: start + offset + url.length, text: rewritten });
      }
    }
  });
  return edits;
}
