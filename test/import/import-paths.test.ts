// Import keeps every link: ./paths are stored from the repository's top wherever the catalog goes
// (issue 7.10); when a link cannot be kept, import refuses before writing anything. And a README
// with a byte order mark gets its markers in the right place (issue 7.1).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";
import { SEED } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { rowsOf, tablesOf } from "../helpers/tables.js";

const seed = readFileSync(SEED, "utf8");
const IRREGULAR =
  "README.md:75:1: warning: row of lecture 23 has 5 cells, the header has 6 [irregular-row]\n  hint: imported the cells in order; check lecture 23 in the catalog\n";

function repo(git: boolean, readme = seed): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-import-paths-")));
  if (git) mkdirSync(path.join(dir, ".git"));
  writeFileSync(path.join(dir, "README.md"), readme);
  return dir;
}

describe("import --out docs/catalog.yaml", () => {
  test("in a git repository: every link of the seed is kept, and render gives the seed's table back", async () => {
    const dir = repo(true);
    const imported = await runMain(["import", "README.md", "--markers", "--out", "docs/catalog.yaml"], {
      cwd: dir,
    });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain(IRREGULAR);
    expect(imported.stderr).toMatch(
      /docs\/catalog\.yaml: imported 28 lectures from README\.md\nREADME\.md: markers added around the table; run syllabus render --catalog docs\/catalog\.yaml\n$/,
    );
    const catalog = readFileSync(path.join(dir, "docs/catalog.yaml"), "utf8");
    expect(catalog).toContain("  - path: ../README.md\n");
    expect(catalog).toContain("code: ./Season1.step_into_chatgpt/1.Transformer/\n");
    const rendered = await runMain(["render", "--catalog", "docs/catalog.yaml", "--no-cache"], { cwd: dir });
    expect(rendered.code).toBe(0);
    // Every cell's URLs are the seed's: nothing was dropped (the issue lost 22 links here).
    const page = readFileSync(path.join(dir, "README.md"), "utf8");
    const urls = (text: string) =>
      rowsOf(tablesOf(text)[0] as never).map((row) => row.flatMap((cell) => cell.urls)); // lecture 23's row is irregular
    expect(urls(page)).toEqual(urls(seed));
    expect(
      urls(page)
        .flat()
        .filter((url) => !/^https?:/.test(url)),
    ).toHaveLength(22);
  });

  test("outside git, a catalog below the README would see another repository: refused, nothing written", async () => {
    const dir = repo(false);
    const result = await runMain(["import", "README.md", "--markers", "--out", "docs/catalog.yaml"], {
      cwd: dir,
    });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `syllabus: docs/catalog.yaml: README.md is outside the catalog's repository docs; nothing was written\n  hint: in a git repository the catalog may go in any folder; otherwise put it in the README's folder or one above it\n`,
    });
    expect(readdirSync(dir)).toEqual(["README.md"]);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(seed);
  });

  test("a link that leaves the repository is kept as written in a markdown cell, never dropped", async () => {
    const readme =
      "| 章节序号 | 章节名称 | 课件及代码 |\n| - | - | - |\n| 第一讲 | A | [link](../other/slides/) |\n";
    const dir = repo(true, readme);
    const result = await runMain(["import", "README.md"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("课件及代码 → 课件及代码 (custom, markdown)");
    const catalog = readFileSync(path.join(dir, "catalog.yaml"), "utf8");
    expect(catalog).toContain('    课件及代码: "[link](../other/slides/)"\n');
  });

  test("outside git, a README in docs/ imported into a catalog above it keeps its links from the catalog's folder", async () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-import-paths-")));
    mkdirSync(path.join(dir, "docs"));
    const readme =
      "| 章节序号 | 章节名称 | 课件及代码 |\n| - | - | - |\n| 第一讲 | A | [link](../Season1/slides/) |\n";
    writeFileSync(path.join(dir, "docs", "README.md"), readme);
    const result = await runMain(["import", "docs/README.md", "--markers"], { cwd: dir });
    expect(result.code).toBe(0);
    const catalog = readFileSync(path.join(dir, "catalog.yaml"), "utf8");
    expect(catalog).toContain("  - path: ./docs/README.md\n");
    expect(catalog).toContain("code: ./Season1/slides/\n");
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, "docs", "README.md"), "utf8")).toContain("[link](../Season1/slides/)");
  });
});

describe("import of a README below the repository's top", () => {
  test("./paths in markdown cells are stored from the top and render back as written", async () => {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-import-paths-")));
    mkdirSync(path.join(dir, ".git"));
    mkdirSync(path.join(dir, "docs"));
    const readme = [
      "| No | Title | Notes |",
      "| - | - | - |",
      '| 1 | [**Intro**](./intro/README.md) | ![s](./img/s.png) <img src="./img/t.png"/> [x](https://x.org) |',
      "",
    ].join("\n");
    writeFileSync(path.join(dir, "docs", "README.md"), readme);
    const imported = await runMain(["import", "docs/README.md", "--markers"], { cwd: dir });
    expect(imported.code).toBe(0);
    const catalog = readFileSync(path.join(dir, "catalog.yaml"), "utf8");
    expect(catalog).toContain('    title: "[**Intro**](./docs/intro/README.md)"\n');
    expect(catalog).toContain(
      "    notes: '![s](./docs/img/s.png) <img src=\"./docs/img/t.png\"/> [x](https://x.org)'\n",
    );
    const marked = readFileSync(path.join(dir, "docs", "README.md"), "utf8");
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).stderr).toBe(
      "docs/README.md: up to date\n",
    );
    expect(readFileSync(path.join(dir, "docs", "README.md"), "utf8")).toBe(marked);
  });
});

describe("import --markers on a README with a byte order mark", () => {
  test("the markers wrap the table exactly; the BOM and every other byte stay", async () => {
    const table = "| 章节序号 | 章节名称 |\n| - | - |\n| 第一讲 | A |";
    const readme = `\uFEFF# Course\n\n${table}\n\nafter\n`;
    const dir = repo(false, readme);
    const result = await runMain(["import", "README.md", "--markers"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(
      `\uFEFF# Course\n\n${START_MARKER}\n${table}\n${END_MARKER}\n\nafter\n`,
    );
    expect(existsSync(path.join(dir, "catalog.yaml"))).toBe(true);
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).code).toBe(0);
  });
});
