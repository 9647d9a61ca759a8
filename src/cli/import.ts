import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { displayPath, readTextFile } from "../catalog/load.js";
import { repoLinkResolver } from "../catalog/repo-links.js";
import { FIELD_NAME } from "../catalog/schema.js";
import { importReadme } from "../import/import-readme.js";
import { catalogLink } from "../import/links.js";
import { assertWritable, writeFileAtomic } from "../util/atomic-write.js";
import { InputError } from "../util/errors.js";
import { isWithin, realpathDeep, repositoryRoot } from "../util/repo-root.js";
import { MAX_PAGE_BYTES } from "../util/text-file.js";
import { catalogFlag, parseCommandArgs, UsageError } from "./args.js";
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
      map: { type: "string", multiple: true },
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
  const map = parseMaps(values.map ?? []);
  const resolve = repoLinkResolver({ catalogDir: outDir, pagePath: readmePath, repository: undefined });
  const result = importReadme({
    page: text,
    file: readme,
    out,
    map,
    catalogLink: (url) => catalogLink(url, readmeDir, repoRoot),
    renderLink: (target) => resolve(target, "link"),
    outputPath: relativePosix(outDir, readmePath),
    schemaPath: relativePosix(outDir, schemaFile()),
    readmeName: path.basename(readmePath),
    markers: values.markers,
  });
  // Both files are checked before either is written (or anything is reported as imported).
  await assertWritable(outPath);
  if (result.page !== undefined) await assertWritable(readmePath);
  for (const line of result.report) io.err(line);
  await writeFileAtomic(outPath, result.catalog);
  const count = result.lectures;
  io.err(`${out}: imported ${count} lecture${count === 1 ? "" : "s"} from ${readme}`);
  if (result.page !== undefined) {
    await writeFileAtomic(readmePath, result.page);
    const around = result.tables === 1 ? "the table" : `${result.tables} tables`;
    const flag = catalogFlag(out);
    io.err(`${readme}: markers added around ${around}; run syllabus render${flag}`);
  } else if (values.markers) {
    io.err(`${readme}: has syllabus markers already; none added`);
  }
  return 0;
}

/** --map "Heading=field", repeatable: the heading as the table shows it, the field it stands for. */
function parseMaps(specs: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const spec of specs) {
    const at = spec.lastIndexOf("=");
    const heading = at === -1 ? "" : spec.slice(0, at).trim();
    const field = at === -1 ? "" : spec.slice(at + 1).trim();
    if (heading === "" || !FIELD_NAME.test(field)) {
      throw new UsageError(
        `--map "${spec}" is not Heading=field\n  hint: e.g. --map "Lesson Number=number" or --map "Colab=colab"\nRun: syllabus import --help`,
      );
    }
    map.set(heading, field);
  }
  return map;
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
