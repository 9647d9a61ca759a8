import path from "node:path";
import { CatalogError, loadCatalog } from "../catalog/load.js";
import { readCatalogText } from "../catalog/read.js";
import { validateCatalog } from "../catalog/validate.js";
import { type Fix, formatCatalog } from "../edit/format.js";
import { assertWritable, writeFileAtomic } from "../util/atomic-write.js";
import { exitCodeFor } from "../util/exit-code.js";
import { firstDifferentLine } from "../util/first-difference.js";
import { problem } from "../util/problem.js";
import { formatProblems } from "../util/reporter.js";
import { catalogFlag, parseCommandArgs } from "./args.js";
import { FMT_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function fmtCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("fmt", args, {
    catalog: { type: "string", default: "catalog.yaml" },
    check: { type: "boolean", default: false },
    fix: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(FMT_HELP);
    return 0;
  }
  const catalogPath = path.resolve(values.catalog);
  const text = await readCatalogText(catalogPath);
  // An invalid catalog is reported, never rewritten.
  const { file } = await loadCatalog(catalogPath, text, { warnings: false });
  const { text: formatted, fixes } = formatCatalog(text, { fix: values.fix });
  if (fixes.length > 0) {
    // A fix must leave a valid catalog; checked before anything is written or shown as the result.
    const check = validateCatalog(formatted, file, { warnings: false });
    if (!check.catalog) throw new CatalogError(check.diagnostics);
  }
  for (const fix of fixes) io.err(fixLine(file, fix));

  if (formatted === text) {
    io.err(`${file}: already formatted`);
    return 0;
  }
  if (values.check) {
    const { createTwoFilesPatch } = await import("diff");
    io.out(createTwoFilesPatch(`a/${file}`, `b/${file}`, text, formatted, "", "", { context: 3 }));
    const flags = `${catalogFlag(values.catalog)}${values.fix ? " --fix" : ""}`;
    // A problem at the first line fmt would change (exit 1: a finding about the catalog).
    const unformatted = problem({
      file,
      line: firstDifferentLine(text, formatted),
      col: 1,
      rule: "fmt/unformatted",
      message: "not formatted",
      hint: `run syllabus fmt${flags}`,
      severity: "error",
    });
    io.err(formatProblems([unformatted], "text").trimEnd());
    return exitCodeFor([unformatted]);
  }
  await assertWritable(catalogPath);
  await writeFileAtomic(catalogPath, formatted);
  io.err(`${file}: formatted`);
  return 0;
}

/** What a fix changed and where: `catalog.yaml:40:12: lecture 1 video: tracking parameters removed (…)`. */
function fixLine(file: string, fix: Fix): string {
  return `${file}:${fix.line}:${fix.col}: ${fix.where}: ${fix.message}`;
}
