// Parsing catalog.yaml with positions: every node keeps its offset, so any problem found later
// can be reported at file:line:col.
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import type { Diagnostic } from "./diagnostic.js";

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Anchors/aliases expanded beyond this are refused as a resource-exhaustion attack ("alias bomb"). */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(text: string, file: string): { source: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics = doc.errors.map((error): Diagnostic => {
    const pos = lineCounter.linePos(error.pos[0]);
    const known = YAML_ERRORS[error.code];
    return {
      file,
      line: pos.line,
      col: pos.col,
      severity: "error",
      rule: error.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
      message: known?.message ?? `YAML: ${firstLine(error.message)}`,
      hint: known?.hint ?? "check the indentation and quoting on this line",
    };
  });
  return { source: { file, doc, lineCounter }, diagnostics };
}

/** The plain JavaScript value of the document, or a diagnostic when aliases expand too far. */
export function toPlainValue(source: YamlSource): { value: unknown } | { diagnostic: Diagnostic } {
  try {
    return { value: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    let firstAlias: Node | undefined;
    visit(source.doc, {
      Alias(_, node) {
        firstAlias = node as Node;
        return visit.BREAK;
      },
    });
    const at = positionOf(source, firstAlias);
    return {
      diagnostic: {
        file: source.file,
        line: at.line,
        col: at.col,
        severity: "error",
        rule: "alias-limit",
        message: `aliases expand to too many values (more than ${MAX_ALIAS_COUNT} expansions) [${(error as Error).name}]`,
        hint: "write the values out instead of reusing them through anchors (&) and aliases (*)",
      },
    };
  }
}

/** Messages for the YAML errors a maintainer meets most, in the catalog's words. */
const YAML_ERRORS: Partial<Record<string, { message: string; hint: string }>> = {
  DUPLICATE_KEY: {
    message: "duplicate key: a key may appear only once in a mapping",
    hint: "remove or rename one of the two",
  },
  TAB_AS_INDENT: { message: "YAML: a tab is used for indentation", hint: "indent with spaces" },
  MULTIPLE_DOCS: {
    message: "YAML: the file holds more than one document (a second ---)",
    hint: "a catalog is one document: remove the --- line and merge the parts",
  },
  MISSING_CHAR: {
    message: "YAML: a quote or bracket is never closed",
    hint: "close the quote or bracket opened here",
  },
  BAD_INDENT: { message: "YAML: unexpected indentation", hint: "align this line with its siblings" },
};

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

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}
