// The JSON Schema lets an editor write a map of translations wherever a text may be translated,
// and nowhere else (links, ids, the course's own settings stay as they are).
import { describe, expect, test } from "vitest";
import { catalogJsonSchema } from "../../src/catalog/json-schema.js";

const schema: unknown = JSON.parse(catalogJsonSchema());
/** The schema node at a path of keys ("properties", "lectures", …), undefined where there is none. */
function at(path: string): unknown {
  let node = schema;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}
const LECTURE = "properties.lectures.items.properties";
const TABLE = "properties.table.properties";
const MAP = {
  type: "object",
  description: "The text in each locale of course.locales, e.g. {zh: …, en: …}",
  propertyNames: { pattern: "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$" },
  minProperties: 1,
};

describe("catalog.schema.json and translations", () => {
  test("lecture texts, link part labels and table texts accept a map of translations", () => {
    expect(at(`${LECTURE}.title`)).toEqual({
      description: "Lecture title",
      anyOf: [
        { type: "string", minLength: 1 },
        { ...MAP, additionalProperties: { type: "string", minLength: 1 } },
      ],
    });
    expect(at(`${LECTURE}.summary.anyOf.1`)).toEqual({ ...MAP, additionalProperties: { type: "string" } });
    expect(at(`${LECTURE}.video.anyOf.2.items.properties.label.anyOf.1`)).toEqual({
      ...MAP,
      additionalProperties: { type: "string", minLength: 1 },
    });
    expect(at(`${TABLE}.number.anyOf.1.type`)).toBe("object");
    expect(at(`${TABLE}.link.anyOf.1.type`)).toBe("object");
    expect(at(`${TABLE}.placeholders.properties.pending.anyOf.1.type`)).toBe("object");
    expect(at(`${TABLE}.columns.items.properties.heading.anyOf.1.type`)).toBe("object");
  });

  test("links, numbers, column fields and the course's settings take no map", () => {
    // A link cell: a string, one {label, url}, or a list of them; the URL itself takes no map.
    expect(at(`${LECTURE}.video.anyOf`)).toHaveLength(3);
    expect(at(`${LECTURE}.video.anyOf.0.pattern`)).toBeDefined();
    expect(at(`${LECTURE}.video.anyOf.1.properties.url.pattern`)).toBeDefined();
    expect(at(`${LECTURE}.video.anyOf.1.properties.url.anyOf`)).toBeUndefined();
    expect(at(`${LECTURE}.video.anyOf.2.items.properties.url.pattern`)).toBeDefined();
    expect(at(`${LECTURE}.video.anyOf.2.items.properties.url.anyOf`)).toBeUndefined();
    expect(at(`${LECTURE}.number.type`)).toBe("integer");
    expect(at(`${TABLE}.columns.items.properties.field.anyOf`)).toBeUndefined();
    expect(at("properties.course.properties.title")).toEqual({ type: "string" });
    expect(at("properties.outputs.items.properties.locale.anyOf")).toBeUndefined();
  });

  test("course.locales lists distinct language codes", () => {
    expect(at("properties.course.properties.locales")).toEqual({
      description: "The languages of the catalog's texts (e.g. [zh, en]), the default first",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", minLength: 1, pattern: "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$" },
    });
  });
});
