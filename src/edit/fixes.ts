// Safe fixes of `fmt --fix`, made on the Document so every comment and style stays: tracking
// parameters removed (the reader sees the same page), and a link moved to the field its host and
// shape say it belongs in, only when that is unambiguous.
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Pair,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { type LikelyField, likelyField } from "../catalog/link-kind.js";
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
      // Text fields are shown as written, even when they read like a URL.
      if (TEXT_FIELDS.has(field)) continue;
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
    // After the URLs are clean, so each fix names the field it was made in.
    fixes.push(...moveMisplaced(lecture, name, lineCounter));
  }
  return fixes.sort((a, b) => a.line - b.line || a.col - b.col);
}

const LINK_FIELDS: readonly LikelyField[] = ["video", "code", "review"];
const TEXT_FIELDS = new Set(["id", "label", "group", "title", "summary"]);

/**
 * A link field whose links all belong in another field by their host and shape (an article in
 * code, a video in review) is renamed to that field when it is free, or swapped with it when that
 * one holds links of the first field's kind. Any doubt (mixed parts, an unknown site, a target
 * field already filled, even by a placeholder) leaves it for a person: lint reports it.
 */
function moveMisplaced(lecture: YAMLMap, name: string, lineCounter: LineCounter): Fix[] {
  const pairs = new Map<LikelyField, Pair<Scalar>>();
  for (const pair of lecture.items) {
    const field = isScalar(pair.key) ? pair.key.value : undefined;
    if (LINK_FIELDS.includes(field as LikelyField)) pairs.set(field as LikelyField, pair as Pair<Scalar>);
  }
  const moves = new Map<Pair<Scalar>, LikelyField>();
  for (const [field, pair] of pairs) {
    const kind = kindOf(pair.value);
    if (kind === undefined || kind === field) continue;
    const occupant = pairs.get(kind);
    if (occupant === undefined || kindOf(occupant.value) === field) moves.set(pair, kind);
  }
  const fixes: Fix[] = [];
  for (const [pair, target] of moves) {
    const from = String(pair.key.value);
    fixes.push({
      ...lineCounter.linePos(pair.key.range?.[0] ?? 0),
      where: `${name} ${from}`,
      message: `link moved to ${target}, where its site says it belongs`,
    });
    pair.key.value = target;
  }
  return fixes;
}

/** The field every link of a cell belongs in, or undefined (placeholders, unknown sites, a mix). */
function kindOf(value: unknown): LikelyField | undefined {
  const urls = linkScalars(value).map((url) => url.value);
  if (isScalar(value) && typeof value.value === "string" && value.value.startsWith("./"))
    urls.push(value.value);
  if (isSeq(value)) {
    for (const part of value.items) {
      const url = isMap(part) ? part.get("url") : undefined;
      if (typeof url === "string" && url.startsWith("./")) urls.push(url);
    }
  }
  const kinds = new Set(urls.map(likelyField));
  const [kind] = kinds;
  return kinds.size === 1 && urls.length > 0 && (!isSeq(value) || urls.length === value.items.length)
    ? kind
    : undefined;
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
