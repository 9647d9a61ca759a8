// --changed-since REF: which links a change adds. A link is new when its URL (with its fragment)
// does not occur in the same file at REF. Comparing per file rather than per lecture means a
// lecture moved or renumbered checks nothing, and a lecture edited checks only its new URLs.
import pLimit from "p-limit";
import type { LoadedCatalog } from "../catalog/load.js";
import { InputError } from "../util/errors.js";
import type { ReadAtRef } from "../util/git.js";
import { catalogLinks } from "./collect-catalog.js";
import { markdownLinks } from "./collect-markdown.js";
import { type FoundLink, resolveLink } from "./targets.js";

/** The links each input file had at the base ref; a file absent from the map is new. */
export interface BaseLinks {
  ref: string;
  byFile: Map<string, Set<string>>;
  /** Worth telling the user (stderr): an old catalog that could not be read, so all its links count as new. */
  notes: string[];
}

/** What a found link is compared by: its resolved key and fragment. */
export function linkIdentity(link: FoundLink): string | undefined {
  const resolved = resolveLink(link);
  return resolved && `${resolved.key}#${resolved.fragment ?? ""}`;
}

export function isUnchanged(base: BaseLinks, link: FoundLink): boolean {
  const identity = linkIdentity(link);
  return identity !== undefined && (base.byFile.get(link.source.file)?.has(identity) ?? false);
}

export function identities(links: readonly FoundLink[]): Set<string> {
  return new Set(links.flatMap((link) => linkIdentity(link) ?? []));
}

export interface CurrentInputs {
  catalog?: LoadedCatalog;
  files: readonly { display: string; path: string; dir: string }[];
}

/**
 * The links of each input as it was at `ref`, resolved as today's would be (same folders, same
 * working tree), so that only a changed URL differs. An old catalog that is no longer valid
 * counts as absent (every link new), with a note.
 */
export async function baseLinks(ref: string, inputs: CurrentInputs, read: ReadAtRef): Promise<BaseLinks> {
  const byFile = new Map<string, Set<string>>();
  const notes: string[] = [];
  const { catalog, files } = inputs;
  // One git process per file: a few at a time.
  const limit = pLimit(8);
  const [catalogText, ...fileTexts] = await Promise.all([
    catalog ? limit(() => read(catalog.path)) : undefined,
    ...files.map((file) => limit(() => read(file.path))),
  ]);
  if (catalog && catalogText !== undefined) {
    const { loadCatalog } = await import("../catalog/load.js");
    try {
      const old = await loadCatalog(catalog.path, catalogText, { warnings: false });
      byFile.set(catalog.file, identities(catalogLinks({ ...old, file: catalog.file })));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      notes.push(
        `${catalog.file}: the version at ${ref} is not a valid catalog; all its links count as changed`,
      );
    }
  }
  files.forEach((file, i) => {
    const text = fileTexts[i];
    if (text === undefined) return;
    const links = markdownLinks(text, file.display).map((link) => ({ ...link, baseDir: file.dir }));
    byFile.set(file.display, identities(links));
  });
  return { ref, byFile, notes };
}
