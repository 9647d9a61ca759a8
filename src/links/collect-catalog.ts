// Links of catalog.yaml: every cell of a links field (video, code, review and any custom field a
// links column declares), each link of it, with the file:line:col of its YAML node and the lecture.
import { existsSync } from "node:fs";
import path from "node:path";
import { declaredColumns, linkFieldsOf } from "../catalog/fields.js";
import type { LoadedCatalog } from "../catalog/load.js";
import { checkoutDir, repoLinkResolver } from "../catalog/repo-links.js";
import type { LinkCell } from "../catalog/schema.js";
import { nodeAt, parseYaml, positionOf } from "../catalog/yaml-source.js";
import { linksInText } from "./collect-markdown.js";
import type { FoundLink } from "./targets.js";

export function catalogLinks(loaded: LoadedCatalog): FoundLink[] {
  const { source } = parseYaml(loaded.text, loaded.file);
  const catalogDir = path.dirname(loaded.path);
  const { repository } = loaded.catalog.course;
  const root = checkoutDir(catalogDir, repository);
  const checkedOut = root !== undefined && existsSync(root);
  // Without a working tree, repository paths are checked at their URL on the repository's host.
  const toUrl = repoLinkResolver({
    catalogDir,
    pagePath: path.join(catalogDir, ".syllabus-links"),
    repository,
  });
  const repoPrefix = repository ? `${repository.url}/` : undefined;

  const found: FoundLink[] = [];
  const fields = linkFieldsOf(loaded.catalog);
  // Markdown cells (an adopted README's titles, notebooks, badges) hold links too, checked at the
  // cell's place: http(s) links, ./paths (from the repository's top, as in link cells) and, in a
  // working tree, other relative links from the folder of the first output page (written for it).
  const firstPage = loaded.catalog.outputs[0]?.path;
  const pageDir = firstPage === undefined ? catalogDir : path.dirname(path.resolve(catalogDir, firstPage));
  const markdownFields = [
    ...new Set(
      declaredColumns(loaded.catalog)
        .filter((c) => c.type === "markdown")
        .map((c) => c.field),
    ),
  ];
  loaded.catalog.lectures.forEach((lecture, index) => {
    // Reports name a lecture by its label when it has one, else by its number; a lecture without
    // a number gets its place in the catalog, for the JSON format's `number`.
    const named = {
      number: lecture.number ?? index + 1,
      title: lecture.title,
      ...(lecture.label === undefined ? {} : { label: lecture.label }),
    };
    for (const field of fields) {
      const cell = lecture[field] as LinkCell | undefined;
      if (cell === undefined || cell === "unavailable" || cell === "pending") continue;
      const parts =
        typeof cell === "string"
          ? [{ url: cell, label: undefined, path: [field] }]
          : Array.isArray(cell)
            ? cell.map((part, i) => ({ url: part.url, label: part.label, path: [field, i, "url"] }))
            : [{ url: cell.url, label: cell.label, path: [field, "url"] }];
      for (const part of parts) {
        const at = positionOf(source, nodeAt(source, ["lectures", index, ...part.path]).node);
        const base = {
          source: {
            file: loaded.file,
            line: at.line,
            col: at.col,
            lecture: named,
            field: part.label ? `${field} ${part.label}` : field,
          },
        };
        const local = checkedOut && root ? localPath(part.url, repoPrefix, repository?.branch) : undefined;
        if (local !== undefined && root) found.push({ ...base, raw: local, baseDir: root });
        else found.push({ ...base, raw: toUrl(part.url, "link") });
      }
    }
    for (const field of markdownFields) {
      const value = lecture[field];
      if (typeof value !== "string") continue;
      const cellLinks = linksInText(value, loaded.file).filter(
        (l) => /^(?:https?:\/\/|\.\/)/i.test(l.raw) || (checkedOut && /^[^#/?:]+(?:[/?#]|$)/.test(l.raw)),
      );
      if (cellLinks.length === 0) continue;
      const at = positionOf(source, nodeAt(source, ["lectures", index, field]).node);
      for (const link of cellLinks) {
        const base = { source: { file: loaded.file, line: at.line, col: at.col, lecture: named, field } };
        if (/^https?:/i.test(link.raw)) found.push({ ...base, raw: link.raw });
        else if (link.raw.startsWith("./") && !(checkedOut && root))
          found.push({ ...base, raw: toUrl(link.raw, "link") });
        else found.push({ ...base, raw: link.raw, baseDir: link.raw.startsWith("./") ? root : pageDir });
      }
    }
  });
  return found;
}

/** ./path for a catalog value inside the course repository (a path, or a URL on its own branch). */
function localPath(
  value: string,
  repoPrefix: string | undefined,
  branch: string | undefined,
): string | undefined {
  if (value.startsWith("./")) return value;
  if (!repoPrefix || !branch) return undefined;
  for (const view of ["tree", "blob"]) {
    const prefix = `${repoPrefix}${view}/${branch}/`;
    if (value.startsWith(prefix)) return `./${value.slice(prefix.length)}`;
  }
  return undefined;
}
