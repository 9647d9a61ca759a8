// Rules over the course repository's files: linked paths that do not exist (with the nearest
// existing folder), and material folders under the configured roots that no lecture links.
import { distance } from "fastest-levenshtein";
import type { LinkRef } from "./lectures.js";
import type { LintContext, LintFinding } from "./model.js";
import { type MaterialTree, matchesGlob, matchFolders } from "./tree.js";

export interface RepoLink {
  /** The path inside the repository, without ./, slashes at either end, query or fragment. */
  path: string;
  /** Rewrites the link to point at another repository path, keeping how it was written. */
  withPath(repoPath: string): string;
}

/**
 * The repository path a link names: a ./path, or a tree/blob/raw URL of the course repository
 * on its configured branch (links to another branch or commit are not judged).
 */
export function repoLink(url: string, repository?: { url: string; branch: string }): RepoLink | undefined {
  const cut = url.search(/[?#]/);
  const bare = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? "" : url.slice(cut);
  if (bare.startsWith("./")) {
    const slash = bare.endsWith("/") ? "/" : "";
    return {
      path: decodePath(bare.slice(2)),
      withPath: (p) => `./${p}${slash}${suffix}`,
    };
  }
  if (!repository) return undefined;
  const base = repository.url.replace(/\/+$/, "");
  const prefix = /^(.*?)\/(tree|blob|raw)\/([^/]+)(?:\/(.*))?$/.exec(bare);
  if (!prefix || prefix[1]?.toLowerCase() !== base.toLowerCase() || prefix[3] !== repository.branch)
    return undefined;
  const [, , view, branch, rest = ""] = prefix;
  const slash = rest.endsWith("/") ? "/" : "";
  return {
    path: decodePath(rest),
    withPath: (p) => `${base}/${view}/${branch}/${encodeURI(p)}${slash}${suffix}`,
  };
}

function decodePath(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Kept as written: the catalog's own rules report malformed escapes.
  }
  return decoded
    .split("/")
    .filter((s) => s !== "" && s !== ".")
    .join("/");
}

/** Linked repository paths that are not in the repository, each with the nearest existing folder. */
export function missingPaths(context: LintContext): LintFinding[] {
  const { tree } = context;
  if (!tree) return [];
  return context.lectures.flatMap((lecture) =>
    lecture.links.flatMap((link): LintFinding[] => {
      const target = repoLink(link.url, context.repository);
      if (!target || target.path.split("/").includes("..") || tree.kind(target.path) !== undefined) return [];
      const nearest = nearestPath(tree, target.path);
      const searched = deepestFolder(tree, target.path);
      return [
        {
          rule: "lint/missing-path",
          path: link.path,
          message: `${lecture.name}: ${link.field} links ${target.path}, which is not in the course repository`,
          hint:
            nearest !== undefined
              ? `did you mean ${target.withPath(nearest)}?`
              : `nothing with a similar name in ${searched === "" ? "the repository's top folder" : `${searched}/`}; fix the path or remove the link`,
        },
      ];
    }),
  );
}

/**
 * The existing path nearest a missing one: below its deepest existing folder, the entry whose name
 * (without an ordinal such as `07.`) starts like the missing name, else the closest spelling.
 */
export function nearestPath(tree: MaterialTree, missing: string): string | undefined {
  const segments = missing.split("/");
  const parent = deepestFolder(tree, missing);
  const depth = parent === "" ? 0 : parent.split("/").length;
  const wanted = segments[depth];
  if (wanted === undefined) return undefined;
  const best = closestName(
    wanted,
    tree.children(parent).map((e) => e.name),
  );
  if (best === undefined) return undefined;
  const found = parent === "" ? best : `${parent}/${best}`;
  // The rest of the path, when it exists below the folder found (07.CPM/x.py → 06.CPM-Bee/x.py).
  const rest = segments.slice(depth + 1).join("/");
  return rest !== "" && tree.kind(`${found}/${rest}`) !== undefined ? `${found}/${rest}` : found;
}

/** The deepest existing folder on the way to a path ("" for the top). */
function deepestFolder(tree: MaterialTree, repoPath: string): string {
  const segments = repoPath.split("/");
  let depth = 0;
  while (depth < segments.length && tree.kind(segments.slice(0, depth + 1).join("/")) === "dir") depth++;
  return segments.slice(0, depth).join("/");
}

function closestName(wanted: string, names: readonly string[]): string | undefined {
  const core = (name: string) =>
    name
      .toLowerCase()
      .replace(/^\d+[\s._-]*/, "")
      .replace(/\.[a-z0-9]+$/, "");
  const want = core(wanted);
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const have = core(name);
    // A name that is only a number has no core: it is compared whole (99 is not near 2024).
    const cores = want !== "" && have !== "";
    let score: number;
    if (cores && (have.startsWith(want) || want.startsWith(have))) score = 0;
    else {
      const d = cores ? distance(want, have) : Number.POSITIVE_INFINITY;
      score =
        d <= Math.max(1, Math.floor(want.length / 3))
          ? d
          : distance(wanted.toLowerCase(), name.toLowerCase());
      // Whole names may differ in two characters, but two short numbers that do differ entirely.
      if (score > (cores ? Math.max(2, Math.floor(wanted.length / 3)) : 1)) continue;
    }
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** Folders under the configured roots that no lecture links (to the folder or to anything in it). */
export function unreferencedMaterial(context: LintContext): LintFinding[] {
  const { tree } = context;
  if (!tree) return [];
  const linked = context.lectures.flatMap((lecture) =>
    lecture.links.flatMap((link: LinkRef) => {
      const target = repoLink(link.url, context.repository);
      return target ? [target.path] : [];
    }),
  );
  const out: LintFinding[] = [];
  const reported = new Set<string>();
  context.materials.roots.forEach((root, index) => {
    for (const folder of matchFolders(tree, root)) {
      for (const child of tree.children(folder)) {
        const material = folder === "" ? child.name : `${folder}/${child.name}`;
        if (child.kind !== "dir" || reported.has(material)) continue;
        if (context.materials.ignore.some((glob) => matchesGlob(material, glob))) continue;
        if (linked.some((p) => p === material || p.startsWith(`${material}/`))) continue;
        reported.add(material);
        out.push({
          rule: "lint/unreferenced-material",
          path: ["lint", "materials", "roots", index],
          message: `${material}/ is linked from no lecture`,
          hint: "link it from its lecture, or list it under lint.materials.ignore",
        });
      }
    }
  });
  return out;
}
