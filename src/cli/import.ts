import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CatalogError, displayPath, readTextFile } from "../catalog/load.js";
import { validateCatalog } from "../catalog/validate.js";
import { readCourseTable } from "../import/read-table.js";
import { catalogText } from "../import/write-catalog.js";
import { parseMarkdown } from "../markdown/markdown.js";
import { END_MARKER, START_MARKER } from "../markdown/markers.js";
import { applyEdits } from "../render/splice.js";
import { assertWritable, writeFileAtomic } from "../util/atomic-write.js";
import { formatDiagnostic } from "../util/diagnostic.js";
import { InputError } from "../util/errors.js";
import { isWithin, realpathDeep, repositoryRoot } from "../util/repo-root.js";
import { MAX_PAGE_BYTES } from "../util/text-file.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { IMPORT_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "import",
    args,
    {
      out: { type: "string", default: "catalog.yaml" },
      force: { type: "boolean", default: false },
      markers: { type: "boolean", default: false },
    },
    true,
  );
  if (values.help) {
    io.out(IMPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(`import takes one README, got ${positionals.length}\nRun: syllabus import --help`);
  }
  const readmePath = path.resolve(positionals[0] as string);
  const outPath = path.resolve(values.out);
  const readme = displayPath(readmePath);
  const out = displayPath(outPath);
  // The input first: a missing README is the problem to fix before the --force question.
  const text = await readTextFile(readmePath, MAX_PAGE_BYTES, "README");
  if (existsSync(outPath) && !values.force) {
    throw new InputError(`${out} already exists; nothing was written\n  hint: use --force to overwrite it`);
  }

  const tree = parseMarkdown(text);
  const outDir = path.dirname(outPath);
  // ./paths are stored from the top of the repository render will see from the catalog's folder
  // (its git working tree, else that folder), which must hold the README for render to write it.
  const readmeDir = realpathDeep(path.dirname(readmePath));
  const repoRoot = repositoryRoot(outDir);
  if (!isWithin(repoRoot, readmeDir)) {
    throw new InputError(
      `${out}: ${readme} is outside the catalog's repository ${displayPath(repoRoot)}; nothing was written\n  hint: in a git repository the catalog may go in any folder; otherwise put it in the README's folder or one above it`,
    );
  }
  const imported = readCourseTable(tree, readme, readmeDir, repoRoot);
  if (imported.diagnostics.some((d) => d.severity === "error")) throw new CatalogError(imported.diagnostics);
  for (const d of imported.diagnostics) io.err(formatDiagnostic(d));

  const catalog = catalogText(imported, {
    schemaPath: relativePosix(outDir, schemaFile()),
    outputPath: relativePosix(outDir, readmePath),
    readmeName: path.basename(readmePath),
  });
  // What import writes must itself be a valid catalog (duplicate numbers in the README, say).
  const check = validateCatalog(catalog, out);
  if (!check.catalog) throw new CatalogError(check.diagnostics);

  // Both files are checked before either is written: a refusal leaves nothing behind.
  await assertWritable(outPath);
  if (values.markers) await assertWritable(readmePath);
  await writeFileAtomic(outPath, catalog);
  const count = imported.lectures.length;
  io.err(`${out}: imported ${count} lecture${count === 1 ? "" : "s"} from ${readme}`);

  if (values.markers) {
    const start = imported.table.position?.start.offset;
    const end = imported.table.position?.end.offset;
    const already = text.slice(0, start).includes(START_MARKER);
    if (start !== undefined && end !== undefined && !already) {
      const eol = text.includes("\r\n") ? "\r\n" : "\n";
      const marked = applyEdits(text, [
        { start, end: start, text: `${START_MARKER}${eol}` },
        { start: end, end, text: `${eol}${END_MARKER}` },
      ]);
      await writeFileAtomic(readmePath, marked);
      io.err(`${readme}: markers added around the table; run syllabus render --catalog ${out}`);
    }
  }
  return 0;
}

function relativePosix(from: string, to: string): string {
  const relative = path.relative(from, to).split(path.sep).join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/** catalog.schema.json ships at the package root, above this module (bundled or not). */
function schemaFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "catalog.schema.json")) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return path.join(dir, "catalog.schema.json");
}
