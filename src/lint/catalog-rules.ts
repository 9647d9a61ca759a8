// Rules over the lectures alone: the same resource twice, a link in the wrong field, tracking
// parameters, and the numbering (gaps, order within a group) and titles of the lectures.

import { likelyField, resourceKey } from "../catalog/link-kind.js";
import { withoutTracking } from "../util/tracking.js";
import type { LectureView } from "./lectures.js";
import type { LintContext, LintFinding } from "./model.js";

/** The same video, article, page or path linked by two lectures, however each spells it. */
export function duplicateResources(context: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const first = new Map<string, { lecture: LectureView; field: string; path: (string | number)[] }>();
  for (const lecture of context.lectures) {
    for (const link of lecture.links) {
      const key = resourceKey(link.url);
      if (key === undefined) continue;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { lecture, field: link.field, path: link.path });
        continue;
      }
      if (seen.lecture.index === lecture.index) continue;
      const line = context.locate(seen.path).line;
      out.push({
        rule: "lint/duplicate-resource",
        path: link.path,
        message: `${lecture.name}: ${link.field} links the same ${resourceKind(key)} as ${seen.lecture.name}'s ${seen.field} (line ${line})`,
        hint: `a copy-pasted link? link ${lecture.name}'s own material, or remove this link`,
      });
    }
  }
  return out;
}

function resourceKind(key: string): string {
  if (key.startsWith("bilibili:")) return "bilibili video";
  if (key.startsWith("youtube:")) return "YouTube video";
  if (key.startsWith("wechat:")) return "WeChat article";
  if (key.startsWith("repo:")) return "repository path";
  return "page";
}

const KIND_NAMES = { video: "a video", review: "an article", code: "code or slides" } as const;
const FIELDS = new Set(["video", "code", "review"]);

/** A video in the code column, an article among the code, a notebook as the review. */
export function wrongFields(context: LintContext): LintFinding[] {
  return context.lectures.flatMap((lecture) =>
    lecture.links.flatMap((link): LintFinding[] => {
      // A custom links column may hold anything: only the three known fields have a known kind.
      if (!FIELDS.has(link.field)) return [];
      const likely = likelyField(link.url);
      if (likely === undefined || likely === link.field) return [];
      const taken = lecture.links.some((other) => other.field === likely);
      return [
        {
          rule: "lint/wrong-field",
          path: link.path,
          message: `${lecture.name}: ${link.field} links ${KIND_NAMES[likely]} (${where(link.url)}), which belongs in ${likely}`,
          hint: taken
            ? `${likely} already holds a link: check which of the two is right, and move this one to ${likely}`
            : `move this link to ${likely}`,
        },
      ];
    }),
  );
}

function where(url: string): string {
  if (url.startsWith("./")) return url;
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Query parameters that only say where a visitor came from: the hint is the clean URL. */
export function trackingParameters(context: LintContext): LintFinding[] {
  return context.lectures.flatMap((lecture) =>
    lecture.links.flatMap((link): LintFinding[] => {
      const clean = withoutTracking(link.url);
      if (clean.removed.length === 0) return [];
      const names = [...new Set(clean.removed)];
      return [
        {
          rule: "lint/tracking-parameters",
          path: link.path,
          message: `${lecture.name}: ${link.field} has tracking parameter${names.length === 1 ? "" : "s"} ${names.join(", ")}`,
          hint: `use ${clean.url}`,
        },
      ];
    }),
  );
}

/**
 * Lecture numbers that skip one: 10 then 12. Numbers are counted over the whole catalog when
 * each is used once, else within each season or group (where numbering starts again).
 */
export function numberingGaps(context: LintContext): LintFinding[] {
  const numbered = context.lectures.filter((l) => l.number !== undefined);
  const unique = new Set(numbered.map((l) => l.number)).size === numbered.length;
  const out: LintFinding[] = [];
  for (const lectures of unique ? [numbered] : groups(numbered).values()) {
    const byNumber = new Map<number, LectureView>();
    for (const lecture of lectures)
      if (!byNumber.has(lecture.number as number)) byNumber.set(lecture.number as number, lecture);
    const sorted = [...byNumber.keys()].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1] as number;
      const after = sorted[i] as number;
      if (after - before <= 1) continue;
      const lecture = byNumber.get(after) as LectureView;
      const missing =
        after - before === 2 ? `${before + 1} is missing` : `${before + 1} to ${after - 1} are missing`;
      const scope = unique ? "" : ` in ${lecture.groupName}`;
      out.push({
        rule: "lint/numbering-gap",
        path: ["lectures", lecture.index, "number"],
        message: `lecture numbers jump from ${before} to ${after}${scope}: ${missing}`,
        hint: "add the missing lecture, or renumber the lectures after the gap",
      });
    }
  }
  return out;
}

/** A lecture listed after one with a higher number, within its season or group. */
export function outOfOrder(context: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const lectures of groups(context.lectures).values()) {
    let highest: LectureView | undefined;
    for (const lecture of lectures) {
      if (lecture.number === undefined) continue;
      if (highest?.number !== undefined && lecture.number < highest.number) {
        const line = context.locate(["lectures", highest.index]).line;
        out.push({
          rule: "lint/out-of-order",
          path: ["lectures", lecture.index, "number"],
          message: `${lecture.name} comes after ${highest.name} (line ${line}) in ${lecture.groupName}`,
          hint: `move it before ${highest.name}, or correct its number`,
        });
      } else highest = lecture;
    }
  }
  return out;
}

/** Two lectures with one title (compared without case, width and spacing differences). */
export function duplicateTitles(context: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const seen = new Map<string, { lecture: LectureView; path: (string | number)[] }>();
  for (const lecture of context.lectures) {
    for (const title of lecture.titles) {
      const locale = title.path.length > 3 ? String(title.path[3]) : "";
      const key = `${locale}\u0000${title.text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { lecture, path: title.path });
        continue;
      }
      if (first.lecture.index === lecture.index) continue;
      const line = context.locate(first.path).line;
      out.push({
        rule: "lint/duplicate-title",
        path: title.path,
        message: `${lecture.name}: title "${title.text.trim()}" is also ${first.lecture.name}'s title (line ${line})`,
        hint: "give each lecture its own title, e.g. with the part it covers",
      });
    }
  }
  return out;
}

function groups(lectures: readonly LectureView[]): Map<string, LectureView[]> {
  const out = new Map<string, LectureView[]>();
  for (const lecture of lectures) {
    const list = out.get(lecture.groupKey);
    if (list) list.push(lecture);
    else out.set(lecture.groupKey, [lecture]);
  }
  return out;
}
