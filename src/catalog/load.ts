// The file edge of the catalog: read (with a size cap), validate, and fail with every problem at once.
import path from "node:path";
import type { VFileMessage } from "vfile-message";
import { byPosition } from "../util/problem.js";
import { displayPath, readTextFile } from "../util/text-file.js";
import { CatalogError } from "./catalog-error.js";
import { localize } from "./locale.js";
import { type QuickTranslation, quickValidateLocales, type ValidateOptions } from "./quick.js";
import { readCatalogText } from "./read.js";
import type { Catalog } from "./schema.js";

/** The catalog as one locale shows it, and the texts that fell back to the default locale there. */
export interface Translation {
  catalog: Catalog;
  /** locale/missing-translation warnings, one per map. */
  missing: VFileMessage[];
}

export interface LoadedCatalog {
  /** The catalog in its default locale (the only one, unless course.locales declares more). */
  catalog: Catalog;
  /** How the catalog is named in messages. */
  file: string;
  /** Absolute path of catalog.yaml; settings paths are relative to its folder. */
  path: string;
  /** The file's text, as validated. */
  text: string;
  /** With `warnings` wanted: every warning, missing translations of every locale included. */
  warnings: VFileMessage[];
  /** Declared locales (course.locales), the default first; empty for a catalog in one language. */
  locales: string[];
  /** The catalog as each declared locale shows it. */
  translations: ReadonlyMap<string, Translation>;
}

export { CatalogError, displayPath, readTextFile };

/** Reads (unless the text is given) and validates a catalog; throws CatalogError with every problem. */
export async function loadCatalog(
  file: string,
  text?: string,
  options: ValidateOptions = {},
): Promise<LoadedCatalog> {
  const absolute = path.resolve(file);
  const source = text ?? (await readCatalogText(absolute));
  const display = displayPath(absolute);
  const loaded = { file: display, path: absolute, text: source };
  const quick = quickValidateLocales(source, options.warnings ?? true);
  if (quick) {
    const missing = quick.some((q) => q.missing.length > 0) ? await placeMissing(source, display, quick) : [];
    return { ...loaded, ...byLocale(quick.map((q, i) => ({ ...q, missing: missing[i] ?? [] }))) };
  }
  // Something to report: only now load the yaml library, for positions.
  const result = await validateLocalesWithPositions(source, display);
  return { ...loaded, ...byLocale(result.translations), warnings: result.diagnostics };
}

type Localized = { locale: string | undefined } & Translation;

function byLocale(
  localized: Localized[],
): Pick<LoadedCatalog, "catalog" | "warnings" | "locales" | "translations"> {
  const [first] = localized;
  if (!first) throw new Error("no locale was validated");
  const translations = new Map<string, Translation>();
  for (const { locale, catalog, missing } of localized)
    if (locale !== undefined) translations.set(locale, { catalog, missing });
  return {
    catalog: first.catalog,
    warnings: localized.flatMap((l) => l.missing),
    locales: [...translations.keys()],
    translations,
  };
}

/** Missing translations at their places (the fast path has none: it parsed without positions). */
async function placeMissing(
  text: string,
  file: string,
  quick: QuickTranslation[],
): Promise<VFileMessage[][]> {
  const [{ parseYaml }, { missingTranslationDiagnostic }] = await Promise.all([
    import("./yaml-source.js"),
    import("./locale-source.js"),
  ]);
  const { source } = parseYaml(text, file);
  return quick.map((q) => q.missing.map((m) => missingTranslationDiagnostic(source, m)));
}

/**
 * The positioned path: each locale's projection of the text (translations left where they are
 * written) is validated on its own, and the problems of all locales are reported at once.
 */
async function validateLocalesWithPositions(
  text: string,
  file: string,
): Promise<{ translations: Localized[]; diagnostics: VFileMessage[] }> {
  const [{ validateWithPositions }, yamlSource, localeSource] = await Promise.all([
    import("./validate.js"),
    import("./yaml-source.js"),
    import("./locale-source.js"),
  ]);
  const { source, diagnostics: syntax } = yamlSource.parseYaml(text, file);
  const plain = syntax.length === 0 ? yamlSource.toPlainValue(source) : undefined;
  if (!plain || "diagnostic" in plain) {
    // Not even a tree to localize: the positioned validation says what is wrong with the text.
    const result = validateWithPositions(text, file);
    throw new CatalogError(result.diagnostics);
  }
  const first = localize(plain.value);
  const diagnostics: VFileMessage[] = [];
  const translations: Localized[] = [];
  const locales = first.locales.length > 0 ? first.locales : [undefined];
  for (const locale of locales) {
    const localized = locale === first.locales[0] ? first : localize(plain.value, locale);
    const problems = localized.problems.map((p) => localeSource.localeProblemDiagnostic(source, p));
    // A broken map is reported once, by the locale rule, not again by the schema as "not text".
    const brokenMaps = new Set(
      localized.problems.map((p) => {
        const map = p.rule === "locale/not-text" ? p.path.slice(0, -1) : p.path;
        const at = yamlSource.positionOf(source, yamlSource.nodeAt(source, map).node);
        return `${at.line}:${at.col}`;
      }),
    );
    const projected = localeSource.projectText(text, source, localized.chosen);
    const checked = validateWithPositions(projected, file);
    const missing = localized.missing.map((m) => localeSource.missingTranslationDiagnostic(source, m));
    diagnostics.push(
      ...problems,
      ...checked.diagnostics.filter((d) => !brokenMaps.has(`${d.line}:${d.column}`)),
      ...missing,
    );
    if (checked.catalog) translations.push({ locale, catalog: checked.catalog, missing });
  }
  // Most problems are the same in every locale: each is said once.
  const seen = new Set<string>();
  const unique = diagnostics
    .filter((d) => {
      const key = `${d.line}:${d.column}:${d.ruleId}:${d.reason}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort(byPosition);
  if (unique.some((d) => d.fatal) || translations.length < locales.length) throw new CatalogError(unique);
  return { translations, diagnostics: unique };
}
