import path from "node:path";
import { readCatalogText } from "../catalog/read.js";
import type { RenderedOutput } from "../render/outputs.js";
import { exitCodeFor } from "../util/exit-code.js";
import { firstDifferentLine } from "../util/first-difference.js";
import { problem } from "../util/problem.js";
import { formatProblems } from "../util/reporter.js";
import { catalogFlag, parseCommandArgs } from "./args.js";
import { RENDER_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function renderCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("render", args, {
    catalog: { type: "string", default: "catalog.yaml" },
    check: { type: "boolean", default: false },
    "no-cache": { type: "boolean", default: false },
    "allow-outside": { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(RENDER_HELP);
    return 0;
  }
  const catalogPath = path.resolve(values.catalog);
  const catalogText = await readCatalogText(catalogPath);
  // Records are made only by renders confined to the repository: --allow-outside never reads them.
  // Loaded only when used, like the atomic writes below: node:crypto is a tenth of a cold check.
  const cache =
    values["no-cache"] || values["allow-outside"] ? undefined : await import("../render/fresh-cache.js");
  const known = await cache?.freshPages(catalogPath, catalogText);
  if (known) {
    io.err(`${known.join(", ")}: up to date`);
    return 0;
  }

  // A cache miss: load the YAML, schema and markdown libraries only now.
  const [{ loadCatalog }, { renderOutputs, translationWarnings }] = await Promise.all([
    import("../catalog/load.js"),
    import("../render/outputs.js"),
  ]);
  const loaded = await loadCatalog(catalogPath, catalogText, { warnings: false });
  // Every page is rendered before any is written: one bad page means nothing is written.
  const outputs = await renderOutputs(loaded, { allowOutside: values["allow-outside"] });
  const warnings = translationWarnings(loaded);
  if (warnings.length > 0) io.err(formatProblems(warnings, "text").trimEnd());
  const stale = outputs.filter((o) => o.current !== o.next);

  if (values.check && stale.length > 0) {
    const { createTwoFilesPatch } = await import("diff");
    for (const o of stale) {
      io.out(
        createTwoFilesPatch(`a/${o.display}`, `b/${o.display}`, o.current ?? "", o.next, "", "", {
          context: 3,
        }),
      );
    }
    const flag = catalogFlag(values.catalog);
    // Each stale page is a problem at the first line the render would change (exit 1: a finding).
    const problems = stale.map((o) =>
      problem({
        file: o.display,
        line: firstDifferentLine(o.current ?? "", o.next),
        col: 1,
        rule: "render/stale",
        message: `stale: the table differs from ${loaded.file}`,
        // render overwrites the region: a hand edit there is lost unless it moves to the catalog.
        hint: `run syllabus render${flag}; it rewrites the table from ${loaded.file}, so make hand edits of the table there`,
        severity: "error",
      }),
    );
    io.err(formatProblems(problems, "text").trimEnd());
    return exitCodeFor(problems);
  }
  if (!values.check) {
    // A page that cannot be written is found before any page is written.
    const { assertWritable, writeFileAtomic } = await import("../util/atomic-write.js");
    for (const o of stale) await assertWritable(o.path);
    for (const o of stale) await writeFileAtomic(o.path, o.next);
  }
  // A run with warnings is not recorded: the next run says them again.
  if (cache && warnings.length === 0) await remember(cache.rememberFresh, catalogPath, catalogText, outputs);
  if (values.check) io.err(`${outputs.map((o) => o.display).join(", ")}: up to date`);
  else for (const o of outputs) io.err(`${o.display}: ${stale.includes(o) ? "written" : "up to date"}`);
  return 0;
}

/** Every page is current now: record what that depends on. */
function remember(
  rememberFresh: typeof import("../render/fresh-cache.js").rememberFresh,
  catalogPath: string,
  catalogText: string,
  outputs: RenderedOutput[],
): Promise<void> {
  const files = new Map<string, string>();
  for (const o of outputs) {
    files.set(o.path, o.next);
    if (o.template) files.set(o.template.path, o.template.text);
  }
  return rememberFresh(
    catalogPath,
    catalogText,
    files,
    outputs.map((o) => o.display),
  );
}
