// Safe fixes of `fmt --fix`, made on the Document so every comment and style stays: they change a
// value only where the reader sees no difference (tracking parameters) .
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Scalar, type YAMLMap } from "yaml";
import { withoutTracking } from "../util/tracking.js";

export interface Fix {
  line: number;
  col: number;
  /** "lecture 3" (by id, label or number) and the field: where the fix was made, in words. */
  where: string;
  message: string;
}

export function fixCatalog(doc: Document, lineCounter: LineCounter): Fix[] {
  const fixes: Fix[] = [];
  const lectures = isMap(doc.contents) ? doc.contents.get("lectures", true) : undefined;
  if (!isSeq(lectures)) return fixes;
  for (const lecture of lectures.items) {
    if (!isMap(lecture)) continue;
    const name = lectureName(lecture);
    for (const pair of lecture.items) {
      const field = isScalar(pair.key) ? String(pair.key.value) : "";
      for (const url of linkScalars(pair.value)) {
        const clean = withoutTracking(url.value);
        if (clean.removed.length === 0) continue;
        const at = lineCounter.linePos(url.range?.[0] ?? 0);
        url.value = clean.url;
        fixes.push({
          ...at,
          where: `${name} ${field}`,
          message: `tracking parameters removed (${clean.removed.join(", ")})`,
        });
      }
    }
  }
  return fixes;
}

/** How a lecture is named in messages: its id, else its label, else its number. */
export function lectureName(lecture: YAMLMap): string {
  for (const key of ["id", "label", "number"]) {
    const value = lecture.get(key);
    if (typeof value === "string" || typeof value === "number") return `lecture ${value}`;
  }
  return "a lecture";
}

/** The URL scalars of a field's value: the value itself, or each part's `url`. */
function linkScalars(value: unknown): Scalar<string>[] {
  const found: Scalar<string>[] = [];
  const take = (node: unknown) => {
    if (isScalar(node) && typeof node.value === "string" && /^https?:\/\//i.test(node.value))
      found.push(node as Scalar<string>);
  };
  take(value);
  if (isSeq(value)) for (const part of value.items) if (isMap(part)) take(part.get("url", true));
  return found;
}
