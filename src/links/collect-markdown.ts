// Links in markdown files (links, images, definitions, autolinks, raw HTML href/src; nothing inside
// code). Found in micromark's token stream, the same tokenizer remark-parse uses with remark-gfm,
// without building the syntax tree: the tree of a 10,000-link file costs seconds and hundreds of MB.
// A piece made only of plain lines of inline links (a long link list) skips even the tokenizer:
// where no character could start anything else, a pattern finds exactly what micromark would.
// `linksInTree` reads the same links from a remark tree; tests hold all three equal.
import type { Root } from "mdast";
import { parse, postprocess, preprocess } from "micromark";
import { gfm } from "micromark-extension-gfm";
import { decodeString } from "micromark-util-decode-string";
import type { Event, Point, Token } from "micromark-util-types";
import { visit } from "unist-util-visit";
import { htmlUrls } from "../markdown/html-urls.js";
import { markdownChunks } from "./markdown-chunks.js";
import type { FoundLink } from "./targets.js";

const extensions = [gfm()];

export function markdownLinks(text: string, file: string): FoundLink[] {
  return [...markdownLinkChunks(text, file)].flat();
}

/** Links chunk by chunk (see markdown-chunks.ts), so a caller can check while it reads. */
export function* markdownLinkChunks(text: string, file: string): Generator<FoundLink[]> {
  for (const chunk of markdownChunks(text)) {
    const links = linksInText(chunk.text, file);
    for (const link of links) link.source.line += chunk.lineOffset;
    yield links;
  }
}

/** A link or image being read: its place, and its URL once its destination is seen. */
interface Open {
  link: FoundLink;
  resource: boolean;
}

/** The links of one text, in document order, at the places remark's tree gives them. */
export function linksInText(text: string, file: string): FoundLink[] {
  return plainLinks(text, file) ?? tokenLinks(text, file);
}

// A plain line: an optional list marker or heading mark, then text and inline links or images, where
// text and labels hold none of the characters that start code, HTML, emphasis, escapes, entities,
// references, tables or GFM autolinks ("@", "www.", "http:"), and destinations hold no space,
// parenthesis, angle bracket or backslash. Nothing else can be read into such a line, nor can lines
// like it change how their neighbours read.
/** Text of a plain line or a label: no control characters, none of these. */
const TEXT = String.raw`[^\p{Cc}\x60<>[\]\\&!*_~|@^]`;
const LINK = String.raw`!?\[${TEXT}*\]\([^\p{Cc} ()<>\\]+\)`;
const PLAIN_LINE = new RegExp(
  String.raw`^(?:[-*+] |\d{1,9}[.)] |#{1,6} )?(?:${LINK}|[\p{L}\p{N}])(?:${LINK}|${TEXT})*$`,
  "u",
);
const LINK_IN_LINE = /!?\[[^\]]*\]\(([^)]+)\)/g;
/** Destinations, taken out before text is searched for the start of a GFM autolink. */
const DESTINATION = /\]\([^)]+\)/g;
const AUTOLINK_START = /www\.|https?:/i;

/** The links of a text of plain lines only (and blank ones); undefined when any line is not plain. */
export function plainLinks(text: string, file: string): FoundLink[] | undefined {
  const lines = text.split("\n");
  const found: FoundLink[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^ *$/.test(line)) continue;
    if (!PLAIN_LINE.test(line) || AUTOLINK_START.test(line.replace(DESTINATION, "]"))) return undefined;
    for (const match of line.matchAll(LINK_IN_LINE)) {
      const destination = match[1] ?? "";
      // Entities (&amp;) are the one thing a destination can hold that reads as something else.
      const raw = destination.includes("&") ? decodeString(destination) : destination;
      found.push({ raw, source: { file, line: i + 1, col: match.index + 1 } });
    }
  }
  return found;
}

/** The links of one text, read from micromark's events. */
function tokenLinks(text: string, file: string): FoundLink[] {
  // micromark skips a byte order mark and counts offsets from after it.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const events = postprocess(
    parse({ extensions })
      .document()
      .write(preprocess()(source, undefined, true)),
  );
  const found: FoundLink[] = [];
  const open: Open[] = [];
  const at = (point: Point, raw: string): FoundLink => ({
    raw,
    source: { file, line: point.line, col: point.column },
  });
  const slice = (token: Token) => source.slice(token.start.offset, token.end.offset);
  for (const [phase, token] of events as Event[]) {
    // GFM's token types (literal autolinks) are not in micromark's own type map.
    const type: string = token.type;
    if (phase === "enter") {
      if (type === "link" || type === "image") {
        // Pushed now, so that a link comes before the image inside it, as in the tree.
        const link = at(token.start, "");
        found.push(link);
        open.push({ link, resource: false });
      } else if (type === "resource") {
        const current = open.at(-1);
        if (current) current.resource = true;
      } else if (type === "definition") {
        found.push(at(token.start, ""));
      } else if (type === "autolink" || type === "literalAutolink") {
        found.push(at(token.start, ""));
      } else if (type === "htmlFlow" || type === "htmlText") {
        found.push(...htmlLinks(slice(token), token.start, file));
      }
      continue;
    }
    switch (type) {
      case "resourceDestinationString": {
        const current = open.at(-1);
        if (current) current.link.raw = decodeString(slice(token));
        break;
      }
      case "link":
      case "image": {
        const closed = open.pop();
        // A reference ([text][label]) is not a link node: its definition is.
        if (closed && !closed.resource) found.splice(found.lastIndexOf(closed.link), 1);
        break;
      }
      case "definitionDestinationString":
        setLast(found, decodeString(slice(token)));
        break;
      case "autolinkProtocol":
      case "literalAutolinkHttp":
        setLast(found, slice(token));
        break;
      case "literalAutolinkWww":
        setLast(found, `http://${slice(token)}`);
        break;
      case "autolinkEmail":
      case "literalAutolinkEmail":
        setLast(found, `mailto:${slice(token)}`);
        break;
    }
  }
  return found;
}

function setLast(found: FoundLink[], raw: string): void {
  const last = found.at(-1);
  if (last) last.raw = raw;
}

/** The src/href URLs of a piece of raw HTML that starts at `start`, each at its attribute. */
function htmlLinks(html: string, start: { line: number; column: number }, file: string): FoundLink[] {
  return htmlUrls(html).map(({ url, attributeOffset }) => {
    const before = html.slice(0, attributeOffset);
    const lines = before.split("\n");
    const line = start.line + lines.length - 1;
    const col = lines.length === 1 ? start.column + before.length : (lines.at(-1)?.length ?? 0) + 1;
    return { raw: url, source: { file, line, col } };
  });
}

/** The same links read from a remark tree (`text` is the tree's source, for raw HTML). */
export function linksInTree(tree: Root, text: string, file: string): FoundLink[] {
  const found: FoundLink[] = [];
  visit(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      found.push({ raw: node.url, source: { file, line: start.line, col: start.column } });
    } else if (node.type === "html" && node.position) {
      const offset = node.position.start.offset ?? 0;
      found.push(...htmlLinks(text.slice(offset, node.position.end.offset), start, file));
    }
  });
  return found;
}
