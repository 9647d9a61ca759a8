// The link check as one library call: collect (catalog, markdown) → filter (include/exclude,
// unchanged since a ref, other shards) → check → the report model every format reads.
import type { LoadedCatalog } from "../catalog/load.js";
import type { LinkSettings } from "../catalog/schema.js";
import type { LinkCache } from "./cache.js";
import { type BaseLinks, isUnchanged } from "./changed.js";
import { type CheckOptions, startChecks } from "./check.js";
import { catalogLinks } from "./collect-catalog.js";
import { markdownLinkChunks } from "./collect-markdown.js";
import { checkOptions } from "./options.js";
import type { Progress } from "./progress.js";
import type { LinkReport } from "./report/model.js";
import { type Shard, shardOf } from "./shard.js";
import { type FoundLink, resolveLink, TargetCollector } from "./targets.js";
import type { Verdict } from "./types.js";

export interface MarkdownInput {
  text: string;
  /** How the file is named in the report. */
  display: string;
  /** Folder that its relative links are resolved from. */
  dir: string;
}

export interface CheckLinksInput {
  /** Checked when given: every video, code and review link. */
  catalog?: LoadedCatalog;
  files?: readonly MarkdownInput[];
  /** The catalog's `links:` settings (defaults when there is no catalog). */
  settings: LinkSettings;
  env?: NodeJS.ProcessEnv;
  /** Verdicts that fail the run (default: settings.fail). */
  fail?: readonly Verdict[];
  cache?: LinkCache;
  /** Only links not in these (the same files at a base ref): links --changed-since. */
  base?: BaseLinks;
  shard?: Shard;
  /** For tests: name resolution without a network. */
  lookup?: CheckOptions["lookup"];
  /** Live progress, given the number of targets so far and the requests in flight per host. */
  progress?: (total: () => number, inFlight: () => Map<string, number>) => Progress;
}

export async function checkLinks(input: CheckLinksInput): Promise<LinkReport> {
  const { settings, base, shard } = input;
  const options: CheckOptions = {
    ...checkOptions(settings, input.env ?? process.env),
    ...(input.lookup ? { lookup: input.lookup } : {}),
    ...(input.cache ? { cache: input.cache } : {}),
  };
  const collector = new TargetCollector({
    include: settings.include.map((p) => new RegExp(p)),
    exclude: settings.exclude.map((p) => new RegExp(p)),
  });
  const session = startChecks(options);
  const progress = input.progress?.(() => collector.targets.length, session.inFlight);
  if (progress) options.onResult = () => progress.tick();

  const unchanged = new Set<string>();
  const submit = (links: FoundLink[]) => {
    for (const link of links) {
      const resolved = resolveLink(link);
      // Links that are not checked at all (mailto:) are counted once, in shard 1.
      if (shard && shardOf(resolved ?? { kind: "local", url: "" }, shard.count) !== shard.index) continue;
      if (resolved && base && isUnchanged(base, link)) {
        unchanged.add(resolved.key);
        continue;
      }
      const target = collector.add(link);
      if (target) session.add(target);
    }
  };

  if (input.catalog) submit(catalogLinks(input.catalog));
  // Checks run while the rest is parsed: between pieces, the event loop serves the requests.
  for (const file of input.files ?? []) {
    for (const links of markdownLinkChunks(file.text, file.display)) {
      submit(links.map((link) => ({ ...link, baseDir: file.dir })));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const results = await session.finish().finally(() => progress?.stop());
  const targets = collector.targets;
  // A URL unchanged in one place but new in another is checked, so it is not "unchanged".
  for (const target of targets) unchanged.delete(target.key);

  return {
    entries: targets.map((target) => ({ target, result: results.get(target.key) ?? missing() })),
    excluded: collector.excluded,
    skipped: collector.skipped,
    fail: input.fail ?? settings.fail,
    ...(base ? { unchanged: unchanged.size, since: base.ref } : {}),
    ...(shard ? { shard } : {}),
  };
}

function missing(): never {
  throw new Error("links: a target has no result");
}
