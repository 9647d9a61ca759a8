// Where a README link goes in the catalog.
import path from "node:path";

/** A README link as the catalog stores it: URLs as written, paths as ./path from the repository root. */
export function catalogLink(url: string, readmeDir: string, repoRoot: string): string | undefined {
  if (/^https?:\/\/[^\s/?#]+\S*$/.test(url)) return url;
  if (
    /^[a-z][a-z0-9+.-]*:/i.test(url) ||
    url.startsWith("#") ||
    url.startsWith("//") ||
    url === "" ||
    /\s/.test(url)
  ) {
    return undefined;
  }
  const absolute = url.startsWith("/") ? path.join(repoRoot, url) : path.resolve(readmeDir, url);
  const relative = path.relative(repoRoot, absolute).split(path.sep).join("/");
  if (relative === ".." || relative.startsWith("../") || path.isAbsolute(relative)) return undefined;
  const trailing = url.endsWith("/") && relative !== "" ? "/" : "";
  return `./${relative}${trailing}`;
}
