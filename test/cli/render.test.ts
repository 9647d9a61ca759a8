// `syllabus render` in-process: what it says, which pages it writes, and when it answers from the
// render cache (node_modules/.cache/syllabus/render.json) instead of rendering.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { RENDER_HELP } from "../../src/cli/help.js";
import { sha256 } from "../../src/render/fresh-cache.js";
import { runMain } from "../helpers/main.js";

const CATALOG = `outputs:
  - path: a.md
  - path: b.md
table:
  columns: [{ field: number, heading: "#" }, { field: title, heading: Title }]
lectures:
  - { number: 1, title: One }
`;
const EMPTY = "# Page\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n";
const CURRENT =
  "# Page\n\n<!-- syllabus:start -->\n| # | Title |\n| - | - |\n| 第一讲 | One |\n<!-- syllabus:end -->\n";

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-render-cli-")));
  mkdirSync(path.join(dir, ".git"));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const at = (name: string) => path.join(dir, name);
const read = (name: string) => readFileSync(at(name), "utf8");

function course(catalogName = "catalog.yaml", a = EMPTY, b = CURRENT): void {
  writeFileSync(at(catalogName), CATALOG);
  writeFileSync(at("a.md"), a);
  writeFileSync(at("b.md"), b);
}

describe("render", () => {
  test("says of each page whether it was written or already up to date, in the catalog's order", async () => {
    course();
    expect(await runMain(["render"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: "a.md: written\nb.md: up to date\n",
    });
    expect(read("a.md")).toBe(CURRENT);
    expect(read("b.md")).toBe(CURRENT);
  });

  test("--check names every stale page and, for another catalog, the --catalog of the fix", async () => {
    course("course.yaml", EMPTY, EMPTY);
    const result = await runMain(["render", "--check", "--catalog", "course.yaml"], { cwd: dir });
    const diff = (name: string) =>
      [
        "===================================================================",
        `--- a/${name}`,
        `+++ b/${name}`,
        "@@ -1,4 +1,7 @@",
        " # Page",
        " ",
        " <!-- syllabus:start -->",
        "+| # | Title |",
        "+| - | - |",
        "+| 第一讲 | One |",
        " <!-- syllabus:end -->",
        "",
      ].join("\n");
    expect(result).toEqual({
      code: 1,
      stdout: `${diff("a.md")}${diff("b.md")}`,
      stderr:
        "a.md:4:1: error: stale: the table differs from course.yaml [render/stale]\n  hint: run syllabus render --catalog course.yaml; it rewrites the table from course.yaml, so make hand edits of the table there\nb.md:4:1: error: stale: the table differs from course.yaml [render/stale]\n  hint: run syllabus render --catalog course.yaml; it rewrites the table from course.yaml, so make hand edits of the table there\n",
    });
    expect([read("a.md"), read("b.md")]).toEqual([EMPTY, EMPTY]);
  });

  test("--check's diff shows three lines of context", async () => {
    const page = `# Page\n\n1\n2\n3\n4\n5\n${EMPTY.slice("# Page\n\n".length)}`;
    course("catalog.yaml", page, CURRENT);
    const result = await runMain(["render", "--check"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "===================================================================",
        "--- a/a.md",
        "+++ b/a.md",
        "@@ -6,4 +6,7 @@",
        " 4",
        " 5",
        " <!-- syllabus:start -->",
        "+| # | Title |",
        "+| - | - |",
        "+| 第一讲 | One |",
        " <!-- syllabus:end -->",
        "",
      ].join("\n"),
    );
  });

  test("--help prints the command's help; a wrong flag is a usage error naming the command", async () => {
    expect(await runMain(["render", "--help"], { cwd: dir })).toEqual({
      code: 0,
      stdout: RENDER_HELP,
      stderr: "",
    });
    expect(await runMain(["render", "--chek"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown option "--chek"; did you mean "--check"?\nRun: syllabus render --help\n',
    });
  });

  test("--check with the default catalog: the fix is plain `syllabus render`", async () => {
    course("catalog.yaml", EMPTY, CURRENT);
    const result = await runMain(["render", "--check"], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([
      1,
      "a.md:4:1: error: stale: the table differs from catalog.yaml [render/stale]\n  hint: run syllabus render; it rewrites the table from catalog.yaml, so make hand edits of the table there\n",
    ]);
  });

  test("--check on a page its template would create: the diff adds the whole page", async () => {
    writeFileSync(
      at("catalog.yaml"),
      CATALOG.replace("  - path: a.md\n  - path: b.md\n", "  - { path: a.md, template: t.md }\n"),
    );
    writeFileSync(at("t.md"), EMPTY);
    const result = await runMain(["render", "--check"], { cwd: dir });
    expect(result.stdout).toBe(
      [
        "===================================================================",
        "--- a/a.md",
        "+++ b/a.md",
        "@@ -0,0 +1,7 @@",
        ...CURRENT.split("\n")
          .slice(0, -1)
          .map((line) => `+${line}`),
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });

  test("--allow-outside writes a page outside the repository, which is refused without it", async () => {
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-out.md`);
    writeFileSync(
      at("catalog.yaml"),
      CATALOG.replace("  - path: a.md\n  - path: b.md\n", `  - path: ${outside}\n`),
    );
    writeFileSync(outside, EMPTY);
    try {
      expect((await runMain(["render"], { cwd: dir })).code).toBe(2);
      expect(readFileSync(outside, "utf8")).toBe(EMPTY);
      expect(await runMain(["render", "--allow-outside"], { cwd: dir })).toEqual({
        code: 0,
        stdout: "",
        stderr: `${outside}: written\n`,
      });
      expect(readFileSync(outside, "utf8")).toBe(CURRENT);
    } finally {
      rmSync(outside, { force: true });
    }
  });

  test("--check on current pages names them all on one line and writes nothing", async () => {
    course("catalog.yaml", CURRENT, CURRENT);
    expect(await runMain(["render", "--check"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: "a.md, b.md: up to date\n",
    });
  });

  test("a stale page that cannot be written is found before any page is written", async () => {
    course("catalog.yaml", EMPTY, EMPTY);
    chmodSync(at("b.md"), 0o444);
    expect(await runMain(["render"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        "syllabus: b.md: the file is read-only (mode 444); nothing was written",
        "  hint: make it writable (chmod u+w b.md) if syllabus should update it",
        "",
      ].join("\n"),
    });
    expect([read("a.md"), read("b.md")]).toEqual([EMPTY, EMPTY]);
  });
});

describe("render cache", () => {
  const cacheFile = () => at("node_modules/.cache/syllabus/render.json");

  /** A record that claims the catalog's pages are current, under names only the cache knows. */
  function forgedRecord(): void {
    mkdirSync(path.dirname(cacheFile()), { recursive: true });
    const record = {
      build: "development",
      catalog: sha256(CATALOG),
      files: {},
      displays: ["from-cache.md", "too.md"],
    };
    writeFileSync(cacheFile(), JSON.stringify({ [at("catalog.yaml")]: record }));
  }

  test("a render that makes every page current is recorded with each page's and the catalog's hash", async () => {
    course();
    mkdirSync(at("node_modules"));
    expect((await runMain(["render"], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(cacheFile(), "utf8"))).toEqual({
      [at("catalog.yaml")]: {
        build: "development",
        catalog: sha256(CATALOG),
        files: { [at("a.md")]: sha256(CURRENT), [at("b.md")]: sha256(CURRENT) },
        displays: ["a.md", "b.md"],
      },
    });
  });

  test("a page rendered from a template is recorded with the template's hash", async () => {
    writeFileSync(
      at("catalog.yaml"),
      CATALOG.replace("  - path: a.md\n  - path: b.md\n", "  - { path: a.md, template: t.md }\n"),
    );
    writeFileSync(at("t.md"), EMPTY);
    mkdirSync(at("node_modules"));
    expect((await runMain(["render"], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(cacheFile(), "utf8"))[at("catalog.yaml")].files).toEqual({
      [at("a.md")]: sha256(CURRENT),
      [at("t.md")]: sha256(EMPTY),
    });
  });

  test("a current record answers without rendering; --no-cache and --allow-outside render anyway", async () => {
    course("catalog.yaml", CURRENT, CURRENT);
    forgedRecord();
    const cached = { code: 0, stdout: "", stderr: "from-cache.md, too.md: up to date\n" };
    expect(await runMain(["render", "--check"], { cwd: dir })).toEqual(cached);
    expect(await runMain(["render"], { cwd: dir })).toEqual(cached);
    const rendered = { code: 0, stdout: "", stderr: "a.md, b.md: up to date\n" };
    expect(await runMain(["render", "--check", "--no-cache"], { cwd: dir })).toEqual(rendered);
    expect(await runMain(["render", "--check", "--allow-outside"], { cwd: dir })).toEqual(rendered);
  });

  test("--no-cache and --allow-outside record nothing", async () => {
    course();
    mkdirSync(at("node_modules"));
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).code).toBe(0);
    expect((await runMain(["render", "--check", "--allow-outside"], { cwd: dir })).code).toBe(0);
    expect(() => readFileSync(cacheFile())).toThrow(/ENOENT/);
    expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(), "utf8")))).toEqual([at("catalog.yaml")]);
  });

  test("a stale --check records nothing", async () => {
    course();
    mkdirSync(at("node_modules"));
    expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(1);
    expect(() => readFileSync(cacheFile())).toThrow(/ENOENT/);
  });
});
