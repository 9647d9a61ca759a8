// A page with the course table in its region: the pure core of `syllabus render`.
import type { Table } from "mdast";
import type { RepoLinkResolver } from "../catalog/repo-links.js";
import { parseMarkdown, stringifyBlocks } from "../markdown/markdown.js";
import { findRegion } from "../markdown/markers.js";
import { elideGeneratedRegion } from "./elide.js";
import { rebaseEdits } from "./rebase.js";
import { applyEdits, type Edit } from "./splice.js";

export interface PageInput {
  /** The template, or the page itself when it is updated in place. */
  text: string;
  /** How the file is named in messages. */
  file: string;
  table: Table;
  /** Set when rendering from a template: rewrites its repository-relative links for the page's place. */
  rebase?: RepoLinkResolver;
}

export function renderPage(input: PageInput): string {
  const eol = input.text.includes("\r\n") ? "\r\n" : "\n";
  const elided = elideGeneratedRegion(input.text, eol);
  const parsed = elided?.text ?? input.text;
  const original = elided?.original ?? ((offset: number) => offset);

  const tree = parseMarkdown(parsed);
  const region = findRegion(tree, input.file);
  const table = stringifyBlocks([input.table]).replaceAll("\n", eol);
  const edits: Edit[] = [
    { start: region.contentStart, end: region.contentEnd, text: `${eol}${table}${eol}` },
  ];
  if (input.rebase) {
    edits.push(
      ...rebaseEdits(tree, parsed, input.rebase, { start: region.contentStart, end: region.contentEnd }),
    );
  }
  return applyEdits(
    input.text,
    edits.map((edit) => ({ ...edit, start: original(edit.start), end: original(edit.end) })),
  );
}
