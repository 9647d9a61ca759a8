// A problem found in the catalog import is about to write is told at the README place its value came
// from: the user never saw that catalog, so its line numbers would point nowhere.

import type { VFileMessage } from "vfile-message";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { colOf, lineOf, problem, toInit } from "../util/problem.js";
import { type CatalogPath, placeKey } from "./build-catalog.js";
import type { Point } from "./cells.js";

export function toReadmePlaces(
  diagnostics: VFileMessage[],
  catalog: string,
  places: Map<string, Point>,
  readme: string,
  fallback: Point,
): VFileMessage[] {
  const lines = new LineCounter();
  const doc = parseDocument(catalog, { lineCounter: lines });
  return diagnostics.map((d) => {
    const offset =
      lines.lineStarts[lineOf(d) - 1] === undefined
        ? 0
        : (lines.lineStarts[lineOf(d) - 1] as number) + colOf(d) - 1;
    const path = pathAt(doc.contents as Node | null, offset);
    let at: Point | undefined;
    for (let n = path.length; n >= 0 && !at; n--) at = places.get(placeKey(path.slice(0, n)));
    const where = at ?? fallback;
    return problem({ ...toInit(d), file: readme, line: where.line, col: where.col });
  });
}

/** The keys and indexes leading to the innermost node at an offset of the YAML text. */
export function pathAt(node: Node | null, offset: number): CatalogPath {
  const path: CatalogPath = [];
  let current: Node | null = node;
  while (current) {
    let next: Node | null = null;
    if (isMap(current)) {
      for (const pair of current.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        // A node's range ends where the next line begins: at a key in column 1, not inside this pair.
        const end = value?.range?.[2] ?? key?.range?.[2] ?? -1;
        if (key?.range && offset >= key.range[0] && offset < end) {
          path.push(isScalar(key) ? String(key.value) : "?");
          next = value?.range && offset >= value.range[0] ? value : null;
          break;
        }
      }
    } else if (isSeq(current)) {
      current.items.forEach((item, index) => {
        const child = item as Node | null;
        if (child?.range && offset >= child.range[0] && offset < child.range[2]) {
          path.push(index);
          next = child;
        }
      });
    }
    current = next;
  }
  return path;
}
