// syllabus fmt through main(): what is written, what is printed, and that nothing is written when
// the catalog is invalid or --check is given.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { FMT_HELP } from "../../src/cli/help.js";
import { ROOT, SEED } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { readmeSection } from "../helpers/readme.js";

function folder(catalog: string, name = "catalog.yaml"): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-fmt-"));
  writeFileSync(path.join(dir, name), catalog);
  return dir;
}

const UNSORTED = [
  "# yaml-language-server: $schema=./catalog.schema.json",
  "lectures:",
  "  # the first",
  "  - title: Intro",
  "    video: https://www.bilibili.com/video/BV1aa/?spm_id_from=333.999.0.0&p=2",
  "    number: 1 # one",
  "course:",
  "  title: C",
  "",
].join("\n");

const SORTED = [
  "# yaml-language-server: $schema=./catalog.schema.json",
  "",
  "course:",
  "  title: C",
  "lectures:",
  "  # the first",
  "  - number: 1 # one",
  "    title: Intro",
  "    video: https://www.bilibili.com/video/BV1aa/?spm_id_from=333.999.0.0&p=2",
  "",
].join("\n");

describe("syllabus fmt", () => {
  test("rewrites the catalog in canonical order, every comment kept", async () => {
    const cwd = folder(UNSORTED);
    expect(await runMain(["fmt"], { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: formatted\n",
    });
    expect(readFileSync(path.join(cwd, "catalog.yaml"), "utf8")).toBe(SORTED);
    // A second run has nothing to do.
    expect(await runMain(["fmt"], { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: already formatted\n",
    });
  });

  test("--check prints the diff, says what to run, exits 1 and writes nothing", async () => {
    const cwd = folder(UNSORTED, "course.yaml");
    const result = await runMain(["fmt", "--check", "--catalog", "course.yaml"], { cwd });
    expect(result).toEqual({
      code: 1,
      stdout: [
        "===================================================================",
        "--- a/course.yaml",
        "+++ b/course.yaml",
        "@@ -1,8 +1,9 @@",
        " # yaml-language-server: $schema=./catalog.schema.json",
        "+",
        "+course:",
        "+  title: C",
        " lectures:",
        "   # the first",
        "-  - title: Intro",
        "+  - number: 1 # one",
        "+    title: Intro",
        "     video: https://www.bilibili.com/video/BV1aa/?spm_id_from=333.999.0.0&p=2",
        "-    number: 1 # one",
        "-course:",
        "-  title: C",
        "",
      ].join("\n"),
      stderr:
        "course.yaml:2:1: error: not formatted [fmt/unformatted]\n  hint: run syllabus fmt --catalog course.yaml\n",
    });
    expect(readFileSync(path.join(cwd, "course.yaml"), "utf8")).toBe(UNSORTED);
  });

  test("--check shows three lines of context around a change, and names --fix in what to run", async () => {
    const lectures = [1, 2, 3].map((n) => `  - number: ${n}\n    title: L${n}\n`).join("");
    const cwd = folder(`course:\n  title: C\nlectures:\n${lectures}  - title: L4\n    number: 4\n`);
    expect(await runMain(["fmt", "--check", "--fix"], { cwd })).toEqual({
      code: 1,
      stdout: [
        "===================================================================",
        "--- a/catalog.yaml",
        "+++ b/catalog.yaml",
        "@@ -7,5 +7,5 @@",
        "     title: L2",
        "   - number: 3",
        "     title: L3",
        "-  - title: L4",
        "-    number: 4",
        "+  - number: 4",
        "+    title: L4",
        "",
      ].join("\n"),
      stderr: "catalog.yaml:10:1: error: not formatted [fmt/unformatted]\n  hint: run syllabus fmt --fix\n",
    });
  });

  test("--check on a canonical catalog (the embedded one) exits 0", async () => {
    expect(
      await runMain(["fmt", "--check", "--catalog", path.join(ROOT, "catalog.yaml")], { cwd: ROOT }),
    ).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: already formatted\n",
    });
  });

  test("a catalog written by import is already canonical, and stays so after add", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "syllabus-fmt-import-"));
    copyFileSync(SEED, path.join(cwd, "README.md"));
    expect((await runMain(["import", "README.md"], { cwd })).code).toBe(0);
    const check = ["fmt", "--check"];
    expect(await runMain(check, { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: already formatted\n",
    });
    expect((await runMain(["add", "--title", "Next", "--video", "pending"], { cwd })).code).toBe(0);
    expect(await runMain(check, { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: already formatted\n",
    });
  });

  test("--fix also removes tracking parameters and says where", async () => {
    const cwd = folder(UNSORTED);
    expect(await runMain(["fmt", "--fix"], { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr:
        "catalog.yaml:5:12: lecture 1 video: tracking parameters removed (spm_id_from)\ncatalog.yaml: formatted\n",
    });
    expect(readFileSync(path.join(cwd, "catalog.yaml"), "utf8")).toBe(
      SORTED.replace("?spm_id_from=333.999.0.0&p=2", "?p=2"),
    );
  });

  test("--check --fix fails on a catalog that is sorted but has tracking parameters", async () => {
    const cwd = folder(SORTED);
    const result = await runMain(["fmt", "--check", "--fix"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("+    video: https://www.bilibili.com/video/BV1aa/?p=2\n");
    expect(result.stderr).toBe(
      "catalog.yaml:9:12: lecture 1 video: tracking parameters removed (spm_id_from)\ncatalog.yaml:9:1: error: not formatted [fmt/unformatted]\n  hint: run syllabus fmt --fix\n",
    );
    expect(readFileSync(path.join(cwd, "catalog.yaml"), "utf8")).toBe(SORTED);
  });

  test("--fix on the seed catalog clears every tracking and wrong-field finding of lint, and only those", async () => {
    const seed = readFileSync(path.join(ROOT, "test/fixtures/lint/seed/catalog.yaml"), "utf8");
    const tree = path.join(ROOT, "test/fixtures/seed/tree.txt");
    const cwd = folder(seed.replace("tree: ../../seed/tree.txt", `tree: ${tree}`));
    const rules = async () => {
      const { stdout, stderr } = await runMain(["lint"], { cwd });
      const counts: Record<string, number> = {};
      for (const [, rule] of `${stdout}${stderr}`.matchAll(/\[(lint\/[a-z-]+)\]$/gm))
        counts[rule as string] = (counts[rule as string] ?? 0) + 1;
      return counts;
    };
    const before = await rules();
    expect(before).toMatchObject({ "lint/tracking-parameters": 25, "lint/wrong-field": 1 });
    const fixed = await runMain(["fmt", "--fix"], { cwd });
    expect(fixed.code).toBe(0);
    expect(
      fixed.stderr.split("\n").filter((line) => line.includes("tracking parameters removed")),
    ).toHaveLength(25);
    const { "lint/tracking-parameters": _, "lint/wrong-field": __, ...rest } = before;
    expect(await rules()).toEqual(rest);
  });

  test("an invalid catalog is reported with its problems, exit 2, and not rewritten", async () => {
    const invalid = UNSORTED.replace("title: Intro", "titel: Intro");
    const cwd = folder(invalid);
    for (const args of [["fmt"], ["fmt", "--fix"], ["fmt", "--check"]]) {
      const result = await runMain(args, { cwd });
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr:
          'catalog.yaml:4:5: error: lecture 1: unknown key "titel" [unknown-key]\n  hint: did you mean "title"?\n1 problem found; nothing was written.\n',
      });
      expect(readFileSync(path.join(cwd, "catalog.yaml"), "utf8")).toBe(invalid);
    }
  });

  test("a read-only catalog is refused, exit 2", async () => {
    const cwd = folder(UNSORTED);
    chmodSync(path.join(cwd, "catalog.yaml"), 0o444);
    const result = await runMain(["fmt"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^syllabus: catalog.yaml: the file is read-only \(mode 444\); nothing was written\n/,
    );
    expect(readFileSync(path.join(cwd, "catalog.yaml"), "utf8")).toBe(UNSORTED);
  });

  test("--help is the README's section", async () => {
    expect(await runMain(["fmt", "--help"])).toEqual({ code: 0, stdout: FMT_HELP, stderr: "" });
    expect(readmeSection("### `syllabus fmt`")).toBe(FMT_HELP);
  });
});
