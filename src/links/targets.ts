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

/** Distinct targets, built link by link, so checking can start before every file is read. */
export class TargetCollector {
  private readonly byKey = new Map<string, LinkTarget>();
  excluded = 0;
  skipped = 0;

  constructor(private readonly filters: Filters) {}

  /** Adds a link; returns its target when it is new (to be checked), else undefined. */
  add(link: FoundLink): LinkTarget | undefined {
    const resolved = resolveLink(link);
    if (!resolved) {
      this.skipped++;
      return undefined;
    }
    const matches = (pattern: RegExp) => pattern.test(resolved.url);
    if (
      this.filters.exclude.some(matches) ||
      (this.filters.include.length > 0 && !this.filters.include.some(matches))
    ) {
      this.excluded++;
      return undefined;
    }
    const source = resolved.fragment ? { ...link.source, fragment: resolved.fragment } : link.source;
    const existing = this.byKey.get(resolved.key);
    if (existing) {
      existing.sources.push(source);
      return undefined;
    }
    const target: LinkTarget = {
      key: resolved.key,
      kind: resolved.kind,
      url: resolved.url,
      sources: [source],
    };
    this.byKey.set(resolved.key, target);
    return target;
  }

  get targets(): LinkTarget[] {
    return [...this.byKey.values()];
  }
}

export function collectTargets(found: readonly FoundLink[], filters: Filters): Collected {
  const collector = new TargetCollector(filters);
  for (const link of found) collector.add(link);
  return { targets: collector.targets, excluded: collector.excluded, skipped: collector.skipped };
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
