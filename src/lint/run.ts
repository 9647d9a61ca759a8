// The edge of lint: the loaded catalog, its positions (parsed only when a finding needs one), and
// the course repository's files from a tree listing or its checkout.
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { LoadedCatalog } from "../catalog/load.js";
import { checkoutDir } from "../catalog/repo-links.js";
import { nodeAt, positionOf, type YamlSource } from "../catalog/yaml-source.js";
import type { Diagnostic } from "../util/diagnostic.js";
import { InputError } from "../util/errors.js";
import { displayPath, readTextFile } from "../util/text-file.js";
import { lintCatalog } from "./index.js";
import { lectureViews, type PathSegment } from "./lectures.js";
import { type MaterialTree, treeFromCheckout, treeFromListing } from "./tree.js";

/** A tree listing is a list of paths: even a huge repository's stays well below this. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;

export interface LintOptions {
  /** A tree listing given on the command line (relative to the working directory). */
  tree?: string;
}

export async function lintLoaded(loaded: LoadedCatalog, options: LintOptions = {}): Promise<Diagnostic[]> {
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
  return lintCatalog(
    {
      lectures: lectureViews(catalog.lectures),
      locate,
      ...(repository ? { repository: { url: repository.url, branch: repository.branch } } : {}),
      ...(await materialTree(loaded, options)),
      materials: settings.materials,
    },
    loaded.file,
    settings.rules,
  );
}

/** The listing named on the command line, else in the settings, else the checkout, else none. */
async function materialTree(loaded: LoadedCatalog, options: LintOptions): Promise<{ tree?: MaterialTree }> {
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
