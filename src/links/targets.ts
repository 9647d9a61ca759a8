import path from "node:path";
import { gitTopLevel, isWithin } from "../util/repo-root.js";
import { hasCredentials, MAX_URL_LENGTH, redactUrl, safeDecode, shortenUrl } from "../util/uri.js";
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
      ...(resolved.refused ? { refused: resolved.refused } : {}),
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
  /** Why the link is broken without checking it (credentials, too long, outside the repository). */
  refused?: string;
}

export function resolveLink(link: FoundLink): Resolved | undefined {
  const raw = link.raw.trim();
  if (raw === "") return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https" || raw.startsWith("//")) return resolveRemote(raw);
  if (scheme || !link.baseDir) return undefined; // mailto:, tel:, data: … are not checked
  return resolveLocal(raw, link.baseDir, link.source.file);
}

function resolveRemote(raw: string): Resolved | undefined {
  if (raw.length > MAX_URL_LENGTH) {
    // Not fetched, and not printed in full: the key keeps distinct long URLs apart.
    return {
      key: raw,
      kind: "remote",
      url: shortenUrl(raw),
      refused: `the URL is ${raw.length} characters long, more than ${MAX_URL_LENGTH}; is it pasted twice or truncated?`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw.startsWith("//") ? `https:${raw}` : raw);
  } catch {
    return undefined;
  }
  const fragment = url.hash ? url.hash.slice(1) : undefined;
  url.hash = "";
  const withFragment = fragment ? { fragment } : {};
  if (hasCredentials(url)) {
    // Never fetched (that would send them) and never printed: everything downstream sees ***.
    const redacted = redactUrl(url.href);
    return {
      key: redacted,
      kind: "remote",
      url: redacted,
      ...withFragment,
      refused: "the URL contains a user name or password, published with the page; remove them",
    };
  }
  return { key: url.href, kind: "remote", url: url.href, ...withFragment };
}

function resolveLocal(raw: string, baseDir: string, sourceFile: string): Resolved {
  const hash = raw.indexOf("#");
  const pathPart = hash === -1 ? raw : raw.slice(0, hash);
  const fragment = hash === -1 ? undefined : raw.slice(hash + 1) || undefined;
  const encoded = pathPart.split("?")[0] ?? "";
  const decoded = safeDecode(encoded) ?? encoded;
  const root = repositoryRoot(baseDir);
  // As on GitHub: "/docs/x.md" is relative to the repository root, not to the file system's.
  const absolute =
    decoded === ""
      ? path.resolve(sourceFile)
      : path.resolve(decoded.startsWith("/") ? root : baseDir, decoded.replace(/^\/+/, ""));
  // A local target is one file and one fragment: checking it is cheap, and the verdict differs per fragment.
  const key = `file://${absolute}${fragment ? `#${fragment}` : ""}`;
  const inside = isWithin(root, absolute);
  return {
    key,
    kind: "local",
    url: absolute,
    ...(fragment ? { fragment } : {}),
    ...(inside
      ? {}
      : { refused: "the path leaves the repository; readers of the page on GitHub cannot follow it" }),
  };
}

const gitRoots = new Map<string, string | undefined>();

/**
 * The repository a folder belongs to: the nearest folder with a .git entry (a folder, or a file in
 * a worktree or submodule); outside any, the working directory when the folder is in it (where
 * catalog.yaml is looked for), else the folder itself.
 */
export function repositoryRoot(dir: string, cwd = process.cwd()): string {
  const start = path.resolve(dir);
  if (!gitRoots.has(start)) gitRoots.set(start, gitTopLevel(start));
  const root = gitRoots.get(start);
  if (root !== undefined) return root;
  const relative = path.relative(cwd, start);
  return relative.startsWith("..") || path.isAbsolute(relative) ? start : cwd;
}
