// An output without a template renders into its page, so the page must exist: one error per missing
// page, at its `path` in the catalog, with the nearest file of that folder when one is likely meant.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { VFileMessage } from "vfile-message";
import type { LoadedCatalog } from "../catalog/load.js";
import { didYouMean } from "../util/did-you-mean.js";
import { problem } from "../util/problem.js";

export async function missingPages(loaded: LoadedCatalog): Promise<VFileMessage[]> {
  const catalogDir = path.dirname(loaded.path);
  const missing = loaded.catalog.outputs.flatMap((output, index) =>
    output.template === undefined && !existsSync(path.resolve(catalogDir, output.path))
      ? [{ index, value: output.path }]
      : [],
  );
  if (missing.length === 0) return [];
  // Only now parse for positions: the common case never pays for it.
  const { parseYaml, nodeAt, positionOf } = await import("../catalog/yaml-source.js");
  const { source } = parseYaml(loaded.text, loaded.file);
  return missing.map(({ index, value }) => {
    const { line, col } = positionOf(source, nodeAt(source, ["outputs", index, "path"]).node);
    const near = nearestFile(path.resolve(catalogDir, value));
    const meant =
      near === undefined ? "" : `did you mean "${path.posix.join(path.posix.dirname(value), near)}"? Else `;
    return problem({
      file: loaded.file,
      line,
      col,
      severity: "error",
      rule: "missing-page",
      message: `outputs[${index}].path "${value}": the page does not exist`,
      hint: `${meant}create it with <!-- syllabus:start --> and <!-- syllabus:end --> where the table goes, or give this output a template`,
    });
  });
}

/** The file of the page's folder whose name is nearest the page's, when it is plausibly a typo. */
function nearestFile(page: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(path.dirname(page), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return undefined; // no such folder: nothing near to name
  }
  return didYouMean(path.basename(page), names);
}
