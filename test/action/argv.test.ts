// The action's inputs → argv, the edges the broader tests (test/ship/action-argv.test.ts) leave open.
import { describe, expect, test } from "vitest";
import { actionArgv, CATALOG_COMMANDS, outputFile, splitArgs } from "../../src/action/argv.js";
import { InputError } from "../../src/util/errors.js";

function thrown(body: () => unknown): unknown {
  try {
    body();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("actionArgv", () => {
  test("every command that reads a catalog gets --catalog; others do not", () => {
    const catalogCommands = ["validate", "lint", "render", "links", "fmt", "add", "init"];
    expect([...CATALOG_COMMANDS]).toEqual(catalogCommands);
    for (const command of catalogCommands) {
      expect(actionArgv({ command, catalog: "c.yaml", args: "" })).toEqual([command, "--catalog", "c.yaml"]);
    }
    for (const command of ["report", "import"]) {
      expect(actionArgv({ command, catalog: "c.yaml", args: "" })).toEqual([command]);
    }
  });

  test("--catalog given as two words in args or in the command is not doubled", () => {
    expect(actionArgv({ command: "links", catalog: "c.yaml", args: "--catalog x.yaml" })).toEqual([
      "links",
      "--catalog",
      "x.yaml",
    ]);
    expect(actionArgv({ command: "render --catalog x.yaml", catalog: "c.yaml", args: "" })).toEqual([
      "render",
      "--catalog",
      "x.yaml",
    ]);
  });

  test("an unterminated quote is an InputError naming the input it is in", () => {
    const inCommand = thrown(() => actionArgv({ command: 'validate "x', catalog: "", args: "" }));
    expect(inCommand).toBeInstanceOf(InputError);
    expect((inCommand as Error).message).toBe('the input "command" has an unterminated " quote');
    const inArgs = thrown(() => actionArgv({ command: "validate", catalog: "", args: "'x" }));
    expect(inArgs).toBeInstanceOf(InputError);
    expect((inArgs as Error).message).toBe(`the input "args" has an unterminated ' quote`);
  });
});

describe("splitArgs", () => {
  test('the input is "args" unless named', () => {
    expect((thrown(() => splitArgs('"x')) as Error).message).toBe(
      'the input "args" has an unterminated " quote',
    );
  });

  test("a backslash at the very end escapes nothing and is dropped", () => {
    expect(splitArgs("a\\")).toEqual(["a"]);
    expect(splitArgs("\\")).toEqual([""]);
  });
});

describe("outputFile", () => {
  test("white space around the name is not part of it", () => {
    expect(outputFile("  out/r.md \n", "/ws")).toBe("/ws/out/r.md");
  });
});
