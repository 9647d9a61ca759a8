// Validation of catalog.yaml: YAML syntax, the schema and the rules across lectures, all
// reported at once, each at file:line:col with a hint.

import type { VFileMessage } from "vfile-message";
import { isMap, isScalar } from "yaml";
import type * as z from "zod";
import { didYouMean } from "../util/did-you-mean.js";
import { byPosition, problem, type Severity } from "../util/problem.js";
import { crossLectureFindings } from "./cross-lecture.js";
import { fieldFindings, lectureName } from "./fields.js";
import { quickValidate, type ValidateOptions } from "./quick.js";
import { type Catalog, catalog as catalogSchema } from "./schema.js";
import { CONTROL_CHARACTER, textFindings, withoutCredentials } from "./text-rules.js";
import {
  keyNodeAt,
  nodeAt,
  type PathSegment,
  parseYaml,
  positionOf,
  toPlainValue,
  type YamlSource,
} from "./yaml-source.js";

export type { ValidateOptions };

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed). */
  catalog?: Catalog;
  source?: YamlSource;
  diagnostics: VFileMessage[];
}

/**
 * Validates catalog text. A valid catalog is read by js-yaml (about 10× faster than the yaml
 * library on a large catalog) and checked on plain data; only when there is something to report
 * is the text parsed again with yaml, whose node ranges give every problem its line:col.
 */
export function validateCatalog(text: string, file: string, options: ValidateOptions = {}): ValidationResult {
  const quick = quickValidate(text, options.warnings ?? true);
  if (quick) return { catalog: quick, diagnostics: [] };
  return validateWithPositions(text, file);
}

export function validateWithPositions(text: string, file: string): ValidationResult {
  const { source, diagnostics } = parseYaml(text, file);
  // A syntax error leaves a partial tree (too deep a text, none): checking its shape would only add noise.
  if (diagnostics.some((d) => d.ruleId === "yaml-syntax" || d.ruleId === "nesting-limit"))
    return { diagnostics: diagnostics.sort(byPosition) };

  const plain = toPlainValue(source);
  if ("diagnostic" in plain) return { diagnostics: [...diagnostics, plain.diagnostic] };

  const parsed = catalogSchema.safeParse(plain.value ?? {});
  for (const finding of textFindings(plain.value)) {
    const { node } = nodeAt(source, finding.path);
    // A control character written raw (not as an escape) is reported where it stands.
    const range = finding.rule === "control-character" ? node?.range : undefined;
    const raw = range ? text.slice(range[0], range[1]).search(CONTROL_CHARACTER) : -1;
    const at = range && raw >= 0 ? source.lineCounter.linePos(range[0] + raw) : positionOf(source, node);
    diagnostics.push(diagnostic(source, at, finding.rule, finding.message, { hint: finding.hint }));
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      diagnostics.push(...issueDiagnostics(source, issue, [], plain.value));
  } else {
    diagnostics.push(...crossLectureDiagnostics(source, parsed.data));
  }
  const fields = fieldFindings(plain.value);
  for (const finding of fields.findings) {
    const key = finding.atKey === undefined ? undefined : keyNodeAt(source, finding.path, finding.atKey);
    const at = positionOf(source, key ?? nodeAt(source, finding.path).node);
    diagnostics.push(
      diagnostic(source, at, finding.rule, finding.message, {
        hint: finding.hint,
        ...(finding.severity ? { severity: finding.severity } : {}),
      }),
    );
  }
  for (const { prefix, issue } of fields.issues)
    diagnostics.push(...issueDiagnostics(source, issue, prefix, plain.value));
  diagnostics.sort(byPosition);
  // zod may find one value out of range twice (not a safe integer, and not positive): say it once.
  const unique = diagnostics.filter((d, i) => {
    const before = diagnostics[i - 1];
    return !(before && before.ruleId === d.ruleId && before.line === d.line && before.column === d.column);
  });
  diagnostics.splice(0, diagnostics.length, ...unique);
  const failed = diagnostics.some((d) => d.fatal);
  return failed || !parsed.success ? { diagnostics, source } : { catalog: parsed.data, source, diagnostics };
}

function issueDiagnostics(
  source: YamlSource,
  issue: z.core.$ZodIssue,
  prefix: readonly PathSegment[],
  root: unknown,
): VFileMessage[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union") {
    // Report the branch that fits the value's type (a string or a list), not every branch.
    const fitting = issue.errors.filter(
      (branch) => !(branch.length === 1 && branch[0]?.code === "invalid_type" && branch[0].path.length === 0),
    );
    const [only] = fitting;
    if (fitting.length === 1 && only) return only.flatMap((sub) => issueDiagnostics(source, sub, path, root));
  }
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const at = positionOf(source, keyNodeAt(source, path, key) ?? nodeAt(source, path).node);
      const suggestion = didYouMean(key, known);
      return diagnostic(source, at, "unknown-key", `${where(path, root)}unknown key "${key}"`, {
        hint: suggestion ? `did you mean "${suggestion}"?` : `known keys here: ${known.join(", ")}`,
      });
    });
  }
  const found = nodeAt(source, path);
  const at = positionOf(source, found.node);
  const field = String(path.findLast((segment) => typeof segment === "string") ?? "catalog");
  const context = where(path, root);
  const input = "input" in issue ? issue.input : valueAt(root, path);
  // A number is shown as written in the catalog (99999999999999999999, not 100000000000000000000).
  const written = typeof input === "number" && isScalar(found.node) ? found.node.source : undefined;
  const shown = typeof written === "string" ? `number ${written}` : describe(input);

  switch (issue.code) {
    case "invalid_type":
      if (typeof input === "number" && !Number.isFinite(input))
        return [outOfRange(source, at, context, field, written ?? String(input))];
      if (input === undefined) {
        // A misspelt key ("titel") is reported as unknown with "did you mean title": say it once.
        const parent = path.slice(0, -1);
        const known = knownKeysAt(parent);
        const misspelt = mapKeysAt(source, parent).some(
          (key) => !known.includes(key) && didYouMean(key, known) === field,
        );
        if (misspelt) return [];
        return [
          diagnostic(source, at, "missing-field", `${context}missing required field "${field}"`, {
            hint: `add "${field}:" here`,
          }),
        ];
      }
      return [
        diagnostic(
          source,
          at,
          "wrong-type",
          // An item of a list is named by its list: "each item of "lectures"", not "lectures".
          `${context}${typeof path.at(-1) === "number" ? "each item of " : ""}"${field}" must be ${article(issue.expected)}, got ${shown}`,
          { hint: typeHint(issue.expected, input) },
        ),
      ];
    case "too_small":
      if (issue.origin === "string") {
        return [
          diagnostic(source, at, "empty-field", `${context}"${field}" must not be empty`, {
            hint: `write the ${field}, or remove the key if it is optional`,
          }),
        ];
      }
      if (issue.origin === "array") {
        return [
          diagnostic(
            source,
            at,
            "empty-list",
            `${context}"${field}" must hold at least ${issue.minimum} item`,
            {
              hint: "add an item, or remove the key",
            },
          ),
        ];
      }
      return [outOfRange(source, at, context, field, written ?? String(input), issue)];
    case "too_big":
      return [outOfRange(source, at, context, field, written ?? String(input), issue)];
    case "invalid_format":
      if (field === "field" && path[path.length - 3] === "columns") {
        return [
          diagnostic(source, at, "bad-field-name", `column field ${describe(input)} is not a field name`, {
            hint: "name fields with letters, digits, _ and - (author, notebook_url, 视频)",
          }),
        ];
      }
      if (path.at(-2) === "repository") {
        return [
          diagnostic(
            source,
            at,
            "bad-url",
            `"url" must be the https:// address of the repository, got ${describe(input)}`,
            {
              hint: "write it as https://github.com/OWNER/NAME",
            },
          ),
        ];
      }
      return [linkDiagnostic(source, at, context, field, String(input))];
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const suggestion = typeof input === "string" ? didYouMean(input, allowed) : undefined;
      return [
        diagnostic(
          source,
          at,
          "bad-value",
          `${context}"${field}" must be one of ${allowed.join(", ")}, got ${describe(input)}`,
          {
            hint: suggestion ? `did you mean "${suggestion}"?` : `use one of ${allowed.join(", ")}`,
          },
        ),
      ];
    }
    case "custom":
      if (issue.message.startsWith("unknown placeholder"))
        return [
          diagnostic(
            source,
            at,
            "bad-label-format",
            `${context}"${field}": ${issue.message}: ${describe(input)}`,
            {
              hint: "write {n} for 1, 2, 3 or {zh} for 一, 二, 三 (e.g. Lecture {n}, 第{zh}讲)",
            },
          ),
        ];
      // Otherwise: include/exclude patterns must compile.
      return [
        diagnostic(source, at, "bad-pattern", `${context}"${field}": ${issue.message}: ${describe(input)}`, {
          hint: "fix the regular expression; escape ( ) [ ] . with a backslash to match them literally",
        }),
      ];
    case "invalid_key":
      return [
        diagnostic(source, at, "bad-table-name", `table name ${describe(path.at(-1))} is not a region name`, {
          hint: "name tables with letters, digits, ., _ and -; the page marks them <!-- syllabus:start name=NAME -->",
        }),
      ];
    case "invalid_union":
      return [
        diagnostic(source, at, "bad-link", `${context}"${field}" is neither a link nor a list of links`, {
          hint: 'write a URL, a ./path, "unavailable", "pending", a {label, url} mapping or a list of them',
        }),
      ];
    default:
      return [diagnostic(source, at, "invalid", `${context}"${field}": ${issue.message}`, {})];
  }
}

/**
 * A number outside its bounds, shown as the catalog writes it. Beyond the largest whole number a
 * number holds exactly (2^53), say "too large" / "too small" rather than quote that bound.
 */
function outOfRange(
  source: YamlSource,
  at: { line: number; col: number },
  context: string,
  field: string,
  written: string,
  bound?: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall,
): VFileMessage {
  const hint =
    field === "number"
      ? "lecture numbers count from 0"
      : field === "season"
        ? "seasons count from 1"
        : undefined;
  const limit = bound && Number(bound.code === "too_big" ? bound.maximum : bound.minimum);
  if (bound === undefined || limit === undefined || Math.abs(limit) >= Number.MAX_SAFE_INTEGER) {
    const what = field === "number" ? "lecture number" : `${context}${field}`;
    const size = bound?.code === "too_small" || written.startsWith("-") ? "small" : "large";
    return diagnostic(source, at, "out-of-range", `${what} ${written} is too ${size}`, {
      hint: hint ?? `write a number between 0 and ${Number.MAX_SAFE_INTEGER}`,
    });
  }
  // Whole numbers: "greater than 0" is "at least 1".
  const edge = bound.inclusive ? limit : bound.code === "too_big" ? limit - 1 : limit + 1;
  const relation = bound.code === "too_big" ? "at most" : "at least";
  return diagnostic(
    source,
    at,
    "out-of-range",
    `${context}"${field}" must be ${relation} ${edge}, got number ${written}`,
    { hint: hint ?? `write a number ${relation} ${edge}` },
  );
}

function linkDiagnostic(
  source: YamlSource,
  at: { line: number; col: number },
  context: string,
  field: string,
  value: string,
): VFileMessage {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) {
    return diagnostic(
      source,
      at,
      "bad-link",
      `${context}"${field}" uses the ${scheme}: scheme, which is not allowed`,
      {
        hint: "links must be http(s) URLs or ./paths inside the course repository",
      },
    );
  }
  if (/\s/.test(value) && /^https?:/i.test(value)) {
    return diagnostic(source, at, "bad-link", `${context}"${field}" URL contains white space`, {
      hint: "encode spaces as %20, or remove the stray text",
    });
  }
  if (field === "url" && (value === "unavailable" || value === "pending")) {
    return diagnostic(source, at, "bad-link", `${context}a labelled part needs a link, got "${value}"`, {
      hint: `mark the whole cell as ${value} instead of one part`,
    });
  }
  const state = didYouMean(value, ["unavailable", "pending"]);
  if (state && !value.includes("/")) {
    return diagnostic(source, at, "bad-link", `${context}"${field}" is not a link: "${value}"`, {
      hint: `did you mean "${state}"?`,
    });
  }
  return diagnostic(source, at, "bad-link", `${context}"${field}" is not a link: ${describe(value)}`, {
    hint: /^https?:\/?\/?$/i.test(value)
      ? "the URL has no host"
      : `paths inside the course repository start with ./ (write "./${value.replace(/^\/+/, "")}")`,
  });
}

function crossLectureDiagnostics(source: YamlSource, data: Catalog): VFileMessage[] {
  return crossLectureFindings(data).map((finding) => {
    const lecture = data.lectures[finding.index];
    const at = positionOf(source, nodeAt(source, ["lectures", finding.index, finding.field]).node);
    const firstLine = positionOf(
      source,
      nodeAt(source, ["lectures", finding.firstIndex, finding.firstField]).node,
    ).line;
    if (finding.rule === "duplicate-number") {
      return diagnostic(source, at, "duplicate-number", `lecture number ${lecture?.number} is used twice`, {
        hint: `it is already used at line ${firstLine}; give each lecture its own number`,
      });
    }
    if (finding.rule === "duplicate-id") {
      return diagnostic(source, at, "duplicate-id", `lecture id "${finding.id}" is used twice`, {
        hint: `line ${firstLine} gives the same id (a lecture's id is its id, else its label, else its number); add a distinct id: to one of them`,
      });
    }
    return diagnostic(
      source,
      at,
      "duplicate-link",
      `${lectureName(lecture, finding.index)}: ${finding.field} repeats a link`,
      {
        hint: `${lectureName(data.lectures[finding.firstIndex], finding.firstIndex)} (line ${firstLine}) links the same URL; a copy-pasted link?`,
        severity: "warning",
      },
    );
  });
}

function diagnostic(
  source: YamlSource,
  at: { line: number; col: number },
  rule: string,
  message: string,
  extra: { hint?: string | undefined; severity?: Severity },
): VFileMessage {
  const { hint, severity = "error" } = extra;
  return problem({ file: source.file, line: at.line, col: at.col, rule, message, severity, hint });
}

/** "lecture 12: " for a problem inside a lecture, so the message names what a maintainer knows. */
function where(path: readonly PathSegment[], root: unknown): string {
  if (path[0] !== "lectures" || typeof path[1] !== "number") return "";
  return `${lectureName(valueAt(root, path.slice(0, 2)), path[1])}: `;
}

function mapKeysAt(source: YamlSource, path: readonly PathSegment[]): string[] {
  const { node, missing } = nodeAt(source, path);
  if (missing !== undefined || !isMap(node)) return [];
  return node.items.flatMap((item) => (isScalar(item.key) ? [String(item.key.value)] : []));
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

type SchemaDef = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  keyType?: unknown;
  entries?: Record<string, string>;
  innerType?: unknown;
  options?: unknown[];
};

/** The keys the schema allows for the object at `path` (for "did you mean"). */
function knownKeysAt(path: readonly PathSegment[]): string[] {
  let schema: unknown = catalogSchema;
  const unwrap = (s: unknown): SchemaDef => {
    let def = (s as { _zod: { def: SchemaDef } })._zod.def;
    while (def.innerType) def = (def.innerType as { _zod: { def: SchemaDef } })._zod.def;
    if (def.type === "union") {
      const objectOption = def.options?.find(
        (o) => unwrap(o).type === "object" || unwrap(o).type === "array",
      );
      if (objectOption) return unwrap(objectOption);
    }
    return def;
  };
  for (const segment of path) {
    const def = unwrap(schema);
    if (def.type === "object" && typeof segment === "string") schema = def.shape?.[segment];
    else if (def.type === "array") schema = def.element;
    else if (def.type === "record") schema = def.valueType;
    if (!schema) return [];
  }
  const def = unwrap(schema);
  // A record keyed by an enum (lint.rules) knows its keys too.
  const keys = def.type === "record" && def.keyType ? unwrap(def.keyType) : undefined;
  if (keys?.type === "enum") return Object.values(keys.entries ?? {});
  return def.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

function article(expected: string): string {
  const names: Record<string, string> = {
    int: "a whole number",
    number: "a number",
    string: "text",
    array: "a list",
    object: "a mapping (key: value)",
    boolean: "true or false",
  };
  return names[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    const shown = withoutCredentials(value);
    return `"${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}"`;
  }
  return `${typeof value} ${String(value)}`;
}

function typeHint(expected: string, input: unknown): string {
  if (
    (expected === "int" || expected === "number") &&
    typeof input === "string" &&
    /^\d+$/.test(input.trim())
  )
    return "remove the quotes";
  if (expected === "int" && typeof input === "number") return "use a whole number such as 12";
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
    return `quote it: "${String(input)}"`;
  }
  if (expected === "array") return 'start each item on its own line with "- "';
  if (expected === "object") return "write key: value pairs, indented under this key";
  return `write ${article(expected)} here`;
}
