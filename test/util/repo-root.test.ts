import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { gitTopLevel, isWithin, realpathDeep, repositoryRoot } from "../../src/util/repo-root.js";

// A real folder (symlinks under the temp dir resolved); nothing above it holds a .git.
const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), "syllabus-repo-root-")));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function folder(...parts: string[]): string {
  const dir = path.join(base, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe("gitTopLevel and repositoryRoot", () => {
  test("the nearest folder upwards holding a .git folder, from any depth", () => {
    const top = folder("repo");
    folder("repo", ".git");
    const deep = folder("repo", "a", "b");
    expect(gitTopLevel(deep)).toBe(top);
    expect(gitTopLevel(top)).toBe(top);
    expect(repositoryRoot(deep)).toBe(top);
  });

  test("a .git file (a worktree or submodule) counts too", () => {
    const top = folder("worktree");
    writeFileSync(path.join(top, ".git"), "gitdir: /elsewhere\n");
    expect(gitTopLevel(folder("worktree", "x"))).toBe(top);
  });

  test("outside any repository: no top level, and the root is the folder itself, symlinks resolved", () => {
    const plain = folder("plain", "inner");
    expect(gitTopLevel(plain)).toBeUndefined();
    const link = path.join(base, "plain-link");
    symlinkSync(path.join(base, "plain"), link);
    expect(repositoryRoot(path.join(link, "inner"))).toBe(plain);
  });
});

describe("realpathDeep", () => {
  test("a path that does not exist yet keeps its missing tail under its real ancestor", () => {
    const real = folder("real");
    const link = path.join(base, "real-link");
    symlinkSync(real, link);
    expect(realpathDeep(path.join(link, "new", "file.md"))).toBe(path.join(real, "new", "file.md"));
  });

  test("a dangling symlink says where a write would land", () => {
    const target = path.join(folder("dangling"), "missing", "page.md");
    const link = path.join(base, "dangling-link.md");
    symlinkSync(target, link);
    expect(realpathDeep(link)).toBe(target);
  });

  test("a relative dangling symlink is followed from the link's own folder", () => {
    const dir = folder("relative");
    symlinkSync("../elsewhere/page.md", path.join(dir, "page.md"));
    expect(realpathDeep(path.join(dir, "page.md"))).toBe(path.join(base, "elsewhere", "page.md"));
  });

  test("missing folders below a dangling symlink keep their order", () => {
    const dir = folder("dangling-deep");
    symlinkSync("../nowhere", path.join(dir, "docs"));
    expect(realpathDeep(path.join(dir, "docs", "en", "guide", "page.md"))).toBe(
      path.join(base, "nowhere", "en", "guide", "page.md"),
    );
  });

  test("a symlink loop ends after a bounded number of hops instead of recursing forever", () => {
    const dir = folder("loop");
    symlinkSync(path.join(dir, "b"), path.join(dir, "a"));
    symlinkSync(path.join(dir, "a"), path.join(dir, "b"));
    const resolved = realpathDeep(path.join(dir, "a", "x"));
    expect([path.join(dir, "a", "x"), path.join(dir, "b", "x")]).toContain(resolved);
  });
});

describe("isWithin", () => {
  test("the folder itself and anything below it are within; its parent and siblings are not", () => {
    expect(isWithin("/r/course", "/r/course")).toBe(true);
    expect(isWithin("/r/course", "/r/course/a/b.md")).toBe(true);
    expect(isWithin("/r/course", "/r")).toBe(false);
    expect(isWithin("/r/course", "/r/course-2/a.md")).toBe(false);
    expect(isWithin("/r/course", "/r/other/a.md")).toBe(false);
  });

  test('a name that merely starts with ".." is inside', () => {
    expect(isWithin("/r/course", "/r/course/..notes/a.md")).toBe(true);
  });
});
