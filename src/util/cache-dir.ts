import { existsSync } from "node:fs";
import path from "node:path";

/**
 * node_modules/.cache/syllabus of the project holding `dir` (the first folder upwards with a
 * node_modules), as other tools keep their caches; undefined outside such a project, so that no
 * cache file appears where nobody expects one.
 */
export function projectCacheDir(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, "node_modules"))) return path.join(at, "node_modules/.cache/syllabus");
    if (path.dirname(at) === at) return undefined;
  }
}
