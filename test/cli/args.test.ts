// Argument parsing at the boundary: parseArgs' complaints in our words, with the command's help.
import { describe, expect, test } from "vitest";
import { parseCommandArgs, UsageError } from "../../src/cli/args.js";

const options = { format: { type: "string" }, check: { type: "boolean" } } as const;

function usage(args: string[], positionals = false): UsageError {
  try {
    parseCommandArgs("links", args, options, positionals);
  } catch (error) {
    return error as UsageError;
  }
  throw new Error("no usage error");
}

describe("parseCommandArgs", () => {
  test("values, positionals when allowed, and -h as --help", () => {
    expect(parseCommandArgs("links", ["--format", "json", "-h", "a.md"], options, true)).toEqual({
      values: { format: "json", help: true },
      positionals: ["a.md"],
    });
  });

  test("a usage error is an InputError for exit 2, named UsageError, with parseArgs' error as its cause", () => {
    const error = usage(["--nope"]);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.exitCode).toBe(2);
    expect(error.name).toBe("UsageError");
    expect((error.cause as { code?: string }).code).toBe("ERR_PARSE_ARGS_UNKNOWN_OPTION");
  });

  test.each([
    [["--fromat", "json"], 'unknown option "--fromat"; did you mean "--format"?'],
    [["--hepl"], 'unknown option "--hepl"; did you mean "--help"?'],
    [["--zzzzzz"], 'unknown option "--zzzzzz"'],
    [["-c"], 'unknown option "-c"'],
    [["--format"], 'option "--format" needs a value'],
    [["--check=yes"], 'option "--check" takes no value'],
    [["a.md"], 'unexpected argument "a.md"'],
  ])("%j → %s", (args, problem) => {
    expect(usage(args).message).toBe(`${problem}\nRun: syllabus links --help`);
  });
});
