// A long markdown file is parsed in pieces: remark-parse of one file with 10,000 links takes
// seconds and half a gigabyte at once. Pieces end only where cutting cannot change what is a
// link: before a blank line's successor or a top-level list item, never inside a fenced code
// block or an HTML block that runs until a closing marker. Short files are parsed whole.

export interface Chunk {
  text: string;
  /** Lines before this chunk in the file. */
  lineOffset: number;
}

const MIN_LINES = 2000;
const CHUNK_LINES = 400;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;
/** HTML blocks of kinds 1 to 5 run until their own end marker, across blank lines. */
const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export function markdownChunks(text: string): Chunk[] {
  const lines = text.split("\n");
  if (lines.length < MIN_LINES) return [{ text, lineOffset: 0 }];
  const chunks: Chunk[] = [];
  let start = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const safe =
      fence === undefined && htmlEnd === undefined && i - start >= CHUNK_LINES && isBoundary(lines, i);
    if (safe) {
      chunks.push({ text: lines.slice(start, i).join("\n"), lineOffset: start });
      start = i;
    }
    const marker = FENCE.exec(line)?.[1];
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
    } else if (marker) {
      fence = marker;
    } else {
      const html = HTML_OPEN.find(([open]) => open.test(line));
      if (html && !html[1].test(line)) htmlEnd = html[1];
    }
  }
  chunks.push({ text: lines.slice(start).join("\n"), lineOffset: start });
  return chunks;
}

/** Line i may start a new piece: it follows a blank line, or it starts a top-level list item after another. */
function isBoundary(lines: string[], i: number): boolean {
  const line = lines[i] ?? "";
  const previous = lines[i - 1] ?? "";
  if (line.trim() === "" || /^\s/.test(line)) return false;
  if (previous.trim() === "") return true;
  return LIST_ITEM.test(line) && LIST_ITEM.test(previous);
}
