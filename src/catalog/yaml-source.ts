// Parsing catalog.yaml with positions: every node keeps its offset, so any problem found later
// can be reported at file:line:col.

import type { VFileMessage } from "vfile-message";
import {
  CST,
  type Document,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  Parser,
  parseDocument,
  visit,
} from "yaml";
import { problem } from "../util/problem.js";

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Anchors/aliases expanded beyond this are refused as a resource-exhaustion attack ("alias bomb"). */
const MAX_ALIAS_COUNT = 100;

/**
 * Lists and mappings nested deeper than this are refused before the document is composed: the
 * yaml library, toJS and zod all recurse, and a few hundred levels overflow the stack. A catalog
 * nests about five levels (lectures, a lecture, a link's parts, a part).
 */
export const MAX_DEPTH = 64;

export function parseYaml(text: string, file: string): { source: YamlSource; diagnostics: VFileMessage[] } {
  const lineCounter = new LineCounter();
  const tooDeep = deepNesting(text);
  if (tooDeep !== undefined) {
    // Nothing is composed from such a text: an empty document stands in for it.
    const doc = parseDocument("", { lineCounter });
    const pos = linePos(text, tooDeep);
    return {
      source: { file, doc, lineCounter },
      diagnostics: [
        problem({
          file,
          line: pos.line,
          col: pos.col,
          severity: "error",
          rule: "nesting-limit",
          message: `lists and mappings nest more than ${MAX_DEPTH} levels deep here`,
          hint: "a catalog nests a few levels (lectures, a lecture, its link parts): close the brackets or undo the indentation",
        }),
      ],
    };
  }
  // logLevel "error": the library would otherwise print its own warnings (a collection as a key) to stderr.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  const diagnostics = doc.errors.map((error): VFileMessage => {
    // An unclosed quote runs to the end of the file, where the parser reports it: point at its start.
    const unclosed = /closing .?quote/.test(error.message) ? openingQuote(text, error.pos[0]) : undefined;
    const pos = lineCounter.linePos(unclosed ?? error.pos[0]);
    const known =
      error.code === "DUPLICATE_KEY"
        ? (duplicateKey(doc, lineCounter, error.pos[0]) ?? {
            message: "duplicate key: a key may appear only once in a mapping",
            hint: "remove or rename one of the two",
          })
        : yamlError(
            error.code,
            error.message,
            text.slice(error.pos[0], error.pos[1]),
            restOfLine(text, error.pos[0]),
          );
    return problem({
      file,
      line: pos.line,
      col: pos.col,
      severity: "error",
      rule: error.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
      message: known?.message ?? `YAML: ${firstLine(error.message)}`,
      hint: known?.hint ?? "check the indentation and quoting on this line",
    });
  });
  return { source: { file, doc, lineCounter }, diagnostics };
}

/** The lexer's tokens with their types and offsets in the text. */
function* lexed(text: string): Generator<{ type: ReturnType<typeof CST.tokenType>; offset: number }> {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    yield { type, offset };
    // The lexer's control tokens (document mode, scalar and flow-error marks) are not in the text.
    if (type !== "doc-mode" && type !== "scalar" && type !== "flow-error-end") offset += token.length;
  }
}

/** The offset of the last quoted scalar that starts at or before `end` (the one left open). */
function openingQuote(text: string, end: number): number | undefined {
  let found: number | undefined;
  for (const { type, offset } of lexed(text)) {
    if (offset > end) break;
    if (type === "single-quoted-scalar" || type === "double-quoted-scalar") found = offset;
  }
  return found;
}

/**
 * The offset of the first list or mapping nested deeper than MAX_DEPTH. Found on tokens, not on
 * composed nodes: the lexer and the parser keep explicit stacks, so neither can overflow here.
 */
function deepNesting(text: string): number | undefined {
  // Flow brackets first, on the lexer's tokens (quoted text is one token): 10× faster than the
  // parser on a wall of [[[[…, the usual shape of such an input.
  let flow = 0;
  for (const { type, offset } of lexed(text)) {
    if (type === "flow-map-start" || type === "flow-seq-start") {
      if (++flow > MAX_DEPTH) return offset;
    } else if (type === "flow-map-end" || type === "flow-seq-end") flow = Math.max(0, flow - 1);
    else if (type === "doc-start") flow = 0;
  }
  const stack: [unknown, number][] = [];
  for (const token of new Parser().parse(text)) stack.push([token, 0]);
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth]);
      continue;
    }
    const token = value as Partial<CST.Token> & { offset?: number };
    const collection =
      token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection";
    const level = collection ? depth + 1 : depth;
    if (level > MAX_DEPTH) return token.offset ?? 0;
    for (const child of Object.values(value))
      if (child !== null && typeof child === "object") stack.push([child, level]);
  }
  return undefined;
}

function linePos(text: string, offset: number): { line: number; col: number } {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1))
    counter.addNewLine(i + 1);
  return counter.linePos(offset);
}

/** The duplicated key named, with the line of its first use. */
function duplicateKey(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  offset: number,
): { message: string; hint: string } | undefined {
  let found: { message: string; hint: string } | undefined;
  visit(doc, {
    Map(_, map) {
      const index = map.items.findIndex((pair) => (pair.key as Node | null)?.range?.[0] === offset);
      const pair = map.items[index];
      if (!pair || !isScalar(pair.key)) return undefined;
      const key = pair.key.value;
      const first = map.items.find((other) => isScalar(other.key) && other.key.value === key);
      const line = lineCounter.linePos((first?.key as Node | undefined)?.range?.[0] ?? offset).line;
      found = {
        message: `duplicate key "${String(key)}": a key may appear only once in a mapping`,
        hint: `"${String(key)}" is already set at line ${line}; remove or rename one of the two`,
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** The plain JavaScript value of the document, or a diagnostic when aliases expand too far. */
export function toPlainValue(source: YamlSource): { value: unknown } | { diagnostic: VFileMessage } {
  try {
    return { value: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    // The yaml library signals both alias problems with a ReferenceError; anything else is a bug.
    if (!(error instanceof ReferenceError)) throw error;
    const unresolved = /^Unresolved alias.*: (.*)$/s.exec(error.message)?.[1];
    let alias: Node | undefined;
    visit(source.doc, {
      Alias(_, node) {
        if (unresolved !== undefined && node.source !== unresolved) return undefined;
        alias = node as Node;
        return visit.BREAK;
      },
    });
    const at = positionOf(source, alias);
    const place = { file: source.file, line: at.line, col: at.col, severity: "error" as const };
    if (unresolved !== undefined) {
      return {
        diagnostic: problem({
          ...place,
          rule: "bad-alias",
          message: `alias *${unresolved} has no anchor &${unresolved} before it`,
          hint: `set the anchor (&${unresolved}) on a value above this line, or write the value out`,
        }),
      };
    }
    return {
      diagnostic: problem({
        ...place,
        rule: "alias-limit",
        message: `aliases expand to too many values (more than ${MAX_ALIAS_COUNT} expansions)`,
        hint: "write the values out instead of reusing them through anchors (&) and aliases (*)",
      }),
    };
  }
}

/** The YAML errors a maintainer meets, in the catalog's words rather than the parser's. */
function yamlError(
  code: string,
  message: string,
  found: string,
  restOfLine: string,
): { message: string; hint: string } | undefined {
  const shown = JSON.stringify(found.length > 20 ? `${found.slice(0, 20)}…` : found);
  switch (code) {
    case "TAB_AS_INDENT":
      return { message: "YAML: a tab is used for indentation", hint: "indent with spaces" };
    case "MULTIPLE_DOCS":
      return {
        message: "YAML: the file holds more than one document (a second ---)",
        hint: "a catalog is one document: remove the --- line and merge the parts",
      };
    // The library gives both codes to several problems: the message tells them apart.
    case "MISSING_CHAR":
    case "BAD_INDENT":
      if (/map values/.test(message))
        return {
          message: "YAML: a key without a value",
          hint: 'write "key: value", with a colon and a space',
        };
      if (/closing .?quote|end with a/.test(message))
        return {
          message: "YAML: a quote or bracket is never closed",
          hint: "close the quote or bracket opened here",
        };
      if (/^Comments must be separated/.test(message))
        return {
          message: "YAML: a # comment must follow a space",
          hint: "put a space before the #, or quote the value",
        };
      if (/^Tags and anchors must be separated/.test(message))
        return {
          message: "YAML: an anchor (&) or tag (!) must be followed by a space",
          hint: "put a space after it, or quote the value if the & or ! is text",
        };
      if (code === "BAD_INDENT" || /^Sequence item without/.test(message))
        return { message: "YAML: unexpected indentation", hint: "align this line with its siblings" };
      return undefined;
    case "UNEXPECTED_TOKEN":
      return {
        message: `YAML: unexpected ${shown} here`,
        hint: "check the brackets, quotes and indentation up to here; quote text that holds : # [ ] { }",
      };
    case "BAD_SCALAR_START":
      return {
        message: `YAML: a value cannot start with ${JSON.stringify(found.slice(0, 1))} unless it is quoted`,
        hint: 'put the value in quotes: "…"',
      };
    case "BLOCK_AS_IMPLICIT_KEY":
      // The value itself holds ": " (title: A: B); elsewhere this follows another error.
      if (/^Nested mappings/.test(message)) {
        return restOfLine.includes(": ")
          ? {
              message: 'YAML: a second ": " on one line',
              hint: 'a value that holds ": " must be quoted: title: "A: B"',
            }
          : undefined;
      }
      // A list item indented less than the list before it.
      return { message: "YAML: unexpected indentation", hint: "align this line with its siblings" };
    case "MULTILINE_IMPLICIT_KEY":
      return {
        message: "YAML: a key runs over more than one line",
        hint: 'a ":" after the key, or a closing quote, is probably missing here',
      };
    case "BLOCK_IN_FLOW":
      return {
        message: "YAML: an indented list or mapping inside [ ] or { }",
        hint: "inside brackets, write the items with commas, or drop the brackets",
      };
    case "BAD_DQ_ESCAPE":
      return {
        message: `YAML: ${/escape sequence (\S+)/.exec(message)?.[1] ?? found} is not an escape in double-quoted text`,
        hint: "write \\\\ for a backslash, or use single quotes",
      };
    case "KEY_OVER_1024_CHARS":
      return {
        message: "YAML: a key longer than 1024 characters",
        hint: "a colon is probably missing, or a quote is never closed",
      };
    case "MULTIPLE_ANCHORS":
    case "MULTIPLE_TAGS":
    case "BAD_PROP_ORDER":
    case "ALIAS_PROPS":
      return {
        message: `YAML: ${shown}: a value has at most one anchor (&) and one tag (!), and an alias (*) none`,
        hint: "remove the extra & or ! mark",
      };
    default:
      return undefined;
  }
}

export type PathSegment = PropertyKey;

/**
 * The node at `path`, or the deepest existing node on the way there with the segment that was
 * missing, so a missing field can be reported at the mapping that should hold it.
 */
export function nodeAt(
  source: YamlSource,
  path: readonly PathSegment[],
): { node: Node | null; keyNode?: Node; missing?: PathSegment } {
  let node = source.doc.contents as Node | null;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) return { node, missing: segment };
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment]) {
      keyNode = undefined;
      node = node.items[segment] as Node;
    } else {
      return { node, missing: segment };
    }
  }
  return keyNode ? { node, keyNode } : { node };
}

/** 1-based line and column of a node's start (1:1 for an empty document). */
export function positionOf(source: YamlSource, node: Node | null | undefined): { line: number; col: number } {
  const offset = node?.range?.[0] ?? 0;
  return source.lineCounter.linePos(offset);
}

/** The key node of `key` in the mapping at `path`, for reporting unknown keys where they stand. */
export function keyNodeAt(source: YamlSource, path: readonly PathSegment[], key: string): Node | undefined {
  const { node, missing } = nodeAt(source, path);
  if (missing !== undefined || !isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair?.key as Node | undefined;
}

function restOfLine(text: string, offset: number): string {
  const end = text.indexOf("\n", offset);
  return text.slice(offset, end === -1 ? undefined : end);
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}
