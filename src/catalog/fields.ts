// Columns are data: what a column shows (its type) and which lecture keys a catalog allows follow
// from its declared columns. These rules run on the plain YAML value, before or without the schema,
// so the fast path and the positioned path report the same findings.
import type * as z from "zod";
import { didYouMean } from "../util/did-you-mean.js";
import {
  BUILTIN_FIELDS,
  type BuiltinField,
  COLUMN_TYPES,
  type Column,
  type ColumnType,
  DEFAULT_COLUMNS,
  type LinkCell,
  type LinkPart,
  linkCell,
} from "./schema.js";
import type { PathSegment } from "./yaml-source.js";

/** The type a column has when it names none. */
export function defaultType(field: string): ColumnType {
  if (field === "number") return "label";
  if (field === "video" || field === "code" || field === "review") return "links";
  return isBuiltin(field) ? "text" : "markdown";
}

export function columnType(column: Pick<Column, "field" | "type">): ColumnType {
  return column.type ?? defaultType(column.field);
}

/** The types each built-in field can be shown as; a custom field can be any but label. */
const FITTING: Record<BuiltinField, readonly ColumnType[]> = {
  id: ["text"],
  number: ["label", "text"],
  label: ["label", "text"],
  season: ["text"],
  group: ["text", "markdown"],
  title: ["text", "markdown"],
  summary: ["text", "markdown"],
  video: ["links"],
  code: ["links"],
  review: ["links"],
};
const CUSTOM_TYPES: readonly ColumnType[] = ["text", "markdown", "links"];

export function isBuiltin(field: string): field is BuiltinField {
  return (BUILTIN_FIELDS as readonly string[]).includes(field);
}

export function fittingTypes(field: string): readonly ColumnType[] {
  return isBuiltin(field) ? FITTING[field] : CUSTOM_TYPES;
}

/** The links of a cell, each with its own label if it has one; placeholders have none. */
export function linkParts(cell: LinkCell | undefined): LinkPart[] {
  if (cell === undefined || cell === "unavailable" || cell === "pending") return [];
  if (typeof cell === "string") return [{ url: cell }];
  return Array.isArray(cell) ? cell : [cell];
}

/** "lecture 12: ", "lecture "HW1": " or "lecture #3: ": how messages name a lecture. */
export function lectureName(lecture: unknown, index: number): string {
  const { number, label } = (isObject(lecture) ? lecture : {}) as { number?: unknown; label?: unknown };
  // Only a number shown as written: 1e20 would print as 100000000000000000000.
  if (typeof number === "number" && Math.abs(number) <= Number.MAX_SAFE_INTEGER) return `lecture ${number}`;
  if (typeof label === "string" && label.trim() !== "") return `lecture "${label.trim()}"`;
  return `lecture #${index + 1}`;
}

interface DeclaredColumn {
  path: PathSegment[];
  field: string;
  type: ColumnType;
  heading: string;
  separator: string;
}

/** Every column of the plain catalog value (table.columns, else the default, and tables.*.columns). */
export function declaredColumns(root: unknown): DeclaredColumn[] {
  const out: DeclaredColumn[] = [];
  const add = (columns: unknown, at: PathSegment[]) => {
    if (!Array.isArray(columns)) return;
    columns.forEach((column, index) => {
      if (!isObject(column) || typeof column.field !== "string") return;
      // A type the schema refuses (reported there) is read as the default, so it is reported once.
      const type = COLUMN_TYPES.includes(column.type as ColumnType)
        ? (column.type as ColumnType)
        : defaultType(column.field);
      const heading = typeof column.heading === "string" ? column.heading : "";
      const separator = typeof column.separator === "string" ? column.separator : "";
      out.push({ path: [...at, index], field: column.field, type, heading, separator });
    });
  };
  const table = get(root, ["table"]);
  const columns = get(table, ["columns"]);
  if (columns === undefined) add(DEFAULT_COLUMNS, ["table", "columns"]);
  else add(columns, ["table", "columns"]);
  const tables = get(root, ["tables"]);
  if (isObject(tables))
    for (const name of Object.keys(tables)) add(get(tables, [name, "columns"]), ["tables", name, "columns"]);
  return out;
}

/** Fields (built-in or custom) whose values are link cells: they are checked as links everywhere. */
export function linkFieldsOf(root: unknown): string[] {
  const fields = new Set<string>(["video", "code", "review"]);
  for (const column of declaredColumns(root)) if (column.type === "links") fields.add(column.field);
  return [...fields];
}

export interface FieldFinding {
  path: PathSegment[];
  /** Report at the key rather than the value (an unknown key). */
  atKey?: string;
  rule:
    | "unknown-key"
    | "bad-column-type"
    | "wrong-type"
    | "missing-field"
    | "unknown-field"
    | "line-break"
    | "empty-table"
    | "empty-column"
    | "hidden-field";
  message: string;
  hint: string;
  /** Errors unless said otherwise. */
  severity?: "warning";
}

export interface FieldIssue {
  /** Where the value checked against `linkCell` sits; the zod issue's path is below it. */
  prefix: PathSegment[];
  issue: z.core.$ZodIssue;
}

/**
 * The rules that depend on the declared columns: a column's type fits its field, a lecture key is
 * built-in or named by a column, a custom value fits its column, every lecture has a number or a
 * label, and a table's `where` names a field.
 */
export function fieldFindings(root: unknown): { findings: FieldFinding[]; issues: FieldIssue[] } {
  const findings: FieldFinding[] = [];
  const issues: FieldIssue[] = [];
  const columns = declaredColumns(root);
  const custom = new Map<string, "links" | "text">();
  for (const column of columns) {
    if (/[\r\n]/.test(column.heading.trim())) {
      findings.push({
        path: [...column.path, "heading"],
        rule: "line-break",
        message: `the heading of column "${column.field}" is inline markdown in a table cell and must be one line`,
        hint: "join the lines, or write <br/> where the heading should break",
      });
    }
    if (/[\r\n]/.test(column.separator)) {
      findings.push({
        path: [...column.path, "separator"],
        rule: "line-break",
        message: `the separator of column "${column.field}" must be one line`,
        hint: 'a table cell is one line: write <br/> to break between links, e.g. separator: "<br/>"',
      });
    }
    const fitting = fittingTypes(column.field);
    if (!fitting.includes(column.type)) {
      findings.push({
        path: [...column.path, "type"],
        rule: "bad-column-type",
        message: `column "${column.field}" cannot be of type ${column.type}`,
        hint: `"${column.field}" can be shown as ${fitting.join(" or ")}`,
      });
      continue;
    }
    if (isBuiltin(column.field)) continue;
    const kind = column.type === "links" ? "links" : "text";
    const before = custom.get(column.field);
    if (before === undefined) custom.set(column.field, kind);
    else if (before !== kind) {
      findings.push({
        path: [...column.path, "type"],
        rule: "bad-column-type",
        message: `column "${column.field}" is ${kind === "links" ? "a links" : "a text"} column here and ${before === "links" ? "a links" : "a text"} column elsewhere`,
        hint: "a field holds either links or text: give every column of this field the same kind of type",
      });
    }
  }
  const known = [...BUILTIN_FIELDS, ...custom.keys()];
  const markdown = new Set(columns.filter((c) => c.type === "markdown").map((c) => c.field));

  const lectures = get(root, ["lectures"]);
  if (Array.isArray(lectures)) {
    lectures.forEach((lecture, index) => {
      if (!isObject(lecture)) return;
      const name = lectureName(lecture, index);
      // A misspelt "numbr" is reported as an unknown key with "did you mean number": say it once.
      const misspelt = Object.keys(lecture).some(
        (key) => !known.includes(key) && ["number", "label"].includes(didYouMean(key, known) ?? ""),
      );
      if (lecture.number === undefined && lecture.label === undefined && !misspelt) {
        findings.push({
          path: ["lectures", index],
          rule: "missing-field",
          message: `${name}: needs a "number" or a "label"`,
          hint: 'add "number:" (its place in the course) or "label:" (the text shown, e.g. HW1)',
        });
      }
      for (const [key, value] of Object.entries(lecture)) {
        if (markdown.has(key) && typeof value === "string" && /[\r\n]/.test(value.trim())) {
          findings.push({
            path: ["lectures", index, key],
            rule: "line-break",
            message: `${name}: "${key}" is inline markdown in a table cell and must be one line`,
            hint: "join the lines (a folded >- scalar does), or write <br/> where the cell should break",
          });
        }
        if (isBuiltin(key)) continue;
        const kind = custom.get(key);
        const at: PathSegment[] = ["lectures", index, key];
        if (kind === undefined) {
          const suggestion = didYouMean(key, known);
          findings.push({
            path: ["lectures", index],
            atKey: key,
            rule: "unknown-key",
            message: `${name}: unknown key "${key}"`,
            hint: suggestion
              ? `did you mean "${suggestion}"?`
              : `known keys here: ${known.join(", ")}; or declare a column with field: ${key} to keep it`,
          });
        } else if (kind === "links") {
          const parsed = linkCell.safeParse(value);
          if (!parsed.success) for (const issue of parsed.error.issues) issues.push({ prefix: at, issue });
        } else if (typeof value !== "string") {
          findings.push({
            path: at,
            rule: "wrong-type",
            message: `${name}: "${key}" must be text, got ${describeValue(value)}`,
            hint:
              typeof value === "number" || typeof value === "boolean"
                ? `quote it: "${String(value)}"`
                : value === null
                  ? "write the text, or remove the key"
                  : "write the cell's inline markdown as one string, or declare the column with type: links",
          });
        }
      }
    });
  }

  const tables = get(root, ["tables"]);
  if (isObject(tables)) {
    for (const [tableName, table] of Object.entries(tables)) {
      const where = get(table, ["where"]);
      if (!isObject(where)) continue;
      const conditions = Object.entries(where);
      const selects = (lecture: unknown) => conditions.every(([key, value]) => get(lecture, [key]) === value);
      const allKnown = conditions.every(([key]) => known.includes(key));
      if (allKnown && conditions.length > 0 && Array.isArray(lectures) && !lectures.some(selects)) {
        findings.push({
          path: ["tables", tableName, "where"],
          rule: "empty-table",
          message: `tables.${tableName} selects no lecture`,
          hint: 'where compares exactly: season: 2 (a number) is not season: "2", and "Module 1" is not "module 1"',
          severity: "warning",
        });
      }
      for (const key of Object.keys(where)) {
        if (known.includes(key)) continue;
        const suggestion = didYouMean(key, known);
        findings.push({
          path: ["tables", tableName, "where"],
          atKey: key,
          rule: "unknown-field",
          message: `tables.${tableName}.where names "${key}", which is no lecture field`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `use one of ${known.join(", ")}`,
        });
      }
    }
  }
  findings.push(...shownFieldFindings(columns, Array.isArray(lectures) ? lectures : []));
  return { findings, issues };
}

/** Cells a page shows in lectures' texts and links: a column for them missing means data no one sees. */
const SHOWN_FIELDS = ["title", "summary", "video", "code", "review"];

/**
 * A misspelt column field (`reveiw`) renders an empty column and hides the lectures' values
 * without an error: a custom column no lecture fills, and a built-in field that lectures fill but
 * no column shows, are warnings that name each other.
 */
function shownFieldFindings(columns: DeclaredColumn[], lectures: unknown[]): FieldFinding[] {
  const filled = new Map<string, number>();
  lectures.forEach((lecture, index) => {
    if (!isObject(lecture)) return;
    for (const [key, value] of Object.entries(lecture))
      if (value !== undefined && value !== null && !filled.has(key)) filled.set(key, index);
  });
  const shown = new Set(columns.map((c) => c.field));
  const hidden = SHOWN_FIELDS.filter((field) => filled.has(field) && !shown.has(field));
  const findings: FieldFinding[] = [];
  const reported = new Set<string>();
  for (const column of columns) {
    if (isBuiltin(column.field) || filled.has(column.field) || reported.has(column.field)) continue;
    reported.add(column.field);
    const suggestion = didYouMean(column.field, [...hidden, ...filled.keys()]);
    findings.push({
      path: [...column.path, "field"],
      rule: "empty-column",
      message: `no lecture has "${column.field}": its column "${column.heading}" is empty`,
      hint: suggestion
        ? `did you mean "${suggestion}"?`
        : `add "${column.field}:" to the lectures that have it`,
      severity: "warning",
    });
  }
  for (const field of hidden) {
    const index = filled.get(field) as number;
    findings.push({
      path: ["lectures", index],
      atKey: field,
      rule: "hidden-field",
      message: `lectures have "${field}", but no column shows it`,
      hint: `add a column with field: ${field} to table.columns, or remove "${field}" from the lectures`,
      severity: "warning",
    });
  }
  return findings;
}

function describeValue(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  return isObject(value) ? "a mapping" : `${typeof value} ${String(value)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function get(value: unknown, at: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of at) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
