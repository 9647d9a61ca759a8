// The file edge of the catalog: read (with a size cap), validate, and fail with every problem at once.
import path from "node:path";
import type { Diagnostic } from "../util/diagnostic.js";
import { displayPath, readTextFile } from "../util/text-file.js";
import { CatalogError } from "./catalog-error.js";
import { quickValidate, type ValidateOptions } from "./quick.js";
import { readCatalogText } from "./read.js";
import type { Catalog } from "./schema.js";

export interface LoadedCatalog {
  catalog: Catalog;
  /** How the catalog is named in messages. */
  file: string;
  /** Absolute path of catalog.yaml; settings paths are relative to its folder. */
  path: string;
  /** The file's text, as validated. */
  text: string;
  warnings: Diagnostic[];
}

export { CatalogError, displayPath, readTextFile };

/** Reads (unless the text is given) and validates a catalog; throws CatalogError with every problem. */
export async function loadCatalog(
  file: string,
  text?: string,
  options: ValidateOptions = {},
): Promise<LoadedCatalog> {
  const absolute = path.resolve(file);
  const source = text ?? (await readCatalogText(absolute));
  const display = displayPath(absolute);
  const quick = quickValidate(source, options.warnings ?? true);
  if (quick) return { catalog: quick, file: display, path: absolute, text: source, warnings: [] };
  // Something to report: only now load the yaml library, for positions.
  const { validateWithPositions } = await import("./validate.js");
  const result = validateWithPositions(source, display);
  if (!result.catalog) throw new CatalogError(result.diagnostics);
  return {
    catalog: result.catalog,
    file: display,
    path: absolute,
    text: source,
    warnings: result.diagnostics,
  };
}
