// The dispatcher and the validate command's summary, in-process: help and version spellings, an
// internal error as exit 3 with the stack, problems printed as they are, counts in words.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { MAIN_HELP, VALIDATE_HELP } from "../../src/cli/help.js";
import { processIo, StdinIsTerminal } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { runMain } from "../helpers/main.js";

const dir = mkdtempSync(path.join(tmpdir(), "syllabus-main-"));
mkdirSync(path.join(dir, ".git")); // the repository's root, for the outside-the-repository warning
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

writeFileSync(path.join(dir, "one.yaml"), "lectures:\n  - number: 1\n    title: Transformer\n");
writeFileSync(
  path.join(dir, "two.yaml"),
  "outputs:\n  - path: ../outside.md\nlectures:\n  - number: 1\n    title: A\n    video: https://e.org/v\n" +
    "  - number: 2\n    title: B\n    video: https://e.org/v\n",
);
writeFileSync(
  path.join(dir, "dup.yaml"),
  "lectures:\n  - number: 1\n    title: A\n    video: https://e.org/v\n" +
    "  - number: 2\n    title: B\n    video: https://e.org/v\n",
);
writeFileSync(path.join(dir, "bad.yaml"), "lectures:\n  - number: 1\n    titel: A\n");

describe("main: help, version, errors", () => {
  test("no command, -h and --help print the top-level help on stdout", async () => {
    for (const args of [[], ["-h"], ["--help"]]) {
      expect(await runMain(args)).toEqual({ code: 0, stdout: MAIN_HELP, stderr: "" });
    }
  });

  test("-v is --version", async () => {
    expect(await runMain(["-v"])).toEqual({ code: 0, stdout: "development\n", stderr: "" });
  });

  test("a command's -h is its help", async () => {
    expect(await runMain(["validate", "-h"])).toEqual({ code: 0, stdout: VALIDATE_HELP, stderr: "" });
  });

  test("a misspelt --help or --version before the command gets a guess", async () => {
    expect((await runMain(["--hepl"])).stderr).toBe(
      'syllabus: unknown option "--hepl"; did you mean "--help"?\nRun: syllabus --help\n',
    );
    expect((await runMain(["--versoin"])).stderr).toBe(
      'syllabus: unknown option "--versoin"; did you mean "--version"?\nRun: syllabus --help\n',
    );
  });

  test("an unknown option before the command with nothing like it: no guess", async () => {
    expect(await runMain(["--zzzzzz"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'syllabus: unknown option "--zzzzzz"\nRun: syllabus --help\n',
    });
  });

  test("anything but an InputError is a bug: exit 3, said to be one, with the stack", async () => {
    const err: string[] = [];
    const code = await main(["--help"], {
      out: () => {
        throw new Error("stdout is gone");
      },
      err: (text) => err.push(text),
    });
    expect(code).toBe(3);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^syllabus: internal error \(a bug; please report it with this output\)\nError: stdout is gone\n {4}at /,
    );
  });

  test("problems at a place print as they are, without the syllabus: prefix", async () => {
    const result = await runMain(["validate", "--catalog", "bad.yaml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith("bad.yaml:3:5: error: ")).toBe(true);
  });
});

describe("validate: the summary line", () => {
  test("one lecture, no warnings", async () => {
    expect(await runMain(["validate", "--catalog", "one.yaml"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: "one.yaml: 1 lecture, no errors\n",
    });
  });

  test("one warning, in the singular", async () => {
    const result = await runMain(["validate", "--catalog", "dup.yaml"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n").at(-2)).toBe("dup.yaml: 2 lectures, no errors, 1 warning");
  });

  test("a page outside the repository is a warning with render's refusal as the hint, counted with the others", async () => {
    expect(await runMain(["validate", "--catalog", "two.yaml"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: [
        "two.yaml:9:12: warning: lecture 2: video repeats a link [duplicate-link]",
        "  hint: lecture 1 (line 6) links the same URL; a copy-pasted link?",
        `two.yaml:2:11: warning: outputs[0].path "../outside.md" is outside the repository ${dir} [path-outside-repository]`,
        "  hint: syllabus render refuses it without --allow-outside; keep pages and templates inside the repository",
        "two.yaml: 2 lectures, no errors, 2 warnings",
        "",
      ].join("\n"),
    });
  });
});

describe("processIo", () => {
  test("out and err end every text with one newline, adding it only when missing", () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    processIo.out("a");
    processIo.out("b\n");
    processIo.err("c");
    processIo.err("d\n");
    expect(out.mock.calls.map((call) => call[0])).toEqual(["a\n", "b\n"]);
    expect(err.mock.calls.map((call) => call[0])).toEqual(["c\n", "d\n"]);
  });

  test("questions are asked on a terminal only when both stdin and stderr are one, and written to stderr", () => {
    const saved = [process.stdin, process.stderr].map((stream) =>
      Object.getOwnPropertyDescriptor(stream, "isTTY"),
    );
    const set = (stdin: boolean, stderr: boolean) => {
      Object.defineProperty(process.stdin, "isTTY", { value: stdin, configurable: true });
      Object.defineProperty(process.stderr, "isTTY", { value: stderr, configurable: true });
      return processIo.terminal?.();
    };
    try {
      expect(set(true, true)).toEqual({ input: process.stdin, output: process.stderr });
      expect(set(true, true)?.output).toBe(process.stderr);
      expect([set(true, false), set(false, true), set(false, false)]).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
    } finally {
      [process.stdin, process.stderr].forEach((stream, i) => {
        const descriptor = saved[i];
        if (descriptor) Object.defineProperty(stream, "isTTY", descriptor);
        else delete (stream as { isTTY?: boolean }).isTTY;
      });
    }
  });

  test("stdin on a terminal is refused at once instead of waiting for typing", async () => {
    const saved = Object.getOwnPropertyDescriptor(process.stdin, "isTTY");
    Object.defineProperty(process.stdin, "isTTY", { value: true, configurable: true });
    try {
      await expect(processIo.stdin?.()).rejects.toBeInstanceOf(StdinIsTerminal);
    } finally {
      if (saved) Object.defineProperty(process.stdin, "isTTY", saved);
      else delete (process.stdin as { isTTY?: boolean }).isTTY;
    }
  });
});
