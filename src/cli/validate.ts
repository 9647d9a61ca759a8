import { loadCatalog } from "../catalog/index.js";
import { lintLoaded } from "../lint/run.js";
import { exitCodeFor } from "../util/exit-code.js";
import { byPosition, restate } from "../util/problem.js";
import { countSeverities, formatProblems } from "../util/reporter.js";
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
  const outside = (await outputsOutsideRepository(loaded)).map((d) =>
    restate(d, {
      severity: "warning",
      hint: "syllabus render refuses it without --allow-outside; keep pages and templates inside the repository",
    }),
  );
  // A page render would have to write into, missing: an error here as in render (no flag allows it),
  // so a pull request's validate fails where its render would (not for a page already said to be
  // outside the repository: render refuses that one first).
  const { missingPages } = await import("../render/missing-pages.js");
  const missing = (await missingPages(loaded)).filter(
    (d) => !outside.some((o) => o.line === d.line && o.column === d.column),
  );
  // The lint findings, but a link the catalog's own rule already reports as repeated is said once.
  const repeated = new Set(loaded.warnings.map((d) => `${d.line}:${d.column}`));
  const lint = (await lintLoaded(loaded)).filter(
    (d) => !(d.ruleId === "lint/duplicate-resource" && repeated.has(`${d.line}:${d.column}`)),
  );
  const problems = [...[...loaded.warnings, ...lint].sort(byPosition), ...outside, ...missing];
  if (problems.length > 0) io.err(formatProblems(problems, "text").trimEnd());
  const count = loaded.catalog.lectures.length;
  const { errors, warnings } = countSeverities(problems);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  io.err(
    `${loaded.file}: ${plural(count, "lecture")}, ${errors ? plural(errors, "error") : "no errors"}${warnings ? `, ${plural(warnings, "warning")}` : ""}`,
  );
  return exitCodeFor(problems);
}
