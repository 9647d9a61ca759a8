// Remembers that a catalog's pages were current, keyed by content hashes, so a repeated
// `render --check` (a pre-commit hook, CI) answers from hashes alone, without loading the YAML,
// schema or markdown libraries. Only "up to date" is ever recorded; anything else re-renders.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../util/atomic-write.js";
import { projectCacheDir } from "../util/cache-dir.js";
import { readTextFileIfExists } from "../util/text-file.js";

/** The page cap of outputs.ts (not imported: this module must stay free of the markdown libraries). */
const MAX_CACHED_FILE_BYTES = 64 * 1024 * 1024;

declare const SYLLABUS_BUILD_ID: string;
/** Another build of syllabus may render differently: its records do not count. */
const BUILD = typeof SYLLABUS_BUILD_ID === "string" ? SYLLABUS_BUILD_ID : "development";

interface Entry {
  build: string;
  catalog: string;
  /** Every file the result depends on (templates, pages), by absolute path: its hash. */
  files: Record<string, string>;
  displays: string[];
}
type Records = Record<string, Entry>;

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function cacheFileFor(catalogPath: string): string | undefined {
  const dir = projectCacheDir(path.dirname(catalogPath));
  return dir && path.join(dir, "render.json");
}

async function readRecords(cacheFile: string): Promise<Records> {
  try {
    const parsed: unknown = JSON.parse(await readFile(cacheFile, "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as Records) : {};
  } catch {
    return {}; // missing or corrupt: the cache is only ever a shortcut
  }
}

/** The pages' names when the record says they are current for exactly this catalog text. */
export async function freshPages(catalogPath: string, catalogText: string): Promise<string[] | undefined> {
  const cacheFile = cacheFileFor(catalogPath);
  if (!cacheFile) return undefined;
  const entry = (await readRecords(cacheFile))[catalogPath];
  if (!entry || entry.build !== BUILD || entry.catalog !== sha256(catalogText)) return undefined;
  for (const [file, hash] of Object.entries(entry.files)) {
    // The same capped, strict read as rendering: anything unusual just means "render again".
    const text = await readTextFileIfExists(file, MAX_CACHED_FILE_BYTES, "page").catch(() => null);
    if (text === null || sha256(text) !== hash) return undefined;
  }
  return entry.displays;
}

export async function rememberFresh(
  catalogPath: string,
  catalogText: string,
  files: ReadonlyMap<string, string>,
  displays: string[],
): Promise<void> {
  const cacheFile = cacheFileFor(catalogPath);
  if (!cacheFile) return;
  const records = await readRecords(cacheFile);
  const hashes = Object.fromEntries([...files].map(([file, text]) => [file, sha256(text)]));
  records[catalogPath] = { build: BUILD, catalog: sha256(catalogText), files: hashes, displays };
  try {
    await writeFileAtomic(cacheFile, `${JSON.stringify(records)}\n`);
  } catch {
    // A read-only node_modules only costs speed.
  }
}
