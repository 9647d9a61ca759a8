// The render cache is loaded only when it is used (it brings node:crypto): a recorded page must
// still not hide a catalog made invalid since, and --no-cache must neither read nor write records.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

const PAGES = "course/README.md, course/README.en.md";
const dirs: string[] = [];

/** The embedded course with a node_modules folder, so the render cache has a place. */
function cachedCourse(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-render-cache-"));
  dirs.push(dir);
  for (const entry of ["catalog.yaml", "templates", "course"])
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  mkdirSync(path.join(dir, "node_modules"));
  return dir;
}
const cacheFile = (dir: string) => path.join(dir, "node_modules/.cache/syllabus/render.json");

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("render's cache paths", () => {
  test("a recorded page does not hide a catalog made invalid since: exit 2, every problem, nothing written", async () => {
    const dir = cachedCourse();
    expect(await runMain(["render", "--check"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${PAGES}: up to date\n`,
    });
    expect(existsSync(cacheFile(dir))).toBe(true);
    const catalogPath = path.join(dir, "catalog.yaml");
    const catalog = readFileSync(catalogPath, "utf8");
    const broken = catalog.replace("  - number: 1\n", "  - number: one\n").replace("title: RAG", "title: 7");
    expect(broken).not.toBe(catalog);
    writeFileSync(catalogPath, broken);
    const pages = ["course/README.md", "course/README.en.md"].map((p) => readFileSync(path.join(dir, p)));

    for (const args of [["render", "--check"], ["render"]]) {
      const run = await runMain(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n").filter((line) => line.includes(": error: "))).toEqual([
        'catalog.yaml:44:13: error: lecture #1: "number" must be a number, got "one" [wrong-type]',
        'catalog.yaml:289:12: error: lecture 25: "title" must be text, got number 7 [wrong-type]',
      ]);
    }
    expect(["course/README.md", "course/README.en.md"].map((p) => readFileSync(path.join(dir, p)))).toEqual(
      pages,
    );
  }, 60_000);

  test("--no-cache neither answers from a record nor writes one", async () => {
    const dir = cachedCourse();
    expect((await runMain(["render", "--check", "--no-cache"], { cwd: dir })).code).toBe(0);
    expect(existsSync(cacheFile(dir))).toBe(false);
    expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(0);
    const record = readFileSync(cacheFile(dir), "utf8");
    // A page edited by hand: the record would still say "up to date" if it were read.
    const page = path.join(dir, "course/README.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("| 第一讲 |", "| 第1讲 |"));
    const stale = await runMain(["render", "--check", "--no-cache"], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe(
      "course/README.md:54:1: error: stale: the table differs from catalog.yaml [render/stale]\n  hint: run syllabus render; it rewrites the table from catalog.yaml, so make hand edits of the table there\n",
    );
    expect(readFileSync(cacheFile(dir), "utf8")).toBe(record);
  });
});
