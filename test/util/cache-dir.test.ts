// The render cache lives where other tools keep theirs: node_modules/.cache of the nearest project.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { projectCacheDir } from "../../src/util/cache-dir.js";

const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), "syllabus-cache-dir-")));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("projectCacheDir", () => {
  test("the nearest folder upwards with a node_modules holds the cache, from any depth", () => {
    mkdirSync(path.join(base, "project", "node_modules"), { recursive: true });
    mkdirSync(path.join(base, "project", "course", "docs"), { recursive: true });
    const expected = path.join(base, "project", "node_modules", ".cache", "syllabus");
    expect(projectCacheDir(path.join(base, "project", "course", "docs"))).toBe(expected);
    expect(projectCacheDir(path.join(base, "project"))).toBe(expected);
  });

  test("a nearer node_modules wins over one further up", () => {
    mkdirSync(path.join(base, "outer", "node_modules"), { recursive: true });
    mkdirSync(path.join(base, "outer", "inner", "node_modules"), { recursive: true });
    expect(projectCacheDir(path.join(base, "outer", "inner"))).toBe(
      path.join(base, "outer", "inner", "node_modules", ".cache", "syllabus"),
    );
  });

  test("outside any project (no node_modules up to the root): no cache folder", () => {
    // The temporary folder sits under /tmp, which holds no node_modules on any sane system.
    const lonely = path.join(base, "lonely", "a");
    mkdirSync(lonely, { recursive: true });
    expect(projectCacheDir(lonely)).toBeUndefined();
  });
});
