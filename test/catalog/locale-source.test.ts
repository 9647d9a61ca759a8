// projectText: a catalog's text as one locale shows it, every offset kept. Property: the projected
// text reads as localize() projects the parsed data, and every node outside a map stays in place.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";
import { localize } from "../../src/catalog/locale.js";
import {
  localeProblemDiagnostic,
  missingTranslationDiagnostic,
  projectText,
} from "../../src/catalog/locale-source.js";
import { parseYaml } from "../../src/catalog/yaml-source.js";
import { plainOne } from "../helpers/problems.js";

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

  test("CRLF: line breaks inside a blanked map stay, and emptied lines keep their \\r", () => {
    const text =
      "course: { locales: [zh, en] }\r\nlectures:\r\n  - title:\r\n      zh: 一\r\n      en: One\r\n";
    expect(project(text, "en")).toBe(
      "course: { locales: [zh, en] }\r\nlectures:\r\n  - title:\r\n\r\n          One\r\n",
    );
  });

  test("a line of spaces outside any map is kept as it is", () => {
    const text = "course: { locales: [zh, en] }\n   \nlectures:\n  - title: { zh: 一, en: One }\n";
    expect(project(text, "en")).toBe(
      `course: { locales: [zh, en] }\n   \nlectures:\n  - title:${" ".repeat(14)}One  \n`,
    );
  });

  test("a choice whose place is no map, is missing, or holds no text for the key leaves the text alone", () => {
    const text = "lectures:\n  - title: plain\n    summary:\n      zh: y\n      en: x\n";
    const { source } = parseYaml(text, "catalog.yaml");
    for (const choice of [
      { path: ["lectures", 0, "title"], key: "zh" },
      { path: ["lectures", 3, "title"], key: "zh" },
      { path: ["lectures", 0, "summary"], key: "fr" },
      { path: ["lectures", 0, "nope"], key: "title" },
    ]) {
      expect(projectText(text, source, [choice])).toBe(text);
    }
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

describe("locale diagnostics", () => {
  const text = "course:\n  locales: [zh, en]\nlectures:\n  - number: 1\n    title: { zh: 一, eb: One }\n";
  const { source } = parseYaml(text, "catalog.yaml");
  const problem = { rule: "locale/undeclared", message: "m", hint: "h" };

  test("a locale problem is an error at the key it names, else at its path", () => {
    expect(
      [
        { ...problem, path: ["lectures", 0, "title"], key: "eb" },
        { ...problem, path: ["lectures", 0, "title"] },
        { ...problem, path: ["lectures", 0, "title"], key: "fr" },
      ].map((p) => plainOne(localeProblemDiagnostic(source, p))),
    ).toEqual([
      {
        file: "catalog.yaml",
        line: 5,
        col: 21,
        rule: "locale/undeclared",
        message: "m",
        hint: "h",
        severity: "error",
      },
      {
        file: "catalog.yaml",
        line: 5,
        col: 12,
        rule: "locale/undeclared",
        message: "m",
        hint: "h",
        severity: "error",
      },
      {
        file: "catalog.yaml",
        line: 5,
        col: 12,
        rule: "locale/undeclared",
        message: "m",
        hint: "h",
        severity: "error",
      },
    ]);
  });

  test("a missing translation is a warning at its map naming the locale, the fallback and the fix", () => {
    const missing = {
      path: ["lectures", 0, "title"],
      locale: "en",
      fallback: "zh",
      what: 'lecture 1: "title"',
    };
    expect(plainOne(missingTranslationDiagnostic(source, missing))).toEqual({
      file: "catalog.yaml",
      line: 5,
      col: 12,
      rule: "locale/missing-translation",
      message: 'lecture 1: "title" has no en translation; the zh text is shown',
      hint: "add en: … to this map",
      severity: "warning",
    });
  });
});
