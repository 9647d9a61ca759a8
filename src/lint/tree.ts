// The course repository's files, as the material rules see them: from a tree listing (one path a
// line, as `git ls-files` prints it) or from a checkout on disk. Paths are relative to the
// repository's top, with / between segments; "" is the top itself.
import { type Dirent, readdirSync } from "node:fs";
import path from "node:path";

export type EntryKind = "file" | "dir";

export interface MaterialTree {
  kind(repoPath: string): EntryKind | undefined;
  /** Names of the entries of a folder, sorted. */
  children(dir: string): { name: string; kind: EntryKind }[];
}

/** A tree from a listing: one file path a line; a line ending in / is a folder; folders are implied. */
export function treeFromListing(text: string): MaterialTree {
  const entries = new Map<string, Map<string, EntryKind>>([["", new Map()]]);
  const add = (repoPath: string, kind: EntryKind) => {
    const segments = repoPath.split("/").filter((s) => s !== "" && s !== ".");
    for (let i = 0; i < segments.length; i++) {
      const parent = segments.slice(0, i).join("/");
      const isLast = i === segments.length - 1;
      const own = isLast ? kind : "dir";
      let children = entries.get(parent);
      if (!children) {
        children = new Map();
        entries.set(parent, children);
      }
      const name = segments[i] as string;
      if (children.get(name) !== "dir") children.set(name, own);
      if (own === "dir" && !entries.has(segments.slice(0, i + 1).join("/")))
        entries.set(segments.slice(0, i + 1).join("/"), new Map());
    }
  };
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = unquote(raw.trim());
    if (line === "" || line.startsWith("#")) continue;
    add(line, line.endsWith("/") ? "dir" : "file");
  }
  return {
    kind(repoPath) {
      const clean = trimSlashes(repoPath);
      if (clean === "") return "dir";
      const slash = clean.lastIndexOf("/");
      return entries.get(slash === -1 ? "" : clean.slice(0, slash))?.get(clean.slice(slash + 1));
    },
    children(dir) {
      const found = entries.get(trimSlashes(dir));
      if (!found) return [];
      return [...found].map(([name, kind]) => ({ name, kind })).sort(byName);
    },
  };
}

/** git's quoting of unusual paths (core.quotePath): "…\345\233\276…" with C escapes, octal bytes in UTF-8. */
export function unquote(line: string): string {
  if (!(line.length >= 2 && line.startsWith('"') && line.endsWith('"'))) return line;
  const bytes: number[] = [];
  const body = line.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "\\": 92 };
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1))?.[0];
    const next = body[i + 1] ?? "";
    if (octal) {
      bytes.push(Number.parseInt(octal, 8));
      i += 3;
    } else if (next in simple) {
      bytes.push(simple[next] as number);
      i += 1;
    } else bytes.push(92);
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Folders never taken for course material. */
const SKIPPED = new Set([".git", "node_modules"]);

/** A tree read from a checkout on disk, one folder at a time, as the rules ask. */
export function treeFromCheckout(root: string): MaterialTree {
  const cache = new Map<string, { name: string; kind: EntryKind }[]>();
  const list = (dir: string) => {
    const clean = trimSlashes(dir);
    const cached = cache.get(clean);
    if (cached) return cached;
    let dirents: Dirent[] = [];
    try {
      dirents = readdirSync(path.join(root, ...clean.split("/")), { withFileTypes: true });
    } catch {
      dirents = [];
    }
    const entries = dirents
      .filter((d) => !SKIPPED.has(d.name))
      .map((d) => ({ name: d.name, kind: (d.isDirectory() ? "dir" : "file") as EntryKind }))
      .sort(byName);
    cache.set(clean, entries);
    return entries;
  };
  return {
    kind(repoPath) {
      const clean = trimSlashes(repoPath);
      if (clean === "") return "dir";
      const slash = clean.lastIndexOf("/");
      const name = clean.slice(slash + 1);
      if (SKIPPED.has(name)) return undefined;
      return list(slash === -1 ? "" : clean.slice(0, slash)).find((e) => e.name === name)?.kind;
    },
    children: list,
  };
}

/** Folders matching a glob of folder names, such as `Season*` (`?` and `**` too). */
export function matchFolders(tree: MaterialTree, glob: string): string[] {
  const segments = trimSlashes(glob)
    .split("/")
    .filter((s) => s !== "" && s !== ".");
  const out = new Set<string>();
  const walk = (dir: string, rest: string[], depth: number) => {
    if (rest.length === 0) {
      out.add(dir);
      return;
    }
    if (depth > 32) return;
    const [head, ...tail] = rest as [string, ...string[]];
    const folders = tree.children(dir).filter((e) => e.kind === "dir");
    const join = (name: string) => (dir === "" ? name : `${dir}/${name}`);
    if (head === "**") {
      walk(dir, tail, depth + 1);
      for (const folder of folders) walk(join(folder.name), rest, depth + 1);
      return;
    }
    const pattern = segmentPattern(head);
    for (const folder of folders) if (pattern.test(folder.name)) walk(join(folder.name), tail, depth + 1);
  };
  walk("", segments, 0);
  return [...out].sort();
}

/** Whether a repository path matches a glob (`*` and `?` within a segment, `**` across). */
export function matchesGlob(repoPath: string, glob: string): boolean {
  const source = trimSlashes(glob)
    .split("/")
    .map((segment) => (segment === "**" ? "(?:.*)" : segmentPattern(segment).source.slice(1, -1)))
    .join("/")
    .replaceAll("(?:.*)/", "(?:.*/)?");
  return new RegExp(`^${source}$`).test(trimSlashes(repoPath));
}

function segmentPattern(segment: string): RegExp {
  const source = segment
    .split("")
    .map((char) =>
      char === "*" ? "[^/]*" : char === "?" ? "[^/]" : char.replace(/[.+^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${source}$`);
}

function trimSlashes(value: string): string {
  return value.replace(/^(?:\.\/)+/, "").replace(/^\/+|\/+$/g, "");
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
