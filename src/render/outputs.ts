// The file edge of rendering: each output page of a catalog, as it is and as it should be.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LoadedCatalog } from "../catalog/load.js";
import { displayPath, readTextFile } from "../catalog/load.js";
import type { Output } from "../catalog/schema.js";
import { InputError } from "../util/errors.js";
import { renderPage } from "./page.js";
import { repoLinkResolver } from "./repo-links.js";
import { buildTable } from "./table.js";

export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

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

export async function renderOutputs(loaded: LoadedCatalog): Promise<RenderedOutput[]> {
  const { catalog } = loaded;
  if (catalog.outputs.length === 0) {
    throw new InputError(
      `${loaded.file}: no outputs to render\n  hint: add\n    outputs:\n      - path: README.md`,
    );
  }
  const catalogDir = path.dirname(loaded.path);
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
  const current = await readIfExists(pagePath);
  const resolve = repoLinkResolver({ catalogDir, pagePath, repository: loaded.catalog.course.repository });
  const table = buildTable(loaded.catalog, resolve);

  if (output.template === undefined) {
    if (current === null) {
      throw new InputError(
        `${display}: the page does not exist\n  hint: create it with ${"<!-- syllabus:start -->"} and ${"<!-- syllabus:end -->"} where the table goes, or give this output a template`,
      );
    }
    return { path: pagePath, display, current, next: renderPage({ text: current, file: display, table }) };
  }
  const templatePath = path.resolve(catalogDir, output.template);
  const template = await readTextFile(templatePath, MAX_PAGE_BYTES, "template");
  const next = renderPage({ text: template, file: displayPath(templatePath), table, rebase: resolve });
  return { path: pagePath, display, current, next, template: { path: templatePath, text: template } };
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new InputError(`${displayPath(file)}: cannot be read (${(error as Error).message})`, {
      cause: error,
    });
  }
}
