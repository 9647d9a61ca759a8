import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionArgv, outputFile, splitArgs } from "../../src/action/argv.js";
import { PROBLEM_MATCHER } from "../../src/action/matcher.js";
import { formatProblem, problem } from "../../src/util/problem.js";

describe("actionArgv: the action's inputs as the CLI's argv", () => {
  it("passes the catalog as --catalog to a command that reads one", () => {
    expect(actionArgv({ command: "validate", catalog: "course/catalog.yaml", args: "" })).toEqual([
      "validate",
      "--catalog",
      "course/catalog.yaml",
    ]);
  });

  it("keeps flags given with the command, then the args", () => {
    expect(actionArgv({ command: "render --check", catalog: "catalog.yaml", args: "--no-cache" })).toEqual([
      "render",
      "--catalog",
      "catalog.yaml",
      "--check",
      "--no-cache",
    ]);
  });

  it("does not pass --catalog to a command without one (report), nor when the args name it", () => {
    expect(actionArgv({ command: "report", catalog: "catalog.yaml", args: "links.json --issue" })).toEqual([
      "report",
      "links.json",
      "--issue",
    ]);
    expect(actionArgv({ command: "links", catalog: "catalog.yaml", args: "--catalog=x.yaml" })).toEqual([
      "links",
      "--catalog=x.yaml",
    ]);
  });

  it("leaves the catalog to the CLI's default when the input is empty", () => {
    expect(actionArgv({ command: "links", catalog: " ", args: "--format json" })).toEqual([
      "links",
      "--format",
      "json",
    ]);
  });

  it("refuses an empty command with a usage error (exit 2)", () => {
    expect(() => actionArgv({ command: "  ", catalog: "catalog.yaml", args: "" })).toThrow(
      expect.objectContaining({
        exitCode: 2,
        message: 'the input "command" is empty; e.g. command: validate',
      }),
    );
  });
});

describe("splitArgs: words as a shell splits them, nothing expanded", () => {
  it("splits on any whitespace, newlines included", () => {
    expect(splitArgs("  links\n--format\tjson  ")).toEqual(["links", "--format", "json"]);
  });

  it("keeps quoted spaces, empty quoted words, and $ literally", () => {
    expect(splitArgs(`a 'b c' "d e" '' "$HOME" x"y"'z'`)).toEqual(["a", "b c", "d e", "", "$HOME", "xyz"]);
  });

  it("reads backslash escapes outside and inside double quotes, none inside single quotes", () => {
    expect(splitArgs(String.raw`a\ b "c\"d" "e\f" 'g\h'`)).toEqual(["a b", 'c"d', "e\\f", "g\\h"]);
  });

  it("refuses an unterminated quote, naming the input", () => {
    expect(() => splitArgs(`--label "broken links`, "args")).toThrow(
      'the input "args" has an unterminated " quote',
    );
    expect(() => splitArgs("it's", "command")).toThrow(`the input "command" has an unterminated ' quote`);
  });

  it("gives back any list of words quoted the POSIX way (property)", () => {
    const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" })), (words) => {
        expect(splitArgs(words.map(quote).join(" "))).toEqual(words);
      }),
    );
  });

  it("gives back any list of plain words separated by any whitespace (property)", () => {
    const word = fc.stringMatching(/^[\w./=,:-]+$/);
    const space = fc.constantFrom(" ", "  ", "\n", "\t", " \n ");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space)), (pairs) => {
        const text = pairs.map(([w, s]) => `${w}${s}`).join("");
        expect(splitArgs(text)).toEqual(pairs.map(([w]) => w));
      }),
    );
  });
});

describe("the problem matcher", () => {
  const regexp = new RegExp(PROBLEM_MATCHER.problemMatcher[0]?.pattern[0]?.regexp ?? "^$");
  const match = (line: string) => regexp.exec(line)?.slice(1);

  it("reads each shape of a diagnostic line: file, line, column, severity, message, rule", () => {
    const error = {
      file: "course/catalog.yaml",
      line: 3,
      col: 5,
      rule: "unknown-key",
      hint: "did you mean?",
    };
    const message = 'lecture 1: unknown key "titel"';
    const printed = formatProblem(problem({ ...error, message, severity: "error" })).split("\n")[0] as string;
    expect(match(`syllabus: ${printed}`)).toEqual(
      expect.arrayContaining(["course/catalog.yaml", "3", "5", message, "unknown-key"]),
    );
    expect(match("catalog.yaml:208:12: warning: lecture 24: video repeats a link [duplicate-link]")).toEqual([
      "catalog.yaml",
      "208",
      "12",
      "warning",
      "lecture 24: video repeats a link",
      "duplicate-link",
    ]);
    expect(match("README.md:4:1: error: a second start marker [duplicate-marker]")?.[3]).toBe("error");
  });

  it("leaves other lines alone: hints, summaries, a link report's headings", () => {
    expect(match("  hint: did you mean title? [x]")).toBeUndefined();
    expect(match("catalog.yaml: 28 lectures, no errors, 1 warning")).toBeUndefined();
    expect(match("lecture 12 · CPM-Bee")).toBeUndefined();
    expect(match("5 links checked: 2 ok, 2 broken, 1 unverifiable")).toBeUndefined();
  });
});

describe("outputFile: where the action writes the command's data", () => {
  it("resolves a path inside the workspace, and nothing for an empty input", () => {
    expect(outputFile("links.json", "/w")).toBe("/w/links.json");
    expect(outputFile(" out/links.json ", "/w")).toBe("/w/out/links.json");
    expect(outputFile("", "/w")).toBeUndefined();
  });

  it("refuses a file outside the workspace, or the workspace itself", () => {
    for (const output of ["../links.json", "/tmp/links.json", "."]) {
      expect(() => outputFile(output, "/w"), output).toThrow(
        `the input "output" must name a file inside the workspace, got "${output}"`,
      );
    }
  });
});
