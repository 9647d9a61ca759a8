import { formatDiagnostic, loadCatalog } from "../catalog/index.js";
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
  for (const warning of [...loaded.warnings, ...outside]) io.err(formatDiagnostic(warning));
  const count = loaded.catalog.lectures.length;
  const warnings = loaded.warnings.length + outside.length;
  io.err(
    `${loaded.file}: ${count} lecture${count === 1 ? "" : "s"}, no errors${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`,
  );
  return 0;
}
