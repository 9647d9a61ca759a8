// A page that already holds generated tables need not have them parsed: remark-parse of a
// 10,000-row table takes seconds and gigabytes. When the text between two marker lines is only
// table rows and blank lines (nothing that could open a code block or HTML block and so change how
// the rest of the page parses), it is cut out before parsing, and offsets mapped back.
import { END_MARKER } from "../markdown/markers.js";

export interface Elided {
  /** The page with each cut region's content replaced by one line break. */
  text: string;
  /** Maps an offset in `text` back to the original page. */
  original(offset: number): number;
}

/** A start marker as syllabus writes it, unnamed or named. */
const START_LINE = /^<!-- syllabus:start(?: name=[A-Za-z0-9][A-Za-z0-9._-]*)? -->[ \t]*$/;

export function elideGeneratedRegion(page: string, eol: string): Elided | undefined {
  const markers = markerLines(page);
  // Only a plain sequence of start, end, start, end…: anything else is for the parser to judge.
  if (markers.length === 0 || markers.length % 2 !== 0) return undefined;
  if (markers.some((marker, i) => marker.kind !== (i % 2 === 0 ? "start" : "end"))) return undefined;

  let text = "";
  let cursor = 0;
  /** Each cut: its offset in `text` and how many characters it removed. */
  const cuts: { at: number; removed: number }[] = [];
  for (let i = 0; i < markers.length; i += 2) {
    const start = markers[i] as Marker;
    const end = markers[i + 1] as Marker;
    const cut = start.lineEnd;
    if (end.offset <= cut) return undefined;
    const inside = page.slice(cut, end.offset);
    if (!inside.split(/\r?\n/).every((line) => line.trim() === "" || /^ {0,3}\|/.test(line))) continue;
    text += page.slice(cursor, cut);
    cuts.push({ at: text.length, removed: end.offset - cut - eol.length });
    text += eol;
    cursor = end.offset;
  }
  if (cuts.length === 0) return undefined;
  text += page.slice(cursor);
  return {
    text,
    original: (offset) => {
      let shifted = offset;
      for (const cut of cuts) if (offset > cut.at) shifted += cut.removed;
      return shifted;
    },
  };
}

interface Marker {
  kind: "start" | "end";
  /** Offset of the marker's first character. */
  offset: number;
  /** Offset just after the marker text (before any trailing white space). */
  lineEnd: number;
}

/** Lines that hold exactly a marker (trailing white space allowed), in page order. */
function markerLines(page: string): Marker[] {
  const found: Marker[] = [];
  let at = 0;
  while (at <= page.length) {
    const next = page.indexOf("\n", at);
    const lineEnd = next === -1 ? page.length : next;
    const line = page.slice(at, lineEnd).replace(/\r$/, "");
    if (line.startsWith("<!-- syllabus:")) {
      const start = START_LINE.exec(line);
      if (start) found.push({ kind: "start", offset: at, lineEnd: at + line.trimEnd().length });
      else if (line.trimEnd() === END_MARKER)
        found.push({ kind: "end", offset: at, lineEnd: at + END_MARKER.length });
    }
    if (next === -1) break;
    at = next + 1;
  }
  return found;
}
