// Pages and templates must resolve (symlinks followed) inside the repository holding the catalog:
// its git working tree, else its folder. Free of the markdown libraries, so validate can ask too.
import path from "node:path";
import type { VFileMessage } from "vfile-message";
import type { LoadedCatalog } from "../catalog/load.js";
import { problem } from "../util/problem.js";
import { isWithin, realpathDeep, repositoryRoot } from "../util/repo-root.js";
import { displayPath } from "../util/text-file.js";

/** One error per output path or template outside the catalog's repository; none in the common case. */
export async function outputsOutsideRepository(loaded: LoadedCatalog): Promise<VFileMessage[]> {
  const catalogDir = path.dirname(loaded.path);
  const root = repositoryRoot(catalogDir);
  const realCatalogDir = realpathDeep(catalogDir);
  const outside: { at: [string, number, string]; value: string; written: string; real: string }[] = [];
  loaded.catalog.outputs.forEach((output, index) => {
    for (const key of ["path", "template"] as const) {
      const value = output[key];
      if (value === undefined) continue;
      const written = path.resolve(realCatalogDir, value);
      const real = realpathDeep(written);
      if (!isWithin(root, real)) outside.push({ at: ["outputs", index, key], value, written, real });
    }
  });
  if (outside.length === 0) return [];
  // Only now parse for positions: the common case never pays for it.
  const { parseYaml, nodeAt, positionOf } = await import("../catalog/yaml-source.js");
  const { source } = parseYaml(loaded.text, loaded.file);
  const shown = displayPath(root);
  return outside.map(({ at, value, written, real }): VFileMessage => {
    const { line, col } = positionOf(source, nodeAt(source, at).node);
    const through = written === real ? "" : ` (through a symlink: ${real})`;
    return problem({
      file: loaded.file,
      line,
      col,
      severity: "error",
      rule: "path-outside-repository",
      message: `${at[0]}[${at[1]}].${at[2]} "${value}" is outside the repository ${shown}${through}`,
      hint: "keep pages and templates inside the repository that holds the catalog, or pass --allow-outside if this is intended",
    });
  });
}
