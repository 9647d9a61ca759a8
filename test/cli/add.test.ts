// syllabus add through main(): from flags, from questions on a (fake) terminal, and nothing
// written when the catalog or the new lecture is invalid.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import { ADD_HELP } from "../../src/cli/help.js";
import { main } from "../../src/cli/main.js";
import { inDirectory, runMain } from "../helpers/main.js";
import { readmeSection } from "../helpers/readme.js";

const CATALOG = [
  "# yaml-language-server: $schema=./catalog.schema.json",
  "course:",
  "  title: C # the course",
  "",
  "# Lectures, in order.",
  "lectures:",
  "  - number: 1",
  "    season: 1",
  "    title: Intro",
  "  # Season 2",
  "  - number: 2",
  "    season: 2",
  "    title: Tokens # second",
  "",
].join("\n");

function folder(catalog = CATALOG): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-add-"));
  writeFileSync(path.join(dir, "catalog.yaml"), catalog);
  return dir;
}

const read = (dir: string) => readFileSync(path.join(dir, "catalog.yaml"), "utf8");

describe("syllabus add", () => {
  test("appends the lecture from flags, numbered and in the last season, every other byte kept", async () => {
    const cwd = folder();
    const result = await runMain(
      ["add", "--title", "Attention: all", "--video", "https://youtu.be/abcdefghijk", "--review", "pending"],
      { cwd },
    );
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: lecture 3 (season 2) added: Attention: all\n",
    });
    expect(read(cwd)).toBe(
      `${CATALOG}  - number: 3\n    season: 2\n    title: "Attention: all"\n    video: https://youtu.be/abcdefghijk\n    review: pending\n`,
    );
  });

  test("--season and --number as given", async () => {
    const cwd = folder();
    expect((await runMain(["add", "--title", "X", "--season", "3", "--number", "10"], { cwd })).code).toBe(0);
    expect(read(cwd)).toBe(`${CATALOG}  - number: 10\n    season: 3\n    title: X\n`);
  });

  test("--dry-run prints the change as a diff and writes nothing", async () => {
    const cwd = folder();
    expect(await runMain(["add", "--title", "X", "--dry-run"], { cwd })).toEqual({
      code: 0,
      stdout: [
        "===================================================================",
        "--- a/catalog.yaml",
        "+++ b/catalog.yaml",
        "@@ -11,3 +11,6 @@",
        "   - number: 2",
        "     season: 2",
        "     title: Tokens # second",
        "+  - number: 3",
        "+    season: 2",
        "+    title: X",
        "",
      ].join("\n"),
      stderr: "catalog.yaml: lecture 3 (season 2) would be added; nothing was written (--dry-run)\n",
    });
    expect(read(cwd)).toBe(CATALOG);
  });

  test("an invalid new lecture is reported with the whole catalog's validation, exit 2, nothing written", async () => {
    const cwd = folder();
    expect(await runMain(["add", "--title", "X", "--video", "javascript:alert(1)"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        'catalog.yaml:17:12: error: lecture 3: "video" uses the javascript: scheme, which is not allowed [bad-link]',
        "  hint: links must be http(s) URLs or ./paths inside the course repository",
        "1 problem found; nothing was written.",
        "",
      ].join("\n"),
    });
    const taken = await runMain(["add", "--title", "X", "--number", "2"], { cwd });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("lecture number 2 is used twice");
    expect(read(cwd)).toBe(CATALOG);
  });

  test("an invalid catalog is reported as it is, exit 2, nothing written", async () => {
    const invalid = CATALOG.replace("title: Intro", "titel: Intro");
    const cwd = folder(invalid);
    expect(await runMain(["add", "--title", "X"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'catalog.yaml:9:5: error: lecture 1: unknown key "titel" [unknown-key]\n  hint: did you mean "title"?\n1 problem found; nothing was written.\n',
    });
    expect(read(cwd)).toBe(invalid);
  });

  test("usage mistakes are exit 2 before the catalog is read", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), "syllabus-add-none-"));
    expect(await runMain(["add", "--title", "X", "--number", "two"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: --number must be a whole number, got "two"\nRun: syllabus add --help\n',
    });
    // Off a terminal, a missing title is not asked for.
    expect(await runMain(["add"], { cwd: folder() })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: add needs --title (on a terminal, it asks for each field)\nRun: syllabus add --help\n",
    });
  });

  test("every field flag is written; a course numbered by labels is named by the label", async () => {
    const labels = "course:\n  title: C\nlectures:\n  - label: HW1\n    title: A\n";
    const cwd = folder(labels);
    const flags = ["--summary", "S", "--code", "./c/", "--label", "L", "--group", "G", "--review", "pending"];
    expect(await runMain(["add", "--title", "X", ...flags, "--number", "123456789"], { cwd })).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: lecture L added: X\n",
    });
    expect(read(cwd)).toBe(
      `${labels}  - number: 123456789\n    label: L\n    group: G\n    title: X\n    summary: S\n    code: ./c/\n    review: pending\n`,
    );
    const next = folder(labels);
    expect(await runMain(["add", "--title", "Y"], { cwd: next })).toEqual({
      code: 0,
      stdout: "",
      stderr: "catalog.yaml: lecture HW2 added: Y\n",
    });
  });

  test("a whole number may be padded with spaces", async () => {
    const cwd = folder();
    expect((await runMain(["add", "--title", "X", "--season", " 3 "], { cwd })).stderr).toBe(
      "catalog.yaml: lecture 3 (season 3) added: X\n",
    );
    expect(read(cwd)).toBe(`${CATALOG}  - number: 3\n    season: 3\n    title: X\n`);
  });

  test.each([
    ["--number", "1234567890"],
    ["--number", "5x"],
    ["--season", "x5"],
    ["--season", "-1"],
    ["--number", "1.5"],
    ["--number", ""],
  ])("%s %j is refused as not a whole number", async (flag, value) => {
    const cwd = folder();
    expect(await runMain(["add", "--title", "X", `${flag}=${value}`], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: `syllabus: ${flag} must be a whole number, got "${value}"\nRun: syllabus add --help\n`,
    });
    expect(read(cwd)).toBe(CATALOG);
  });

  test("--help is the README's section", async () => {
    expect(await runMain(["add", "--help"])).toEqual({ code: 0, stdout: ADD_HELP, stderr: "" });
    expect(readmeSection("### `syllabus add`")).toBe(ADD_HELP);
  });
});

describe("syllabus add on a terminal", () => {
  /** main() with a fake terminal that answers `answers`, line by line. */
  async function ask(dir: string, args: string[], answers: string, tty = false) {
    const input = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
    const output = new PassThrough();
    let asked = "";
    output.on("data", (chunk: Buffer) => {
      asked += chunk.toString("utf8");
    });
    let stderr = "";
    const io = {
      out: () => undefined,
      err: (text: string) => {
        stderr += `${text}\n`;
      },
      terminal: () => ({ input, output }),
    };
    if (tty) input.write(answers);
    else input.end(answers);
    const code = await inDirectory(dir, () => main(["add", ...args], io));
    return { code, asked, stderr };
  }

  test("asks for each field not given, asks again for an empty title, leaves empty answers out", async () => {
    const cwd = folder();
    const result = await ask(
      cwd,
      ["--code", "./code/3/"],
      "\nMamba\nState spaces\n\nhttps://mp.weixin.qq.com/s/abc\n",
    );
    expect(result).toEqual({
      code: 0,
      asked: "Title: Title: Summary (optional): Video URL (optional): Review: URL or ./path (optional): ",
      stderr: "catalog.yaml: lecture 3 (season 2) added: Mamba\n",
    });
    expect(read(cwd)).toBe(
      `${CATALOG}  - number: 3\n    season: 2\n    title: Mamba\n    summary: State spaces\n    code: ./code/3/\n    review: https://mp.weixin.qq.com/s/abc\n`,
    );
  });

  test("on a terminal, each question is a readline prompt and the answers are echoed", async () => {
    const cwd = folder();
    const result = await ask(cwd, [], "Mamba\rS\r\r\r\r", true);
    // readline clears the line, writes the prompt and puts the cursor after it.
    const prompt = (text: string) => `\u001b[1G\u001b[0J${text}\u001b[${text.length + 1}G`;
    const later = ["Summary (optional): ", "Video URL (optional): ", "Code: URL or ./path (optional): "];
    expect(result).toEqual({
      code: 0,
      asked: [
        `${prompt("Title: ")}Mamba\r\nS\r\n\r\n\r\n\r\n`,
        ...later.map(prompt),
        prompt("Review: URL or ./path (optional): "),
      ].join(""),
      stderr: "catalog.yaml: lecture 3 (season 2) added: Mamba\n",
    });
    expect(read(cwd)).toBe(`${CATALOG}  - number: 3\n    season: 2\n    title: Mamba\n    summary: S\n`);
  });

  test("input that ends before the title is answered is exit 2, nothing written", async () => {
    const cwd = folder();
    const result = await ask(cwd, [], "\n");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "syllabus: the input ended before every question was answered; nothing was written\n",
    );
    expect(read(cwd)).toBe(CATALOG);
  });

  test("Ctrl-C on a terminal stops the questions, exit 2, nothing written", async () => {
    const cwd = folder();
    const result = await ask(cwd, [], "Mamba\r\u0003", true);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("syllabus: interrupted; nothing was written\n");
    expect(read(cwd)).toBe(CATALOG);
  });

  test("a title given as a flag asks nothing", async () => {
    const cwd = folder();
    const result = await ask(cwd, ["--title", "X"], "");
    expect(result).toEqual({ code: 0, asked: "", stderr: "catalog.yaml: lecture 3 (season 2) added: X\n" });
  });
});
