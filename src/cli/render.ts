import { createTwoFilesPatch } from "diff";
import { loadCatalog } from "../catalog/load.js";
import { renderOutputs } from "../render/outputs.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { parseCommandArgs } from "./args.js";
import { RENDER_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function renderCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs("render", args, {
    catalog: { type: "string", default: "catalog.yaml" },
    check: { type: "boolean", default: false },
  });
  if (values.help) {
    io.out(RENDER_HELP);
    return 0;
  }
  const loaded = await loadCatalog(values.catalog);
  // Every page is rendered before any is written: one bad page means nothing is written.
  const outputs = await renderOutputs(loaded);
  const stale = outputs.filter((o) => o.current !== o.next);

  if (values.check) {
    for (const o of stale) {
      io.out(
        createTwoFilesPatch(`a/${o.display}`, `b/${o.display}`, o.current ?? "", o.next, "", "", {
          context: 3,
        }),
      );
    }
    if (stale.length === 0) {
      io.err(`${outputs.map((o) => o.display).join(", ")}: up to date`);
      return 0;
    }
    const flag = values.catalog === "catalog.yaml" ? "" : ` --catalog ${values.catalog}`;
    io.err(`${stale.map((o) => o.display).join(", ")}: stale (the table differs from ${loaded.source.file})`);
    io.err(`run: syllabus render${flag}`);
    return 1;
  }
  for (const o of stale) await writeFileAtomic(o.path, o.next);
  for (const o of outputs) io.err(`${o.display}: ${stale.includes(o) ? "written" : "up to date"}`);
  return 0;
}
