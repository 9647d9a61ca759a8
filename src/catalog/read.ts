import path from "node:path";
import { readTextFile } from "../util/text-file.js";

/** A catalog is text a person edits; anything this large is a mistake or an attack. */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;

export function readCatalogText(file: string): Promise<string> {
  return readTextFile(path.resolve(file), MAX_CATALOG_BYTES, "catalog");
}
