import { loadCatalog } from "../catalog/index.js";
import { lintLoaded } from "../lint/run.js";
import {
  DIAGNOSTIC_FORMATS,
  type DiagnosticFormat,
  formatDiagnostics,
  severityCounts,
} from "../util/diagnostic-formats.js";
import { didYouMean } from "../util/did-you-mean.js";
import { EXIT } from "../util/errors.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { LINT_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("lint", args, {
    catalog: { type: "string", default: "catalog.yaml" },
    format: { type: "string", default: "text" },
    tree: { type: "string" },
  });
  if (values.help) {
    io.out(LINT_HELP);
    return 0;
  }
  const format = values.format as DiagnosticFormat;
  if (!DIAGNOSTIC_FORMATS.includes(format)) {
    const guess = didYouMean(values.format, DIAGNOSTIC_FORMATS);
    throw new UsageError(
      `unknown format "${values.format}"; ${guess ? `did you mean "${guess}"?` : `use one of ${DIAGNOSTIC_FORMATS.join(", ")}`}\nRun: syllabus lint --help`,
    );
  }
  const loaded = await loadCatalog(values.catalog);
  const findings = await lintLoaded(loaded, values.tree !== undefined ? { tree: values.tree } : {});
  // The findings are the command's data (stdout); the one-line summary is a message (stderr).
  if (findings.length > 0 || format === "json") io.out(formatDiagnostics(findings, format));
  const count = loaded.catalog.lectures.length;
  io.err(`${loaded.file}: ${count} lecture${count === 1 ? "" : "s"}, ${severityCounts(findings)}`);
  return findings.some((f) => f.severity === "error") ? EXIT.failed : EXIT.ok;
}
