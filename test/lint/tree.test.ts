// The repository's files as lint reads them: git's listing (quoted names included), a checkout on
// disk, folder globs, and the nearest existing path for "did you mean".
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { nearestPath } from "../../src/lint/materials.js";
import {
  matchesGlob,
  matchFolders,
  treeFromCheckout,
  treeFromListing,
  unquote,
} from "../../src/lint/tree.js";
import { ROOT } from "../helpers/cli.js";

const SEED_TREE = treeFromListing(readFileSync(path.join(ROOT, "test/fixtures/seed/tree.txt"), "utf8"));

describe("a tree listing", () => {
  test("git's quoted names are read as UTF-8 (octal bytes and C escapes)", () => {
    expect(unquote('"Season1.step_into_chatgpt/3.GPT/assets/\\345\\233\\276\\347\\211\\2071.png"')).toBe(
      "Season1.step_into_chatgpt/3.GPT/assets/图片1.png",
    );
    expect(unquote('"a\\tb\\"c\\\\d"')).toBe('a\tb"c\\d');
    expect(unquote("plain/path.md")).toBe("plain/path.md");
  });

  test("files are files, their folders are implied, a trailing / is a folder", () => {
    const tree = treeFromListing('a/b/c.md\n"q/\\346\\226\\207.pdf"\nempty/\n\n');
    expect([
      tree.kind(""),
      tree.kind("a"),
      tree.kind("a/b"),
      tree.kind("a/b/c.md"),
      tree.kind("a/b/c"),
    ]).toEqual(["dir", "dir", "dir", "file", undefined]);
    expect(tree.kind("q/文.pdf")).toBe("file");
    expect(tree.kind("empty")).toBe("dir");
    expect(tree.children("")).toEqual([
      { name: "a", kind: "dir" },
      { name: "empty", kind: "dir" },
      { name: "q", kind: "dir" },
    ]);
  });

  test("the seed listing: two seasons of material folders", () => {
    expect(matchFolders(SEED_TREE, "Season*/")).toEqual([
      "Season1.step_into_chatgpt",
      "Season2.step_into_llm",
    ]);
    expect(SEED_TREE.children("Season2.step_into_llm").filter((e) => e.kind === "dir")).toHaveLength(19);
    expect(SEED_TREE.kind("Season1.step_into_chatgpt/3.GPT/assets/图片1.png")).toBe("file");
  });

  test("every listed file is found, with each folder above it (property)", () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,6}$/).filter((n) => n !== "." && n !== "..");
    fc.assert(
      fc.property(
        fc.array(fc.array(name, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 20 }),
        (files) => {
          // A path that is also a folder of another path is a folder.
          const paths = files.map((segments) => segments.join("/"));
          const tree = treeFromListing(paths.join("\n"));
          for (const file of paths) {
            expect(tree.kind(file)).toBeDefined();
            const segments = file.split("/");
            for (let i = 1; i < segments.length; i++)
              expect(tree.kind(segments.slice(0, i).join("/"))).toBe("dir");
          }
        },
      ),
    );
  });
});

describe("globs", () => {
  test("* and ? stay within a segment, ** crosses them", () => {
    expect(matchesGlob("Season2/assets", "*/assets")).toBe(true);
    expect(matchesGlob("a/Season2/assets", "*/assets")).toBe(false);
    expect(matchesGlob("a/Season2/assets", "**/assets")).toBe(true);
    expect(matchesGlob("assets", "**/assets")).toBe(true);
    expect(matchesGlob("S1", "S?")).toBe(true);
    expect(matchesGlob("S10", "S?")).toBe(false);
    expect(matchesGlob("a.b", "a?b")).toBe(true);
    expect(matchesGlob("axb", "a.b")).toBe(false);
  });

  test("folder globs expand on the tree, ** at any depth", () => {
    const tree = treeFromListing("x/y/lectures/1/a.md\nx/z/lectures/2/b.md\nlectures/3/c.md\n");
    expect(matchFolders(tree, "x/*/lectures")).toEqual(["x/y/lectures", "x/z/lectures"]);
    expect(matchFolders(tree, "**/lectures")).toEqual(["lectures", "x/y/lectures", "x/z/lectures"]);
    expect(matchFolders(tree, "nothing*")).toEqual([]);
  });
});

describe("the nearest existing path", () => {
  test("07.CPM → 06.CPM-Bee (the name without its ordinal starts alike), not 07.RWKV", () => {
    expect(nearestPath(SEED_TREE, "Season2.step_into_llm/07.CPM")).toBe("Season2.step_into_llm/06.CPM-Bee");
  });

  test("a misspelt season folder, a misspelt file, and nothing alike", () => {
    expect(nearestPath(SEED_TREE, "Season2.step_into_lm/08.MoE")).toBe("Season2.step_into_llm/08.MoE");
    expect(nearestPath(SEED_TREE, "Season2.step_into_llm/08.MoE/MoE.pfd")).toBe(
      "Season2.step_into_llm/08.MoE/MoE.pdf",
    );
    expect(nearestPath(SEED_TREE, "Season2.step_into_llm/zzzzzzzz")).toBeUndefined();
  });
});

describe("a checkout on disk", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-lint-tree-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("folders and files as on disk; .git and node_modules are not material", () => {
    for (const folder of ["S1/01.A", "S1/02.B", ".git/objects", "node_modules/x"])
      mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, "S1/01.A/a.py"), "");
    const tree = treeFromCheckout(dir);
    expect([
      tree.kind("S1/01.A"),
      tree.kind("S1/01.A/a.py"),
      tree.kind("S1/03.C"),
      tree.kind(".git"),
    ]).toEqual(["dir", "file", undefined, undefined]);
    expect(tree.children("").map((e) => e.name)).toEqual(["S1"]);
    expect(matchFolders(tree, "S*")).toEqual(["S1"]);
  });
});
