// The fast path for a valid catalog: js-yaml (about 10× faster than the yaml library on a large
// catalog) and the schema on plain data, with no positions. Only when there is something to report
// does validate.ts parse again with the yaml library, whose node ranges give each problem its place.
import { CORE_SCHEMA, load as loadFast } from "js-yaml";
import { crossLectureFindings } from "./cross-lecture.js";
import { fieldFindings } from "./fields.js";
import { localize, type MissingTranslation } from "./locale.js";
import { type Catalog, catalog as catalogSchema } from "./schema.js";
import { textFindings } from "./text-rules.js";

export interface ValidateOptions {
  /** Whether warnings are wanted: without, a catalog with only warnings takes the fast path. */
  warnings?: boolean;
}

/** The catalog when it is valid (and, if warnings are wanted, has none); else undefined. */
export function quickValidate(text: string, warnings: boolean): Catalog | undefined {
  const parsed = parseFast(text);
  return parsed && quickValidateValue(parsed.value, warnings);
}

/** One locale's view of a catalog: undefined for a catalog in one language. */
export interface QuickTranslation {
  locale: string | undefined;
  catalog: Catalog;
  missing: MissingTranslation[];
}

/**
 * Every locale's projection (the default first) when each is valid; else undefined. Missing
 * translations are no reason to leave the fast path: their places are found only when needed.
 */
export function quickValidateLocales(text: string, warnings: boolean): QuickTranslation[] | undefined {
  const parsed = parseFast(text);
  if (!parsed) return undefined;
  const first = localize(parsed.value);
  const results: QuickTranslation[] = [];
  for (const locale of first.locales.length > 0 ? first.locales : [undefined]) {
    const localized = locale === first.locales[0] ? first : localize(parsed.value, locale);
    if (localized.problems.length > 0) return undefined;
    // The rules across lectures do not depend on the locale: their warnings are the default's.
    const catalog = quickValidateValue(localized.value, warnings && results.length === 0);
    if (!catalog) return undefined;
    results.push({ locale, catalog, missing: localized.missing });
  }
  return results;
}

function parseFast(text: string): { value: unknown } | undefined {
  try {
    // Aliases go to the yaml library, which bounds their expansion; so do syntax errors.
    return { value: loadFast(text, { schema: CORE_SCHEMA, maxAliases: 0 }) };
  } catch {
    return undefined;
  }
}

function quickValidateValue(value: unknown, warnings: boolean): Catalog | undefined {
  const parsed = catalogSchema.safeParse(value ?? {});
  if (!parsed.success || textFindings(value).length > 0) return undefined;
  const fields = fieldFindings(value);
  const fieldWarnings = fields.findings.some((f) => f.severity === "warning");
  if (fields.issues.length > 0 || fields.findings.some((f) => f.severity !== "warning")) return undefined;
  if (fieldWarnings && warnings) return undefined;
  const findings = crossLectureFindings(parsed.data);
  return findings.some((f) => f.severity === "error" || warnings) ? undefined : parsed.data;
}
