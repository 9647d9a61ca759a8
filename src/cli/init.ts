// syllabus init: writes the three workflows into .github/workflows/ of the repository around the
// working directory. Nothing is overwritten without --force, nothing is written outside the
// repository, and nothing at all when one file would be refused.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../catalog/load.js";
import { DEFAULT_ACTION, fillWorkflow, isActionRef, WORKFLOW_NAMES } from "../init/workflows.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { InputError } from "../util/errors.js";
import { gitTopLevel, isWithin, realpathDeep } from "../util/repo-root.js";
import { displayPath } from "../util/text-file.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { INIT_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("init", args, {
    catalog: { type: "string", default: "catalog.yaml" },
    action: { type: "string", default: DEFAULT_ACTION },
    force: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  if (!isActionRef(values.action)) {
    throw new UsageError(
      `--action takes OWNER/REPO@REF or ./PATH, got "${values.action}"\nRun: syllabus init --help`,
    );
  }
  const root = gitTopLevel(process.cwd());
  if (root === undefined) {
    throw new InputError("not inside a git repository; nothing was written\n  hint: run git init first");
  }
  const loaded = await loadCatalog(values.catalog, undefined, { warnings: false });
  const inRepo = (file: string) => {
    const relative = path.relative(root, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative)
      ? relative.split(path.sep).join("/")
      : undefined;
  };
  const catalog = inRepo(loaded.path);
  if (catalog === undefined) throw new InputError(`${loaded.file} is outside the repository at ${root}`);
  const templates = loaded.catalog.outputs.flatMap((output) =>
    output.template ? [inRepo(path.resolve(path.dirname(loaded.path), output.template))] : [],
  );
  const watch = [...new Set([catalog, ...templates.filter((t) => t !== undefined)])];

  const dir = path.join(root, ".github", "workflows");
  // Through any symbolic link on the way, the folder must stay inside the repository.
  if (!isWithin(realpathDeep(root), realpathDeep(dir))) {
    throw new InputError(
      `${displayPath(dir)} leads outside the repository (a symbolic link); nothing was written`,
    );
  }
  const files = await Promise.all(
    WORKFLOW_NAMES.map(async (name) => {
      const template = await readFile(path.join(workflowTemplates(), name), "utf8");
      const target = path.join(dir, name);
      const text = fillWorkflow(template, { action: values.action, catalog, watch });
      const current = existsSync(target) ? await readFile(target, "utf8") : undefined;
      return { target, text, current };
    }),
  );
  const refused = files.filter((f) => f.current !== undefined && f.current !== f.text && !values.force);
  if (refused.length > 0) {
    throw new InputError(
      `${refused.map((f) => displayPath(f.target)).join(", ")} already exist${refused.length === 1 ? "s" : ""} and differ${refused.length === 1 ? "s" : ""}; nothing was written\n  hint: use --force to overwrite, or compare with syllabus init in an empty folder`,
    );
  }
  for (const file of files) {
    if (file.current === file.text) {
      io.err(`${displayPath(file.target)}: up to date`);
    } else {
      await writeFileAtomic(file.target, file.text);
      io.err(`${displayPath(file.target)}: written`);
    }
  }
  io.err(`The workflows run ${values.action} on ${catalog}; commit .github/workflows/ to enable them.`);
  return 0;
}

/** templates/workflows/ ships at the package root, above this module (bundled or not). */
function workflowTemplates(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "templates", "workflows")) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return path.join(dir, "templates", "workflows");
}
