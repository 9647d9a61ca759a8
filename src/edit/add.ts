// `syllabus add` as a pure function: catalog text → the same text with one more lecture. Only the
// new lines are inserted (after the last lecture, in its indentation, blank-line grouping and line
// endings), so every other byte, comments included, stays as it was.
import { Document, isMap, isSeq, LineCounter, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { LECTURE_ORDER } from "../catalog/key-order.js";
import { InputError } from "../util/errors.js";
import { CANONICAL_STYLE, writeDocument } from "./style.js";

export interface NewLecture {
  title: string;
  number?: number;
  label?: string;
  season?: number;
  /** A string, or a locale map ({zh: …, en: …}) as the catalog allows. */
  group?: string | Record<string, string>;
  summary?: string;
  video?: string;
  code?: string;
  review?: string;
}

export interface Added {
  text: string;
  /** The lecture as written, keys in canonical order. */
  lecture: LectureValues;
}

type LectureValues = Record<string, string | number | Record<string, string>>;

export function addLecture(text: string, fields: NewLecture): Added {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, logLevel: "error" });
  if (doc.errors.length > 0) throw new InputError(`not valid YAML: ${doc.errors[0]?.message}`);
  const lectures = isMap(doc.contents) ? doc.contents.get("lectures", true) : undefined;
  const existing = isSeq(lectures) ? lectures.items.filter((item): item is YAMLMap => isMap(item)) : [];
  const lecture = newLecture(fields, existing, doc);

  if (
    !isSeq(lectures) ||
    lectures.flow ||
    existing.length === 0 ||
    existing.length !== lectures.items.length
  ) {
    // No block list of lectures to extend: the lecture is added to the document, written canonically.
    if (!isMap(doc.contents)) throw new InputError("the catalog is not a mapping of settings and lectures");
    if (isSeq(lectures)) {
      // The list node stays (with its comments); `[]` becomes a block list.
      lectures.flow = false;
      lectures.items.push(doc.createNode(lecture));
    } else {
      doc.set("lectures", doc.createNode([lecture]));
    }
    return { text: writeDocument(doc, text), lecture };
  }
  return { text: insertAfterLast(text, lectures, lecture, lineCounter), lecture };
}

/**
 * The new lecture's fields in canonical order. Its number is one past the highest, its label the
 * last lecture's label counted on (when it ends in a number); its season and group are the last
 * lecture's: it continues where the course is. Any of them given is taken as given.
 */
function newLecture(fields: NewLecture, existing: YAMLMap[], doc: Document): LectureValues {
  const numbers = existing.map((l) => l.get("number")).filter((n): n is number => Number.isInteger(n));
  const last = existing.at(-1)?.toJS(doc) as Record<string, unknown> | undefined;
  const lastSeason = last?.season;
  const lastGroup = last?.group;
  const label = fields.label ?? nextLabel(last?.label);
  const values: Partial<LectureValues> = {
    ...fields,
    label,
    // A course numbered by labels alone (HW1, HW2) gets no number it never had.
    number:
      fields.number ?? (numbers.length ? Math.max(...numbers) + 1 : label === undefined ? 1 : undefined),
    season: fields.season ?? (Number.isInteger(lastSeason) ? (lastSeason as number) : undefined),
    group: fields.group ?? (isGroup(lastGroup) ? lastGroup : undefined),
  };
  const lecture: LectureValues = {};
  for (const key of LECTURE_ORDER) {
    const value = values[key];
    if (value !== undefined) lecture[key] = value;
  }
  return lecture;
}

/** The label after `label` when it ends in a number: HW2 → HW3, 1.9 → 1.10, 07 → 08. */
export function nextLabel(label: unknown): string | undefined {
  if (typeof label !== "string") return undefined;
  const match = /^(.*?)(\d+)$/.exec(label);
  if (!match) return undefined;
  const [, prefix, digits] = match as unknown as [string, string, string];
  return `${prefix}${String(Number(digits) + 1).padStart(digits.length, "0")}`;
}

function isGroup(value: unknown): value is string | Record<string, string> {
  if (typeof value === "string") return true;
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((text) => typeof text === "string")
  );
}

function insertAfterLast(
  text: string,
  lectures: YAMLSeq,
  lecture: LectureValues,
  lineCounter: LineCounter,
): string {
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const first = lectures.items[0] as YAMLMap;
  const last = lectures.items.at(-1) as YAMLMap;
  // The dash of the first item sets the indentation (`lectures:` then `  - ` or `- `).
  const dashColumn = lineCounter.linePos(lectures.range?.[0] ?? 0).col - 1;
  const itemColumn = lineCounter.linePos(first.range?.[0] ?? 0).col - 1;
  const pad = " ".repeat(dashColumn);
  const inner = " ".repeat(Math.max(itemColumn - dashColumn, 2) - 2);

  const body = new Document(lecture).toString(CANONICAL_STYLE).replace(/\n$/, "").split("\n");
  const lines = body.map((line, i) => (i === 0 ? `${pad}-${inner} ${line}` : `${pad} ${inner} ${line}`));
  const blank = last.spaceBefore ? eol : "";

  const at = endOfItem(text, last.range?.[1] ?? text.length, dashColumn);
  const before = text.slice(0, at);
  const lead = before === "" || before.endsWith("\n") ? "" : eol;
  return `${before}${lead}${blank}${lines.join(eol)}${eol}${text.slice(at)}`;
}

/**
 * Where the lines after the last lecture start: past its last value's line and the comments
 * indented under it (they belong to it), before a blank line or a comment at the dash's column
 * or left of it (those close the list or open what follows).
 */
function endOfItem(text: string, valueEnd: number, dashColumn: number): number {
  let at = text.indexOf("\n", Math.max(valueEnd - 1, 0));
  if (at === -1) return text.length;
  at += 1;
  while (at < text.length) {
    const next = text.indexOf("\n", at);
    const line = text.slice(at, next === -1 ? text.length : next).replace(/\r$/, "");
    const indent = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith("#") || indent <= dashColumn) break;
    at = next === -1 ? text.length : next + 1;
  }
  return at;
}
