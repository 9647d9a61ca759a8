// From found links to distinct targets: URLs normalised (scheme and host case, default port,
// fragment apart), relative paths resolved in the working tree, each target with all its sources.
import path from "node:path";
import type { LinkSource, LinkTarget } from "./types.js";

export interface FoundLink {
  /** As written: a URL, a relative path, or #fragment. */
  raw: string;
  source: LinkSource;
  /** Folder that relative paths are resolved from; absent for catalog URLs. */
  baseDir?: string;
}

export interface Filters {
  include: RegExp[];
  exclude: RegExp[];
}

export interface Collected {
  targets: LinkTarget[];
  excluded: number;
  /** Links not checked at all (mailto:, tel:, …). */
  skipped: number;
}

export function collectTargets(found: readonly FoundLink[], filters: Filters): Collected {
  const targets = new Map<string, LinkTarget>();
  let excluded = 0;
  let skipped = 0;
  for (const link of found) {
    const resolved = resolveLink(link);
    if (!resolved) {
      skipped++;
      continue;
    }
    const matches = (pattern: RegExp) => pattern.test(resolved.url);
    if (filters.exclude.some(matches) || (filters.include.length > 0 && !filters.include.some(matches))) {
      excluded++;
      continue;
    }
    const source = resolved.fragment ? { ...link.source, fragment: resolved.fragment } : link.source;
    const existing = targets.get(resolved.key);
    if (existing) existing.sources.push(source);
    else
      targets.set(resolved.key, {
        key: resolved.key,
        kind: resolved.kind,
        url: resolved.url,
        sources: [source],
      });
  }
  return { targets: [...targets.values()], excluded, skipped };
}

interface Resolved {
  key: string;
  kind: "remote" | "local";
  url: string;
  fragment?: string;
}

export function resolveLink(link: FoundLink): Resolved | undefined {
  const raw = link.raw.trim();
  if (raw === "") return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https" || raw.startsWith("//")) {
    let url: URL;
    try {
      url = new URL(raw.startsWith("//") ? `https:${raw}` : raw);
    } catch {
      return undefined;
    }
    const fragment = url.hash ? url.hash.slice(1) : undefined;
    url.hash = "";
    return { key: url.href, kind: "remote", url: url.href, ...(fragment ? { fragment } : {}) };
  }
  if (scheme || !link.baseDir) return undefined; // mailto:, tel:, data: … are not checked
  const [pathPart = "", fragment] = raw.split("#", 2);
  const decoded = safeDecode(pathPart.split("?")[0] ?? "");
  const file = decoded === "" ? link.source.file : path.resolve(link.baseDir, decoded);
  const absolute = decoded === "" ? path.resolve(file) : file;
  // A local target is one file and one fragment: checking it is cheap, and the verdict differs per fragment.
  const key = `file://${absolute}${fragment ? `#${fragment}` : ""}`;
  return { key, kind: "local", url: absolute, ...(fragment ? { fragment } : {}) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
