// The report as Markdown, built as mdast so that every cell is escaped by remark-stringify. The same
// blocks serve stdout, the job summary and the issue body; only the issue body is cut to fit.
import type { Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from "mdast";
import { lectureLabel } from "../markdown/cells.js";
import { stringifyBlocks } from "../markdown/markdown.js";
import { displayPath } from "../util/text-file.js";
import type { Comparison, RecoveredRow, Row } from "./compare.js";
import type { ResultLink, ResultSource } from "./results.js";
import { fitState, stateComment } from "./state.js";

export interface RenderOptions {
  /** How a lecture number is shown: {zh} a Chinese numeral, {n} digits (default 第{zh}讲). */
  lectureLabel: string;
  /** https://github.com/OWNER/REPO/blob/SHA: catalog lines become links to the file at that commit. */
  blobBase?: string;
  /** The workflow run whose job summary holds the full report. */
  runUrl?: string;
  /** Said first, as a quote (a history reset). */
  notes?: string[];
}

/** GitHub refuses an issue body longer than this. */
export const ISSUE_BODY_MAX = 65_536;
/** Room for the state: the rest is for the rows. */
const STATE_MAX = 24_000;

export function renderReport(comparison: Comparison, options: RenderOptions): string {
  const blocks = reportPieces(comparison, options).map((piece) => ("rows" in piece ? piece.rows : piece));
  return `${stringifyBlocks(blocks)}\n`;
}

/** The issue body: the report (rows cut, with a count, when too long), a footer and the hidden state. */
export function renderIssueBody(
  comparison: Comparison,
  options: RenderOptions,
  maxChars = ISSUE_BODY_MAX,
): string {
  const fitted = fitState(comparison.state, Math.min(STATE_MAX, Math.floor(maxChars / 3)));
  const notes = [...(options.notes ?? [])];
  if (fitted.dropped > 0) {
    notes.push(
      `too many failing links to remember: the history of ${fitted.dropped} broken links was not kept; they will be listed as newly broken on the next run.`,
    );
  }
  const tail: RootContent[] = [
    {
      type: "html",
      value:
        "<sub>Kept up to date by <code>syllabus report</code>: edits to this text are overwritten on the next run.</sub>",
    },
    { type: "html", value: stateComment(fitted.state) },
  ];
  // Serialised once: a table without alignment padding has one line per row, so cutting rows is
  // cutting lines, and the search below costs string joins, not serialisations.
  const pieces = [...reportPieces(comparison, { ...options, notes }), ...tail].map((piece) => {
    if (!("rows" in piece)) return stringifyBlocks([piece]);
    const [header = "", rule = "", ...rows] = stringifyBlocks([piece.rows]).split("\n");
    return { header: `${header}\n${rule}`, rows, more: piece.more };
  });
  const render = (limit: number) => {
    let budget = limit;
    const out: string[] = [];
    for (const piece of pieces) {
      if (typeof piece === "string") {
        out.push(piece);
        continue;
      }
      const shown = piece.rows.slice(0, Math.max(0, budget));
      budget -= shown.length;
      if (shown.length > 0) out.push([piece.header, ...shown].join("\n"));
      if (shown.length < piece.rows.length)
        out.push(stringifyBlocks([piece.more(piece.rows.length - shown.length)]));
    }
    return `${out.join("\n\n")}\n`;
  };
  const all = pieces.reduce((n, piece) => n + (typeof piece === "string" ? 0 : piece.rows.length), 0);
  let low = 0;
  let high = all;
  // The most rows that fit: a binary search over the row budget.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (render(mid).length <= maxChars) low = mid;
    else high = mid - 1;
  }
  return render(low);
}

/** A section's table, cut to fit the issue body when needed, with what to say about the rows left out. */
interface RowsPiece {
  rows: Table;
  more: (hidden: number) => Paragraph;
}

interface Column {
  heading: string;
  cell: (row: TableLine) => PhrasingContent[];
}

/** One table line: a link at one of its places (or at none, when it is gone from the results). */
interface TableLine {
  url: string;
  link?: ResultLink;
  source?: ResultSource;
  row?: Row;
  recovered?: RecoveredRow;
}

function reportPieces(comparison: Comparison, options: RenderOptions): (RootContent | RowsPiece)[] {
  const c = comparison;
  const { confirmAfter, unverifiableAfter } = c.options;
  const blocks: (RootContent | RowsPiece)[] = [];
  for (const note of options.notes ?? []) {
    blocks.push({ type: "blockquote", children: [paragraph([strong("Note:"), text(` ${note}`)])] });
  }
  blocks.push(paragraph(headline(c)));
  if (c.watching.length > 0) {
    blocks.push(
      paragraph([
        text(
          `${plural(c.watching.length, "unverifiable link")} ${c.watching.length === 1 ? "is" : "are"} watched: listed here once unverifiable for ${unverifiableAfter} nights in a row.`,
        ),
      ]),
    );
  }
  if (c.offline > 0) {
    blocks.push(
      paragraph([
        text(`${plural(c.offline, "link")} could not be checked (no network); their history is kept.`),
      ]),
    );
  }

  const lecture: Column = { heading: "Lecture", cell: (l) => lectureCell(l.source, options) };
  const field: Column = { heading: "Field", cell: (l) => textCell(l.source?.field ?? "") };
  const link: Column = { heading: "Link", cell: (l) => linkCell(l) };
  const reason: Column = { heading: "Reason", cell: (l) => textCell(l.link?.reason ?? "") };
  const firstSeen: Column = { heading: "First seen", cell: (l) => textCell(l.row?.history.first ?? "") };
  const nights: Column = { heading: "Nights", cell: (l) => textCell(String(l.row?.history.nights ?? "")) };
  const runs: Column = {
    heading: "Runs",
    cell: (l) => textCell(`${l.row?.history.nights ?? 0} of ${confirmAfter}`),
  };
  const place: Column = { heading: "Line", cell: (l) => placeCell(l.source, options) };
  const was: Column = { heading: "Was", cell: (l) => textCell(l.recovered?.was ?? "") };
  const now: Column = { heading: "Now", cell: (l) => textCell(l.link ? "ok" : "no longer linked") };

  const section = (title: string, rows: TableLine[], columns: Column[], intro?: string) => {
    if (rows.length === 0) return;
    blocks.push({ type: "heading", depth: 3, children: [text(title)] });
    if (intro) blocks.push(paragraph([emphasis(intro)]));
    const where = options.runUrl
      ? [text(" (see the job summary of "), link_(options.runUrl, "this run"), text(")")]
      : [text(" (see the job summary)")];
    blocks.push({
      rows: table(columns, rows),
      more: (hidden) =>
        paragraph([text(`… and ${plural(hidden, "more row")} not shown here`), ...where, text(".")]),
    });
  };
  section(`Newly broken (${c.newlyBroken.length})`, lines(c.newlyBroken), [
    lecture,
    field,
    link,
    reason,
    place,
  ]);
  section(`Still broken (${c.stillBroken.length})`, lines(c.stillBroken), [
    lecture,
    field,
    link,
    reason,
    firstSeen,
    nights,
    place,
  ]);
  section(
    `Suspect (${c.suspect.length})`,
    lines(c.suspect),
    [lecture, field, link, reason, runs, place],
    `A timeout, a reset, a 5xx or a 429: counted as broken once it fails on ${confirmAfter} runs in a row.`,
  );
  section(
    `Unverifiable for ${unverifiableAfter} nights or more (${c.unverifiable.length})`,
    lines(c.unverifiable),
    [lecture, field, link, reason, firstSeen, nights, place],
    "Could not be checked (a bot wall, a login, access denied): worth a look by hand.",
  );
  section(
    `Recovered since last report (${c.recovered.length})`,
    byPlace(c.recovered.flatMap((r) => places(r.url, r.link).map((line) => ({ ...line, recovered: r })))),
    [lecture, field, link, was, now, place],
  );
  return blocks;
}

function headline(c: Comparison): PhrasingContent[] {
  const broken = c.newlyBroken.length + c.stillBroken.length;
  const counts = [
    c.suspect.length ? `${c.suspect.length} suspect` : "",
    c.unverifiable.length
      ? `${c.unverifiable.length} unverifiable for ${c.options.unverifiableAfter}+ nights`
      : "",
    ...recoveredCounts(c),
  ].filter(Boolean);
  const r = c.results;
  const checked = `${plural(r.links, "link")} checked on ${c.date}: ${r.ok} ok, ${r.broken} broken, ${r.unverifiable} unverifiable.`;
  const lead =
    broken > 0
      ? strong(`${plural(broken, "broken link")} (${c.newlyBroken.length} new)`)
      : strong(c.suspect.length + c.unverifiable.length > 0 ? "No broken links" : "All links pass");
  return [lead, text(`${counts.map((s) => ` · ${s}`).join("")} — ${checked}`)];
}

function lines(rows: Row[]): TableLine[] {
  return byPlace(rows.flatMap((row) => places(row.url, row.link).map((line) => ({ ...line, row }))));
}

/** In the order of the catalog (file, line, column); lines without a place last, by URL. */
function byPlace(lines: TableLine[]): TableLine[] {
  const key = (l: TableLine) => (l.source ? [l.source.file, l.source.line, l.source.col] : ["\uffff", 0, 0]);
  return lines.sort((a, b) => {
    const [fa, la, ca] = key(a) as [string, number, number];
    const [fb, lb, cb] = key(b) as [string, number, number];
    return (fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  });
}

function places(url: string, link: ResultLink | undefined): TableLine[] {
  if (!link || link.sources.length === 0) return [{ url, ...(link ? { link } : {}) }];
  return link.sources.map((source) => ({ url, link, source }));
}

function lectureCell(source: ResultSource | undefined, options: RenderOptions): PhrasingContent[] {
  if (!source?.lecture) return [];
  const { number, title, label } = source.lecture;
  return textCell(`${label ?? lectureLabel(options.lectureLabel, number)} ${title}`);
}

function linkCell(line: TableLine): PhrasingContent[] {
  const fragment = line.source?.fragment ? `#${line.source.fragment}` : "";
  if (line.link?.kind === "local") return [{ type: "inlineCode", value: displayPath(line.url) + fragment }];
  return [link_(line.url + fragment, line.url + fragment)];
}

function placeCell(source: ResultSource | undefined, options: RenderOptions): PhrasingContent[] {
  if (!source) return [];
  const label = `${source.file}:${source.line}`;
  if (!options.blobBase) return textCell(label);
  const file = source.file.split("\\").join("/").split("/").map(encodeURIComponent).join("/");
  return [link_(`${options.blobBase}/${file}#L${source.line}`, label)];
}

function table(columns: Column[], rows: TableLine[]): Table {
  const header: TableRow = { type: "tableRow", children: columns.map((c) => cell(textCell(c.heading))) };
  return {
    type: "table",
    align: columns.map(() => null),
    children: [
      header,
      ...rows.map((row): TableRow => ({ type: "tableRow", children: columns.map((c) => cell(c.cell(row))) })),
    ],
  };
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: "tableCell", children };
}

/** Table cells are one line: runs of white space, newlines included, become one space. */
function textCell(value: string): PhrasingContent[] {
  const line = value.replace(/\s+/g, " ").trim();
  return line === "" ? [] : [text(line)];
}

function text(value: string): PhrasingContent {
  return { type: "text", value };
}

function strong(value: string): PhrasingContent {
  return { type: "strong", children: [text(value)] };
}

function emphasis(value: string): PhrasingContent {
  return { type: "emphasis", children: [text(value)] };
}

function link_(url: string, label: string): PhrasingContent {
  return { type: "link", url, children: [text(label)] };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: "paragraph", children };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * "2 recovered", "1 no longer linked": a link that passes again and one that was removed from the
 * course both leave the report, but only the first recovered.
 */
export function recoveredCounts(c: Comparison): string[] {
  const removed = c.recovered.filter((r) => !r.link).length;
  const passing = c.recovered.length - removed;
  return [passing ? `${passing} recovered` : "", removed ? `${removed} no longer linked` : ""].filter(
    Boolean,
  );
}
