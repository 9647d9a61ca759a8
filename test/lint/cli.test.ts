// syllabus lint and validate's lint findings through main(argv, io): formats, exit codes, settings,
// a checkout on disk, and the usage text the README repeats.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { actionArgv } from "../../src/action/argv.js";
import { PROBLEM_MATCHER } from "../../src/action/matcher.js";
import { LINT_HELP } from "../../src/cli/help.js";
import { StdinIsTerminal } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { InputError } from "../../src/util/errors.js";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A course folder (not a git repository: its own folder is the repository) with these files. */
function course(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-lint-"));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const TWO_LECTURES = `lectures:
  - number: 1
    title: Intro
    video: https://youtu.be/dQw4w9WgXcQ?si=abc
    code: ./S1/01.Intro/
  - number: 2
    title: More
    video: https://www.youtube.com/watch?v=dQw4w9WgXcQ
    code: ./S1/02.Mor/
`;

describe("syllabus lint", () => {
  test("--help is LINT_HELP, and the README's lint section shows it", async () => {
    expect(await runMain(["lint", "--help"])).toEqual({ code: 0, stdout: LINT_HELP, stderr: "" });
    expect(await runMain(["help", "lint"])).toEqual({ code: 0, stdout: LINT_HELP, stderr: "" });
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = /### `syllabus lint`\n[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(section).toBe(LINT_HELP);
  });

  test("on a checkout: the missing folder (an error, exit 1) with the nearest one, the repeated video", async () => {
    const dir = course({
      "catalog.yaml": TWO_LECTURES,
      "S1/01.Intro/a.py": "",
      "S1/02.More/b.py": "",
    });
    expect(await runMain(["lint"], { cwd: dir })).toEqual({
      code: 1,
      stdout: [
        "catalog.yaml:4:12: warning: lecture 1: video has tracking parameter si [lint/tracking-parameters]",
        "  hint: use https://youtu.be/dQw4w9WgXcQ",
        "catalog.yaml:8:12: warning: lecture 2: video links the same YouTube video as lecture 1's video (line 4) [lint/duplicate-resource]",
        "  hint: a copy-pasted link? link lecture 2's own material, or remove this link",
        "catalog.yaml:9:11: error: lecture 2: code links S1/02.Mor, which is not in the course repository [lint/missing-path]",
        "  hint: did you mean ./S1/02.More/?",
        "",
      ].join("\n"),
      stderr: "catalog.yaml: 2 lectures, 1 error, 2 warnings\n",
    });
  });

  test("--format json: every finding with its place, rule, severity and hint", async () => {
    const dir = course({ "catalog.yaml": TWO_LECTURES, "S1/01.Intro/a.py": "", "S1/02.More/b.py": "" });
    const result = await runMain(["lint", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      summary: { errors: 1, warnings: 2 },
      problems: [
        {
          file: "catalog.yaml",
          line: 4,
          col: 12,
          severity: "warning",
          rule: "lint/tracking-parameters",
          message: "lecture 1: video has tracking parameter si",
          hint: "use https://youtu.be/dQw4w9WgXcQ",
        },
        {
          file: "catalog.yaml",
          line: 8,
          col: 12,
          severity: "warning",
          rule: "lint/duplicate-resource",
          message: "lecture 2: video links the same YouTube video as lecture 1's video (line 4)",
          hint: "a copy-pasted link? link lecture 2's own material, or remove this link",
        },
        {
          file: "catalog.yaml",
          line: 9,
          col: 11,
          severity: "error",
          rule: "lint/missing-path",
          message: "lecture 2: code links S1/02.Mor, which is not in the course repository",
          hint: "did you mean ./S1/02.More/?",
        },
      ],
    });
  });

  test("--format github: one annotation each, escaped as the runner reads it", async () => {
    const dir = course({ "catalog.yaml": TWO_LECTURES, "S1/01.Intro/a.py": "", "S1/02.More/b.py": "" });
    const result = await runMain(["lint", "--format", "github"], { cwd: dir });
    expect(result.stdout.split("\n")).toEqual([
      "::warning file=catalog.yaml,line=4,col=12,title=lint/tracking-parameters::lecture 1: video has tracking parameter si%0Ause https://youtu.be/dQw4w9WgXcQ",
      "::warning file=catalog.yaml,line=8,col=12,title=lint/duplicate-resource::lecture 2: video links the same YouTube video as lecture 1's video (line 4)%0Aa copy-pasted link? link lecture 2's own material, or remove this link",
      "::error file=catalog.yaml,line=9,col=11,title=lint/missing-path::lecture 2: code links S1/02.Mor, which is not in the course repository%0Adid you mean ./S1/02.More/?",
      "",
    ]);
  });

  test("settings turn rules off or change their level: no error left, exit 0", async () => {
    const dir = course({
      "catalog.yaml": `lint:\n  rules:\n    lint/missing-path: warning\n    lint/tracking-parameters: off\n${TWO_LECTURES}`,
      "S1/01.Intro/a.py": "",
    });
    const result = await runMain(["lint", "--format", "json"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.stdout).problems.map(
        (p: { rule: string; severity: string }) => `${p.severity} ${p.rule}`,
      ),
    ).toEqual(["warning lint/duplicate-resource", "warning lint/missing-path"]);
  });

  test("no findings: json still prints an empty report", async () => {
    const dir = course({ "catalog.yaml": "lectures:\n  - number: 1\n    title: Intro\n" });
    expect(await runMain(["lint", "--format", "json"], { cwd: dir })).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ version: 1, summary: { errors: 0, warnings: 0 }, problems: [] }, null, 2)}\n`,
      stderr: "catalog.yaml: 1 lecture, no problems\n",
    });
  });

  test("bad input is exit 2: a format, a listing that is not there, an invalid catalog", async () => {
    const dir = course({ "catalog.yaml": "lectures:\n  - number: 1\n    titel: Intro\n" });
    expect(await runMain(["lint", "--format", "jsonn"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown format "jsonn"; did you mean "json"?\nRun: syllabus lint --help\n',
    });
    const valid = course({ "catalog.yaml": "lectures:\n  - number: 1\n    title: Intro\n" });
    expect(await runMain(["lint", "--tree", "missing.txt"], { cwd: valid })).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: missing.txt: the tree listing does not exist\n",
    });
    const invalid = await runMain(["lint"], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toContain('catalog.yaml:3:5: error: lecture 1: unknown key "titel" [unknown-key]');
  });

  test("--tree - reads the listing from stdin (git ls-files | syllabus lint --tree -)", async () => {
    const dir = course({
      "catalog.yaml": TWO_LECTURES.replace("?si=abc", "").replace(
        "watch?v=dQw4w9WgXcQ",
        "watch?v=9bZkp7q19f0",
      ),
    });
    let stdout = "";
    let stderr = "";
    const io = {
      out: (text: string) => {
        stdout += text;
      },
      err: (text: string) => {
        stderr += text;
      },
      stdin: async () => "S1/01.Intro/a.py\nS1/02.Mor/b.py\n",
    };
    const catalog = path.join(dir, "catalog.yaml");
    expect(await main(["lint", "--catalog", catalog, "--tree", "-"], io)).toBe(0);
    expect([stdout, stderr]).toEqual(["", `${catalog}: 2 lectures, no problems`]);
    // Without a pipe (no stdin at all here), a usage error.
    const result = await runMain(["lint", "--catalog", catalog, "--tree", "-"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: --tree - reads the listing from stdin; pipe it in: git ls-files | syllabus lint --tree -\nRun: syllabus lint --help\n",
    });
  });

  test("the listing named in the settings is read relative to the catalog", async () => {
    const dir = course({
      "docs/catalog.yaml": `lint:\n  materials:\n    roots: ["S*"]\n    tree: ../tree.txt\n${TWO_LECTURES}`,
      "tree.txt": "S1/01.Intro/a.py\nS1/02.More/b.py\nS1/03.Extra/c.py\n",
    });
    const result = await runMain(["lint", "--catalog", "docs/catalog.yaml", "--format", "json"], {
      cwd: dir,
    });
    expect(
      JSON.parse(result.stdout).problems.map((p: { line: number; rule: string; message: string }) => [
        p.line,
        p.rule,
        p.message,
      ]),
    ).toEqual([
      [3, "lint/unreferenced-material", "S1/02.More/ is linked from no lecture"],
      [3, "lint/unreferenced-material", "S1/03.Extra/ is linked from no lecture"],
      [8, "lint/tracking-parameters", "lecture 1: video has tracking parameter si"],
      [
        12,
        "lint/duplicate-resource",
        "lecture 2: video links the same YouTube video as lecture 1's video (line 8)",
      ],
      [13, "lint/missing-path", "lecture 2: code links S1/02.Mor, which is not in the course repository"],
    ]);
  });
});

describe("syllabus lint: usage and stdin", () => {
  /** main() with stdin answered by `stdin`; returns the exit code and what was written. */
  async function withStdin(args: string[], stdin: () => Promise<string>) {
    let stdout = "";
    let stderr = "";
    const io = {
      out: (text: string) => {
        stdout += text;
      },
      err: (text: string) => {
        stderr += text;
      },
      stdin,
    };
    return { code: await main(args, io), stdout, stderr };
  }

  test("a format nothing like a known one: the list of formats", async () => {
    const dir = course({ "catalog.yaml": "lectures:\n  - number: 1\n    title: Intro\n" });
    expect(await runMain(["lint", "--format", "sarif"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown format "sarif"; use one of text, json, github\nRun: syllabus lint --help\n',
    });
  });

  test("--tree - on a terminal is a usage error; another failure of stdin is reported as itself", async () => {
    const dir = course({ "catalog.yaml": "lectures:\n  - number: 1\n    title: Intro\n" });
    const catalog = path.join(dir, "catalog.yaml");
    const terminal = await withStdin(["lint", "--catalog", catalog, "--tree", "-"], async () => {
      throw new StdinIsTerminal();
    });
    expect(terminal).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: --tree - reads the listing from stdin; pipe it in: git ls-files | syllabus lint --tree -\nRun: syllabus lint --help",
    });
    const tooBig = await withStdin(["lint", "--catalog", catalog, "--tree", "-"], async () => {
      throw new InputError("stdin: more than 64 MiB");
    });
    expect(tooBig).toEqual({ code: 2, stdout: "", stderr: "syllabus: stdin: more than 64 MiB" });
  });

  test("an unknown option names the lint help", async () => {
    const dir = course({ "catalog.yaml": "lectures:\n  - number: 1\n    title: Intro\n" });
    expect(await runMain(["lint", "--tre", "x"], { cwd: dir })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown option "--tre"; did you mean "--tree"?\nRun: syllabus lint --help\n',
    });
  });

  test("no findings in text: nothing at all on stdout", async () => {
    const dir = course({ "catalog.yaml": "lectures:\n  - number: 1\n    title: Intro\n" });
    expect(await runMain(["lint"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: 1 lecture, no problems\n",
    });
  });

  test("one lecture of two links a path beside a video, the other only a video; no files to judge: the note", async () => {
    const dir = course({
      "catalog.yaml": [
        "course:",
        "  repository:",
        "    url: https://github.com/o/course",
        "lectures:",
        "  - number: 1",
        "    title: Intro",
        "    video: https://youtu.be/9bZkp7q19f0",
        "  - number: 2",
        "    title: More",
        "    video: https://youtu.be/dQw4w9WgXcQ",
        "    code: ./S1/02/",
        "",
      ].join("\n"),
    });
    expect(await runMain(["lint"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: [
        "syllabus: no tree listing (--tree, lint.materials.tree) and no checkout of the course repository: lint/missing-path and lint/unreferenced-material were not checked",
        "catalog.yaml: 2 lectures, no problems",
        "",
      ].join("\n"),
    });
  });

  test("a listing piped in is judged: a missing path is an error, text on stdout, exit 1", async () => {
    const dir = course({ "catalog.yaml": "lectures:\n  - number: 1\n    title: Intro\n    code: ./S1/x/\n" });
    const catalog = path.join(dir, "catalog.yaml");
    expect(await withStdin(["lint", "--catalog", catalog, "--tree", "-"], async () => "S1/y/a.py\n")).toEqual(
      {
        code: 1,
        stdout: [
          `${catalog}:4:11: error: lecture 1: code links S1/x, which is not in the course repository [lint/missing-path]`,
          "  hint: did you mean ./S1/y/?",
          "",
        ].join("\n"),
        stderr: `${catalog}: 1 lecture, 1 error`,
      },
    );
  });
});

describe("syllabus validate reports the lint findings", () => {
  test("a lint error fails validate with exit 1; the catalog's own warning is not repeated", async () => {
    const dir = course({ "catalog.yaml": TWO_LECTURES, "S1/01.Intro/a.py": "" });
    const result = await runMain(["validate"], { cwd: dir });
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        "catalog.yaml:4:12: warning: lecture 1: video has tracking parameter si [lint/tracking-parameters]",
        "  hint: use https://youtu.be/dQw4w9WgXcQ",
        "catalog.yaml:8:12: warning: lecture 2: video links the same YouTube video as lecture 1's video (line 4) [lint/duplicate-resource]",
        "  hint: a copy-pasted link? link lecture 2's own material, or remove this link",
        "catalog.yaml:9:11: error: lecture 2: code links S1/02.Mor, which is not in the course repository [lint/missing-path]",
        "  hint: nothing with a similar name in S1/; fix the path or remove the link",
        "catalog.yaml: 2 lectures, 1 error, 2 warnings",
        "",
      ].join("\n"),
    });
  });

  test("warnings only: exit 0", async () => {
    const dir = course({
      "catalog.yaml": "lectures:\n  - number: 1\n    title: A\n  - number: 3\n    title: A\n",
    });
    expect(await runMain(["validate"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: [
        "catalog.yaml:4:13: warning: lecture numbers jump from 1 to 3: 2 is missing [lint/numbering-gap]",
        "  hint: add the missing lecture, or renumber the lectures after the gap",
        'catalog.yaml:5:12: warning: lecture 3: title "A" is also lecture 1\'s title (line 3) [lint/duplicate-title]',
        "  hint: give each lecture its own title, e.g. with the part it covers",
        "catalog.yaml: 2 lectures, no errors, 2 warnings",
        "",
      ].join("\n"),
    });
  });
});

describe("on a runner", () => {
  test("the action passes its catalog to lint", () => {
    expect(actionArgv({ command: "lint", catalog: "docs/catalog.yaml", args: "--format github" })).toEqual([
      "lint",
      "--catalog",
      "docs/catalog.yaml",
      "--format",
      "github",
    ]);
  });

  test("the problem matcher reads every lint line: file, line, column, severity and rule id with its /", async () => {
    const dir = course({ "catalog.yaml": TWO_LECTURES, "S1/01.Intro/a.py": "" });
    const { stdout } = await runMain(["lint"], { cwd: dir });
    const pattern = PROBLEM_MATCHER.problemMatcher[0]?.pattern[0];
    const matcher = new RegExp(pattern?.regexp ?? "");
    const lines = stdout.split("\n").filter((line) => line !== "" && !line.startsWith("  hint: "));
    expect(lines.map((line) => matcher.exec(line)?.slice(1, 7))).toEqual([
      [
        "catalog.yaml",
        "4",
        "12",
        "warning",
        "lecture 1: video has tracking parameter si",
        "lint/tracking-parameters",
      ],
      [
        "catalog.yaml",
        "8",
        "12",
        "warning",
        "lecture 2: video links the same YouTube video as lecture 1's video (line 4)",
        "lint/duplicate-resource",
      ],
      [
        "catalog.yaml",
        "9",
        "11",
        "error",
        "lecture 2: code links S1/02.Mor, which is not in the course repository",
        "lint/missing-path",
      ],
    ]);
  });
});
