// The parts of a page that rendering reads (HTML blocks for the markers and their src/href, links
// and images for their destinations), found by a line scanner instead of a full parse: remark
// costs tens of milliseconds for a 4 kB template, most of a cold `render --check`. The scanner
// accepts only pages whose every line it understands exactly, and gives up (undefined) on anything
// that could make a line mean something else: code, escapes, entities in a destination, inline
// HTML, reference definitions, footnotes, nested links, indented lines, tabs, CR, a byte order
// mark. The caller then parses with remark; a property test holds both trees' answers equal.
import type { Html, Image, Link, Paragraph, PhrasingContent, Root } from "mdast";

/** HTML block start condition 6 (CommonMark 4.6): these tags open a block that ends at a blank line. */
const BLOCK_TAGS = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir " +
    "div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html " +
    "iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section " +
    "summary table tbody td tfoot th thead title tr track ul"
  ).split(" "),
);
const BLOCK_TAG_START = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ >]|\/>|$)/;
/** Characters a line outside HTML may not hold: code, escapes, inline HTML and autolinks, tabs, CR. */
const HARD = /[`\\<\t\r]|~~~|\]:|\[\^/;
/** A URL written as text runs (GFM autolink literal) to white space: a bracket in that run is for remark. */
const LITERAL_BEFORE_BRACKET = /(?:https?:\/\/|www\.)[^\s[\]]*[[\]]/i;
/** A destination the scanner reads exactly as remark does (no escape, title or angle form)… */
const DESTINATION = /^[^\s()<>\\"'`|[\]]*$/;
/** …and no character reference, which remark decodes (`&` alone, as in a query string, stays). */
const REFERENCE = /&#?[A-Za-z0-9]*;/;

/**
 * A tree holding only the page's top-level HTML nodes and its links and images (with positions
 * and URLs, as remark gives them), or undefined when the page needs the real parser.
 */
export function markdownSkeleton(text: string): Root | undefined {
  if (text.startsWith("\uFEFF") || text.includes("\r")) return undefined;
  const children: (Html | Paragraph)[] = [];
  const lines = text.split("\n");
  let offset = 0;
  /** The HTML block being read: its first line's index and offset. */
  let block: { line: number; offset: number } | undefined;
  const closeBlock = (lastLine: number, end: number) => {
    if (!block) return;
    children.push(html(text.slice(block.offset, end), block, lastLine, end));
    block = undefined;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const start = offset;
    offset += line.length + 1;
    const blank = line.trim() === "";
    if (block) {
      if (blank) closeBlock(index - 1, start - 1);
      // Inside a block everything is HTML, but a tab or trailing white space is left to remark.
      else if (/\t|\s$/.test(line)) return undefined;
      continue;
    }
    if (blank) continue;
    if (line.startsWith("<")) {
      if (/\s$/.test(line) || line.includes("\t")) return undefined;
      if (line.startsWith("<!--")) {
        // A comment on one line (markers are such comments): an HTML block of that line.
        if (line.indexOf("-->", 4) === -1) return undefined;
        children.push(html(line, { line: index, offset: start }, index, start + line.length));
        continue;
      }
      const tag = BLOCK_TAG_START.exec(line)?.[1];
      if (tag === undefined || !BLOCK_TAGS.has(tag.toLowerCase())) return undefined;
      block = { line: index, offset: start };
      continue;
    }
    if (HARD.test(line) || /^ {4}/.test(line)) return undefined;
    const links = linksOf(line, index, start);
    if (!links) return undefined;
    if (links.length > 0) children.push({ type: "paragraph", children: links });
  }
  // A block still open ran to the end of a text without a final line break.
  closeBlock(lines.length - 1, text.length);
  return { type: "root", children };
}

interface Opener {
  /** Column of `[`, or of `!` for an image. */
  column: number;
  image: boolean;
  /** Links and images closed inside this opener's brackets. */
  inner: (Link | Image)[];
}

/** The links and images of one line outside HTML; undefined when the line is not plain enough. */
function linksOf(line: string, index: number, lineOffset: number): (Link | Image)[] | undefined {
  const found: (Link | Image)[] = [];
  const stack: Opener[] = [];
  let text = line; // the line with each destination blanked out
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (char === "[") {
      const image = line[at - 1] === "!";
      stack.push({ column: image ? at - 1 : at, image, inner: [] });
      continue;
    }
    if (char !== "]") continue;
    const opener = stack.pop();
    if (!opener) return undefined;
    const outer = stack[stack.length - 1];
    if (line[at + 1] !== "(") {
      // Brackets without a destination are text (the page has no definitions); what they held stays.
      (outer?.inner ?? found).push(...opener.inner);
      continue;
    }
    const close = line.indexOf(")", at + 2);
    const url = close === -1 ? "" : line.slice(at + 2, close);
    if (close === -1 || !DESTINATION.test(url) || REFERENCE.test(url)) return undefined;
    // A link inside a link's text, or anything inside an image's (its alt text), is for remark.
    if (stack.some((o) => o.image) || (outer && !opener.image)) return undefined;
    const position = {
      start: { line: index + 1, column: opener.column + 1, offset: lineOffset + opener.column },
      end: { line: index + 1, column: close + 2, offset: lineOffset + close + 1 },
    };
    const node: Link | Image = opener.image
      ? { type: "image", url, alt: "", position }
      : { type: "link", url, children: opener.inner as PhrasingContent[], position };
    (outer?.inner ?? found).push(node);
    text = text.slice(0, at + 2) + " ".repeat(url.length) + text.slice(close);
    at = close;
  }
  // A bracket left open may continue on the next line: for remark.
  return stack.length > 0 || LITERAL_BEFORE_BRACKET.test(text) ? undefined : found;
}

function html(value: string, first: { line: number; offset: number }, lastLine: number, end: number): Html {
  const lastLineStart = value.lastIndexOf("\n") + 1;
  return {
    type: "html",
    value,
    position: {
      start: { line: first.line + 1, column: 1, offset: first.offset },
      end: { line: lastLine + 1, column: value.length - lastLineStart + 1, offset: end },
    },
  };
}
