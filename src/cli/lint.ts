import { loadCatalog } from "../catalog/index.js";
import { lintLoaded } from "../lint/run.js";
import { didYouMean } from "../util/did-you-mean.js";
import { exitCodeFor } from "../util/exit-code.js";
import { formatProblems, PROBLEM_FORMATS, type ProblemFormat, severityCounts } from "../util/reporter.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { LINT_HELP } from "./help.js";
import { type Io, StdinIsTerminal } from "./io.js";

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
  const format = values.format as ProblemFormat;
  if (!PROBLEM_FORMATS.includes(format)) {
    const guess = didYouMean(values.format, PROBLEM_FORMATS);
    throw new UsageError(
      `unknown format "${values.format}"; ${guess ? `did you mean "${guess}"?` : `use one of ${PROBLEM_FORMATS.join(", ")}`}\nRun: syllabus lint --help`,
    );
  }
  const loaded = await loadCatalog(values.catalog);
  // A note, not a finding: the path rules could not run (no listing, no checkout).
  const note = (message: string) => io.err(`syllabus: ${message}`);
  const tree =
    values.tree === "-"
      ? { treeText: await readStdin(io) }
      : values.tree !== undefined
        ? { tree: values.tree }
        : {};
  const findings = await lintLoaded(loaded, { ...tree, note });
  // The findings are the command's data (stdout); the one-line summary is a message (stderr).
  if (findings.length > 0 || format === "json") io.out(formatProblems(findings, format));
  const count = loaded.catalog.lectures.length;
  io.err(`${loaded.file}: ${count} lecture${count === 1 ? "" : "s"}, ${severityCounts(findings)}`);
  return exitCodeFor(findings);
}

/** `--tree -`: the listing piped in (git ls-files | syllabus lint --tree -); a terminal is a usage error. */
async function readStdin(io: Io): Promise<string> {
  const usage = new UsageError(
    "--tree - reads the listing from stdin; pipe it in: git ls-files | syllabus lint --tree -\nRun: syllabus lint --help",
  );
  if (!io.stdin) throw usage;
  return io.stdin().catch((error) => {
    throw error instanceof StdinIsTerminal ? usage : error;
  });
}
