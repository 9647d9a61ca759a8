// projectText: a catalog's text as one locale shows it, every offset kept. Property: the projected
// text reads as localize() projects the parsed data, and every node outside a map stays in place.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";
import { localize } from "../../src/catalog/locale.js";
import { projectText } from "../../src/catalog/locale-source.js";
import { parseYaml } from "../../src/catalog/yaml-source.js";

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1) ?? "").length + 1}`;
}

/** Every scalar's text and line:col, in document order. */
function scalarPlaces(text: string): string[] {
  const doc = parseDocument(text);
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (isScalar(node)) out.push(`${String(node.value)}@${lineCol(text, (node as Node).range?.[0] ?? 0)}`);
    else if (isMap(node))
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return out;
}

function project(text: string, locale: string): string {
  const { source } = parseYaml(text, "catalog.yaml");
  return projectText(text, source, localize(source.doc.toJS(), locale).chosen);
}

const word = fc.stringMatching(/^[A-Za-z\u4e00-\u4e2f][A-Za-z0-9\u4e00-\u4e2f]{0,6}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));

/** One text value, written in one of the styles a maintainer uses, at the indentation of a lecture key. */
const value = fc.oneof(
  phrase.map((t) => ` ${t}`),
  fc.tuple(phrase, phrase).map(([zh, en]) => ` { zh: ${zh}, en: ${en} }`),
  phrase.map((zh) => ` { zh: ${zh} }`),
  fc.tuple(phrase, phrase).map(([zh, en]) => `\n      zh: ${zh}\n      # a comment\n      en: ${en}`),
  fc.tuple(phrase, phrase).map(([zh, en]) => `\n      en: "${en}"\n      zh: '${zh}'`),
  fc
    .tuple(phrase, phrase, phrase)
    .map(
      ([a, b, c]) => `\n      zh: |\n        ${a}\n        ${b}\n\n      en: >-\n        ${c}\n        ${a}`,
    ),
);

const catalogText = fc
  .array(fc.tuple(value, value), { minLength: 1, maxLength: 4 })
  .map(
    (lectures) =>
      `course:\n  locales: [zh, en]\nlectures:\n${lectures
        .map(([title, summary], i) => `  - number: ${i + 1}\n    title:${title}\n    summary:${summary}\n`)
        .join("")}`,
  );

describe("projectText", () => {
  test("a flow map and a block map with a literal block: exact projected text", () => {
    const text = [
      "course: { locales: [zh, en] }",
      "lectures:",
      "  - number: 1",
      "    title: { zh: 变换器, en: Transformer }",
      "    summary:",
      "      zh: |",
      "        多头",
      "      en: >-",
      "        Multi-head",
      "        attention",
      "",
    ].join("\n");
    expect(project(text, "en")).toBe(
      [
        "course: { locales: [zh, en] }",
        "lectures:",
        "  - number: 1",
        "    title:                Transformer  ",
        "    summary:",
        "",
        "",
        "          >-",
        "        Multi-head",
        "        attention",
        "",
      ].join("\n"),
    );
    expect(project(text, "zh")).toBe(
      [
        "course: { locales: [zh, en] }",
        "lectures:",
        "  - number: 1",
        "    title:       变换器                   ",
        "    summary:",
        "          |",
        "        多头",
        "",
        "",
        "",
        "",
      ].join("\n"),
    );
  });

  test("property: the projection reads as localize() says, and every other node keeps its offset", () => {
    fc.assert(
      fc.property(catalogText, fc.constantFrom("zh", "en"), (text, locale) => {
        const projected = project(text, locale);
        const doc = parseDocument(projected);
        expect(doc.errors).toEqual([]);
        expect(doc.toJS()).toEqual(localize(parseDocument(text).toJS(), locale).value);
        expect(projected.split("\n").length).toBe(text.split("\n").length);
        // Each scalar of the projection stands at the line and column where it stood in the catalog.
        const before = new Set(scalarPlaces(text));
        for (const place of scalarPlaces(projected)) expect(before.has(place), place).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
