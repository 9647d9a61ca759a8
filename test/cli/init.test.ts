// syllabus init in-process: what it watches, what it refuses, and how it says so.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { INIT_HELP } from "../../src/cli/help.js";
import { runMain } from "../helpers/main.js";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding a repository `repo/` (with .git) and these files, paths relative to the folder. */
function layout(files: Record<string, string>): { top: string; repo: string } {
  const top = mkdtempSync(path.join(os.tmpdir(), "syllabus-init-"));
  temps.push(top);
  mkdirSync(path.join(top, "repo", ".git"), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(top, name)), { recursive: true });
    writeFileSync(path.join(top, name), text);
  }
  return { top, repo: path.join(top, "repo") };
}

const render = (repo: string) =>
  readFileSync(path.join(repo, ".github/workflows/syllabus-render.yml"), "utf8");

describe("syllabus init", () => {
  test("--help prints the command's help on stdout and writes nothing", async () => {
    const { repo } = layout({ "repo/catalog.yaml": "lectures: []\n" });
    expect(await runMain(["init", "--help"], { cwd: repo })).toEqual({
      code: 0,
      stdout: INIT_HELP,
      stderr: "",
    });
    expect(existsSync(path.join(repo, ".github"))).toBe(false);
  });

  test("watches the catalog and its templates inside the repository, not a template outside it", async () => {
    const { repo } = layout({
      "repo/catalog.yaml": [
        "lectures: []",
        "outputs:",
        "  - path: README.md",
        "    template: docs/page.md",
        "  - path: README.en.md",
        "    template: ../outside.md",
        "  - path: README.zh.md",
        "    template: docs/page.md",
        "",
      ].join("\n"),
      "repo/docs/page.md": "page\n",
      "outside.md": "outside\n",
    });
    const run = await runMain(["init", "--action", "./"], { cwd: repo });
    expect(run.stderr.split("\n").at(-2)).toBe(
      "The workflows run ./ on catalog.yaml; commit .github/workflows/ to enable them.",
    );
    expect(run.code).toBe(0);
    expect(render(repo)).toContain('    paths: ["catalog.yaml", "docs/page.md"]\n');
    expect(render(repo)).toContain("        uses: ./\n");
  });

  test("a catalog outside the repository is refused, and nothing is written", async () => {
    const { top, repo } = layout({ "catalog.yaml": "lectures: []\n" });
    const run = await runMain(["init", "--catalog", "../catalog.yaml"], { cwd: repo });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `syllabus: ${path.join(top, "catalog.yaml")} is outside the repository at ${repo}\n`,
    });
    expect(existsSync(path.join(repo, ".github"))).toBe(false);
  });

  test("two workflows that differ are both named, in the plural, and none is written", async () => {
    const { repo } = layout({
      "repo/catalog.yaml": "lectures: []\n",
      "repo/.github/workflows/syllabus-check.yml": "# mine\n",
      "repo/.github/workflows/syllabus-nightly.yml": "# mine too\n",
    });
    const run = await runMain(["init"], { cwd: repo });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: .github/workflows/syllabus-check.yml, .github/workflows/syllabus-nightly.yml already exist and differ; nothing was written\n" +
        "  hint: use --force to overwrite, or compare with syllabus init in an empty folder\n",
    });
    expect(existsSync(path.join(repo, ".github/workflows/syllabus-render.yml"))).toBe(false);
  });

  test("--force overwrites what differs and reports the rest up to date", async () => {
    const { repo } = layout({ "repo/catalog.yaml": "lectures: []\n" });
    await runMain(["init"], { cwd: repo });
    writeFileSync(path.join(repo, ".github/workflows/syllabus-check.yml"), "# mine\n");
    const run = await runMain(["init", "--force"], { cwd: repo });
    expect(run.stderr.split("\n").slice(0, 3)).toEqual([
      ".github/workflows/syllabus-check.yml: written",
      ".github/workflows/syllabus-render.yml: up to date",
      ".github/workflows/syllabus-nightly.yml: up to date",
    ]);
    expect(readFileSync(path.join(repo, ".github/workflows/syllabus-check.yml"), "utf8")).toContain(
      "catalog: catalog.yaml",
    );
  });

  test("run again: every workflow up to date, none rewritten, no --force needed", async () => {
    const { repo } = layout({ "repo/catalog.yaml": "lectures: []\n" });
    await runMain(["init"], { cwd: repo });
    const again = await runMain(["init"], { cwd: repo });
    expect(again.code).toBe(0);
    expect(again.stderr.split("\n").slice(0, 3)).toEqual([
      ".github/workflows/syllabus-check.yml: up to date",
      ".github/workflows/syllabus-render.yml: up to date",
      ".github/workflows/syllabus-nightly.yml: up to date",
    ]);
  });

  test("one workflow that differs is named in the singular", async () => {
    const { repo } = layout({
      "repo/catalog.yaml": "lectures: []\n",
      "repo/.github/workflows/syllabus-render.yml": "# mine\n",
    });
    expect((await runMain(["init"], { cwd: repo })).stderr.split("\n")[0]).toBe(
      "syllabus: .github/workflows/syllabus-render.yml already exists and differs; nothing was written",
    );
  });

  test("refusals before anything is read: an unknown option, a bad --action, no repository", async () => {
    const { top, repo } = layout({ "repo/catalog.yaml": "lectures: []\n", "catalog.yaml": "lectures: []\n" });
    const unknown = await runMain(["init", "--bogus"], { cwd: repo });
    expect([unknown.code, unknown.stderr.split("\n").at(-2)]).toEqual([2, "Run: syllabus init --help"]);
    expect(await runMain(["init", "--action", "x@v1"], { cwd: repo })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: --action takes OWNER/REPO@REF or ./PATH, got "x@v1"\nRun: syllabus init --help\n',
    });
    expect(await runMain(["init"], { cwd: top })).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: not inside a git repository; nothing was written\n  hint: run git init first\n",
    });
    expect(existsSync(path.join(repo, ".github"))).toBe(false);
  });

  test("a .github that links outside the repository: refused, nothing written there", async () => {
    const { top, repo } = layout({ "repo/catalog.yaml": "lectures: []\n" });
    mkdirSync(path.join(top, "elsewhere"));
    symlinkSync(path.join(top, "elsewhere"), path.join(repo, ".github"));
    expect(await runMain(["init"], { cwd: repo })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: .github/workflows leads outside the repository (a symbolic link); nothing was written\n",
    });
    expect(readdirSync(path.join(top, "elsewhere"))).toEqual([]);
  });
});
