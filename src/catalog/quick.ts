// The fast path for a valid catalog: js-yaml (about 10× faster than the yaml library on a large
// catalog) and the schema on plain data, with no positions. Only when there is something to report
// does validate.ts parse again with the yaml library, whose node ranges give each problem its place.
import { CORE_SCHEMA, load as loadFast } from "js-yaml";
import { crossLectureFindings } from "./cross-lecture.js";
import { fieldFindings } from "./fields.js";
import { type Catalog, catalog as catalogSchema } from "./schema.js";
import { textFindings } from "./text-rules.js";

export interface ValidateOptions {
  /** Whether warnings are wanted: without, a catalog with only warnings takes the fast path. */
  warnings?: boolean;
}

/** The catalog when it is valid (and, if warnings are wanted, has none); else undefined. */
export function quickValidate(text: string, warnings: boolean): Catalog | undefined {
  let value: unknown;
  try {
    // Aliases go to the yaml library, which bounds their expansion; so do syntax errors.
    value = loadFast(text, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const parsed = catalogSchema.safeParse(value ?? {});
  if (!parsed.success || textFindings(value).length > 0) return undefined;
  const fields = fieldFindings(value);
  const fieldWarnings = fields.findings.some((f) => f.severity === "warning");
  if (fields.issues.length > 0 || fields.findings.some((f) => f.severity !== "warning")) return undefined;
  if (fieldWarnings && warnings) return undefined;
  const findings = crossLectureFindings(parsed.data);
  return findings.some((f) => f.severity === "error" || warnings) ? undefined : parsed.data;
}
