// Pages and templates stay inside the repository that holds the catalog (its git working tree,
// else its folder), resolved through symlinks; --allow-outside is the explicit way out.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { problemLine } from "../helpers/problems.js";

const LECTURES = `lectures:
  - number: 1
    title: Transformer
`;
const MARKERS = "<!-- syllabus:start -->\n<!-- syllabus:end -->\n";
const HINT =
  "keep pages and templates inside the repository that holds the catalog, or pass --allow-outside if this is intended";

function workspace(): { top: string; repo: string } {
  const top = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-confine-")));
  const repo = path.join(top, "repo");
  mkdirSync(repo);
  return { top, repo };
}

function refusal(line: number, col: number, message: string, count = 1): string {
  const diagnostic = problemLine({
    file: "catalog.yaml",
    line,
    col,
    severity: "error",
    rule: "path-outside-repository",
    message,
    hint: HINT,
  });
  return `${diagnostic}\n${count} problem${count === 1 ? "" : "s"} found; nothing was written.\n`;
}

describe("outputs[].path and template must stay inside the catalog's repository (issue 7.7)", () => {
  test("../escape.md is refused with its place and a hint; nothing is written", async () => {
    const { top, repo } = workspace();
    writeFileSync(
      path.join(repo, "catalog.yaml"),
      `outputs:\n  - path: ../escape.md\n    template: t.md\n${LECTURES}`,
    );
    writeFileSync(path.join(repo, "t.md"), MARKERS);
    const result = await runMain(["render", "--no-cache"], { cwd: repo });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: refusal(2, 11, `outputs[0].path "../escape.md" is outside the repository ${repo}`),
    });
    expect(existsSync(path.join(top, "escape.md"))).toBe(false);
  });

  test("an absolute template path outside is refused, as is a page through a symlinked folder", async () => {
    const { top, repo } = workspace();
    mkdirSync(path.join(top, "elsewhere"));
    writeFileSync(path.join(top, "elsewhere", "README.md"), MARKERS);
    symlinkSync(path.join(top, "elsewhere"), path.join(repo, "docs"));
    writeFileSync(path.join(top, "t.md"), MARKERS);
    writeFileSync(
      path.join(repo, "catalog.yaml"),
      `outputs:\n  - path: docs/README.md\n  - path: page.md\n    template: ${path.join(top, "t.md")}\n${LECTURES}`,
    );
    const result = await runMain(["render", "--no-cache"], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      refusal(
        2,
        11,
        `outputs[0].path "docs/README.md" is outside the repository ${repo} (through a symlink: ${path.join(top, "elsewhere", "README.md")})`,
        2,
      ).replace(
        "\n2 problems",
        `\n${problemLine({
          file: "catalog.yaml",
          line: 4,
          col: 15,
          severity: "error",
          rule: "path-outside-repository",
          message: `outputs[1].template "${path.join(top, "t.md")}" is outside the repository ${repo}`,
          hint: HINT,
        })}\n2 problems`,
      ),
    );
    expect(readFileSync(path.join(top, "elsewhere", "README.md"), "utf8")).toBe(MARKERS);
    expect(existsSync(path.join(repo, "page.md"))).toBe(false);
  });

  test("validate warns about the same paths (render would refuse them) and still exits 0", async () => {
    const { repo } = workspace();
    writeFileSync(path.join(repo, "catalog.yaml"), `outputs:\n  - path: ../escape.md\n${LECTURES}`);
    const warning = problemLine({
      file: "catalog.yaml",
      line: 2,
      col: 11,
      severity: "warning",
      rule: "path-outside-repository",
      message: `outputs[0].path "../escape.md" is outside the repository ${repo}`,
      hint: "syllabus render refuses it without --allow-outside; keep pages and templates inside the repository",
    });
    expect(await runMain(["validate"], { cwd: repo })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${warning}\ncatalog.yaml: 1 lecture, no errors, 1 warning\n`,
    });
  });

  test("--allow-outside is the explicit opt-in", async () => {
    const { top, repo } = workspace();
    writeFileSync(
      path.join(repo, "catalog.yaml"),
      `outputs:\n  - path: ../escape.md\n    template: t.md\n${LECTURES}`,
    );
    writeFileSync(path.join(repo, "t.md"), MARKERS);
    const result = await runMain(["render", "--allow-outside"], { cwd: repo });
    expect(result).toEqual({ code: 0, stdout: "", stderr: `${path.join(top, "escape.md")}: written\n` });
    expect(readFileSync(path.join(top, "escape.md"), "utf8")).toContain("| 第一讲 | Transformer |");
  });

  test("in a git working tree, the repository is its top level: a catalog in docs/ may write ../README.md", async () => {
    const { repo } = workspace();
    mkdirSync(path.join(repo, ".git"));
    mkdirSync(path.join(repo, "docs"));
    writeFileSync(path.join(repo, "README.md"), MARKERS);
    writeFileSync(path.join(repo, "docs", "catalog.yaml"), `outputs:\n  - path: ../README.md\n${LECTURES}`);
    const result = await runMain(["render", "--no-cache"], { cwd: path.join(repo, "docs") });
    expect(result).toEqual({ code: 0, stdout: "", stderr: `${path.join(repo, "README.md")}: written\n` });
  });

  test("a course reached through a symlinked folder renders its ./paths relative to the page", async () => {
    const { top, repo } = workspace();
    symlinkSync(repo, path.join(top, "link"));
    mkdirSync(path.join(repo, "docs"));
    writeFileSync(path.join(repo, "docs", "README.md"), MARKERS);
    writeFileSync(
      path.join(repo, "catalog.yaml"),
      `outputs:\n  - path: docs/README.md\n${LECTURES}    code: ./Season1/1.Transformer/\n`,
    );
    // (a working directory is always real: the catalog is named through the link instead)
    const catalog = path.join(top, "link", "catalog.yaml");
    const result = await runMain(["render", "--no-cache", "--catalog", catalog], { cwd: top });
    expect(result).toEqual({ code: 0, stdout: "", stderr: "link/docs/README.md: written\n" });
    expect(readFileSync(path.join(repo, "docs", "README.md"), "utf8")).toContain(
      "| 第一讲 | Transformer | | | [link](../Season1/1.Transformer/) | |",
    );
  });

  test("the embedded course (course/README.md from templates/) still renders inside this repository", async () => {
    const result = await runMain(["render", "--check", "--no-cache"], { cwd: ROOT });
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: "course/README.md, course/README.en.md: up to date\n",
    });
  });
});
