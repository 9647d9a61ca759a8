// The CLI in-process through main(argv, io): exit codes, stdout (data) and stderr (messages), files
// written or not. A few tests run the built bin as a subprocess, where the real process is the point.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { IMPORT_HELP, MAIN_HELP, RENDER_HELP, VALIDATE_HELP } from "../../src/cli/help.js";
import { expectedFile, ROOT, runCli } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

/** A copy of this repository's embedded course: catalog, template, rendered page. */
function courseCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-cli-"));
  for (const entry of ["catalog.yaml", "catalog.schema.json", "templates", "course"]) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

const PAGE = "course/README.md";
/** The embedded course renders a Chinese page and an English one. */
const PAGES = "course/README.md, course/README.en.md";
/** What validate says about the embedded catalog: its own warning and the lint findings. */
/** What validate says about the embedded catalog (UPDATE_FIXTURES=1 rewrites it). */
const EMBEDDED_VALIDATE = path.join(ROOT, "test/fixtures/lint/embedded/validate.txt");

describe("help and usage", () => {
  test("--help prints the usage on stdout, exit 0", async () => {
    for (const args of [["--help"], ["-h"], []]) {
      expect(await runMain(args)).toEqual({ code: 0, stdout: MAIN_HELP, stderr: "" });
    }
  });

  test.each([
    ["validate", VALIDATE_HELP],
    ["render", RENDER_HELP],
    ["import", IMPORT_HELP],
  ])("%s --help", async (command, help) => {
    expect(await runMain([command, "--help"])).toEqual({ code: 0, stdout: help, stderr: "" });
  });

  test("every usage mistake is told in our words, with the command's help to run, exit 2", async () => {
    const usage = async (args: string[]) => {
      const result = await runMain(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      return result.stderr;
    };
    expect(await usage(["links", "--fromat", "json"])).toBe(
      'syllabus: unknown option "--fromat"; did you mean "--format"?\nRun: syllabus links --help\n',
    );
    expect(await usage(["validate", "--zzz"])).toBe(
      'syllabus: unknown option "--zzz"\nRun: syllabus validate --help\n',
    );
    expect(await usage(["validate", "-x"])).toBe(
      'syllabus: unknown option "-x"\nRun: syllabus validate --help\n',
    );
    expect(await usage(["render", "--catalog"])).toBe(
      'syllabus: option "--catalog" needs a value\nRun: syllabus render --help\n',
    );
    expect(await usage(["render", "--check=yes"])).toBe(
      'syllabus: option "--check" takes no value\nRun: syllabus render --help\n',
    );
    expect(await usage(["validate", "extra.yaml"])).toBe(
      'syllabus: unexpected argument "extra.yaml"\nRun: syllabus validate --help\n',
    );
    expect(await usage(["--catalg", "x", "validate"])).toBe(
      'syllabus: unknown option "--catalg"; did you mean "--catalog"?\nRun: syllabus --help\n',
    );
    expect(await usage(["--catalog"])).toBe(
      'syllabus: option "--catalog" needs a value\nRun: syllabus --help\n',
    );
  });

  test("a name every object has is not a command (it was an internal error, exit 3)", async () => {
    for (const name of ["constructor", "__proto__", "toString"]) {
      expect(await runMain([name])).toEqual({
        code: 2,
        stdout: "",
        stderr: `syllabus: unknown command "${name}"\nRun: syllabus --help\n`,
      });
    }
  });

  test("syllabus help CMD is CMD --help; help alone is the top-level help", async () => {
    expect(await runMain(["help", "render"])).toEqual({ code: 0, stdout: RENDER_HELP, stderr: "" });
    expect(await runMain(["help", "import"])).toEqual({ code: 0, stdout: IMPORT_HELP, stderr: "" });
    expect(await runMain(["help"])).toEqual({ code: 0, stdout: MAIN_HELP, stderr: "" });
    expect(await runMain(["help", "help"])).toEqual({ code: 0, stdout: MAIN_HELP, stderr: "" });
    expect(await runMain(["help", "rendr"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown command "rendr"; did you mean "render"?\nRun: syllabus --help\n',
    });
  });

  test("the global --catalog before the command is the command's --catalog", async () => {
    const dir = courseCopy();
    renameSync(path.join(dir, "catalog.yaml"), path.join(dir, "course.yaml"));
    const validated = {
      code: 0,
      stdout: "",
      stderr: readFileSync(EMBEDDED_VALIDATE, "utf8").replaceAll(/^catalog\.yaml:/gm, "course.yaml:"),
    };
    expect(await runMain(["--catalog", "course.yaml", "validate"], { cwd: dir })).toEqual(validated);
    expect(await runMain(["--catalog=course.yaml", "validate"], { cwd: dir })).toEqual(validated);
    // The command's own --catalog, written later, wins.
    expect(
      await runMain(["--catalog", "missing.yaml", "validate", "--catalog", "course.yaml"], { cwd: dir }),
    ).toEqual(validated);
    expect(await runMain(["--catalog", "course.yaml", "render", "--check"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${PAGES}: up to date\n`,
    });
    // A command without a catalog says so through its own usage error.
    expect(await runMain(["--catalog", "course.yaml", "import", "README.md"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown option "--catalog"\nRun: syllabus import --help\n',
    });
  });

  test("the top-level help lists every exit code, 3 as a bug", () => {
    expect(MAIN_HELP).toContain(
      [
        "Exit codes",
        "  0  success",
        "  1  a page is stale (render --check), a link is broken, or lint found an error",
        "  2  bad input, configuration or usage",
        "  3  internal error: a bug; please report it",
      ].join("\n"),
    );
  });

  test("the README's usage block is exactly --help", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const block = /## Usage\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(MAIN_HELP);
  });

  test("--version in-process (no build) says development", async () => {
    expect(await runMain(["--version"])).toEqual({ code: 0, stdout: "development\n", stderr: "" });
  });

  test("an unknown command or flag is a usage error, exit 2", async () => {
    expect(await runMain(["rendr"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown command "rendr"; did you mean "render"?\nRun: syllabus --help\n',
    });
    expect(await runMain(["render", "--chek"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown option "--chek"; did you mean "--check"?\nRun: syllabus render --help\n',
    });
    expect((await runMain(["import"])).stderr).toBe(
      "syllabus: import takes one README, got 0\nRun: syllabus import --help\n",
    );
  });
});

describe("validate", () => {
  test("the embedded catalog is valid; its copy-pasted video and tracking parameters are warnings", async () => {
    const result = await runMain(["validate"]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: expectedFile(EMBEDDED_VALIDATE, result.stderr) });
    // The copied video is said once, by the catalog's own rule; the lint findings follow in line order.
    expect(result.stderr).toContain(
      [
        "catalog.yaml:284:12: warning: lecture 24: video repeats a link [duplicate-link]",
        "  hint: lecture 19 (line 226) links the same URL; a copy-pasted link?",
        "catalog.yaml:284:12: warning: lecture 24: video has tracking parameters spm_id_from, vd_source [lint/tracking-parameters]",
        "  hint: use https://www.bilibili.com/video/BV1K4421w7Ha/",
        "catalog.yaml: 28 lectures, no errors, 26 warnings",
        "",
      ].join("\n"),
    );
    expect(result.stderr).not.toContain("[lint/duplicate-resource]");
  });

  test("a missing catalog, a folder, a huge file: exit 2 with the reason", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-cli-"));
    expect(await runMain(["validate"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: catalog.yaml: catalog does not exist\n",
    });
    expect((await runMain(["validate", "--catalog", "."], { cwd: dir })).stderr).toBe(
      `syllabus: ${dir}: catalog is a folder\n`,
    );
    writeFileSync(path.join(dir, "huge.yaml"), `lectures: []\n#${"x".repeat(16 * 1024 * 1024)}\n`);
    expect(await runMain(["validate", "--catalog", "huge.yaml"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: huge.yaml: catalog is 16777231 bytes, more than the limit of 16777216; is this the right file?\n",
    });
  });
});

describe("import", () => {
  test("a missing README is reported before an existing catalog; nothing is written", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-cli-"));
    writeFileSync(path.join(dir, "catalog.yaml"), "mine\n");
    expect(await runMain(["import", "missing.md"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: missing.md: README does not exist\n",
    });
    expect(readdirSync(dir)).toEqual(["catalog.yaml"]);
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toBe("mine\n");
  });
});

describe("render", () => {
  test("writes the page atomically, then finds it up to date (idempotent)", async () => {
    const dir = courseCopy();
    const page = path.join(dir, PAGE);
    const expected = readFileSync(page, "utf8");
    writeFileSync(page, "stale\n");
    expect(await runMain(["render"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${PAGE}: written\ncourse/README.en.md: up to date\n`,
    });
    expect(readFileSync(page, "utf8")).toBe(expected);
    expect(readdirSync(path.dirname(page)).sort()).toEqual(["README.en.md", "README.md"]); // no temp file left behind
    const mtime = statSync(page).mtimeMs;
    expect(await runMain(["render"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${PAGE}: up to date\ncourse/README.en.md: up to date\n`,
    });
    expect(statSync(page).mtimeMs).toBe(mtime);
  });

  test("creates a missing page from its template", async () => {
    const dir = courseCopy();
    const page = path.join(dir, PAGE);
    const expected = readFileSync(page, "utf8");
    cpSync(page, `${page}.orig`);
    await import("node:fs/promises").then((fs) => fs.rm(path.join(dir, "course"), { recursive: true }));
    expect((await runMain(["render"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(page, "utf8")).toBe(expected);
  });

  test("--check: exit 0 when current, 1 with a diff and the fix when stale; writes nothing", async () => {
    const dir = courseCopy();
    expect(await runMain(["render", "--check"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${PAGES}: up to date\n`,
    });
    const catalogPath = path.join(dir, "catalog.yaml");
    writeFileSync(
      catalogPath,
      // Only the Chinese text changes: only the Chinese page is stale.
      readFileSync(catalogPath, "utf8").replace("title: RAG", "title: { zh: RAG 检索增强生成, en: RAG }"),
    );
    const before = readFileSync(path.join(dir, PAGE), "utf8");
    const result = await runMain(["render", "--check"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${PAGE}:78:1: error: stale: the table differs from catalog.yaml [render/stale]\n  hint: run syllabus render; it rewrites the table from catalog.yaml, so make hand edits of the table there\n`,
    );
    expect(result.stdout).toBe(
      [
        "===================================================================",
        `--- a/${PAGE}`,
        `+++ b/${PAGE}`,
        "@@ -75,7 +75,7 @@",
        ...before
          .split("\n")
          .slice(74, 77)
          .map((l) => ` ${l}`),
        "-| 第二十五讲 | RAG | | | | |",
        "+| 第二十五讲 | RAG 检索增强生成 | | | | |",
        ...before
          .split("\n")
          .slice(78, 81)
          .map((l) => ` ${l}`),
        "",
      ].join("\n"),
    );
    expect(readFileSync(path.join(dir, PAGE), "utf8")).toBe(before);
  });

  test("an invalid catalog writes nothing, exit 2", async () => {
    const dir = courseCopy();
    const catalogPath = path.join(dir, "catalog.yaml");
    writeFileSync(catalogPath, readFileSync(catalogPath, "utf8").replace("title: RAG", "titel: RAG"));
    writeFileSync(path.join(dir, PAGE), "stale\n");
    const result = await runMain(["render"], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        'catalog.yaml:289:5: error: lecture 25: unknown key "titel" [unknown-key]',
        '  hint: did you mean "title"?',
        "1 problem found; nothing was written.",
        "",
      ].join("\n"),
    });
    expect(readFileSync(path.join(dir, PAGE), "utf8")).toBe("stale\n");
  });

  test("a broken marker in the template writes nothing, exit 2", async () => {
    const dir = courseCopy();
    const template = path.join(dir, "templates/step_into_llm.md");
    writeFileSync(
      template,
      readFileSync(template, "utf8").replace("<!-- syllabus:end -->", "<!-- syllabus:ned -->"),
    );
    writeFileSync(path.join(dir, PAGE), "stale\n");
    expect(await runMain(["render"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        "templates/step_into_llm.md:51:1: error: <!-- syllabus:start --> is never closed [marker-unbalanced]",
        "  hint: add <!-- syllabus:end --> after the table",
        'templates/step_into_llm.md:52:1: error: misspelt marker: "<!-- syllabus:ned -->" [marker-typo]',
        "  hint: did you mean <!-- syllabus:end -->?",
        "",
      ].join("\n"),
    });
    expect(readFileSync(path.join(dir, PAGE), "utf8")).toBe("stale\n");
    expect(existsSync(path.join(dir, "course"))).toBe(true);
  });
});

describe("render cache (node_modules/.cache/syllabus)", () => {
  function cachedCourse(): string {
    const dir = courseCopy();
    mkdirSync(path.join(dir, "node_modules"));
    return dir;
  }
  const cacheFile = (dir: string) => path.join(dir, "node_modules/.cache/syllabus/render.json");

  test("a current page is recorded, and a page edited by hand is still found stale", async () => {
    const dir = cachedCourse();
    expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(dir), "utf8")))).toEqual([
      path.join(dir, "catalog.yaml"),
    ]);
    expect(await runMain(["render", "--check"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${PAGES}: up to date\n`,
    });

    const page = path.join(dir, PAGE);
    writeFileSync(
      page,
      readFileSync(page, "utf8").replace("| 第二十五讲 | RAG |", "| 第二十五讲 | RAG (edited) |"),
    );
    const result = await runMain(["render", "--check"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "-| 第二十五讲 | RAG (edited) | | | | |\n+| 第二十五讲 | RAG | | | | |\n",
    );
  });

  test("a changed template or catalog is a miss; a corrupt cache file is ignored", async () => {
    const dir = cachedCourse();
    expect((await runMain(["render"], { cwd: dir })).code).toBe(0);
    const template = path.join(dir, "templates/step_into_llm.md");
    writeFileSync(template, readFileSync(template, "utf8").replace("### 课前学习", "### 课前学习（必读）"));
    expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(1);
    expect((await runMain(["render"], { cwd: dir })).stderr).toBe(
      `${PAGE}: written\ncourse/README.en.md: up to date\n`,
    );
    expect(readFileSync(path.join(dir, PAGE), "utf8")).toContain("### 课前学习（必读）");

    writeFileSync(cacheFile(dir), '{"half-written');
    expect(await runMain(["render", "--check"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: `${PAGES}: up to date\n`,
    });
    const catalogPath = path.join(dir, "catalog.yaml");
    writeFileSync(catalogPath, readFileSync(catalogPath, "utf8").replace("title: RAG", "title: RAG!"));
    expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(1);
    expect((await runMain(["render", "--check", "--no-cache"], { cwd: dir })).code).toBe(1);
  });
});

describe("the built bin (subprocess)", () => {
  test("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test("exit codes reach the shell: 0 current, 1 stale, 2 bad input", async () => {
    const dir = courseCopy();
    expect((await runCli(["render", "--check"], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, PAGE), "stale\n");
    expect((await runCli(["render", "--check"], { cwd: dir })).code).toBe(1);
    expect(await runCli(["rendr"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown command "rendr"; did you mean "render"?\nRun: syllabus --help\n',
    });
  });
});
