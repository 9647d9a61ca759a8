// The promises of the exit codes, held against random input: whatever catalog and page a user
// has, validate, render, import and links end with 0, 1 or 2 (never 3, a bug), and a run that
// fails (1 or 2) leaves every byte as it was, inside the course folder and around it.
// Bounded runs (a few seconds); on a failure fast-check prints the seed and the shrunk input.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";
import { runMain } from "../helpers/main.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Each run is a command in-process; a long search (FUZZ_RUNS=1000) gets the time it needs. */
const TIMEOUT = Math.max(20_000, RUNS * 250);
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

// ---- random text: the characters that break parsers and writers --------------------------------

const NASTY = [
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\ud800",
  "\udfff",
  "😀",
  "👩‍👩‍👧",
  "第二十三讲",
  "e\u0301",
  "\r\n",
  "\r",
  "\n",
  "\t",
  "|",
  "\\",
  "`",
  "```",
  "<!--",
  "-->",
  START_MARKER,
  END_MARKER,
  "<!-- syllabus:ned -->",
  "%",
  "%zz",
  "%E4%B",
  "../",
  "./",
  "/",
  "https://",
  "http://[::1",
  "javascript:",
  "&a",
  "*a",
  "!!js/function",
  "[",
  "]",
  "{",
  "}",
  ":",
  "- ",
  "#",
  '"',
  "'",
  "?",
  "99999999999999999999",
  "-0",
  "1e400",
  ".nan",
];

const nastyString = fc.string({
  unit: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 3 }), fc.constant(" ")),
  maxLength: 12,
});

/** Mostly well-formed, sometimes hostile: both the success path and the error paths get exercised. */
const plainText = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });
const text = fc.oneof({ weight: 6, arbitrary: plainText }, { weight: 1, arbitrary: nastyString });

const link = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      "https://www.bilibili.com/video/BV1if421X7jB/",
      "https://github.com/mindspore-courses/step_into_llm/tree/master/Season1.step_into_chatgpt",
      "https://example.com/a%20b?c=d#e",
      "./Season1/1.transformer",
      "unavailable",
      "pending",
    ),
  },
  { weight: 1, arbitrary: nastyString.map((s) => `https://example.com/${s}`) },
  { weight: 1, arbitrary: nastyString.map((s) => `./${s}`) },
  { weight: 1, arbitrary: nastyString },
);

const number = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 53, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: nastyString },
);

const lecture = fc.record(
  {
    number,
    season: number,
    title: text,
    summary: text,
    video: fc.oneof(
      link,
      fc.array(fc.record({ label: text, url: link.filter((l) => l !== "pending" && l !== "unavailable") }), {
        minLength: 1,
        maxLength: 2,
      }),
    ),
    code: link,
    review: link,
  },
  { requiredKeys: ["number", "title"] },
);

/** A catalog of random lectures whose only page is README.md, updated in place; links are all excluded. */
const structuredCatalog = fc
  .record({
    lectures: fc.uniqueArray(lecture, { maxLength: 4, selector: (l) => l.number }),
    json: fc.boolean(),
  })
  .map(({ lectures, json }) => {
    const value = { outputs: [{ path: "README.md" }], links: { exclude: ["^"] }, lectures };
    return json ? JSON.stringify(value) : stringify(value);
  });

/** YAML-ish text: the tokens of YAML and of a catalog, glued at random. */
const yamlishCatalog = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "lectures:\n",
        "  - number: 1\n",
        "    title: T\n",
        "    video: ",
        "outputs:\n  - path: README.md\n",
        "links:\n  exclude: ['^']\n",
        "&a ",
        "*a",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "\n",
        "  ",
        "- ",
        "---\n",
        "%YAML 1.2\n",
        "!!binary ",
        "? ",
        "|\n",
        ">-\n",
        "<<: *a\n",
      ),
      nastyString,
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

const catalogText = fc.oneof(
  { weight: 3, arbitrary: structuredCatalog },
  { weight: 1, arbitrary: yamlishCatalog },
);

const mdLine = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      "> quote",
      "- item",
      "# Heading",
      "[ref]: https://example.com/",
      '<a href="https://example.com/%zz">x</a>',
      "<!-- a comment -->",
      "",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(START_MARKER, END_MARKER, "```") },
  { weight: 2, arbitrary: nastyString },
);

/** A course table with English headings (import maps them), rows of random titles. */
const courseTable = fc
  .array(fc.record({ n: fc.integer({ min: 1, max: 30 }), title: text }), { minLength: 1, maxLength: 4 })
  .map((rows) => [
    "| Lecture | Title | Video |",
    "| :-: | :-: | :-: |",
    ...rows.map((r) => `| Lecture ${r.n} | ${r.title} | [link](https://www.bilibili.com/video/BV${r.n}/) |`),
  ]);

/** Lines around a course table, the markers around it, elsewhere or missing. */
const markdownPage = fc
  .record({
    before: fc.array(mdLine, { maxLength: 5 }),
    table: courseTable,
    after: fc.array(mdLine, { maxLength: 5 }),
    markers: fc.oneof(
      { weight: 3, arbitrary: fc.constant("around" as const) },
      { weight: 1, arbitrary: fc.constant("none" as const) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.nat()) },
    ),
    eol: fc.constantFrom("\n", "\r\n"),
    finalEol: fc.boolean(),
  })
  .map(({ before, table, after, markers, eol, finalEol }) => {
    let lines = [...before, ...table, ...after];
    if (markers === "around") lines = [...before, START_MARKER, ...table, END_MARKER, ...after];
    else if (markers !== "none") {
      lines.splice(markers[0] % (lines.length + 1), 0, START_MARKER);
      lines.splice(markers[1] % (lines.length + 1), 0, END_MARKER);
    }
    return Buffer.from(lines.join(eol) + (finalEol ? eol : ""), "utf8");
  });

/** A page: random bytes, or markdown with a course table and the markers placed at random. */
const page = fc.oneof(
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 4, arbitrary: markdownPage },
);

// ---- a course folder inside a root folder, and the snapshot of both -----------------------------

function course(files: Record<string, string | Buffer>): { root: string; dir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "syllabus-fuzz-"));
  roots.push(root);
  const dir = path.join(root, "course");
  mkdirSync(dir);
  writeFileSync(path.join(root, "outside.md"), "outside\n");
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { root, dir };
}

/** Every file under `dir` with its bytes (base64, so that a changed byte shows in a diff). */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else files[path.relative(dir, file)] = readFileSync(file).toString("base64");
    }
  };
  walk(dir);
  return files;
}

/** Runs the command; asserts the exit code promise and, on failure, that nothing changed. */
async function holdsPromises(
  args: string[],
  files: Record<string, string | Buffer>,
  mayWrite = true,
): Promise<void> {
  const { root, dir } = course(files);
  const before = snapshot(root);
  // A library's own warning (process.emitWarning, on the next tick) would reach stderr past our messages.
  const warnings: string[] = [];
  const listen = (warning: Error) => warnings.push(warning.message);
  process.on("warning", listen);
  const result = await runMain(args, {
    cwd: dir,
    env: { GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined },
  });
  await new Promise((resolve) => setImmediate(resolve));
  process.off("warning", listen);
  expect(warnings).toEqual([]);
  expect(result.stderr).not.toContain("internal error");
  expect([0, 1, 2]).toContain(result.code);
  if (result.code !== 0 || !mayWrite) expect(snapshot(root)).toEqual(before);
  rmSync(root, { recursive: true, force: true });
}

/** Command lines: commands, options, values and near-misses, in any order. */
const argv = fc.array(
  fc.oneof(
    fc.constantFrom(
      "validate",
      "render",
      "import",
      "links",
      "help",
      "rendr",
      "constructor",
      "__proto__",
      "toString",
      "--catalog",
      "--catalog=catalog.yaml",
      "--catalog=",
      "catalog.yaml",
      "README.md",
      "missing.md",
      "--check",
      "--chek",
      "--no-cache",
      "--cache-file",
      "--out",
      "out.yaml",
      "--force",
      "--markers",
      "--format",
      "json",
      "xml",
      "--fail-on",
      "broken,unverifiable",
      "--help",
      "-h",
      "--version",
      "-v",
      "--",
      "-",
      "-x",
      "--=",
    ),
    nastyString,
  ),
  { maxLength: 6 },
);

describe("random input never crashes a command, and a failed run writes nothing", () => {
  test(
    "any command line: 0, 1 or 2",
    async () => {
      const catalog = stringify({
        outputs: [{ path: "README.md" }],
        links: { exclude: ["^"] },
        lectures: [{ number: 1, title: "Transformer", video: "https://www.bilibili.com/video/BV1/" }],
      });
      const readme = `${START_MARKER}\n${END_MARKER}\n`;
      await fc.assert(
        fc.asyncProperty(argv, async (args) => {
          await holdsPromises(args, { "catalog.yaml": catalog, "README.md": readme });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    "validate",
    async () => {
      await fc.assert(
        fc.asyncProperty(catalogText, async (catalog) => {
          await holdsPromises(["validate"], { "catalog.yaml": catalog }, false);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    "validate: random bytes",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          await holdsPromises(["validate"], { "catalog.yaml": Buffer.from(bytes) }, false);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    "render and render --check",
    async () => {
      await fc.assert(
        fc.asyncProperty(catalogText, page, fc.boolean(), async (catalog, readme, check) => {
          const args = check ? ["render", "--check"] : ["render"];
          await holdsPromises(args, { "catalog.yaml": catalog, "README.md": readme }, !check);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    "import",
    async () => {
      await fc.assert(
        fc.asyncProperty(page, fc.boolean(), async (readme, markers) => {
          const args = markers ? ["import", "README.md", "--markers"] : ["import", "README.md"];
          await holdsPromises(args, { "README.md": readme });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    "links: collection of the catalog and of a page (every link excluded, so no request)",
    async () => {
      await fc.assert(
        fc.asyncProperty(structuredCatalog, page, fc.boolean(), async (catalog, readme, named) => {
          const args = named ? ["links", "README.md", "--no-cache"] : ["links", "--no-cache"];
          await holdsPromises(args, { "catalog.yaml": catalog, "README.md": readme }, false);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
