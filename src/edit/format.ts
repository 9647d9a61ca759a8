// `syllabus fmt` as a pure function: catalog text → canonical catalog text. It works on yaml's
// Document (the parsed tree with its comments, blank lines, quoting and flow/block style), never
// on plain data, and checks its own result: the same data (after fixes) and the same comments,
// or it refuses rather than write a catalog that lost something.
import { isDeepStrictEqual } from "node:util";
import { type Document, LineCounter, parseDocument } from "yaml";
import { InputError } from "../util/errors.js";
import { type Fix, fixCatalog } from "./fixes.js";
import { orderCatalog } from "./order.js";
import { commentsOf, withLineEndsOf, writeDocument } from "./style.js";

export type { Fix };

export interface FormatOptions {
  /** Apply the safe fixes (tracking parameters removed). */
  fix?: boolean;
}

export interface Formatted {
  text: string;
  fixes: Fix[];
}

/** Formats catalog text that is valid YAML (validate it first: syntax errors are refused here). */
export function formatCatalog(text: string, options: FormatOptions = {}): Formatted {
  // Formatted with LF line ends, the original's put back at the end: yaml keeps CRs inside a
  // comment of several lines, which then would not match the lines of the text it was read from.
  const lf = text.replaceAll("\r\n", "\n");
  const lineCounter = new LineCounter();
  const doc = parse(lf, lineCounter);
  const fixes = options.fix ? fixCatalog(doc, lineCounter) : [];
  const data = doc.toJS({ maxAliasCount: -1 });
  let formatted = writeOrdered(doc, lf);
  // yaml reads a few comment placements back differently from how it wrote them (a closing
  // comment after a blank line joins the collection above): the canonical text is the one that
  // reads back as itself, reached in a second pass.
  let reread = reparse(formatted);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const again = writeOrdered(reread, lf, formatted);
    if (again === formatted) break;
    formatted = again;
    reread = reparse(formatted);
  }
  const result = withLineEndsOf(formatted, text);
  // Ordering moved comments, never data: the document read back serves the check as it is.
  assertNothingLost(text, result, data, reread);
  return { text: result, fixes };
}

const MAX_PASSES = 3;

function parse(text: string, lineCounter?: LineCounter): Document.Parsed {
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, logLevel: "error" });
  if (doc.errors.length > 0) throw new InputError(`not valid YAML: ${doc.errors[0]?.message}`);
  return doc;
}

/** The formatted text read back: it not being YAML is syllabus' bug, not the user's input. */
function reparse(formatted: string): Document.Parsed {
  const doc = parseDocument(formatted, { uniqueKeys: true, logLevel: "error" });
  if (doc.errors.length > 0) throw new FormatLossError("the formatted catalog would not be valid YAML");
  return doc;
}

/** `source`: the text `doc` was read from (the original, or a previous pass's output). */
function writeOrdered(doc: Document, original: string, source = original): string {
  orderCatalog(doc, source);
  try {
    return writeDocument(doc, original);
  } catch (error) {
    // An alias may only follow its anchor; moving keys can put it first.
    const alias = /^Unresolved alias.*: (.*)$/.exec((error as Error).message)?.[1];
    if (alias === undefined) throw error;
    throw new InputError(
      `cannot put the catalog in canonical order: the alias *${alias} would come before its anchor &${alias}; nothing was written\n  hint: write the value out in place of the alias, or move the anchor to where canonical order puts it first`,
    );
  }
}

/** True when the catalog text is already in canonical form. */
export function isCanonical(text: string): boolean {
  return formatCatalog(text).text === text;
}

/**
 * The formatted text must hold the same data and every comment of the original. yaml's writer
 * keeps both in every case known; this is the guard for a case not known.
 */
export function assertNothingLost(
  original: string,
  formatted: string,
  data: unknown,
  again: Document = parseDocument(formatted, { uniqueKeys: true, logLevel: "error" }),
): void {
  if (again.errors.length > 0 || !isDeepStrictEqual(again.toJS({ maxAliasCount: -1 }), data)) {
    throw new FormatLossError("the formatted catalog would not hold the same data");
  }
  const before = commentsOf(original).sort();
  const after = commentsOf(formatted).sort();
  const lost = before.find((comment, i) => comment !== after[i]);
  if (lost !== undefined || before.length !== after.length) {
    const line = lost === undefined ? undefined : original.split("\n").findIndex((l) => l.includes(lost)) + 1;
    throw new FormatLossError(
      `the comment ${JSON.stringify(lost ?? "")}${line ? ` (line ${line})` : ""} would not be kept`,
    );
  }
}

/** The guard fired: a bug (exit 3), reported before anything is written. */
export class FormatLossError extends Error {
  override name = "FormatLossError";
  constructor(reason: string) {
    super(`fmt would lose something: ${reason}; nothing was written`);
  }
}
