// A page that already holds a generated table need not have that table parsed: remark-parse of
// a 10,000-row table takes seconds and gigabytes. When the text between the two marker lines is
// only table rows and blank lines (nothing that could open a code block or HTML block and so
// change how the rest of the page parses), it is cut out before parsing, and offsets mapped back.
import { END_MARKER, START_MARKER } from "../markdown/markers.js";

export interface Elided {
  /** The page with the region's content replaced by one line break. */
  text: string;
  /** Maps an offset in `text` back to the original page. */
  original(offset: number): number;
}

export function elideGeneratedRegion(page: string, eol: string): Elided | undefined {
  const starts = markerLines(page, START_MARKER);
  const ends = markerLines(page, END_MARKER);
  const [start] = starts;
  const [end] = ends;
  if (starts.length !== 1 || ends.length !== 1 || start === undefined || end === undefined) return undefined;
  const cut = start + START_MARKER.length;
  if (end <= cut) return undefined;
  const inside = page.slice(cut, end);
  if (!inside.split(/\r?\n/).every((line) => line.trim() === "" || /^ {0,3}\|/.test(line))) return undefined;
  const shift = end - cut - eol.length;
  return {
    text: page.slice(0, cut) + eol + page.slice(end),
    original: (offset) => (offset <= cut ? offset : offset + shift),
  };
}

/** Offsets of lines that hold exactly the marker (trailing white space allowed). */
function markerLines(page: string, marker: string): number[] {
  const found: number[] = [];
  for (let at = page.indexOf(marker); at !== -1; at = page.indexOf(marker, at + 1)) {
    const lineStart = at === 0 || page[at - 1] === "\n";
    const rest = page.slice(
      at + marker.length,
      page.indexOf("\n", at) === -1 ? undefined : page.indexOf("\n", at),
    );
    if (lineStart && rest.trim() === "") found.push(at);
  }
  return found;
}
