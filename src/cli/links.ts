import { existsSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { linkSettings, VERDICTS } from "../catalog/schema.js";
import { LinkCache } from "../links/cache.js";
import { baseLinks } from "../links/changed.js";
import type { CheckOptions } from "../links/check.js";
import { terminalProgress } from "../links/progress.js";
import { formatGithub } from "../links/report/github.js";
import { FORMATTERS } from "../links/report/index.js";
import { formatMarkdown } from "../links/report/markdown.js";
import { linkMessages } from "../links/report/messages.js";
import { checkLinks, type MarkdownInput } from "../links/run.js";
import { parseShard } from "../links/shard.js";
import type { Verdict } from "../links/types.js";
import { projectCacheDir } from "../util/cache-dir.js";
import { exitCodeFor } from "../util/exit-code.js";
import { fileReaderAt } from "../util/git.js";
import { displayPath, MAX_PAGE_BYTES, readTextFile } from "../util/text-file.js";
import { parseCommandArgs, UsageError } from "./args.js";
import { LINKS_HELP } from "./help.js";
import type { Io } from "./io.js";

export async function linksCommand(
  args: string[],
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
  /** For tests: name resolution without a network. */
  lookup?: CheckOptions["lookup"],
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "links",
    args,
    {
      catalog: { type: "string" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string" },
      "no-cache": { type: "boolean", default: false },
      "cache-file": { type: "string" },
      "changed-since": { type: "string" },
      shard: { type: "string" },
    },
    true,
  );
  if (values.help) {
    io.out(LINKS_HELP);
    return 0;
  }
  const format = FORMATTERS[values.format];
  if (!format) {
    throw new UsageError(
      `unknown format "${values.format}"; use one of ${Object.keys(FORMATTERS).join(", ")}`,
    );
  }

  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) {
    throw new UsageError(
      `--shard takes I/N with 1 ≤ I ≤ N (e.g. --shard 2/4); got "${values.shard}"\nRun: syllabus links --help`,
    );
  }

  // The catalog: checked when no files are named, or when --catalog names it; its settings apply either way.
  const catalogPath = path.resolve(values.catalog ?? "catalog.yaml");
  const wantCatalog = positionals.length === 0 || values.catalog !== undefined;
  const { loadCatalog } = await import("../catalog/load.js");
  const loaded =
    wantCatalog || existsSync(catalogPath)
      ? await loadCatalog(catalogPath, undefined, { warnings: false })
      : undefined;
  const settings = loaded?.catalog.links ?? linkSettings.parse({});
  const fail = failOn(values["fail-on"]) ?? settings.fail;

  // Every input is read before the first request, so a bad one stops the run before it starts.
  const files: (MarkdownInput & { path: string })[] = [];
  for (const file of positionals) {
    const absolute = path.resolve(file);
    const text = await readTextFile(absolute, MAX_PAGE_BYTES, "markdown file");
    files.push({ text, display: displayPath(absolute), dir: path.dirname(absolute), path: absolute });
  }

  const base =
    values["changed-since"] !== undefined
      ? await baseLinks(
          values["changed-since"],
          { ...(wantCatalog && loaded ? { catalog: loaded } : {}), files },
          fileReaderAt(values["changed-since"]),
        )
      : undefined;
  for (const note of base?.notes ?? []) io.err(`syllabus: ${note}`);

  const cacheDir = projectCacheDir(path.dirname(catalogPath));
  const cacheFile = values["cache-file"] ?? (cacheDir && path.join(cacheDir, "links.json"));
  const cache =
    !values["no-cache"] && cacheFile
      ? await LinkCache.open(cacheFile, settings.cacheMaxAge * 1000)
      : undefined;
  const report = await checkLinks({
    ...(wantCatalog && loaded ? { catalog: loaded } : {}),
    files,
    settings,
    env,
    fail,
    ...(cache ? { cache } : {}),
    ...(base ? { base } : {}),
    ...(shard ? { shard } : {}),
    ...(lookup ? { lookup } : {}),
    ...(process.stderr.isTTY
      ? { progress: (total, inFlight) => terminalProgress(process.stderr, total, inFlight) }
      : {}),
  });
  io.out(format(report));
  // Annotations are workflow commands, not data: on stdout only when asked for; else on stderr,
  // which the runner reads too, so that a JSON or markdown report stays parseable.
  // The text report's problem lines are read by the action's problem matcher: no second annotation.
  if (env.GITHUB_ACTIONS === "true" && values.format !== "github" && values.format !== "text") {
    const annotations = formatGithub(report);
    if (annotations) io.err(annotations);
  }
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatMarkdown(report));
  return exitCodeFor(linkMessages(report));
}

function failOn(value: string | undefined): Verdict[] | undefined {
  if (value === undefined) return undefined;
  const verdicts = value.split(",").map((v) => v.trim());
  const wrong = verdicts.find((v) => !(VERDICTS as readonly string[]).includes(v));
  if (wrong !== undefined)
    throw new UsageError(`--fail-on takes ${VERDICTS.join(" and/or ")}, comma-separated; got "${wrong}"`);
  return verdicts as Verdict[];
}
