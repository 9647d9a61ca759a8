// Rules across lectures, on plain data: unique lecture ids, and the same URL in two lectures.
import type { Severity } from "../util/problem.js";
import { linkFieldsOf, linkParts } from "./fields.js";
import type { Catalog, Lecture, LinkCell } from "./schema.js";

/** A problem across lectures, found on plain data: positions are looked up only to report it. */
export interface CrossFinding {
  rule: "duplicate-number" | "duplicate-id" | "duplicate-link";
  severity: Severity;
  index: number;
  /** The field reported: id, label or number for an id, else the link's field. */
  field: string;
  /** Index of the lecture that used the id or link first. */
  firstIndex: number;
  firstField: string;
  /** The duplicated id. */
  id?: string;
}

/** A lecture's id: `id`, else its label, else its number; and the key it comes from. */
export function lectureId(lecture: Lecture): { id: string; from: "id" | "label" | "number" } {
  if (lecture.id !== undefined) return { id: lecture.id, from: "id" };
  if (lecture.label !== undefined) return { id: lecture.label, from: "label" };
  return { id: String(lecture.number), from: "number" };
}

/** Rules that span lectures: unique ids (error) and the same URL in two lectures (warning). */
export function crossLectureFindings(data: Catalog): CrossFinding[] {
  const out: CrossFinding[] = [];
  const ids = new Map<string, { index: number; from: string }>();
  const urls = new Map<string, { index: number; field: string }>();
  const linkFields = linkFieldsOf(data);
  data.lectures.forEach((lecture, index) => {
    const { id, from } = lectureId(lecture);
    const first = ids.get(id);
    if (first === undefined) ids.set(id, { index, from });
    else {
      // Two numbers: today's message and rule, so existing catalogs and fixtures read the same.
      const numbers = from === "number" && first.from === "number";
      out.push({
        rule: numbers ? "duplicate-number" : "duplicate-id",
        severity: "error",
        index,
        field: from,
        firstIndex: first.index,
        firstField: first.from,
        ...(numbers ? {} : { id }),
      });
    }
    for (const field of linkFields) {
      const targets = linkParts(lecture[field] as LinkCell | undefined).map((part) => part.url);
      for (const url of targets.filter((target) => /^https?:/.test(target))) {
        const seen = urls.get(url);
        if (!seen) urls.set(url, { index, field });
        // Two entries under one id (already an error) are not also a copy-pasted link.
        else if (seen.index !== index && lectureId(data.lectures[seen.index] as Lecture).id !== id) {
          out.push({
            rule: "duplicate-link",
            severity: "warning",
            index,
            field,
            firstIndex: seen.index,
            firstField: seen.field,
          });
        }
      }
    }
  });
  return out;
}
