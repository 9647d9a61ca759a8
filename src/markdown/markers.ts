// The generated region of a page: found through the remark tree (HTML comment nodes and their
// offsets), never by searching the text, so a marker inside a code block is not a marker.
import type { Html, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { Diagnostic } from "../util/diagnostic.js";
import { formatDiagnostic } from "../util/diagnostic.js";
import { didYouMean } from "../util/did-you-mean.js";
import { InputError } from "../util/errors.js";

export const START_MARKER = "<!-- syllabus:start -->";
export const END_MARKER = "<!-- syllabus:end -->";

/** Offsets of the text between the two markers: [contentStart, contentEnd). */
export interface Region {
  contentStart: number;
  contentEnd: number;
}

export class MarkerError extends InputError {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
  }
}

const MARKER = /^<!--\s*syllabus:(start|end)\s*-->$/;

interface Found {
  kind: "start" | "end";
  node: Html;
}

export function findRegion(tree: Root, file: string): Region {
  const problems: Diagnostic[] = [];
  const markers: Found[] = [];
  const report = (node: Html, rule: string, message: string, hint: string) => {
    const start = node.position?.start;
    problems.push({
      file,
      line: start?.line ?? 1,
      col: start?.column ?? 1,
      rule,
      message,
      hint,
      severity: "error",
    });
  };

  visit(tree, "html", (node, _index, parent) => {
    const exact = MARKER.exec(node.value.trim());
    if (exact && parent?.type === "root") {
      markers.push({ kind: exact[1] as "start" | "end", node });
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
  let region: Region | undefined;
  let regionStart: Found | undefined;
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
      if (regionStart) {
        report(
          marker.node,
          "marker-duplicate",
          "a second syllabus region starts here",
          `the page already has a region at line ${line(regionStart.node)}; keep one pair of markers`,
        );
      }
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
      if (!regionStart) {
        region = { contentStart: offset(open.node, "end"), contentEnd: offset(marker.node, "start") };
        regionStart = open;
      }
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
  if (problems.length > 0) throw new MarkerError(problems.sort((a, b) => a.line - b.line || a.col - b.col));
  if (!region) {
    throw new MarkerError([
      {
        file,
        line: 1,
        col: 1,
        severity: "error",
        rule: "marker-missing",
        message: `no ${START_MARKER} … ${END_MARKER} region in this page`,
        hint: `put the two markers, each on its own line, where the course table goes (syllabus import --markers does it for an existing table)`,
      },
    ]);
  }
  return region;
}

/** Which marker a comment body seems meant to be, if any (wrong case or a typo). */
function nearMarker(body: string): string | undefined {
  const words = body.split(/\s+/);
  const candidates = [words[0] ?? "", `${words[0] ?? ""}:${words[1] ?? ""}`, body.replace(/\s+/g, "")];
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
