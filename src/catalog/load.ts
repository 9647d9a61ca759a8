// The file edge of the catalog: read (with a size cap), validate, and fail with every problem at once.
import { open } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../util/errors.js";
import { type Diagnostic, formatDiagnostic } from "./diagnostic.js";
import type { Catalog } from "./schema.js";
import { validateCatalog } from "./validate.js";
import type { YamlSource } from "./yaml-source.js";

/** A catalog is text a person edits; anything this large is a mistake or an attack. */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

export interface LoadedCatalog {
  catalog: Catalog;
  source: YamlSource;
  /** Absolute path of catalog.yaml; settings paths are relative to its folder. */
  path: string;
  warnings: Diagnostic[];
}

export class CatalogError extends InputError {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    super(
      `${diagnostics.map(formatDiagnostic).join("\n")}\n${errors} problem${errors === 1 ? "" : "s"} found; nothing was written.`,
    );
  }
}

/** How a path is shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

export async function readTextFile(file: string, maxBytes: number, what: string): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : `cannot be read (${code})`;
    throw new InputError(`${displayPath(file)}: ${what} ${reason}`, { cause: error });
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError(`${displayPath(file)}: ${what} is a folder`);
    const size = stats.size;
    if (size > maxBytes) {
      throw new InputError(
        `${displayPath(file)}: ${what} is ${size} bytes, more than the limit of ${maxBytes}; is this the right file?`,
      );
    }
    return await handle.readFile("utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${displayPath(file)}: ${what} cannot be read (${(error as Error).message})`, {
      cause: error,
    });
  } finally {
    await handle.close();
  }
}

export async function loadCatalog(file: string): Promise<LoadedCatalog> {
  const absolute = path.resolve(file);
  const text = await readTextFile(absolute, MAX_CATALOG_BYTES, "catalog");
  const result = validateCatalog(text, displayPath(absolute));
  if (!result.catalog || !result.source) throw new CatalogError(result.diagnostics);
  return { catalog: result.catalog, source: result.source, path: absolute, warnings: result.diagnostics };
}
