// The edge of lint: the loaded catalog, its positions (parsed only when a finding needs one), and
// the course repository's files from a tree listing or its checkout.
import path from "node:path";
import type { VFileMessage } from "vfile-message";
import { LineCounter, parseDocument } from "yaml";
import type { LoadedCatalog } from "../catalog/load.js";
import { checkoutDir } from "../catalog/repo-links.js";
import { nodeAt, positionOf, type YamlSource } from "../catalog/yaml-source.js";
import { InputError } from "../util/errors.js";
import { displayPath, readTextFile } from "../util/text-file.js";
import { lintCatalog } from "./index.js";
import { lectureViews, type PathSegment } from "./lectures.js";
import { repoLink } from "./materials.js";
import { type MaterialTree, treeFromCheckout, treeFromListing } from "./tree.js";

/** A tree listing is a list of paths: even a huge repository's stays well below this. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;

export interface LintOptions {
  /** A tree listing given on the command line (relative to the working directory). */
  tree?: string;
  /** A tree listing's text, read by the caller (from stdin): wins over `tree` and the settings. */
  treeText?: string;
  /** Told when the path rules have paths to judge but no files to judge them on. */
  note?(message: string): void;
}

export async function lintLoaded(loaded: LoadedCatalog, options: LintOptions = {}): Promise<VFileMessage[]> {
  const { catalog } = loaded;
  const settings = catalog.lint;
  let source: YamlSource | undefined;
  const locate = (at: readonly PathSegment[]) => {
    // The catalog is valid, so its nesting is the schema's: parseYaml's depth guard (half of its
    // time on a large catalog) has nothing to guard against here.
    if (!source) {
      const lineCounter = new LineCounter();
      source = {
        file: loaded.file,
        doc: parseDocument(loaded.text, { lineCounter, logLevel: "error" }),
        lineCounter,
      };
    }
    return positionOf(source, nodeAt(source, at).node);
  };
  const repository = catalog.course.repository;
  const lectures = lectureViews(catalog.lectures);
  const repo = repository ? { repository: { url: repository.url, branch: repository.branch } } : {};
  const files = await materialTree(loaded, options);
  const linksPaths = lectures.some((l) => l.links.some((link) => repoLink(link.url, repo.repository)));
  if (!files.tree && (settings.materials.roots.length > 0 || linksPaths)) {
    options.note?.(
      "no tree listing (--tree, lint.materials.tree) and no checkout of the course repository: lint/missing-path and lint/unreferenced-material were not checked",
    );
  }
  return lintCatalog(
    { lectures, locate, ...repo, ...files, materials: settings.materials },
    loaded.file,
    settings.rules,
  );
}

/** The listing named on the command line, else in the settings, else the checkout, else none. */
async function materialTree(loaded: LoadedCatalog, options: LintOptions): Promise<{ tree?: MaterialTree }> {
  if (options.treeText !== undefined) return { tree: treeFromListing(options.treeText) };
  const catalogDir = path.dirname(loaded.path);
  const listing =
    options.tree !== undefined
      ? path.resolve(options.tree)
      : loaded.catalog.lint.materials.tree !== undefined
        ? path.resolve(catalogDir, loaded.catalog.lint.materials.tree)
        : undefined;
  if (listing !== undefined) {
    const text = await readTextFile(listing, MAX_LISTING_BYTES, "the tree listing");
    if (text.trim() === "") throw new InputError(`${displayPath(listing)}: the tree listing is empty`);
    return { tree: treeFromListing(text) };
  }
  const checkout = checkoutDir(catalogDir, loaded.catalog.course.repository);
  return checkout === undefined ? {} : { tree: treeFromCheckout(checkout) };
}
