// syllabus import's own arguments, in-process: --map parsing, --out in another folder (the paths the
// catalog writes), the messages for one lecture and for a page that has markers already.
import {
  chmodSync,
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
import { IMPORT_HELP } from "../../src/cli/help.js";
import { runMain } from "../helpers/main.js";

const README = "# C\n\n| Was | No | Title |\n| - | - | - |\n| x | 1 | A |\n";

function course(readme = README): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-import-cli-")));
  mkdirSync(path.join(dir, ".git"));
  writeFileSync(path.join(dir, "README.md"), readme);
  return dir;
}

describe("import --map", () => {
  test("heading and field are trimmed; the last = splits them, so a heading may hold =", async () => {
    const dir = course("| a=b | Title |\n| - | - |\n| x | A |\n");
    const result = await runMain(["import", "README.md", "--map", "  a=b = number "], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr:
        "README.md:1:1: table imported: 1 lecture; columns a=b → number, Title → title\ncatalog.yaml: imported 1 lecture from README.md\n",
    });
  });

  test("a spec without =, with an empty heading or with a field that is not a field name is a usage error", async () => {
    const dir = course();
    for (const spec of ["Was", "=title", "  =title", "Was=", "Was=Two Words", "Was=-x"]) {
      expect({ spec, result: await runMain(["import", "README.md", "--map", spec], { cwd: dir }) }).toEqual({
        spec,
        result: {
          code: 2,
          stdout: "",
          stderr: `syllabus: --map "${spec}" is not Heading=field\n  hint: e.g. --map "Lesson Number=number" or --map "Colab=colab"\nRun: syllabus import --help\n`,
        },
      });
    }
    expect(readdirSync(dir).sort()).toEqual([".git", "README.md"]);
  });

  test("each --map names its own column", async () => {
    const dir = course();
    const result = await runMain(["import", "README.md", "--map", "Was=kind", "--map", "No=number"], {
      cwd: dir,
    });
    expect(result.stderr).toContain("columns Was → kind (custom, markdown), No → number, Title → title\n");
  });
});

describe("import --out", () => {
  test("a catalog in another folder names the README and the schema relative to itself", async () => {
    const dir = course();
    expect(
      (await runMain(["import", "README.md", "--out", "site/data/course.yaml"], { cwd: dir })).code,
    ).toBe(0);
    const catalog = readFileSync(path.join(dir, "site/data/course.yaml"), "utf8");
    const schema = /^# yaml-language-server: \$schema=(\S+)\n/.exec(catalog)?.[1] as string;
    expect(schema).toMatch(/^\.\.\/.*catalog\.schema\.json$/);
    expect(existsSync(path.resolve(dir, "site/data", schema))).toBe(true);
    expect(catalog).toContain("outputs:\n  - path: ../../README.md\n");
  });

  test("a catalog beside the README names it ./README.md", async () => {
    const dir = course();
    expect((await runMain(["import", "README.md"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toContain(
      "outputs:\n  - path: ./README.md\n",
    );
  });
});

describe("import messages", () => {
  test("--markers on a page with markers already: the catalog is written, the page is left as it is", async () => {
    const readme = `<!-- syllabus:start -->\n${README}<!-- syllabus:end -->\n`;
    const dir = course(readme);
    expect(await runMain(["import", "README.md", "--markers"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: [
        'README.md:4:1: table "C" imported: 1 lecture; columns Was → was (custom, markdown), No → number, Title → title',
        "catalog.yaml: imported 1 lecture from README.md",
        "README.md: has syllabus markers already; none added",
        "",
      ].join("\n"),
    });
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(readme);
  });

  test("--markers with a read-only README: refused before the catalog is written; without --markers it is only read", async () => {
    const dir = course();
    chmodSync(path.join(dir, "README.md"), 0o444);
    expect(await runMain(["import", "README.md", "--markers"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: README.md: the file is read-only (mode 444); nothing was written\n  hint: make it writable (chmod u+w README.md) if syllabus should update it\n",
    });
    expect(readdirSync(dir).sort()).toEqual([".git", "README.md"]);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(README);
    expect((await runMain(["import", "README.md"], { cwd: dir })).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([".git", "README.md", "catalog.yaml"]);
  });

  test("--markers around two tables names how many, and the page gets a named region for each", async () => {
    const two =
      "## A\n\n| No | Title |\n| - | - |\n| 1 | A |\n\n## B\n\n| No | Title |\n| - | - |\n| 2 | B |\n";
    const dir = course(two);
    const result = await runMain(["import", "README.md", "--markers"], { cwd: dir });
    expect(result.stderr.split("\n").slice(-3)).toEqual([
      "catalog.yaml: imported 2 lectures from README.md",
      "README.md: markers added around 2 tables; run syllabus render",
      "",
    ]);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toContain(
      "<!-- syllabus:start name=b -->\n| No | Title |\n| - | - |\n| 2 | B |\n<!-- syllabus:end -->",
    );
  });

  test("an existing catalog is kept unless --force; --markers around one table says the table", async () => {
    const dir = course();
    writeFileSync(path.join(dir, "catalog.yaml"), "kept\n");
    expect(await runMain(["import", "README.md", "--markers"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: catalog.yaml already exists; nothing was written\n  hint: use --force to overwrite it\n",
    });
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toBe("kept\n");
    const forced = await runMain(["import", "README.md", "--markers", "--force"], { cwd: dir });
    expect(forced.stderr.split("\n").slice(-3)).toEqual([
      "catalog.yaml: imported 1 lecture from README.md",
      "README.md: markers added around the table; run syllabus render",
      "",
    ]);
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toContain("lectures:\n");
  });

  test("--help prints import's usage on stdout and writes nothing", async () => {
    const dir = course();
    expect(await runMain(["import", "README.md", "--help"], { cwd: dir })).toEqual({
      code: 0,
      stdout: IMPORT_HELP,
      stderr: "",
    });
    expect(readdirSync(dir).sort()).toEqual([".git", "README.md"]);
  });

  test("no README is a usage error", async () => {
    expect(await runMain(["import"], { cwd: course() })).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: import takes one README, got 0\nRun: syllabus import --help\n",
    });
  });

  test("two READMEs are a usage error", async () => {
    expect(await runMain(["import", "a.md", "b.md"], { cwd: course() })).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: import takes one README, got 2\nRun: syllabus import --help\n",
    });
  });
});
