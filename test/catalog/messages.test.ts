// Library texts never reach the user: each input that once leaked one (a stack overflow, zod's
// wording, a number re-printed by JavaScript) gets a message in the catalog's words, with a place.
import { expect, test } from "vitest";
import { validateCatalog } from "../../src/catalog/validate.js";
import { MAX_DEPTH } from "../../src/catalog/yaml-source.js";
import { formatProblem } from "../../src/util/problem.js";

function problems(text: string): string[] {
  const result = validateCatalog(text, "catalog.yaml");
  expect(result.catalog).toBeUndefined();
  return result.diagnostics.map(formatProblem);
}

const TOO_DEEP = `lists and mappings nest more than ${MAX_DEPTH} levels deep here [nesting-limit]
  hint: a catalog nests a few levels (lectures, a lecture, its link parts): close the brackets or undo the indentation`;

test.each([10_000, 100_000])(
  "%i nested [ are refused at the bracket past the limit, no stack overflow",
  (n) => {
    // "lectures: " is 10 columns; the first bracket is depth 1, so bracket 65 (column 75) is one too many.
    expect(problems(`lectures: ${"[".repeat(n)}`)).toEqual([`catalog.yaml:1:75: error: ${TOO_DEEP}`]);
    expect(problems(`lectures: ${"[".repeat(n)}${"]".repeat(n)}\n`)).toEqual([
      `catalog.yaml:1:75: error: ${TOO_DEEP}`,
    ]);
  },
);

test("brackets inside quoted text do not count; block nesting does", () => {
  const quoted = `lectures:\n  - number: 1\n    title: "${"[".repeat(500)}"\n`;
  expect(validateCatalog(quoted, "catalog.yaml").catalog?.lectures[0]?.title).toBe("[".repeat(500));
  expect(problems(`lectures:\n  ${"- ".repeat(10_000)}x\n`)).toEqual([
    `catalog.yaml:2:129: error: ${TOO_DEEP}`,
  ]);
});

test("a number beyond 2^53 is shown as written, not as JavaScript prints it", () => {
  expect(problems("lectures:\n  - number: 99999999999999999999\n    title: A\n")).toEqual([
    "catalog.yaml:2:13: error: lecture number 99999999999999999999 is too large [out-of-range]\n  hint: lecture numbers count from 0",
  ]);
  expect(
    problems("lectures:\n  - number: 3\n    season: 123456789012345678901234567890\n    title: A\n"),
  ).toEqual([
    "catalog.yaml:3:13: error: lecture 3: season 123456789012345678901234567890 is too large [out-of-range]\n  hint: seasons count from 1",
  ]);
  for (const message of problems(
    "lectures:\n  - number: 1e400\n    title: A\n  - number: 0x10\n    title: B\n",
  ))
    expect(message).not.toMatch(/Infinity|Too big|expected int|<=/);
});

test("a key set twice is named, with the line of its first use", () => {
  expect(problems("lectures:\n  - number: 1\n    number: 2\n    title: A\n")).toEqual([
    'catalog.yaml:3:5: error: duplicate key "number": a key may appear only once in a mapping [duplicate-key]\n  hint: "number" is already set at line 2; remove or rename one of the two',
  ]);
});

test("an alias bomb is refused without the library's error name", () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    .concat(["b", "c", "d", "e"].map((k, i) => `${k}: &${k} [${`*${"abcd"[i]},`.repeat(10).slice(0, -1)}]`))
    .concat(["lectures: []"])
    .join("\n");
  const [message] = problems(bomb);
  expect(message).toBe(
    "catalog.yaml:2:8: error: aliases expand to too many values (more than 100 expansions) [alias-limit]\n  hint: write the values out instead of reusing them through anchors (&) and aliases (*)",
  );
});

test("a list or mapping used as a key is reported, and the yaml library prints no warning of its own", async () => {
  const warnings: string[] = [];
  const listen = (warning: Error) => warnings.push(warning.message);
  process.on("warning", listen);
  try {
    expect(problems("[a, b]: 1\nlectures: []\n")).toEqual([
      'catalog.yaml:1:1: error: unknown key "[ a, b ]" [unknown-key]\n  hint: known keys here: course, outputs, table, tables, links, lint, lectures',
    ]);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
  } finally {
    process.off("warning", listen);
  }
  expect(warnings).toEqual([]);
});
