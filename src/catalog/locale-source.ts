// Locales with positions: the catalog text as one locale shows it, with every offset kept, so the
// positioned validation reports a problem inside a translation where that translation is written;
// and locale problems and missing translations as diagnostics at their place.

import type { VFileMessage } from "vfile-message";
import { isMap, isScalar, type Node } from "yaml";
import { problem } from "../util/problem.js";
import type { Choice, LocaleProblem, MissingTranslation } from "./locale.js";
import { keyNodeAt, nodeAt, positionOf, type YamlSource } from "./yaml-source.js";

/**
 * The text with each chosen map reduced to the chosen translation, left where it is written: the
 * rest of the map is blanked (line breaks kept, lines left empty emptied, so no stray white space
 * joins a block scalar). Every other node keeps its offset, line and column.
 */
export function projectText(text: string, source: YamlSource, chosen: readonly Choice[]): string {
  const blank: [number, number][] = [];
  for (const { path, key } of chosen) {
    const { node, missing } = nodeAt(source, path);
    if (missing !== undefined || !isMap(node) || !node.range) continue;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    const value = pair?.value as Node | null | undefined;
    if (!value?.range) continue;
    blank.push([node.range[0], value.range[0]], [value.range[1], node.range[1]]);
  }
  if (blank.length === 0) return text;
  const chars = text.split("");
  const touched = new Set<number>();
  for (const [start, end] of blank) {
    for (let i = start; i < end; i++) {
      if (chars[i] === "\n" || chars[i] === "\r") continue;
      chars[i] = " ";
      touched.add(i);
    }
  }
  const out = chars.join("");
  let offset = 0;
  return out
    .split("\n")
    .map((line) => {
      const start = offset;
      offset += line.length + 1;
      let hit = false;
      for (let i = start; i < start + line.length && !hit; i++) hit = touched.has(i);
      return hit && line.trim() === "" ? line.replace(/[^\r]/g, "") : line;
    })
    .join("\n");
}

export function localeProblemDiagnostic(source: YamlSource, found: LocaleProblem): VFileMessage {
  const node = found.key === undefined ? undefined : keyNodeAt(source, found.path, found.key);
  const at = positionOf(source, node ?? nodeAt(source, found.path).node);
  return problem({
    file: source.file,
    line: at.line,
    col: at.col,
    severity: "error",
    rule: found.rule,
    message: found.message,
    hint: found.hint,
  });
}

export function missingTranslationDiagnostic(source: YamlSource, missing: MissingTranslation): VFileMessage {
  const at = positionOf(source, nodeAt(source, missing.path).node);
  return problem({
    file: source.file,
    line: at.line,
    col: at.col,
    severity: "warning",
    rule: "locale/missing-translation",
    message: `${missing.what} has no ${missing.locale} translation; the ${missing.fallback} text is shown`,
    hint: `add ${missing.locale}: … to this map`,
  });
}
