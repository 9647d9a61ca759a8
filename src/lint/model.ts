// The lint rules, their default severities, and what every rule is given.
import type { LINT_RULES } from "../catalog/lint-settings.js";
import type { Severity } from "../util/problem.js";
import type { LectureView, PathSegment } from "./lectures.js";
import type { MaterialTree } from "./tree.js";

/** Each rule's severity unless lint.rules says otherwise; the ids are the schema's (LINT_RULES), all of them. */
export const LINT_DEFAULTS = {
  "lint/duplicate-resource": "warning",
  "lint/wrong-field": "warning",
  "lint/tracking-parameters": "warning",
  "lint/numbering-gap": "warning",
  "lint/duplicate-title": "warning",
  "lint/out-of-order": "warning",
  "lint/missing-path": "error",
  "lint/unreferenced-material": "warning",
} as const satisfies Record<(typeof LINT_RULES)[number], Severity>;

export type LintRule = keyof typeof LINT_DEFAULTS;

/** What a rule reports: the place is a YAML path, turned into line:col only when reported. */
export interface LintFinding {
  rule: LintRule;
  path: PathSegment[];
  message: string;
  hint: string;
}

export interface Position {
  line: number;
  col: number;
}

export interface LintContext {
  lectures: LectureView[];
  /** line:col of the value at a YAML path of the catalog (for "see line N" in messages). */
  locate(path: readonly PathSegment[]): Position;
  /** The course repository's web address and branch, to read its own GitHub links as paths. */
  repository?: { url: string; branch: string };
  /** The course repository's files, when a checkout or a tree listing is at hand. */
  tree?: MaterialTree;
  materials: { roots: readonly string[]; ignore: readonly string[] };
}
