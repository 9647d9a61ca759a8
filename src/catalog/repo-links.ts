// Where a path inside the course repository points from a given page: relative when the page
// lives in the repository's working tree, an absolute URL on the repository's web host otherwise.
import path from "node:path";
import { isWithin, realpathDeep, repositoryRoot } from "../util/repo-root.js";
import type { Repository } from "./schema.js";

export type LinkKind = "link" | "image";

/** Resolves repository paths (./x, x/y, /x) for one page; URLs and #fragments pass through. */
export type RepoLinkResolver = (target: string, kind: LinkKind) => string;

export interface PageContext {
  /** Absolute folder of the catalog file: settings paths are relative to it. */
  catalogDir: string;
  /** Absolute path of the page being written. */
  pagePath: string;
  repository: Repository | undefined;
}

/** The repository's working tree, or undefined when it is not checked out beside the catalog. */
export function checkoutDir(catalogDir: string, repository: Repository | undefined): string | undefined {
  // Without repository settings the course repository is the one holding the catalog: its git
  // working tree, else the catalog's folder (so a catalog in docs/ still stores ./paths from the top).
  // Real paths (symlinks resolved), compared with the page's real path below.
  if (!repository) return repositoryRoot(catalogDir);
  return repository.checkout === undefined
    ? undefined
    : realpathDeep(path.resolve(catalogDir, repository.checkout));
}

export function isRepoPath(target: string): boolean {
  return (
    !/^[a-z][a-z0-9+.-]*:/i.test(target) &&
    !target.startsWith("#") &&
    !target.startsWith("//") &&
    target !== ""
  );
}

export function repoLinkResolver(context: PageContext): RepoLinkResolver {
  const root = checkoutDir(context.catalogDir, context.repository);
  const pagePath = realpathDeep(context.pagePath);
  const pageDir = path.dirname(pagePath);
  const inside = root !== undefined && isInside(root, pagePath);

  return (target, kind) => {
    if (!isRepoPath(target)) return target;
    const { pathname, suffix } = splitSuffix(target);
    const normalized = path.posix.normalize(pathname.replace(/^\/+/, ""));
    if (normalized.startsWith("..")) return target; // leaves the repository: not ours to rewrite
    const trimmed = normalized.replace(/\/$/, "");
    const repoPath = trimmed === "." ? "" : trimmed;
    const folder = pathname.endsWith("/") && repoPath !== "" ? "/" : "";

    if (inside && root !== undefined) {
      const relative = path.relative(pageDir, path.join(root, repoPath)).split(path.sep).join("/");
      const prefixed = relative === "" ? "./" : relative.startsWith("..") ? relative : `./${relative}`;
      // The top itself written as ./ stays a folder (../, not ..), like every other folder.
      const slash = pathname.endsWith("/") ? "/" : "";
      return prefixed + (prefixed.endsWith("/") ? "" : slash) + suffix;
    }
    const repository = context.repository;
    if (!repository) return target;
    const view = kind === "image" ? "raw" : folder || repoPath === "" ? "tree" : "blob";
    const encoded = (repoPath + folder).replaceAll(" ", "%20");
    return `${repository.url}/${view}/${repository.branch}/${encoded}${suffix}`;
  };
}

function splitSuffix(target: string): { pathname: string; suffix: string } {
  const index = target.search(/[?#]/);
  return index === -1
    ? { pathname: target, suffix: "" }
    : { pathname: target.slice(0, index), suffix: target.slice(index) };
}

function isInside(folder: string, file: string): boolean {
  return path.resolve(file) !== path.resolve(folder) && isWithin(folder, file);
}
