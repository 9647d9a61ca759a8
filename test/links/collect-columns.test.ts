// Catalog links come from every links column: the built-in video, code and review, and any custom
// field a links column declares; each link of a cell with its own place, single {label, url} too.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { catalogLinks } from "../../src/links/collect-catalog.js";
import { ROOT } from "../helpers/cli.js";

const CATALOG = [
  "course: { repository: { url: 'https://github.com/o/r', branch: main } }",
  "table:",
  "  columns:",
  "    - { field: label, heading: '#', type: label }",
  "    - { field: title, heading: Title }",
  "    - { field: notebook, heading: Notebook, type: links }",
  "    - { field: author, heading: Author }",
  "lectures:",
  "  - number: 1",
  "    title: Intro",
  "    video: { label: Watch, url: 'https://v.org/1' }",
  "    notebook: [{ url: ./nb/1.ipynb }, { label: Kaggle, url: 'https://k.org/1' }]",
  "    author: '[Jane](https://j.org) · [cv](people/jane.md)'",
  "  - label: HW1",
  "    title: Homework",
  "    notebook: pending",
].join("\n");

describe("catalog links of custom columns", () => {
  test("a custom links column's links are checked, and so are the http(s) links inside a markdown cell", async () => {
    const loaded = await loadCatalog(path.join(ROOT, "catalog.yaml"), CATALOG);
    expect(catalogLinks(loaded).map((l) => [l.source.line, l.source.col, l.source.field, l.raw])).toEqual([
      [11, 33, "video Watch", "https://v.org/1"],
      [12, 23, "notebook", "https://github.com/o/r/blob/main/nb/1.ipynb"],
      [12, 61, "notebook Kaggle", "https://k.org/1"],
      [13, 13, "author", "https://j.org"],
    ]);
  });

  test("a lecture with a label and no number is named by its label, under its place in the catalog", async () => {
    const text = CATALOG.replace("    notebook: pending", "    notebook: 'https://k.org/2'");
    const loaded = await loadCatalog(path.join(ROOT, "catalog.yaml"), text);
    expect(catalogLinks(loaded).at(-1)?.source.lecture).toEqual({
      number: 2,
      label: "HW1",
      title: "Homework",
    });
  });
});
