// syllabus lint: every rule over one catalog, with each finding's severity as the settings say.
import type { VFileMessage } from "vfile-message";
import { byPosition, problem } from "../util/problem.js";
import {
  duplicateResources,
  duplicateTitles,
  numberingGaps,
  outOfOrder,
  trackingParameters,
  wrongFields,
} from "./catalog-rules.js";
import { missingPaths, unreferencedMaterial } from "./materials.js";
import { LINT_DEFAULTS, type LintContext, type LintFinding, type LintRule } from "./model.js";

export { likelyField, resourceKey } from "../catalog/link-kind.js";
export { LINT_DEFAULTS, type LintContext, type LintRule } from "./model.js";

const RULES: ReadonlyArray<(context: LintContext) => LintFinding[]> = [
  duplicateResources,
  wrongFields,
  trackingParameters,
  numberingGaps,
  duplicateTitles,
  outOfOrder,
  missingPaths,
  unreferencedMaterial,
];

export type RuleLevels = Partial<Record<string, "off" | "warning" | "error">>;

/** Every finding of every rule that is not off, in file order, at its line:col. */
export function lintCatalog(context: LintContext, file: string, levels: RuleLevels = {}): VFileMessage[] {
  const out: VFileMessage[] = [];
  for (const rule of RULES) {
    for (const finding of rule(context)) {
      const level = levels[finding.rule] ?? LINT_DEFAULTS[finding.rule as LintRule];
      if (level === "off") continue;
      const at = context.locate(finding.path);
      out.push(
        problem({
          file,
          line: at.line,
          col: at.col,
          severity: level,
          rule: finding.rule,
          message: finding.message,
          hint: finding.hint,
        }),
      );
    }
  }
  return out.sort((a, b) => byPosition(a, b) || a.reason.localeCompare(b.reason));
}
