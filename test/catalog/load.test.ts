// The catalog's file edge and fast path: what loadCatalog returns or throws, when the fast path
// may answer alone, and how the summary line counts problems.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { CatalogError } from "../../src/catalog/catalog-error.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { quickValidate } from "../../src/catalog/quick.js";
import { MAX_CATALOG_BYTES, readCatalogText } from "../../src/catalog/read.js";
import { InputError } from "../../src/util/errors.js";
import { byPosition, formatProblem, problem as message, type ProblemInit } from "../../src/util/problem.js";
import { plain } from "../helpers/problems.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "syllabus-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID = "lectures:\n  - number: 1\n    title: A\n";
const DUPLICATE_LINK =
  "lectures:\n  - number: 1\n    title: A\n    video: https://a.example/x\n" +
  "  - number: 2\n    title: B\n    video: https://a.example/x\n";
const DUPLICATE_NUMBER = "lectures:\n  - number: 1\n    title: A\n  - number: 1\n    title: B\n";

const problem = (over: Partial<ProblemInit>) =>
  message({
    file: "c.yaml",
    line: 1,
    col: 1,
    rule: "r",
    message: "m",
    severity: "error",
    ...over,
  });

describe("quickValidate (the fast path)", () => {
  test("a valid catalog is answered without positions", () => {
    expect(quickValidate(VALID, true)?.lectures).toEqual([{ number: 1, title: "A" }]);
  });

  test("a catalog with only a warning: answered when warnings are not wanted, left to the slow path when they are", () => {
    expect(quickValidate(DUPLICATE_LINK, false)?.lectures.map((l) => l.number)).toEqual([1, 2]);
    expect(quickValidate(DUPLICATE_LINK, true)).toBeUndefined();
  });

  test("an error across lectures is never answered by the fast path, warnings or not", () => {
    expect(quickValidate(DUPLICATE_NUMBER, false)).toBeUndefined();
  });

  test("syntax errors, aliases and schema errors go to the slow path", () => {
    expect(quickValidate("lectures: [\n", false)).toBeUndefined();
    expect(quickValidate("x: &a 1\ny: *a\nlectures: []\n", false)).toBeUndefined();
    expect(quickValidate("lectures:\n  - number: 1\n", false)).toBeUndefined();
    expect(quickValidate('lectures:\n  - number: 1\n    title: "a\\x07"\n', false)).toBeUndefined();
  });
});

describe("loadCatalog", () => {
  test("a valid catalog: the catalog, its absolute path, the text as given and no warnings", async () => {
    const file = path.join(dir, "valid.yaml");
    writeFileSync(file, VALID);
    const loaded = await loadCatalog(file);
    expect(loaded.catalog.lectures).toEqual([{ number: 1, title: "A" }]);
    expect(loaded.path).toBe(file);
    expect(loaded.text).toBe(VALID);
    expect(loaded.warnings).toEqual([]);
  });

  test("text given is validated instead of the file, which need not exist", async () => {
    const loaded = await loadCatalog(path.join(dir, "absent.yaml"), VALID);
    expect(loaded.catalog.lectures[0]?.title).toBe("A");
  });

  test("a warning comes back with its place; with warnings off it is not looked for", async () => {
    const file = path.join(dir, "warned.yaml");
    const loaded = await loadCatalog(file, DUPLICATE_LINK);
    expect(loaded.catalog.lectures).toHaveLength(2);
    expect(loaded.text).toBe(DUPLICATE_LINK);
    expect(loaded.path).toBe(file);
    expect(loaded.file).toBe(file); // outside the working directory: shown absolute
    expect(loaded.warnings.map(formatProblem)).toEqual([
      `${file}:7:12: warning: lecture 2: video repeats a link [duplicate-link]\n` +
        "  hint: lecture 1 (line 4) links the same URL; a copy-pasted link?",
    ]);
    expect((await loadCatalog(file, DUPLICATE_LINK, { warnings: false })).warnings).toEqual([]);
  });

  test("an invalid catalog throws CatalogError with every problem, named by the file", async () => {
    const file = path.join(dir, "bad.yaml");
    const error = await loadCatalog(file, DUPLICATE_NUMBER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).message).toBe(
      `${file}:4:13: error: lecture number 1 is used twice [duplicate-number]\n` +
        "  hint: it is already used at line 2; give each lecture its own number\n" +
        "1 problem found; nothing was written.",
    );
  });

  test("a missing file is an input error naming the catalog", async () => {
    const file = path.join(dir, "missing.yaml");
    await expect(loadCatalog(file)).rejects.toThrow(new InputError(`${file}: catalog does not exist`));
  });
});

describe("readCatalogText", () => {
  test("invalid UTF-8 becomes a CatalogError with the byte's place", async () => {
    const file = path.join(dir, "latin1.yaml");
    writeFileSync(file, Buffer.from("lectures:\n  - title: caf\xe9\n", "latin1"));
    const error = await readCatalogText(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect(plain((error as CatalogError).diagnostics).map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual([
      "2:15 invalid-utf8",
    ]);
  });

  test("a catalog of 16 MiB is read; one byte more is refused unread", async () => {
    expect(MAX_CATALOG_BYTES).toBe(16 * 1024 * 1024);
    const file = path.join(dir, "large.yaml");
    writeFileSync(file, `#${"x".repeat(MAX_CATALOG_BYTES - 2)}\n`);
    expect(await readCatalogText(file)).toHaveLength(MAX_CATALOG_BYTES);
    writeFileSync(file, `#${"x".repeat(MAX_CATALOG_BYTES - 1)}\n`);
    await expect(readCatalogText(file)).rejects.toThrow(
      new InputError(
        `${file}: catalog is ${MAX_CATALOG_BYTES + 1} bytes, more than the limit of ${MAX_CATALOG_BYTES}; is this the right file?`,
      ),
    );
  });
});

describe("CatalogError and diagnostics", () => {
  test("the summary counts errors only, and says problem or problems", () => {
    const warning = problem({ severity: "warning", line: 2 });
    expect(new CatalogError([problem({}), warning]).message).toBe(
      "c.yaml:1:1: error: m [r]\nc.yaml:2:1: warning: m [r]\n1 problem found; nothing was written.",
    );
    expect(new CatalogError([problem({}), problem({ line: 3 })]).message).toMatch(
      /\n2 problems found; nothing was written\.$/,
    );
    expect(new CatalogError([problem({}), problem({ line: 3 })]).diagnostics).toHaveLength(2);
  });

  test("a diagnostic without a hint is one line", () => {
    expect(formatProblem(problem({ line: 4, col: 9 }))).toBe("c.yaml:4:9: error: m [r]");
  });

  test("byPosition orders by line, then column", () => {
    const list = [problem({ line: 2, col: 1 }), problem({ line: 1, col: 5 }), problem({ line: 1, col: 2 })];
    expect(plain(list.sort(byPosition)).map((d) => `${d.line}:${d.col}`)).toEqual(["1:2", "1:5", "2:1"]);
  });
});
