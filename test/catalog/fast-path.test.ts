// The fast path (js-yaml, no positions) must read a catalog exactly as the yaml library does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { loadCatalog } from "../../src/catalog/load.js";
import { localize } from "../../src/catalog/locale.js";
import { quickValidateLocales } from "../../src/catalog/quick.js";
import { catalog } from "../../src/catalog/schema.js";
import { validateCatalog } from "../../src/catalog/validate.js";
import { ROOT } from "../helpers/cli.js";
import { plain } from "../helpers/problems.js";

const EMBEDDED = readFileSync(path.join(ROOT, "catalog.yaml"), "utf8");
const SAMPLES: Record<string, string> = {
  scalars: [
    "course: { title: '0x1F', repository: { url: 'https://github.com/o/r', branch: '1.0' } }",
    "lectures:",
    "  - { number: 1, title: yes, summary: ~null~ }",
    "  - number: 0x2",
    "    title: 'null'",
    "    summary: >-",
    "      folded",
    "      text",
    "  - number: 3",
    "    title: |",
    "      literal",
    "    video: https://example.com/a#b",
    "  - { number: 4, title: '1e3', code: ./x y/, review: pending }",
  ].join("\n"),
  "format v2": [
    "table:",
    "  columns:",
    "    - { field: label, heading: '#' }",
    "    - { field: title, heading: Title, type: markdown }",
    "    - { field: author, heading: Author }",
    "    - { field: notebook, heading: Notebook, type: links, link: Colab, separator: ' · ' }",
    "tables:",
    "  module-1: { where: { group: Module 1 } }",
    "  late: { where: { number: 0 }, columns: [{ field: id, heading: Id }] }",
    "lectures:",
    "  - { id: intro, number: 0, label: '00', group: Module 1, title: '**Intro**', author: '[Jane](https://j.org)' }",
    "  - label: HW1",
    "    title: Homework",
    "    video: { label: Watch, url: 'https://v.org/1' }",
    "    notebook: [{ url: ./nb/1.ipynb }, { label: Kaggle, url: 'https://k.org/1' }]",
  ].join("\n"),
};

describe("fast path", () => {
  test.each(Object.keys(SAMPLES))("%s: same catalog as the yaml library gives", (name) => {
    const text = SAMPLES[name] as string;
    const fast = validateCatalog(text, "catalog.yaml", { warnings: false });
    expect(fast.diagnostics).toEqual([]);
    expect(fast.catalog).toEqual(catalog.parse(parse(text)));
  });

  // The embedded catalog is in two languages: each locale's projection is read alike by both paths.
  test.each(["zh", "en"])("embedded, %s: same catalog as the yaml library gives", (locale) => {
    const fast = quickValidateLocales(EMBEDDED, false)?.find((t) => t.locale === locale);
    expect(fast?.missing).toEqual([]);
    expect(fast?.catalog).toEqual(catalog.parse(localize(parse(EMBEDDED), locale).value));
  });

  test("warnings wanted: the slow path reports them with positions", async () => {
    const slow = await loadCatalog(path.join(ROOT, "catalog.yaml"), EMBEDDED);
    expect(plain(slow.warnings).map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual([
      "284:12 duplicate-link",
    ]);
  });
});
