// The edge of lint: which files the path rules judge (a listing piped in, named on the command
// line, named in the settings, a checkout, or none, with a note), and positions in the real file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/index.js";
import { lintLoaded } from "../../src/lint/run.js";
import { InputError } from "../../src/util/errors.js";
import { inDirectory } from "../helpers/main.js";
import { plain } from "../helpers/problems.js";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A folder with these files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-lint-run-"));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const NO_TREE_NOTE =
  "no tree listing (--tree, lint.materials.tree) and no checkout of the course repository: lint/missing-path and lint/unreferenced-material were not checked";
const REPOSITORY = "course:\n  repository:\n    url: https://github.com/o/course\n";

/** Lints the catalog at dir/file; returns its findings as `line:col rule message` and the notes. */
async function lint(dir: string, file: string, options: { tree?: string; treeText?: string } = {}) {
  const notes: string[] = [];
  const loaded = await loadCatalog(path.join(dir, file));
  const findings = await lintLoaded(loaded, { ...options, note: (message) => notes.push(message) });
  return { findings: plain(findings).map((f) => `${f.line}:${f.col} ${f.rule} ${f.message}`), notes };
}

describe("no files to judge the paths on", () => {
  test("a ./path with the repository not checked out: a note, and no path findings", async () => {
    const dir = folder({
      "catalog.yaml": `${REPOSITORY}lectures:\n  - number: 1\n    title: A\n    code: ./gone/\n`,
    });
    expect(await lint(dir, "catalog.yaml")).toEqual({ findings: [], notes: [NO_TREE_NOTE] });
  });

  test("the repository's own GitHub link, or material roots, also want a note", async () => {
    const github = folder({
      "catalog.yaml": `${REPOSITORY}lectures:\n  - number: 1\n    title: A\n    code: https://github.com/o/course/tree/main/x\n`,
    });
    const roots = folder({
      "catalog.yaml": `${REPOSITORY}lint:\n  materials:\n    roots: [S1]\nlectures:\n  - number: 1\n    title: A\n`,
    });
    expect([(await lint(github, "catalog.yaml")).notes, (await lint(roots, "catalog.yaml")).notes]).toEqual([
      [NO_TREE_NOTE],
      [NO_TREE_NOTE],
    ]);
  });

  test("no path to judge and no roots: no note; another repository's link is not a path", async () => {
    const dir = folder({
      "catalog.yaml": `${REPOSITORY}lectures:\n  - number: 1\n    title: A\n    code: https://github.com/o/other/tree/main/x\n    video: https://youtu.be/dQw4w9WgXcQ\n`,
    });
    expect(await lint(dir, "catalog.yaml")).toEqual({ findings: [], notes: [] });
  });

  test("without a note callback, the same lint runs quietly", async () => {
    const dir = folder({
      "catalog.yaml": `${REPOSITORY}lectures:\n  - number: 1\n    title: A\n    code: ./gone/\n`,
    });
    expect(await lintLoaded(await loadCatalog(path.join(dir, "catalog.yaml")))).toEqual([]);
  });
});

describe("where the files come from", () => {
  const catalog = (settings: string) =>
    `${REPOSITORY}${settings}lectures:\n  - number: 1\n    title: A\n    code: ./S1/a/\n`;

  test("a listing piped in wins over --tree and the settings", async () => {
    const dir = folder({ "catalog.yaml": catalog("lint:\n  materials:\n    tree: missing.txt\n") });
    expect(await lint(dir, "catalog.yaml", { treeText: "S1/b/x.md\n", tree: "also-missing.txt" })).toEqual({
      findings: ["10:11 lint/missing-path lecture 1: code links S1/a, which is not in the course repository"],
      notes: [],
    });
  });

  test("--tree (from the working directory) wins over the settings' listing (from the catalog's folder)", async () => {
    const dir = folder({
      "docs/catalog.yaml": catalog("lint:\n  materials:\n    tree: ../settings.txt\n"),
      "settings.txt": "S1/a/x.md\n",
      "cli.txt": "S1/b/x.md\n",
    });
    expect((await lint(dir, "docs/catalog.yaml", { tree: path.join(dir, "cli.txt") })).findings).toEqual([
      "10:11 lint/missing-path lecture 1: code links S1/a, which is not in the course repository",
    ]);
    expect(await lint(dir, "docs/catalog.yaml")).toEqual({ findings: [], notes: [] });
  });

  test("--tree relative to the working directory", async () => {
    const dir = folder({ "catalog.yaml": catalog(""), "cli.txt": "S1/b/x.md\n" });
    const { findings } = await inDirectory(dir, () => lint(dir, "catalog.yaml", { tree: "cli.txt" }));
    expect(findings).toEqual([
      "7:11 lint/missing-path lecture 1: code links S1/a, which is not in the course repository",
    ]);
  });

  test("an empty or blank listing is bad input, named", async () => {
    const dir = folder({
      "catalog.yaml": catalog("lint:\n  materials:\n    tree: blank.txt\n"),
      "blank.txt": " \n\n",
    });
    const error = await lint(dir, "catalog.yaml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`${path.join(dir, "blank.txt")}: the tree listing is empty`);
  });

  test("the checkout named in the settings, relative to the catalog", async () => {
    const dir = folder({
      "docs/catalog.yaml": `course:\n  repository:\n    url: https://github.com/o/course\n    checkout: ../repo\nlectures:\n  - number: 1\n    title: A\n    code: ./S1/a/\n    review: ./S1/b.md\n`,
      "repo/S1/a/x.py": "",
    });
    expect(await lint(dir, "docs/catalog.yaml")).toEqual({
      findings: [
        "9:13 lint/missing-path lecture 1: review links S1/b.md, which is not in the course repository",
      ],
      notes: [],
    });
  });

  test("without repository settings, the catalog's own folder (not a git repository) is the checkout", async () => {
    const dir = folder({
      "catalog.yaml": "lectures:\n  - number: 1\n    title: A\n    code: ./S1/a/\n    review: ./S1/b.md\n",
      "S1/a/x.py": "",
    });
    expect(await lint(dir, "catalog.yaml")).toEqual({
      findings: [
        "5:13 lint/missing-path lecture 1: review links S1/b.md, which is not in the course repository",
      ],
      notes: [],
    });
  });
});

describe("places in the file", () => {
  test("each finding at its line and column, the file as named, the rules' levels from the settings", async () => {
    const dir = folder({
      "catalog.yaml": [
        "lint:",
        "  rules:",
        "    lint/duplicate-title: error",
        "lectures:",
        "  - number: 1",
        "    title: Same",
        "  - number: 2",
        "    title:   Same",
        "",
      ].join("\n"),
    });
    const loaded = await loadCatalog(path.join(dir, "catalog.yaml"));
    expect(plain(await lintLoaded(loaded, { treeText: "x\n" }))).toEqual([
      {
        file: loaded.file,
        line: 8,
        col: 14,
        rule: "lint/duplicate-title",
        message: 'lecture 2: title "Same" is also lecture 1\'s title (line 6)',
        hint: "give each lecture its own title, e.g. with the part it covers",
        severity: "error",
      },
    ]);
  });
});
