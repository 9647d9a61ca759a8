import { existsSync } from "node:fs";
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
import { linkSettings, VERDICTS } from "../catalog/schema.js";
import { LinkCache } from "../links/cache.js";
import { type CheckOptions, startChecks } from "../links/check.js";
import { catalogLinks } from "../links/collect-catalog.js";
import { markdownLinkChunks } from "../links/collect-markdown.js";
import { checkOptions } from "../links/options.js";
import { terminalProgress } from "../links/progress.js";
import { formatGithub } from "../links/report/github.js";
import { FORMATTERS, type LinkReport, summarize } from "../links/report/index.js";
import { formatMarkdown } from "../links/report/markdown.js";
import { type FoundLink, TargetCollector } from "../links/targets.js";
import type { Verdict } from "../links/types.js";
import { projectCacheDir } from "../util/cache-dir.js";
import { InputError } from "../util/errors.js";
import { displayPath } from "../util/text-file.js";
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
  const files: { text: string; display: string; dir: string }[] = [];
  for (const file of positionals) {
    const absolute = path.resolve(file);
    const text = await readFile(absolute, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${file}: cannot be read (${error.code ?? error.message})`, { cause: error });
    });
    files.push({ text, display: displayPath(absolute), dir: path.dirname(absolute) });
  }

  const options = { ...checkOptions(settings, env), ...(lookup ? { lookup } : {}) };
  const cacheDir = projectCacheDir(path.dirname(catalogPath));
  const cacheFile = values["cache-file"] ?? (cacheDir && path.join(cacheDir, "links.json"));
  if (!values["no-cache"] && cacheFile) {
    options.cache = await LinkCache.open(cacheFile, settings.cacheMaxAge * 1000);
  }
  const collector = new TargetCollector({
    include: settings.include.map((p) => new RegExp(p)),
    exclude: settings.exclude.map((p) => new RegExp(p)),
  });
  const session = startChecks(options);
  const progress = process.stderr.isTTY
    ? terminalProgress(process.stderr, () => collector.targets.length, session.inFlight)
    : undefined;
  if (progress) options.onResult = () => progress.tick();
  const submit = (links: FoundLink[]) => {
    for (const link of links) {
      const target = collector.add(link);
      if (target) session.add(target);
    }
  };
  if (wantCatalog && loaded) submit(catalogLinks(loaded));
  // Checks run while the rest is parsed: between pieces, the event loop serves the requests.
  for (const file of files) {
    for (const links of markdownLinkChunks(file.text, file.display)) {
      submit(links.map((link) => ({ ...link, baseDir: file.dir })));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const results = await session.finish().finally(() => progress?.stop());
  const targets = collector.targets;

  const report: LinkReport = {
    entries: targets.map((target) => ({ target, result: results.get(target.key) ?? missing() })),
    excluded: collector.excluded,
    skipped: collector.skipped,
    fail,
  };
  io.out(format(report));
  if (env.GITHUB_ACTIONS === "true" && values.format !== "github") io.out(formatGithub(report));
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatMarkdown(report));
  return summarize(report).failed ? 1 : 0;
}

function failOn(value: string | undefined): Verdict[] | undefined {
  if (value === undefined) return undefined;
  const verdicts = value.split(",").map((v) => v.trim());
  const wrong = verdicts.find((v) => !(VERDICTS as readonly string[]).includes(v));
  if (wrong !== undefined)
    throw new UsageError(`--fail-on takes ${VERDICTS.join(" and/or ")}, comma-separated; got "${wrong}"`);
  return verdicts as Verdict[];
}

function missing(): never {
  throw new Error("links: a target has no result");
}
