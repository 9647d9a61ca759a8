// The report's memory between runs, kept in the issue body as a hidden HTML comment of compact JSON:
// no storage besides the issue. A missing or corrupt comment gives an empty history and a note.

export type Standing = "broken" | "suspect" | "unverifiable";

export interface LinkHistory {
  /** The first night (YYYY-MM-DD) of the current run of failures. */
  first: string;
  /** Failing nights in a row, tonight included. */
  nights: number;
  standing: Standing;
}

export interface ReportState {
  date: string;
  links: Map<string, LinkHistory>;
}

export const STATE_VERSION = 1;
const MARKER = "syllabus-report-state:";
/** How the state comment starts: what tells the report's issue from others with its label. */
export const STATE_MARKER = `<!-- ${MARKER}`;
const CODES: Record<Standing, string> = { broken: "b", suspect: "s", unverifiable: "u" };
const STANDINGS = new Map(Object.entries(CODES).map(([standing, code]) => [code, standing as Standing]));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyState(date: string): ReportState {
  return { date, links: new Map() };
}

/** `<!-- syllabus-report-state: {"v":1,"d":DATE,"l":{URL:[FIRST,NIGHTS,"b"|"s"|"u"]}} -->` */
export function stateComment(state: ReportState): string {
  const links = Object.fromEntries(
    [...state.links].map(([url, h]) => [url, [h.first, h.nights, CODES[h.standing]]]),
  );
  const json = JSON.stringify({ v: STATE_VERSION, d: state.date, l: links });
  // < and > escaped so that no URL can end the comment early ("-->"); JSON reads \u003e as ">".
  return `<!-- ${MARKER} ${json.replaceAll("<", "\\u003c").replaceAll(">", "\\u003e")} -->`;
}

export type ReadState = { state: ReportState; problem?: undefined } | { state?: undefined; problem: string };

/** Reads the state back from an issue body; a problem says why it could not be. */
export function readState(body: string | null | undefined): ReadState {
  const start = (body ?? "").indexOf(`<!-- ${MARKER}`);
  if (!body || start < 0) return { problem: "the state comment is missing from the issue body" };
  const end = body.indexOf("-->", start);
  if (end < 0) return { problem: "the state comment in the issue body is not closed" };
  let data: unknown;
  try {
    data = JSON.parse(body.slice(start + `<!-- ${MARKER}`.length, end));
  } catch {
    return { problem: "the state comment in the issue body is not valid JSON" };
  }
  if (!isRecord(data) || data.v !== STATE_VERSION) {
    return { problem: `the state comment in the issue body is not version ${STATE_VERSION}` };
  }
  if (typeof data.d !== "string" || !DATE.test(data.d) || !isRecord(data.l)) {
    return { problem: "the state comment in the issue body is malformed" };
  }
  const links = new Map<string, LinkHistory>();
  for (const [url, value] of Object.entries(data.l)) {
    const standing = Array.isArray(value) ? STANDINGS.get(value[2]) : undefined;
    const [first, nights] = Array.isArray(value) ? value : [];
    if (!standing || typeof first !== "string" || !DATE.test(first) || !Number.isSafeInteger(nights)) {
      return { problem: `the state comment in the issue body is malformed (at ${JSON.stringify(url)})` };
    }
    links.set(url, { first, nights: Math.max(1, nights as number), standing });
  }
  return { state: { date: data.d, links } };
}

/**
 * The state, made to fit `maxChars`: when too many links fail, what the flake guard needs (suspect and
 * unverifiable links, whose counts decide what is listed) is kept first, then broken links.
 */
export function fitState(state: ReportState, maxChars: number): { state: ReportState; dropped: number } {
  if (stateComment(state).length <= maxChars) return { state, dropped: 0 };
  const order = (h: LinkHistory) => (h.standing === "broken" ? 1 : 0);
  const entries = [...state.links].sort((a, b) => order(a[1]) - order(b[1]));
  const kept: ReportState = { date: state.date, links: new Map() };
  let size = stateComment(kept).length;
  for (const [url, history] of entries) {
    // "URL":["YYYY-MM-DD",NIGHTS,"b"], with < and > escaped to six characters each.
    const added = JSON.stringify(url).replace(/[<>]/g, "\\u003c").length + String(history.nights).length + 22;
    if (size + added > maxChars) break;
    kept.links.set(url, history);
    size += added;
  }
  return { state: kept, dropped: state.links.size - kept.links.size };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
