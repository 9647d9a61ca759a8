import { formatDiagnostic, loadCatalog } from "../catalog/index.js";
import { lintLoaded } from "../lint/run.js";
import { byPosition } from "../util/diagnostic.js";
import { EXIT } from "../util/errors.js";
import { parseCommandArgs } from "./args.js";
import { VALIDATE_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("validate", args, {
    catalog: { type: "string", default: "catalog.yaml" },
  });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  const loaded = await loadCatalog(values.catalog);
  // Pages outside the repository are render's refusal (unless --allow-outside): said here, not failed.
  const { outputsOutsideRepository } = await import("../render/confine.js");
  const outside = (await outputsOutsideRepository(loaded)).map((d) => ({
    ...d,
    severity: "warning" as const,
    hint: "syllabus render refuses it without --allow-outside; keep pages and templates inside the repository",
  }));
  // The lint findings, but a link the catalog's own rule already reports as repeated is said once.
  const repeated = new Set(loaded.warnings.map((d) => `${d.line}:${d.col}`));
  const lint = (await lintLoaded(loaded)).filter(
    (d) => !(d.rule === "lint/duplicate-resource" && repeated.has(`${d.line}:${d.col}`)),
  );
  const problems = [...[...loaded.warnings, ...lint].sort(byPosition), ...outside];
  for (const problem of problems) io.err(formatDiagnostic(problem));
  const count = loaded.catalog.lectures.length;
  const errors = problems.filter((d) => d.severity === "error").length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  io.err(
    `${loaded.file}: ${plural(count, "lecture")}, ${errors ? plural(errors, "error") : "no errors"}${warnings ? `, ${plural(warnings, "warning")}` : ""}`,
  );
  return errors > 0 ? EXIT.failed : EXIT.ok;
}
