// The generated region of a page: found through the remark tree (HTML comment nodes and their
// offsets), never by searching the text, so a marker inside a code block is not a marker.
import type { Html, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFileMessage } from "vfile-message";
import { didYouMean } from "../util/did-you-mean.js";
import { ProblemsError } from "../util/errors.js";
import { byPosition, problem } from "../util/problem.js";

export const START_MARKER = "<!-- syllabus:start -->";
export const END_MARKER = "<!-- syllabus:end -->";

/** Offsets of the text between the two markers: [contentStart, contentEnd). */
export interface Region {
  contentStart: number;
  contentEnd: number;
}

/** A region and its name: `<!-- syllabus:start name=NAME -->`; unnamed regions hold the whole table. */
export interface NamedRegion extends Region {
  name?: string;
}

export interface RegionOptions {
  /** The names a region may have (the catalog's `tables`); a start marker naming another is an error. */
  names?: readonly string[];
}

/** A region name: letters, digits, `.`, `_` and `-` (the catalog's `tables` keys follow it too). */
const REGION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export class MarkerError extends ProblemsError {
  override name = "MarkerError";
}

const MARKER = /^<!--\s*syllabus:(start|end)(?:\s+(\S[\s\S]*?))?\s*-->$/;

interface Found {
  kind: "start" | "end";
  node: Html;
  name?: string;
}

/** The one region of a page that holds a single table (the first, when it names several). */
export function findRegion(tree: Root, file: string): Region {
  const [first] = findRegions(tree, file);
  if (!first) throw new Error("markers: findRegions returned no region");
  return { contentStart: first.contentStart, contentEnd: first.contentEnd };
}

/** Every region of a page, in page order; any marker problem throws a MarkerError with all of them. */
export function findRegions(tree: Root, file: string, options: RegionOptions = {}): NamedRegion[] {
  const problems: VFileMessage[] = [];
  const markers: Found[] = [];
  const report = (node: Html, rule: string, message: string, hint: string) => {
    const { start, end } = node.position ?? {};
    problems.push(
      problem({
        file,
        line: start?.line ?? 1,
        col: start?.column ?? 1,
        ...(end ? { endLine: end.line, endCol: end.column } : {}),
        rule,
        message,
        hint,
        severity: "error",
      }),
    );
  };

  visit(tree, "html", (node, _index, parent) => {
    const exact = MARKER.exec(node.value.trim());
    if (exact && parent?.type === "root") {
      const kind = exact[1] as "start" | "end";
      const attributes = exact[2];
      if (attributes === undefined) {
        markers.push({ kind, node });
        return;
      }
      const name = /^name=(.*)$/.exec(attributes)?.[1];
      if (kind === "end") {
        report(node, "marker-name", `${END_MARKER} takes no name`, `write the end marker as ${END_MARKER}`);
      } else if (name === undefined || !REGION_NAME.test(name)) {
        report(
          node,
          "marker-name",
          `malformed region name in "${node.value.trim()}"`,
          "write <!-- syllabus:start name=NAME --> with a NAME of letters, digits, ., _ and - (a key of tables in the catalog)",
        );
      } else if (options.names && !options.names.includes(name)) {
        const suggestion = didYouMean(name, options.names);
        report(
          node,
          "marker-unknown-name",
          `no table named "${name}" in the catalog`,
          suggestion
            ? `did you mean name=${suggestion}?`
            : options.names.length > 0
              ? `the catalog's tables are: ${options.names.join(", ")}`
              : `add tables: { ${name}: { where: { … } } } to the catalog, or remove name=${name}`,
        );
      }
      // Still a marker: pairs stay balanced, so one bad name is the only problem reported.
      markers.push({ kind, node, ...(name === undefined ? {} : { name }) });
      return;
    }
    for (const comment of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
      const body = (comment[1] ?? "").trim();
      const wanted = nearMarker(body);
      if (!wanted) continue;
      if (exact || MARKER.test(comment[0])) {
        report(
          node,
          "marker-placement",
          `${wanted} marker must stand alone on its own line, outside lists, quotes and tables`,
          `move ${wanted} to a line of its own at the top level of the page`,
        );
      } else if (body.replace(/\s+/g, " ").toLowerCase() === wanted.slice(5, -4).toLowerCase()) {
        report(
          node,
          "marker-case",
          `marker in the wrong case: "${comment[0]}"`,
          `write it exactly as ${wanted}`,
        );
      } else {
        report(node, "marker-typo", `misspelt marker: "${comment[0]}"`, `did you mean ${wanted}?`);
      }
    }
  });

  let open: Found | undefined;
  let depth = 0;
  const regions: NamedRegion[] = [];
  const starts = new Map<string | undefined, Found>();
  for (const marker of markers) {
    if (marker.kind === "start") {
      if (open && depth > 0) {
        report(
          marker.node,
          "marker-nested",
          `${START_MARKER} opened again before ${END_MARKER}`,
          `close the region opened at line ${line(open.node)} first; regions cannot nest`,
        );
        depth++;
        continue;
      }
      const before = starts.get(marker.name);
      if (before) {
        report(
          marker.node,
          "marker-duplicate",
          marker.name === undefined
            ? "a second syllabus region starts here"
            : `a second region named "${marker.name}" starts here`,
          marker.name === undefined
            ? `the page already has a region at line ${line(before.node)}; keep one pair of markers`
            : `the region at line ${line(before.node)} has this name; each table goes once on a page`,
        );
      } else starts.set(marker.name, marker);
      open = marker;
      depth = 1;
    } else if (!open || depth === 0) {
      report(
        marker.node,
        "marker-unbalanced",
        `${END_MARKER} without a ${START_MARKER} before it`,
        `add ${START_MARKER} above the table, or remove this marker`,
      );
    } else if (--depth === 0) {
      regions.push({
        contentStart: offset(open.node, "end"),
        contentEnd: offset(marker.node, "start"),
        ...(open.name === undefined ? {} : { name: open.name }),
      });
      open = undefined;
    }
  }
  if (open) {
    report(
      open.node,
      "marker-unbalanced",
      `${START_MARKER} is never closed`,
      `add ${END_MARKER} after the table`,
    );
  }
  if (problems.length > 0) throw new MarkerError(problems.sort(byPosition));
  if (regions.length === 0) {
    throw new MarkerError([
      problem({
        file,
        line: 1,
        col: 1,
        severity: "error",
        rule: "marker-missing",
        message: `no ${START_MARKER} … ${END_MARKER} region in this page`,
        hint: `put the two markers, each on its own line, where the course table goes (syllabus import --markers does it for an existing table)`,
      }),
    ]);
  }
  return regions;
}

/** Which marker a comment body seems meant to be, if any (wrong case or a typo). */
function nearMarker(body: string): string | undefined {
  const words = body.split(/\s+/);
  // The whole body first: its first word alone ("Syllabus:" of "Syllabus: Start") is as near the end marker.
  const candidates = [body.replace(/\s+/g, ""), `${words[0] ?? ""}:${words[1] ?? ""}`, words[0] ?? ""];
  for (const candidate of candidates) {
    const match = didYouMean(candidate, ["syllabus:start", "syllabus:end"]);
    if (match) return match === "syllabus:start" ? START_MARKER : END_MARKER;
  }
  return undefined;
}

function offset(node: Html, side: "start" | "end"): number {
  const value = node.position?.[side].offset;
  if (value === undefined) throw new Error("markers: the parser gave a node without a position");
  return value;
}

function line(node: Html): number {
  return node.position?.start.line ?? 1;
}
