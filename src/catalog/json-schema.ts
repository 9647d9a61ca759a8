// The JSON Schema editors use (yaml-language-server), generated from the zod schema.
import * as z from "zod";
import { LOCALE_PATTERN } from "./locale.js";
import { catalog } from "./schema.js";

export function catalogJsonSchema(): string {
  const schema = allowTranslations(z.toJSONSchema(catalog, { io: "input", target: "draft-7" }));
  return `${JSON.stringify({ ...schema, title: "syllabus catalog", description: "catalog.yaml: the lectures of a course, rendered into its README by syllabus" }, null, 2)}\n`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Texts of the table that may be translated; every free text of a lecture may, but its id. */
const TABLE_TEXTS = new Set(["number", "link", "unavailable", "pending", "heading"]);
const LECTURE_NOT_TEXTS = new Set(["id", "url"]);

/**
 * Localization is a projection made before the zod schema runs (see locale.ts), so zod never sees
 * a map of translations; editors should accept one wherever a text may be translated.
 */
function allowTranslations(schema: Json): Json {
  const properties = isObject(schema.properties) ? schema.properties : {};
  for (const key of ["table", "tables"]) visit(properties[key], (name) => TABLE_TEXTS.has(name));
  visit(properties.lectures, (name) => !LECTURE_NOT_TEXTS.has(name));
  // The rules localize() checks (codes, each once), for the editor to say early.
  const course = properties.course as { properties?: { locales?: { items?: Json } & Json } } | undefined;
  const locales = course?.properties?.locales;
  if (locales?.items) {
    locales.items.pattern = LOCALE_PATTERN.source;
    locales.uniqueItems = true;
  }
  return schema;
}

function isPlainText(schema: unknown): schema is Json {
  return isObject(schema) && schema.type === "string" && !("pattern" in schema) && !("enum" in schema);
}

function translations(text: Json): Json {
  const { description: _, ...value } = text;
  return {
    type: "object",
    description: "The text in each locale of course.locales, e.g. {zh: …, en: …}",
    propertyNames: { pattern: LOCALE_PATTERN.source },
    additionalProperties: value,
    minProperties: 1,
  };
}

function visit(node: unknown, translatable: (name: string) => boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, translatable);
    return;
  }
  if (!isObject(node)) return;
  if (isObject(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) {
      if (translatable(name) && isPlainText(child)) {
        const { description, ...text } = child;
        node.properties[name] = {
          ...(description ? { description } : {}),
          anyOf: [text, translations(text)],
        };
      } else if (translatable(name) && isObject(child) && Array.isArray(child.anyOf)) {
        const text = child.anyOf.find(isPlainText);
        if (text) child.anyOf.push(translations(text));
        visit(child, translatable);
      } else visit(child, translatable);
    }
  }
  if (isPlainText(node.additionalProperties))
    node.additionalProperties = {
      anyOf: [node.additionalProperties, translations(node.additionalProperties)],
    };
  for (const key of ["items", "anyOf", "oneOf", "additionalProperties", "$defs", "definitions"])
    if (key in node) visit(node[key], translatable);
}
