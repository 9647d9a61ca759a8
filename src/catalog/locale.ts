// Languages of a catalog: wherever a text is allowed, it may be a map of the declared locales
// ({zh: …, en: …}). Each output shows one locale, so localizing is a projection of the parsed data
// made before the schema sees it: the schema and every feature only ever see plain strings.
import { didYouMean } from "../util/did-you-mean.js";

export type PathSegment = string | number;

/** A BCP-47-like language tag: zh, en, zh-Hans, pt-BR. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export interface LocaleProblem {
  path: PathSegment[];
  /** Set when the problem is a key of the mapping at `path`: reported where that key stands. */
  key?: string;
  rule: string;
  message: string;
  hint: string;
}

export interface MissingTranslation {
  /** The map without the locale's text. */
  path: PathSegment[];
  locale: string;
  /** The default locale, whose text is shown instead. */
  fallback: string;
  /** The value named for a maintainer: `lecture 3: "title"`. */
  what: string;
}

/** A map replaced by one of its texts: `key` is the locale whose text was taken. */
export interface Choice {
  path: PathSegment[];
  key: string;
}

export interface Localized {
  /** The parsed catalog with every map replaced by the locale's text (the input itself when none was). */
  value: unknown;
  /** Declared locales, the default first; empty for a catalog in one language. */
  locales: string[];
  chosen: Choice[];
  missing: MissingTranslation[];
  problems: LocaleProblem[];
}

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Lecture keys that never hold a text: numbers, the id, and the built-in link cells (their part labels may). */
const NOT_TEXT = new Set(["id", "number", "season", "video", "code", "review"]);

/** The valid, distinct locales of `course.locales`, and what is wrong with the others. */
export function declaredLocales(raw: unknown): { locales: string[]; problems: LocaleProblem[] } {
  const course = isPlainObject(raw) ? raw.course : undefined;
  const list = isPlainObject(course) ? course.locales : undefined;
  const locales: string[] = [];
  const problems: LocaleProblem[] = [];
  if (!Array.isArray(list)) return { locales, problems }; // absent, or a wrong type the schema reports
  list.forEach((code, index) => {
    if (typeof code !== "string") return; // the schema reports it
    const path = ["course", "locales", index];
    if (!LOCALE_PATTERN.test(code)) {
      problems.push({
        path,
        rule: "locale/bad-code",
        message: `"${code}" is not a language code`,
        hint: "write a BCP 47 language tag such as zh, en, zh-Hans or pt-BR",
      });
    } else if (locales.includes(code)) {
      problems.push({
        path,
        rule: "locale/duplicate",
        message: `locale "${code}" is declared twice`,
        hint: "list each locale once; the first is the default",
      });
    } else locales.push(code);
  });
  return { locales, problems };
}

/**
 * The catalog as `locale` shows it (default: the first declared locale). A map whose keys are
 * locales becomes the locale's text, else the default locale's text (a missing translation). Maps
 * are recognised only where a text is allowed; anywhere else they are left for the schema.
 */
export function localize(raw: unknown, locale?: string): Localized {
  const { locales, problems } = declaredLocales(raw);
  const fallback = locales[0];
  const target = locale ?? fallback;
  if (locale !== undefined && !locales.includes(locale))
    throw new Error(`localize: "${locale}" is not a declared locale`);
  const chosen: Choice[] = [];
  const missing: MissingTranslation[] = [];
  const replacements: { path: PathSegment[]; text: string }[] = [];
  if (!isPlainObject(raw)) return { value: raw, locales, chosen, missing, problems };

  const text = (container: unknown, key: PathSegment, path: PathSegment[], what: string) => {
    const value = (container as Record<PropertyKey, unknown> | undefined)?.[key];
    if (!isPlainObject(value)) return;
    const here = [...path, key];
    const keys = Object.keys(value);
    if (keys.length === 0) return;
    if (locales.length === 0 || fallback === undefined || target === undefined) {
      if (keys.every((k) => LOCALE_PATTERN.test(k))) {
        problems.push({
          path: here,
          rule: "locale/undeclared",
          message: `${what} is a map of translations, but course.locales declares no languages`,
          hint: `declare them under course, the default first: locales: [${keys.join(", ")}]`,
        });
      }
      return;
    }
    if (!keys.some((k) => locales.includes(k)) && !keys.every((k) => LOCALE_PATTERN.test(k))) return;
    for (const k of keys) {
      if (!locales.includes(k)) {
        const suggestion = nearestLocale(k, locales);
        problems.push({
          path: here,
          key: k,
          rule: "locale/undeclared",
          message: `${what}: "${k}" is not a declared locale`,
          hint: `${suggestion ? `did you mean "${suggestion}"? ` : ""}course.locales declares ${locales.join(", ")}`,
        });
      } else if (typeof value[k] !== "string") {
        problems.push({
          path: [...here, k],
          rule: "locale/not-text",
          message: `${what}: the ${k} translation must be text, got ${describe(value[k])}`,
          hint: typeof value[k] === "number" ? `quote it: "${String(value[k])}"` : "write the text here",
        });
      }
    }
    const own = value[target];
    const base = value[fallback];
    if (typeof own === "string") {
      chosen.push({ path: here, key: target });
      replacements.push({ path: here, text: own });
    } else if (typeof base === "string") {
      chosen.push({ path: here, key: fallback });
      replacements.push({ path: here, text: base });
      if (!(target in value)) missing.push({ path: here, locale: target, fallback, what });
    } else if (!(fallback in value)) {
      problems.push({
        path: here,
        rule: "locale/missing-default",
        message: `${what} has no ${fallback} text (the default locale)`,
        hint: `add ${fallback}: …; the default locale's text is shown wherever a translation is missing`,
      });
    }
  };

  const table = raw.table;
  if (isPlainObject(table)) {
    text(table, "number", ["table"], '"table.number"');
    text(table, "link", ["table"], '"table.link"');
    for (const state of ["unavailable", "pending"])
      text(table.placeholders, state, ["table", "placeholders"], `"table.placeholders.${state}"`);
    columnTexts(table.columns, ["table", "columns"], text);
  }
  if (isPlainObject(raw.tables)) {
    for (const [name, settings] of Object.entries(raw.tables)) {
      if (!isPlainObject(settings)) continue;
      columnTexts(settings.columns, ["tables", name, "columns"], text);
      // A selection compares with the lectures' texts as the same locale shows them.
      if (isPlainObject(settings.where))
        for (const key of Object.keys(settings.where))
          text(settings.where, key, ["tables", name, "where"], `table "${name}": "where.${key}"`);
    }
  }
  if (Array.isArray(raw.lectures)) {
    raw.lectures.forEach((lecture, index) => {
      if (!isPlainObject(lecture)) return;
      const path = ["lectures", index];
      const name = lectureName(lecture, index);
      for (const [field, value] of Object.entries(lecture)) {
        if (Array.isArray(value)) {
          value.forEach((part, p) => {
            text(part, "label", [...path, field, p], `${name}: "${field}" part ${p + 1} label`);
          });
        } else if (isPlainObject(value) && "url" in value) {
          text(value, "label", [...path, field], `${name}: "${field}" label`);
        } else if (!NOT_TEXT.has(field)) {
          text(lecture, field, path, `${name}: "${field}"`);
        }
      }
    });
  }
  if (Array.isArray(raw.outputs)) {
    raw.outputs.forEach((output, index) => {
      const code = isPlainObject(output) ? output.locale : undefined;
      if (typeof code !== "string" || locales.includes(code)) return;
      const suggestion = nearestLocale(code, locales);
      problems.push({
        path: ["outputs", index, "locale"],
        rule: "locale/undeclared",
        message: `output locale "${code}" is not declared in course.locales`,
        hint:
          locales.length === 0
            ? `declare the catalog's locales under course, the default first: locales: [${code}]`
            : `${suggestion ? `did you mean "${suggestion}"? ` : ""}course.locales declares ${locales.join(", ")}`,
      });
    });
  }

  const value = replacements.length === 0 ? raw : withReplacements(raw, replacements);
  return { value, locales, chosen, missing, problems };
}

type TextVisitor = (container: unknown, key: PathSegment, path: PathSegment[], what: string) => void;

function columnTexts(columns: unknown, path: PathSegment[], text: TextVisitor): void {
  if (!Array.isArray(columns)) return;
  columns.forEach((column, index) => {
    const field = isPlainObject(column) && typeof column.field === "string" ? column.field : `#${index + 1}`;
    text(column, "heading", [...path, index], `column "${field}": "heading"`);
    text(column, "link", [...path, index], `column "${field}": "link"`);
  });
}

/** "lecture 12" by its label, else number, else place in the list: what a maintainer knows it by. */
function lectureName(lecture: Plain, index: number): string {
  const { label, number, id } = lecture;
  if (typeof id === "string") return `lecture ${id}`;
  if (typeof label === "string") return `lecture ${label}`;
  if (typeof number === "number" && Number.isSafeInteger(number)) return `lecture ${number}`;
  return `lecture #${index + 1}`;
}

/** A copy of `raw` with each path set to its text; nothing else is copied or changed. */
function withReplacements(raw: Plain, replacements: { path: PathSegment[]; text: string }[]): unknown {
  const copies = new Map<unknown, unknown>();
  const copy = (value: unknown): unknown => {
    const existing = copies.get(value);
    if (existing) return existing;
    const made = Array.isArray(value) ? [...value] : { ...(value as Plain) };
    copies.set(value, made);
    copies.set(made, made);
    return made;
  };
  const root = copy(raw);
  for (const { path, text } of replacements) {
    let node = root as Record<PropertyKey, unknown>;
    for (const segment of path.slice(0, -1)) {
      const child = copy(node[segment]);
      node[segment] = child;
      node = child as Record<PropertyKey, unknown>;
    }
    node[path.at(-1) as PropertyKey] = text;
  }
  return root;
}

/** A likely intended locale: near in spelling and with the same first letter (fr is no typo of zh). */
function nearestLocale(code: string, locales: readonly string[]): string | undefined {
  const near = didYouMean(code, locales);
  return near && near[0] === code[0]?.toLowerCase() ? near : undefined;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}
