// Which catalog links are checked in the working tree and which at their URL: link cells and the
// links inside markdown cells, with and without a checked-out course repository.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { catalogLinks } from "../../src/links/collect-catalog.js";
import type { FoundLink } from "../../src/links/targets.js";

const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-catalog-links-")));
mkdirSync(path.join(dir, "docs"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const catalog = (repository: string, outputs: string) =>
  [
    `course: { ${repository} }`,
    outputs,
    "table:",
    "  columns:",
    "    - { field: label, heading: '#', type: label }",
    "    - { field: title, heading: Title }",
    "    - { field: notes, heading: Notes }",
    "    - { field: video, heading: Video, type: links }",
    "    - { field: code, heading: Code, type: links }",
    "    - { field: review, heading: Review, type: links }",
    "lectures:",
    "  - number: 7",
    "    title: Seven",
    "    video: unavailable",
    "    code: https://github.com/o/r/blob/main/src/a.py",
    "    review: https://github.com/o/r/tree/dev/x",
    "    notes: '[a](https://a.org/x) [b](./b.md#p) [c](c.md) [m](mailto:x@y.org) [h](#h) [s](/s.md) [q](?q) [u](x:y) [t](http://t.org/) [d](d:./d) [r](./r.md?u=https://r.org)'",
    "  - label: L2",
    "    title: Unnumbered",
    "    code: ./c/",
    "    review: https://github.com/o/r/tree/main/",
    "    notes: plain words",
    "",
  ].join("\n");

/** Each link as [line:col, field, raw, the folder it is resolved from relative to the catalog's]. */
const show = (links: FoundLink[]) =>
  links.map((l) => [
    `${l.source.line}:${l.source.col}`,
    l.source.field,
    l.raw,
    l.baseDir === undefined ? null : path.relative(dir, l.baseDir) || ".",
  ]);

describe("catalog links and the working tree", () => {
  test("checked out: own-branch URLs and ./paths are files; markdown cells' http, ./ and relative links", async () => {
    const text = catalog(
      "repository: { url: https://github.com/o/r, branch: main, checkout: . }",
      "outputs: [{ path: docs/README.md }]",
    );
    const links = catalogLinks(await loadCatalog(path.join(dir, "catalog.yaml"), text));
    expect(show(links)).toEqual([
      ["15:11", "code", "./src/a.py", "."],
      ["16:13", "review", "https://github.com/o/r/tree/dev/x", null],
      ["17:12", "notes", "https://a.org/x", null],
      ["17:12", "notes", "./b.md#p", "."],
      ["17:12", "notes", "c.md", "docs"],
      ["17:12", "notes", "http://t.org/", null],
      ["17:12", "notes", "./r.md?u=https://r.org", "."],
      ["20:11", "code", "./c/", "."],
      ["21:13", "review", "./", "."],
    ]);
    // Strict: a lecture without a label has no label key at all.
    expect(links[0]?.source).toStrictEqual({
      file: path.join(dir, "catalog.yaml"),
      line: 15,
      col: 11,
      lecture: { number: 7, title: "Seven" },
      field: "code",
    });
    expect(links.at(-1)?.source.lecture).toEqual({ number: 2, title: "Unnumbered", label: "L2" });
  });

  test("not checked out: paths become URLs on the repository's host, and relative markdown links are left out", async () => {
    const text = catalog(
      "repository: { url: https://github.com/o/r, branch: main }",
      "outputs: [{ path: docs/README.md }]",
    );
    const links = catalogLinks(await loadCatalog(path.join(dir, "catalog.yaml"), text));
    expect(show(links)).toEqual([
      ["15:11", "code", "https://github.com/o/r/blob/main/src/a.py", null],
      ["16:13", "review", "https://github.com/o/r/tree/dev/x", null],
      ["17:12", "notes", "https://a.org/x", null],
      ["17:12", "notes", "https://github.com/o/r/blob/main/b.md#p", null],
      ["17:12", "notes", "http://t.org/", null],
      ["17:12", "notes", "https://github.com/o/r/blob/main/r.md?u=https://r.org", null],
      ["20:11", "code", "https://github.com/o/r/tree/main/c/", null],
      ["21:13", "review", "https://github.com/o/r/tree/main/", null],
    ]);
  });

  test("a checkout folder that does not exist is no working tree: paths are checked at their URL", async () => {
    const text = catalog(
      "repository: { url: https://github.com/o/r, branch: main, checkout: ./not-cloned }",
      "outputs: [{ path: docs/README.md }]",
    );
    const links = catalogLinks(await loadCatalog(path.join(dir, "catalog.yaml"), text));
    expect(show(links).map(([, field, raw, base]) => [field, raw, base])).toEqual([
      ["code", "https://github.com/o/r/blob/main/src/a.py", null],
      ["review", "https://github.com/o/r/tree/dev/x", null],
      ["notes", "https://a.org/x", null],
      ["notes", "https://github.com/o/r/blob/main/b.md#p", null],
      ["notes", "http://t.org/", null],
      ["notes", "https://github.com/o/r/blob/main/r.md?u=https://r.org", null],
      ["code", "https://github.com/o/r/tree/main/c/", null],
      ["review", "https://github.com/o/r/tree/main/", null],
    ]);
  });

  test("no repository settings: the catalog's folder is the tree, and relative links are read from it without outputs", async () => {
    const text = catalog("title: T", "outputs: []");
    const links = catalogLinks(await loadCatalog(path.join(dir, "catalog.yaml"), text));
    expect(show(links)).toEqual([
      ["15:11", "code", "https://github.com/o/r/blob/main/src/a.py", null],
      ["16:13", "review", "https://github.com/o/r/tree/dev/x", null],
      ["17:12", "notes", "https://a.org/x", null],
      ["17:12", "notes", "./b.md#p", "."],
      ["17:12", "notes", "c.md", "."],
      ["17:12", "notes", "http://t.org/", null],
      ["17:12", "notes", "./r.md?u=https://r.org", "."],
      ["20:11", "code", "./c/", "."],
      ["21:13", "review", "https://github.com/o/r/tree/main/", null],
    ]);
  });
});
