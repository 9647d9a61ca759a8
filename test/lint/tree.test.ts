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

describe("a tree listing, line by line", () => {
  test("a BOM, CRLF, comments, blank lines, spaces around, ./ and doubled slashes are not names", () => {
    const tree = treeFromListing("\uFEFFa/x.md\r\n# comment\n\n  ./b//c.py  \n./\n");
    expect(tree.children("")).toEqual([
      { name: "a", kind: "dir" },
      { name: "b", kind: "dir" },
    ]);
    expect([tree.kind("a/x.md"), tree.kind("b/c.py"), tree.kind("# comment"), tree.kind("\uFEFFa")]).toEqual([
      "file",
      "file",
      undefined,
      undefined,
    ]);
  });

  test("a name listed as a file and as a folder is a folder, in either order", () => {
    const tree = treeFromListing("a/x.md\na\nd\nd/e\n");
    expect([tree.kind("a"), tree.kind("d"), tree.kind("d/e")]).toEqual(["dir", "dir", "file"]);
    expect(tree.children("d")).toEqual([{ name: "e", kind: "file" }]);
  });

  test("paths are read with ./, leading and trailing slashes; an unknown folder has no children", () => {
    const tree = treeFromListing("b/c.py\nb/d/e.py\n");
    expect([
      tree.kind("./b/"),
      tree.kind("/b/c.py"),
      tree.kind("./"),
      tree.kind("b/c.py/x"),
      tree.kind(".././b"),
      tree.kind("././b//"),
    ]).toEqual(["dir", "file", "dir", undefined, undefined, "dir"]);
    expect(tree.children("./b/")).toEqual([
      { name: "c.py", kind: "file" },
      { name: "d", kind: "dir" },
    ]);
    expect([tree.children("nope"), tree.children("b/c.py")]).toEqual([[], []]);
  });

  test("only a BOM at the very start is dropped; one inside a name is part of it", () => {
    const tree = treeFromListing("a\uFEFFb.md\n");
    expect([tree.kind("a\uFEFFb.md"), tree.kind("ab.md")]).toEqual(["file", undefined]);
  });

  test("any number of leading slashes is trimmed from a folder asked for", () => {
    const tree = treeFromListing("b/c.py\n");
    expect(tree.children("///b/")).toEqual([{ name: "c.py", kind: "file" }]);
  });

  test("children are sorted by code unit (upper case first), not by locale", () => {
    const tree = treeFromListing("b/x\nB/x\na/x\nC/x\n_/x\n");
    expect(tree.children("").map((e) => e.name)).toEqual(["B", "C", "_", "a", "b"]);
  });
});

describe("git's quoting", () => {
  test("only a whole quoted line is unquoted", () => {
    expect(['"', '"ab', 'ab"', "a\\tb"].map(unquote)).toEqual(['"', '"ab', 'ab"', "a\\tb"]);
    expect(unquote('""')).toBe("");
  });

  test("every C escape; an unknown escape or a lone backslash is kept; octal takes three digits", () => {
    expect(unquote('"\\n\\r\\a\\b\\f\\v\\t"')).toBe("\n\r\u0007\b\f\u000b\t");
    expect(unquote('"\\q"')).toBe("\\q");
    expect(unquote('"a\\"')).toBe("a\\");
    expect(unquote('"\\12x"')).toBe("\\12x");
    // Octal digits count only right after the backslash.
    expect(unquote('"\\q123"')).toBe("\\q123");
    expect(unquote('"\\0101"')).toBe("\b1");
    expect(unquote('"\\101\\102"')).toBe("AB");
    expect(unquote('"é\\303\\251"')).toBe("éé");
  });
});

describe("folder globs and path globs", () => {
  test("./ and slashes around a glob are ignored; the top is the glob of nothing", () => {
    const tree = treeFromListing("B/x\na/x\nb/f.md\n");
    expect(matchFolders(tree, "./*/")).toEqual(["B", "a", "b"]);
    expect(matchFolders(tree, "/")).toEqual([""]);
    expect(matchFolders(tree, "a/./")).toEqual(["a"]);
  });

  test("** matches the top and every folder, each once, sorted; files are never folders", () => {
    const tree = treeFromListing("B/x/y.md\na/f.md\n");
    expect(matchFolders(tree, "**")).toEqual(["", "B", "B/x", "a"]);
    expect(matchFolders(tree, "**/**")).toEqual(["", "B", "B/x", "a"]);
    expect(matchFolders(tree, "a/*")).toEqual([]);
    expect(matchFolders(tree, "?")).toEqual(["B", "a"]);
  });

  test("folders found through ** come sorted, though a shallower one is found first", () => {
    expect(matchFolders(treeFromListing("a/b/x\nb/x\n"), "**/b")).toEqual(["a/b", "b"]);
  });

  test("** stops 32 levels down (a guard against deep trees)", () => {
    const listing = Array.from({ length: 40 }, (_, depth) => `${"d/".repeat(depth)}x/f`).join("\n");
    const found = matchFolders(treeFromListing(listing), "**/x");
    expect(found).toHaveLength(32);
    expect(Math.max(...found.map((folder) => folder.split("/").length))).toBe(32);
  });

  test("regular expression characters in a glob are plain text", () => {
    expect(
      [
        ["a+b", "a+b"],
        ["aab", "a+b"],
        ["(x)", "(x)"],
        ["$x^", "$x^"],
        ["a|b", "a|b"],
        ["a", "a|b"],
        ["[x]", "[x]"],
        ["x", "[x]"],
        ["{a}", "{a}"],
        ["a\\b", "a\\b"],
      ].map(([repoPath, glob]) => matchesGlob(repoPath as string, glob as string)),
    ).toEqual([true, false, true, true, true, false, true, false, true, true]);
  });

  test("** at either end, and ./ or slashes around the path", () => {
    expect(
      [
        ["a/b/c", "a/**"],
        ["a", "a/**"],
        ["./a/", "/a"],
        ["x/a/b/c", "**/b/*"],
        ["b/c", "**/b/*"],
        ["x/b/c/d", "**/b/*"],
        ["S1/assets", "S?/assets"],
      ].map(([repoPath, glob]) => matchesGlob(repoPath as string, glob as string)),
    ).toEqual([true, false, true, true, true, false, true]);
  });
});

describe("a checkout on disk, folder by folder", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-lint-checkout-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const folder of ["S1/sub/node_modules/x", "S1/.git", "b", "A"])
    mkdirSync(path.join(dir, folder), { recursive: true });
  for (const file of ["S1/sub/f.py", "a.md", "S1/x.md"]) writeFileSync(path.join(dir, file), "");

  test("paths with ./ and slashes; .git and node_modules below the top are skipped too", () => {
    const tree = treeFromCheckout(dir);
    expect([
      tree.kind("./S1/"),
      tree.kind("/S1/sub/f.py"),
      tree.kind(""),
      tree.kind("S1/.git"),
      tree.kind("S1/sub/node_modules"),
      tree.kind("S1/x.md/y"),
      tree.kind("gone/y"),
    ]).toEqual(["dir", "file", "dir", undefined, undefined, undefined, undefined]);
    expect(tree.children("S1/sub/")).toEqual([{ name: "f.py", kind: "file" }]);
    expect(tree.children("S1/x.md")).toEqual([]);
  });

  test("children sorted by code unit, with their kinds", () => {
    expect(treeFromCheckout(dir).children("")).toEqual([
      { name: "A", kind: "dir" },
      { name: "S1", kind: "dir" },
      { name: "a.md", kind: "file" },
      { name: "b", kind: "dir" },
    ]);
  });

  test("children in the listing's order (UTF-16 code units), not the disk's (UTF-8 bytes put Ａ before 😀)", () => {
    const sub = path.join(dir, "order");
    for (const name of ["\uFF21", "\u{1F600}"]) mkdirSync(path.join(sub, name), { recursive: true });
    const names = treeFromCheckout(dir)
      .children("order")
      .map((e) => e.name);
    expect(names).toEqual(["\u{1F600}", "\uFF21"]);
    expect(names).toEqual(
      treeFromListing("\uFF21/\n\u{1F600}/\n")
        .children("")
        .map((e) => e.name),
    );
  });

  test("each folder is read once: a file added later is not seen by the same tree", () => {
    const tree = treeFromCheckout(dir);
    expect(tree.children("b")).toEqual([]);
    writeFileSync(path.join(dir, "b/late.md"), "");
    expect([tree.children("b/"), tree.kind("b/late.md")]).toEqual([[], undefined]);
    expect(treeFromCheckout(dir).kind("b/late.md")).toBe("file");
  });
});
