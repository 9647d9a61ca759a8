// The file edge of rendering: each output page of a catalog, as it is and as it should be.
import path from "node:path";
import type { VFileMessage } from "vfile-message";
import { CatalogError } from "../catalog/catalog-error.js";
import type { LoadedCatalog } from "../catalog/load.js";
import { repoLinkResolver } from "../catalog/repo-links.js";
import type { Output } from "../catalog/schema.js";
import { withMarkdown } from "../markdown/lazy.js";
import { InputError } from "../util/errors.js";
import { displayPath, MAX_PAGE_BYTES, readTextFile, readTextFileIfExists } from "../util/text-file.js";
import { outputsOutsideRepository } from "./confine.js";
import { missingPages } from "./missing-pages.js";
import { renderPage } from "./page.js";
import { buildTable, tableSelection } from "./table.js";

export interface RenderedOutput {
  /** Absolute path of the page. */
  path: string;
  /** How the page is named in messages. */
  display: string;
  /** The page as it is on disk, or null when it does not exist yet. */
  current: string | null;
  next: string;
  /** The template the page was written from, if any. */
  template?: { path: string; text: string };
}

export interface RenderOptions {
  /** Allow pages and templates outside the catalog's repository (`render --allow-outside`). */
  allowOutside?: boolean;
}

export async function renderOutputs(
  loaded: LoadedCatalog,
  options: RenderOptions = {},
): Promise<RenderedOutput[]> {
  const { catalog } = loaded;
  if (catalog.outputs.length === 0) {
    throw new InputError(
      `${loaded.file}: no outputs to render\n  hint: add\n    outputs:\n      - path: README.md`,
    );
  }
  const catalogDir = path.dirname(loaded.path);
  if (!options.allowOutside) {
    const outside = await outputsOutsideRepository(loaded);
    if (outside.length > 0) throw new CatalogError(outside);
  }
  const missing = await missingPages(loaded);
  if (missing.length > 0) throw new CatalogError(missing);
  const results: RenderedOutput[] = [];
  for (const output of catalog.outputs) results.push(await renderOutput(loaded, catalogDir, output));
  return results;
}

async function renderOutput(
  loaded: LoadedCatalog,
  catalogDir: string,
  output: Output,
): Promise<RenderedOutput> {
  const pagePath = path.resolve(catalogDir, output.path);
  const display = displayPath(pagePath);
  const current = await readTextFileIfExists(pagePath, MAX_PAGE_BYTES, "page");
  const resolve = repoLinkResolver({ catalogDir, pagePath, repository: loaded.catalog.course.repository });
  const catalog = catalogInLocale(loaded, output);
  // Each region's table, by its name: the unnamed one is the whole table.
  const table = (name: string | undefined) => buildTable(catalog, resolve, tableSelection(catalog, name));
  const names = Object.keys(catalog.tables);

  if (output.template === undefined) {
    // Checked before any output is read (missingPages): gone since only if deleted meanwhile.
    if (current === null) throw new InputError(`${display}: the page does not exist`);
    return {
      path: pagePath,
      display,
      current,
      next: await withMarkdown(() => renderPage({ text: current, file: display, table, names })),
    };
  }
  const templatePath = path.resolve(catalogDir, output.template);
  const template = await readTextFile(templatePath, MAX_PAGE_BYTES, "template");
  const next = await withMarkdown(() =>
    renderPage({ text: template, file: displayPath(templatePath), table, names, rebase: resolve }),
  );
  return { path: pagePath, display, current, next, template: { path: templatePath, text: template } };
}

/** The catalog as the output's locale shows it (the default locale unless the output names one). */
function catalogInLocale(loaded: LoadedCatalog, output: Output) {
  return (output.locale && loaded.translations.get(output.locale)?.catalog) || loaded.catalog;
}

/** The missing translations of the locales the outputs show: each map and locale once. */
export function translationWarnings(loaded: LoadedCatalog): VFileMessage[] {
  const shown = new Set(loaded.catalog.outputs.map((o) => o.locale ?? loaded.locales[0]));
  return loaded.locales.filter((l) => shown.has(l)).flatMap((l) => loaded.translations.get(l)?.missing ?? []);
}
