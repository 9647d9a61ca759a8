// The canonical key order of a catalog, applied to yaml's Document in place: pairs move with
// their comments and blank lines, so a reordered catalog loses nothing a person wrote.
import { type Document, isMap, isPair, isScalar, isSeq, type Pair, type YAMLMap } from "yaml";
import {
  COLUMN_ORDER,
  LECTURE_ORDER,
  LINK_PART_ORDER,
  OUTPUT_ORDER,
  TOP_LEVEL_ORDER,
} from "../catalog/key-order.js";

/**
 * Puts every map of the catalog whose order is canonical in that order. `source` is the text
 * `doc` was read from (with LF line ends): it tells which comments sit above the next key rather
 * than inside the collection before it.
 */
export function orderCatalog(doc: Document, source?: string): void {
  const top = doc.contents;
  if (!isMap(top)) return;
  if (source !== undefined) commentsToTheirKeys(top, source);
  blankLinesOnKeys(top);
  orderTopLevel(doc, top);
  for (const output of seqItems(top.get("outputs", true))) orderMap(output, OUTPUT_ORDER);
  const table = top.get("table", true);
  if (isMap(table)) for (const column of seqItems(table.get("columns", true))) orderMap(column, COLUMN_ORDER);
  const tables = top.get("tables", true);
  if (isMap(tables)) {
    for (const pair of tables.items) {
      if (!isMap(pair.value)) continue;
      for (const column of seqItems(pair.value.get("columns", true))) orderMap(column, COLUMN_ORDER);
    }
  }
  for (const lecture of seqItems(top.get("lectures", true))) {
    orderMap(lecture, LECTURE_ORDER);
    // Link cells of built-in and custom fields alike: a list of {label, url} parts.
    for (const pair of lecture.items) {
      for (const part of seqItems(pair.value)) if (isLinkPart(part)) orderMap(part, LINK_PART_ORDER);
    }
  }
}

function orderTopLevel(doc: Document, top: YAMLMap): void {
  const first = top.items[0];
  if (orderMap(top, TOP_LEVEL_ORDER, { nested: false }) && first) {
    // The comment above the first key, with no blank line between them, is the file's header
    // (the yaml-language-server modeline): it stays on top when that key moves down.
    const firstKey = keyNode(first);
    if (doc.commentBefore == null && firstKey?.commentBefore) {
      doc.commentBefore = firstKey.commentBefore;
      firstKey.commentBefore = undefined;
    }
  }
  const leading = top.items[0] ? keyNode(top.items[0]) : undefined;
  if (doc.commentBefore) doc.commentBefore = modelineFirst(doc.commentBefore);
  else if (leading?.commentBefore) leading.commentBefore = modelineFirst(leading.commentBefore);
}

/** Editors read the schema modeline on the first line only: a header holding it starts with it. */
function modelineFirst(header: string): string {
  const lines = header.split("\n");
  const at = lines.findIndex((line) => MODELINE.test(line));
  if (at <= 0) return header;
  return [lines[at], ...lines.slice(0, at), ...lines.slice(at + 1)].join("\n");
}

const MODELINE = /^ ?yaml-language-server:/;

/**
 * Sorts the pairs of `map` by `order` (keys not in it keep their order, after the known ones).
 * Returns whether anything moved. Blank lines stay where they were in the sequence of pairs; a
 * comment above a key that becomes the first of a nested map becomes the map's own comment
 * (where yaml writes it anyway), so no comment is dropped or duplicated.
 */
export function orderMap(map: YAMLMap, order: readonly string[], { nested = true } = {}): boolean {
  const rank = (pair: Pair) => {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const index = typeof key === "string" ? order.indexOf(key) : -1;
    return index === -1 ? order.length : index;
  };
  const sorted = [...map.items].sort((a, b) => rank(a) - rank(b));
  if (sorted.every((pair, i) => pair === map.items[i])) return false;

  const oldFirst = map.items[0];
  const newFirst = sorted[0];
  map.items = sorted;
  if (!oldFirst || !newFirst || oldFirst === newFirst) return true;
  const oldKey = keyNode(oldFirst);
  const newKey = keyNode(newFirst);
  if (oldKey && newKey) {
    // The blank line before a map's second group goes with the group, not the key that leads.
    oldKey.spaceBefore = newKey.spaceBefore;
    newKey.spaceBefore = undefined;
  }
  if (nested && newKey?.commentBefore) {
    map.commentBefore = map.commentBefore
      ? `${map.commentBefore}\n${newKey.commentBefore}`
      : newKey.commentBefore;
    newKey.commentBefore = undefined;
  }
  return true;
}

/**
 * yaml records a blank line after a collection's closing comment in that comment (a trailing
 * newline); moved, the collection would carry the blank line to its new place. The blank line
 * belongs before what follows: it is put there, so it stays between the same two neighbours
 * (at the end of the file it goes: a final comment is always set off by one).
 */
function blankLinesOnKeys(node: unknown, top = true): void {
  if (!isMap(node) && !isSeq(node)) return;
  const items = node.items as unknown[];
  items.forEach((item, i) => {
    const value = isPair(item) ? item.value : item;
    blankLinesOnKeys(value, false);
    const next = items[i + 1];
    if (next === undefined && !top) return; // the blank line ends the parent: the parent moves it
    let blank = false;
    for (const closing of closingCollections(value)) {
      if (!closing.comment?.endsWith("\n")) continue;
      closing.comment = closing.comment.replace(/\n+$/, "");
      blank = true;
    }
    const target = isPair(next) ? keyNode(next) : (next as KeyNode | undefined);
    if (blank && target && typeof target === "object") target.spaceBefore = true;
  });
}

/**
 * yaml gives the comment lines between a nested collection and the next key to that collection
 * (its closing comment), even those written at the next key's indentation, above it; written
 * back they would move into the collection. Lines at or left of the next key's column, after
 * the last deeper one, are put back above that key, where the maintainer wrote them.
 */
function commentsToTheirKeys(node: unknown, source: string): void {
  if (!isMap(node) && !isSeq(node)) return;
  const items = node.items as unknown[];
  items.forEach((item, i) => {
    const value = isPair(item) ? item.value : item;
    commentsToTheirKeys(value, source);
    const next = items[i + 1];
    const key = isPair(next) ? keyNode(next) : undefined;
    const keyStart = (key as { range?: [number, number, number] } | undefined)?.range?.[0];
    if (!key || keyStart === undefined || !(isMap(value) || isSeq(value))) return;
    const lineStart = source.lastIndexOf("\n", keyStart - 1) + 1;
    const column = keyStart - lineStart;
    // The comment lines right above the key's line (a block's range may or may not include them),
    // read backwards line by line: a catalog has thousands of keys.
    const moved: string[] = [];
    for (let end = lineStart - 1; end > 0; ) {
      const start = source.lastIndexOf("\n", end - 1) + 1;
      const comment = /^( *)#(.*)$/.exec(source.slice(start, end));
      if (!comment || (comment[1] ?? "").length > column) break;
      moved.unshift(comment[2] ?? "");
      end = start - 1;
    }
    if (moved.length === 0 || !takeClosingLines(value, moved)) return;
    const before = moved.join("\n");
    key.commentBefore = key.commentBefore ? `${before}\n${key.commentBefore}` : before;
  });
}

/** Removes `lines` from the end of the closing comments of `value`; false (nothing changed) when they are not there. */
function takeClosingLines(value: unknown, lines: string[]): boolean {
  for (const closing of closingCollections(value).reverse()) {
    const comment = closing.comment;
    if (!comment) continue;
    const own = comment.split("\n");
    const tail = own.slice(-lines.length);
    if (tail.length !== lines.length || tail.some((line, i) => line !== lines[i])) return false;
    const rest = own.slice(0, -lines.length).join("\n");
    closing.comment = rest === "" ? null : rest;
    return true;
  }
  return false;
}

/** The collections that end where `node` ends: itself and its last descendants. */
function closingCollections(node: unknown): { comment?: string | null }[] {
  if (!isMap(node) && !isSeq(node)) return [];
  const last = node.items.at(-1) as unknown;
  return [node, ...closingCollections(isPair(last) ? last.value : last)];
}

type KeyNode = { commentBefore?: string | null; spaceBefore?: boolean };

function keyNode(pair: Pair): KeyNode | undefined {
  return isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? pair.key : undefined;
}

function seqItems(node: unknown): YAMLMap[] {
  return isSeq(node) ? node.items.filter((item): item is YAMLMap => isMap(item)) : [];
}

function isLinkPart(map: YAMLMap): boolean {
  return map.items.every((pair) => isScalar(pair.key) && LINK_PART_ORDER.includes(String(pair.key.value)));
}
