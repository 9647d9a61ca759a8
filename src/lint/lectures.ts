// The lint rules' view of a catalog: each lecture with its name, group, titles and links, each
// with the YAML path of its value. Read from plain data, so a lecture field added later (a custom
// links column, a locale map) is seen without a change here.

export type PathSegment = string | number;

export interface LinkRef {
  /** The lecture field holding the link (video, code, review or a custom links field). */
  field: string;
  url: string;
  /** Where the URL is written: the field, or `url` of one labelled part. */
  path: PathSegment[];
}

export interface LectureView {
  index: number;
  /** How messages name the lecture: "lecture 24", "lecture HW1". */
  name: string;
  number?: number;
  /** Lectures with equal keys share a season and group; the order rules look within one. */
  groupKey: string;
  /** "season 2", "group Module 1", "the catalog". */
  groupName: string;
  /** Each title text (one per locale of a translated title), with its path. */
  titles: { text: string; path: PathSegment[] }[];
  links: LinkRef[];
}

/** Fields that hold text, never a link, however their value looks. */
const TEXT_FIELDS = new Set(["id", "number", "label", "season", "group", "title", "summary"]);
const LINK_TARGET = /^(?:https?:\/\/|\.\/)/i;

export function lectureViews(lectures: readonly unknown[]): LectureView[] {
  return lectures.map((value, index) => {
    const lecture = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
    const number = typeof lecture.number === "number" ? lecture.number : undefined;
    const season = typeof lecture.season === "number" ? lecture.season : undefined;
    const group = textOf(lecture.group);
    const id = typeof lecture.id === "string" ? lecture.id : (textOf(lecture.label) ?? number);
    const groupName =
      group !== undefined ? `group ${group}` : season !== undefined ? `season ${season}` : "the catalog";
    return {
      index,
      name: `lecture ${id ?? `#${index + 1}`}`,
      ...(number !== undefined ? { number } : {}),
      groupKey: JSON.stringify([season ?? null, group ?? null]),
      groupName,
      titles: textsAt(lecture.title, ["lectures", index, "title"]),
      links: Object.entries(lecture).flatMap(([field, cell]) =>
        TEXT_FIELDS.has(field) ? [] : linksOf(cell, field, ["lectures", index, field]),
      ),
    };
  });
}

/** The links of a link cell: a URL or ./path, `{label?, url}`, or a list of those. */
function linksOf(cell: unknown, field: string, path: PathSegment[]): LinkRef[] {
  if (typeof cell === "string") return LINK_TARGET.test(cell) ? [{ field, url: cell, path }] : [];
  if (Array.isArray(cell)) return cell.flatMap((part, i) => partLink(part, field, [...path, i]));
  return partLink(cell, field, path);
}

function partLink(part: unknown, field: string, path: PathSegment[]): LinkRef[] {
  if (!part || typeof part !== "object") return [];
  const url = (part as { url?: unknown }).url;
  return typeof url === "string" && LINK_TARGET.test(url) ? [{ field, url, path: [...path, "url"] }] : [];
}

/** A text value, or the first translation of a locale map. */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const first = Object.values(value).find((v) => typeof v === "string");
    return typeof first === "string" ? first : undefined;
  }
  return undefined;
}

function textsAt(value: unknown, path: PathSegment[]): { text: string; path: PathSegment[] }[] {
  if (typeof value === "string") return [{ text: value, path }];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([locale, text]) =>
      typeof text === "string" ? [{ text, path: [...path, locale] }] : [],
    );
  }
  return [];
}
