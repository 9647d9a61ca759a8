import path from "node:path";
import { EncodingError, readTextFile } from "../util/text-file.js";
import { CatalogError } from "./catalog-error.js";

/** A catalog is text a person edits; anything this large is a mistake or an attack. */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

export async function readCatalogText(file: string): Promise<string> {
  try {
    return await readTextFile(path.resolve(file), MAX_CATALOG_BYTES, "catalog");
  } catch (error) {
    if (error instanceof EncodingError) throw new CatalogError([error.problem]);
    throw error;
  }
}
