// How a catalog is written back: one canonical style, chosen so that a catalog written by hand in
// the usual way (and the embedded one) is already canonical.
import { type Document, Lexer, type ToStringOptions } from "yaml";
import { BOM } from "../util/text-file.js";

export const CANONICAL_STYLE: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  // Never fold a long summary or URL onto several lines.
  lineWidth: 0,
  flowCollectionPadding: true,
};

/**
 * The document as text in the canonical style, with the byte order mark and line endings of the
 * text it was read from (a CRLF file stays CRLF).
 */
export function writeDocument(doc: Document, original: string): string {
  // yaml keeps the CR of each CRLF line but the last inside a comment of several lines: written
  // as it is, each would be one more line break.
  const text = doc.toString(CANONICAL_STYLE).replaceAll("\r\n", "\n");
  const bom = original.startsWith(BOM) ? BOM : "";
  return bom + withLineEndsOf(text, original);
}

/** LF text with CRLF line ends when every line of `original` ends in CRLF. */
export function withLineEndsOf(text: string, original: string): string {
  const crlf = /\r\n/.test(original) && !/(^|[^\r])\n/.test(original);
  return crlf ? text.replaceAll("\n", "\r\n") : text;
}

/** Every comment of a YAML text, as written (without trailing white space), in order. */
export function commentsOf(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith("#")) comments.push(token.trimEnd());
  return comments;
}
