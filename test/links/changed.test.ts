// --changed-since's comparison on its own: the links each input had at the base ref, read through a
// scripted reader (the git side is proven in changed-since.test.ts on real repositories).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { baseLinks, identities, isUnchanged, linkIdentity } from "../../src/links/changed.js";
import type { FoundLink } from "../../src/links/targets.js";

const dir = mkdtempSync(path.join(tmpdir(), "syllabus-changed-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const found = (raw: string, file = "page.md"): FoundLink => ({ raw, source: { file, line: 1, col: 1 } });

describe("link identity", () => {
  test("a URL is compared with its fragment; mailto: has no identity", () => {
    expect(linkIdentity(found("https://a.test/p#x"))).toBe("https://a.test/p#x");
    expect(linkIdentity(found("https://a.test/p"))).toBe("https://a.test/p#");
    expect(linkIdentity(found("mailto:x@y.test"))).toBeUndefined();
    expect([
      ...identities([found("https://a.test/p"), found("mailto:x@y.test"), found("https://a.test/p")]),
    ]).toEqual(["https://a.test/p#"]);
  });

  test("a link is unchanged only when the same file had the same URL and fragment", () => {
    const base = { ref: "main", byFile: new Map([["page.md", new Set(["https://a.test/p#"])]]), notes: [] };
    expect(isUnchanged(base, found("https://a.test/p"))).toBe(true);
    expect(isUnchanged(base, found("https://a.test/p#x"))).toBe(false);
    expect(isUnchanged(base, found("https://a.test/p", "other.md"))).toBe(false);
    expect(isUnchanged(base, found("mailto:x@y.test"))).toBe(false);
  });
});

describe("baseLinks", () => {
  const catalogPath = path.join(dir, "catalog.yaml");
  const current = "lectures:\n  - number: 1\n    title: A\n    video: https://v.test/new\n";

  test("each file's links at the ref, by display name; a file absent at the ref is left out", async () => {
    const catalog = await loadCatalog(catalogPath, current);
    const old: Record<string, string> = {
      [catalogPath]: "lectures:\n  - number: 1\n    title: A\n    video: https://v.test/old\n",
      [path.join(dir, "a.md")]: "[x](https://a.test/one#f) [y](mailto:x@y.test)\n",
    };
    const asked: string[] = [];
    const base = await baseLinks(
      "main",
      {
        catalog,
        files: [
          { display: "a.md", path: path.join(dir, "a.md"), dir },
          { display: "new.md", path: path.join(dir, "new.md"), dir },
        ],
      },
      async (file) => {
        asked.push(file);
        return old[file];
      },
    );
    expect(asked.sort()).toEqual([catalogPath, path.join(dir, "a.md"), path.join(dir, "new.md")].sort());
    expect(base.ref).toBe("main");
    expect(base.notes).toEqual([]);
    expect([...base.byFile.keys()].sort()).toEqual([catalog.file, "a.md"].sort());
    expect([...(base.byFile.get("a.md") ?? [])]).toEqual(["https://a.test/one#f"]);
    expect([...(base.byFile.get(catalog.file) ?? [])]).toEqual(["https://v.test/old#"]);
  });

  test("an old catalog that is not valid counts as absent, with a note", async () => {
    const catalog = await loadCatalog(catalogPath, current);
    const base = await baseLinks("v1", { catalog, files: [] }, async () => "lectures:\n  - number: x\n");
    expect(base.byFile.size).toBe(0);
    expect(base.notes).toEqual([
      `${catalog.file}: the version at v1 is not a valid catalog; all its links count as changed`,
    ]);
  });

  test("a catalog absent at the ref leaves no entry and no note; without a catalog only files are read", async () => {
    const catalog = await loadCatalog(catalogPath, current);
    const absent = await baseLinks("main", { catalog, files: [] }, async () => undefined);
    expect([absent.byFile.size, absent.notes]).toEqual([0, []]);
    const asked: string[] = [];
    await baseLinks("main", { files: [{ display: "a.md", path: "/x/a.md", dir }] }, async (file) => {
      asked.push(file);
      return "";
    });
    expect(asked).toEqual(["/x/a.md"]);
  });

  test("a reader that fails with an error other than an invalid catalog is not swallowed", async () => {
    const catalog = await loadCatalog(catalogPath, current);
    await expect(
      baseLinks("main", { catalog, files: [] }, async () => {
        throw new Error("git exploded");
      }),
    ).rejects.toThrow("git exploded");
  });
});
