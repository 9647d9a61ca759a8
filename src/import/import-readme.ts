// The import as one function of the README's text: the catalog to write, the README with markers,
// and what to tell the user (tables taken and skipped, irregular rows). No file is touched here.
import { CatalogError } from "../catalog/catalog-error.js";
import { validateCatalog } from "../catalog/validate.js";
import { parseMarkdown } from "../markdown/markdown.js";
import { END_MARKER, START_MARKER } from "../markdown/markers.js";
import { InputError } from "../util/errors.js";
import { formatProblem } from "../util/problem.js";
import { buildCatalog } from "./build-catalog.js";
import { toReadmePlaces } from "./places.js";
import { type ImportedColumn, type ReadOptions, readLessonTables } from "./read-table.js";
import { catalogText } from "./write-catalog.js";

export interface ImportInput extends Pick<ReadOptions, "catalogLink" | "renderLink" | "map"> {
  /** The README's text and how it is named in messages. */
  page: string;
  file: string;
  /** How the catalog is named in messages. */
  out: string;
  /** The README relative to the catalog (its output), and the JSON Schema relative to the catalog. */
  outputPath: string;
  schemaPath: string;
  readmeName: string;
  markers: boolean;
}

export interface ImportOutput {
  catalog: string;
  /** The README with markers around each imported table, when asked for and not there yet. */
  page?: string;
  lectures: number;
  /** How many lesson tables were imported. */
  tables: number;
  /** What to tell the user, in page order: tables taken and skipped, and the warnings, with their place. */
  report: string[];
}

export function importReadme(input: ImportInput): ImportOutput {
  const tree = parseMarkdown(input.page);
  const read = readLessonTables(tree, { ...input, file: input.file });
  if (read.unusedMaps.length > 0) {
    const headings = read.unusedMaps.map((h) => `"${h}"`).join(", ");
    throw new InputError(
      `${input.file}: --map names ${headings}, which no table of the page has as a heading; nothing was written\n  hint: write the heading as the table shows it, e.g. --map "Lesson Number=number"`,
    );
  }
  const skipped = read.skipped.map(
    (s) =>
      `${input.file}:${s.at.line}:${s.at.col}: table${s.heading ? ` "${s.heading}"` : ""} skipped: ${s.reason}`,
  );
  if (read.tables.length === 0) {
    throw new InputError(
      [
        `${input.file}: no lesson table found; nothing was written`,
        ...skipped.map((line) => `  ${line}`),
        `  hint: a lesson table has a title column (Title, 标题, 章节名称, Topic …) and one more known column; name a column with --map "Heading=title"`,
      ].join("\n"),
    );
  }
  const built = buildCatalog(read, input.outputPath);
  const catalog = catalogText(built.data, { schemaPath: input.schemaPath, readmeName: input.readmeName });

  // What import writes must itself be a valid catalog; its problems are told at the README's places.
  const first = read.tables[0]?.found.at ?? { line: 1, col: 1 };
  const check = validateCatalog(catalog, input.out);
  const problems = toReadmePlaces(check.diagnostics, catalog, built.places, input.file, first);
  if (!check.catalog) throw new CatalogError(problems);

  const taken = built.regions.map(({ table, name, lectures }) => {
    const { line, col } = table.found.at;
    const title = table.found.heading ? ` "${table.found.heading}"` : "";
    const region = name ? ` as region ${name}` : "";
    const columns = table.columns.map(describeColumn).join(", ");
    return `${input.file}:${line}:${col}: table${title} imported${region}: ${lectures} lecture${lectures === 1 ? "" : "s"}; columns ${columns}`;
  });
  const warnings = [...read.diagnostics, ...problems.filter((d) => !d.fatal)];
  const report = [...taken, ...skipped, ...warnings.map(formatProblem)].sort((a, b) => lineOf(a) - lineOf(b));

  const output: ImportOutput = {
    catalog,
    lectures: built.regions.reduce((sum, r) => sum + r.lectures, 0),
    tables: built.regions.length,
    report,
  };
  if (input.markers && !/<!--\s*syllabus:/i.test(input.page)) {
    output.page = withMarkers(input.page, built.regions);
  }
  return output;
}

function describeColumn(column: ImportedColumn): string {
  const heading = column.heading === "" ? "(empty)" : column.heading;
  const notes = [
    column.custom ? "custom" : "",
    column.type === "markdown" || column.custom ? "markdown" : "",
  ];
  const note = notes.filter(Boolean).join(", ");
  return `${heading} → ${column.field}${note ? ` (${note})` : ""}`;
}

function lineOf(reportLine: string): number {
  return Number(/:(\d+):\d+: /.exec(reportLine)?.[1] ?? 0);
}

/** Markers around each table: unnamed around a single one, named after its region otherwise. */
function withMarkers(
  page: string,
  regions: {
    table: { found: { table: { position?: { start: { offset?: number }; end: { offset?: number } } } } };
    name?: string;
  }[],
): string {
  const eol = page.includes("\r\n") ? "\r\n" : "\n";
  const edits: { at: number; text: string }[] = [];
  for (const region of regions) {
    const start = region.table.found.table.position?.start.offset;
    const end = region.table.found.table.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const open = region.name ? `<!-- syllabus:start name=${region.name} -->` : START_MARKER;
    edits.push({ at: start, text: `${open}${eol}` }, { at: end, text: `${eol}${END_MARKER}` });
  }
  let result = page;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    result = result.slice(0, edit.at) + edit.text + result.slice(edit.at);
  }
  return result;
}
