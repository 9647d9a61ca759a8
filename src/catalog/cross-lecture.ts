// Rules across lectures, on plain data: unique lecture numbers, and the same URL in two lectures.
import type { Diagnostic } from "../util/diagnostic.js";
import { type Catalog, LINK_FIELDS, type LinkCell, type LinkField } from "./schema.js";

/** A problem across lectures, found on plain data: positions are looked up only to report it. */
export interface CrossFinding {
  rule: "duplicate-number" | "duplicate-link";
  severity: Diagnostic["severity"];
  index: number;
  field: "number" | LinkField;
  /** Index of the lecture that used the number or link first. */
  firstIndex: number;
  firstField: "number" | LinkField;
}

/** Rules that span lectures: unique numbers (error) and the same URL in two lectures (warning). */
export function crossLectureFindings(data: Catalog): CrossFinding[] {
  const out: CrossFinding[] = [];
  const numbers = new Map<number, number>();
  const urls = new Map<string, { index: number; field: LinkField }>();
  data.lectures.forEach((lecture, index) => {
    const first = numbers.get(lecture.number);
    if (first === undefined) numbers.set(lecture.number, index);
    else
      out.push({
        rule: "duplicate-number",
        severity: "error",
        index,
        field: "number",
        firstIndex: first,
        firstField: "number",
      });
    for (const field of LINK_FIELDS) {
      const cell: LinkCell | undefined = lecture[field];
      const targets = typeof cell === "string" ? [cell] : (cell?.map((part) => part.url) ?? []);
      for (const url of targets.filter((target) => /^https?:/.test(target))) {
        const seen = urls.get(url);
        if (!seen) urls.set(url, { index, field });
        else if (data.lectures[seen.index]?.number !== lecture.number) {
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
