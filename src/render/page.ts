// A page with its course tables in their regions: the pure core of `syllabus render`.
import type { Table } from "mdast";
import type { RepoLinkResolver } from "../catalog/repo-links.js";
import { markdown } from "../markdown/lazy.js";
import { findRegions } from "../markdown/markers.js";
import { markdownSkeleton } from "../markdown/skeleton.js";
import { stringifyTable } from "../markdown/table-text.js";
import { elideGeneratedRegion } from "./elide.js";
import { keepUnchangedRows } from "./minimal.js";
import { rebaseEdits } from "./rebase.js";
import { applyEdits, type Edit } from "./splice.js";

export interface PageInput {
  /** The template, or the page itself when it is updated in place. */
  text: string;
  /** How the file is named in messages. */
  file: string;
  /** The table of a region: by its name (undefined for the unnamed region), or one table for all. */
  table: Table | ((name: string | undefined) => Table);
  /** Names a region may have (the catalog's `tables`); without, only unnamed regions are allowed. */
  names?: readonly string[];
  /** Set when rendering from a template: rewrites its repository-relative links for the page's place. */
  rebase?: RepoLinkResolver;
}

export function renderPage(input: PageInput): string {
  const eol = input.text.includes("\r\n") ? "\r\n" : "\n";
  const elided = elideGeneratedRegion(input.text, eol);
  const parsed = elided?.text ?? input.text;
  const original = elided?.original ?? ((offset: number) => offset);

  // A plain page (templates usually are) is read by a line scanner; any other by remark.
  const tree = markdownSkeleton(parsed) ?? markdown().parseMarkdown(parsed);
  const regions = findRegions(tree, input.file, { names: input.names ?? [] });
  const tableFor = typeof input.table === "function" ? input.table : () => input.table as Table;
  const edits: Edit[] = regions.map((region) => {
    const start = original(region.contentStart);
    const end = original(region.contentEnd);
    // Rows whose content is unchanged keep their bytes; the old rows are read from the original text.
    const table = keepUnchangedRows(input.text.slice(start, end), stringifyTable(tableFor(region.name)));
    return { start, end, text: `${eol}${table.replaceAll("\n", eol)}${eol}` };
  });
  if (input.rebase) {
    const regionRanges = regions.map((region) => ({ start: region.contentStart, end: region.contentEnd }));
    for (const edit of rebaseEdits(tree, parsed, input.rebase, regionRanges))
      edits.push({ ...edit, start: original(edit.start), end: original(edit.end) });
  }
  return applyEdits(input.text, edits);
}
