// Local targets: paths in the working tree, and #fragments against a markdown file's headings
// (GitHub's slugs, with or without the user-content- prefix) and HTML ids/names.
import { readFile, stat } from "node:fs/promises";
import GithubSlugger from "github-slugger";
import type { Heading, Html } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "../markdown/markdown.js";
import { safeDecode } from "../util/uri.js";
import type { CheckResult } from "./types.js";

const HTML_ID = /\b(?:id|name)\s*=\s*["']?([^"'\s>]+)/gi;

/** Anchors per markdown file, read once per run however many fragments point into it. */
export type AnchorCache = Map<string, Promise<Set<string>>>;

export async function checkLocal(
  file: string,
  fragment: string | undefined,
  anchorCache: AnchorCache = new Map(),
): Promise<CheckResult> {
  const started = Date.now();
  const done = (partial: Omit<CheckResult, "attempts" | "durationMs" | "warnings">): CheckResult => ({
    attempts: 1,
    durationMs: Date.now() - started,
    warnings: [],
    ...partial,
  });
  const info = await stat(file).catch(() => undefined);
  if (!info) return done({ verdict: "broken", reason: "no such file or folder in the working tree" });
  if (!fragment) return done({ verdict: "ok", reason: info.isDirectory() ? "folder exists" : "file exists" });
  if (info.isDirectory() || !/\.(md|markdown)$/i.test(file)) {
    return done({ verdict: "ok", reason: "exists (fragment not checked: not a markdown file)" });
  }
  let anchors = anchorCache.get(file);
  if (!anchors) {
    anchors = readFile(file, "utf8").then(markdownAnchors);
    anchorCache.set(file, anchors);
  }
  const found = hasAnchor(await anchors, fragment);
  // The verdict carries the finding (a local target is one fragment); `fragments` says it per source.
  const fragments = { [fragment]: { found: found === true } };
  if (found === undefined) return done({ verdict: "broken", reason: malformedFragment(fragment), fragments });
  return found
    ? done({ verdict: "ok", reason: `heading #${fragment} exists`, fragments })
    : done({ verdict: "broken", reason: `no heading or anchor #${fragment} in the file`, fragments });
}

/** Whether a fragment names one of the anchors; undefined when its percent-encoding is malformed. */
export function hasAnchor(anchors: Set<string>, fragment: string): boolean | undefined {
  const decoded = safeDecode(fragment);
  if (decoded === undefined) return undefined;
  const wanted = decoded.replace(/^user-content-/, "");
  return anchors.has(wanted) || anchors.has(wanted.toLowerCase());
}

export function malformedFragment(fragment: string): string {
  return `the fragment #${fragment} is not valid percent-encoding (UTF-8 expected)`;
}

/** The anchors GitHub gives a markdown file: heading slugs (deduplicated -1, -2 …) and HTML ids. */
export function markdownAnchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parseMarkdown(text), (node) => {
    if (node.type === "heading") anchors.add(slugger.slug(mdToString(node as Heading)));
    if (node.type === "html")
      for (const match of (node as Html).value.matchAll(HTML_ID)) anchors.add(match[1] ?? "");
  });
  return anchors;
}

/** Ids and names in an HTML page, for remote fragments. */
export function htmlAnchors(html: string): Set<string> {
  return new Set([...html.matchAll(HTML_ID)].map((match) => (match[1] ?? "").replace(/^user-content-/, "")));
}
