// The render --check shortcut: a record says "current" only for the exact catalog text, build and
// file contents it was made from; anything else, or a damaged record, means render again.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { freshPages, rememberFresh, sha256 } from "../../src/render/fresh-cache.js";

function project(withNodeModules = true) {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-fresh-"));
  if (withNodeModules) mkdirSync(path.join(dir, "node_modules"));
  const catalog = path.join(dir, "catalog.yaml");
  const page = path.join(dir, "README.md");
  writeFileSync(page, "page\n");
  return { dir, catalog, page, cacheFile: path.join(dir, "node_modules/.cache/syllabus/render.json") };
}

describe("fresh-cache", () => {
  test("sha256 is the hex SHA-256 of the text", () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test("a record made for a catalog text and its files answers with the pages' names", async () => {
    const { catalog, page, cacheFile } = project();
    await rememberFresh(catalog, "lectures: []\n", new Map([[page, "page\n"]]), ["README.md"]);
    expect(await freshPages(catalog, "lectures: []\n")).toEqual(["README.md"]);
    expect(JSON.parse(readFileSync(cacheFile, "utf8"))).toEqual({
      [catalog]: {
        build: "development",
        catalog: sha256("lectures: []\n"),
        files: { [page]: sha256("page\n") },
        displays: ["README.md"],
      },
    });
  });

  test("another catalog text, a changed file or a missing file means render again", async () => {
    const { catalog, page, dir } = project();
    const other = path.join(dir, "t.md");
    writeFileSync(other, "t\n");
    await rememberFresh(
      catalog,
      "a",
      new Map([
        [page, "page\n"],
        [other, "t\n"],
      ]),
      ["README.md"],
    );
    expect(await freshPages(catalog, "b")).toBeUndefined();
    expect(await freshPages(path.join(dir, "other.yaml"), "a")).toBeUndefined();
    writeFileSync(other, "t changed\n");
    expect(await freshPages(catalog, "a")).toBeUndefined();
    writeFileSync(other, "t\n");
    expect(await freshPages(catalog, "a")).toEqual(["README.md"]);
    writeFileSync(page, "page edited\n");
    expect(await freshPages(catalog, "a")).toBeUndefined();
  });

  test("a recorded file now missing, or now a folder, means render again (not an error)", async () => {
    const { catalog, page, dir } = project();
    const other = path.join(dir, "t.md");
    writeFileSync(other, "t\n");
    const files = new Map([
      [page, "page\n"],
      [other, "t\n"],
    ]);
    await rememberFresh(catalog, "a", files, ["README.md"]);
    expect(await freshPages(catalog, "a")).toEqual(["README.md"]);
    rmSync(other);
    expect(await freshPages(catalog, "a")).toBeUndefined();
    mkdirSync(other);
    expect(await freshPages(catalog, "a")).toBeUndefined();
  });

  test("a record of another build does not count", async () => {
    const { catalog, page, cacheFile } = project();
    await rememberFresh(catalog, "a", new Map([[page, "page\n"]]), ["README.md"]);
    const records = JSON.parse(readFileSync(cacheFile, "utf8"));
    records[catalog].build = "1.2.3";
    writeFileSync(cacheFile, JSON.stringify(records));
    expect(await freshPages(catalog, "a")).toBeUndefined();
  });

  test("records of several catalogs are kept side by side", async () => {
    const { catalog, page, dir } = project();
    const second = path.join(dir, "second.yaml");
    await rememberFresh(catalog, "a", new Map([[page, "page\n"]]), ["README.md"]);
    await rememberFresh(second, "b", new Map(), ["docs/README.md"]);
    expect(await freshPages(catalog, "a")).toEqual(["README.md"]);
    expect(await freshPages(second, "b")).toEqual(["docs/README.md"]);
  });

  test("a corrupt or non-object cache file is ignored and replaced", async () => {
    for (const damaged of ["{not json", "null", "42"]) {
      const { catalog, page, cacheFile } = project();
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, damaged);
      expect(await freshPages(catalog, "a")).toBeUndefined();
      await rememberFresh(catalog, "a", new Map([[page, "page\n"]]), ["README.md"]);
      expect(await freshPages(catalog, "a")).toEqual(["README.md"]);
    }
  });

  test("outside a project with node_modules nothing is recorded and nothing is answered", async () => {
    const { catalog, page, dir } = project(false);
    if (existsSync(path.join(path.dirname(dir), "node_modules"))) return; // tmpdir inside a project
    await rememberFresh(catalog, "a", new Map([[page, "page\n"]]), ["README.md"]);
    expect(existsSync(path.join(dir, "node_modules"))).toBe(false);
    expect(await freshPages(catalog, "a")).toBeUndefined();
  });

  test("an unwritable cache only costs speed: rememberFresh does not throw", async () => {
    const { catalog, page, dir } = project();
    writeFileSync(path.join(dir, "node_modules/.cache"), "a file where the folder should be");
    await expect(
      rememberFresh(catalog, "a", new Map([[page, "page\n"]]), ["README.md"]),
    ).resolves.toBeUndefined();
    expect(await freshPages(catalog, "a")).toBeUndefined();
  });
});
