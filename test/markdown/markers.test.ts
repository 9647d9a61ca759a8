// Marker fixtures: test/fixtures/markers/<case>/input.md, with output.md when rendering succeeds
// or error.txt with the exact message when it must fail. UPDATE_FIXTURES=1 regenerates them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { catalog } from "../../src/catalog/schema.js";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { findRegion, findRegions, MarkerError } from "../../src/markdown/markers.js";
import { renderPage } from "../../src/render/page.js";
import { buildTable, tableSelection } from "../../src/render/table.js";
import { expectedFile, ROOT } from "../helpers/cli.js";
import { plain } from "../helpers/problems.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const DIR = path.join(ROOT, "test/fixtures/markers");
const parsed = catalog.parse({
  tables: {
    "season-1": { where: { season: 1 } },
    "season-2": { where: { season: 2 }, columns: [{ field: "title", heading: "Title" }] },
  },
  lectures: [
    {
      number: 1,
      season: 1,
      title: "Transformer",
      video: "https://www.bilibili.com/video/BV16h4y1W7us/",
      code: "unavailable",
    },
    { number: 2, season: 2, title: "BERT", review: "pending" },
  ],
});
// Each region gets its table by name; the unnamed region the whole table.
const table = (name: string | undefined) =>
  buildTable(parsed, (target) => target, tableSelection(parsed, name));
const names = Object.keys(parsed.tables);

describe("markers", () => {
  for (const name of readdirSync(DIR).sort()) {
    test(name, () => {
      const input = readFileSync(path.join(DIR, name, "input.md"), "utf8");
      let result: string;
      try {
        result = renderPage({ text: input, file: "README.md", table, names });
      } catch (error) {
        if (!(error instanceof MarkerError)) throw error;
        expect(name.startsWith("ok-"), `${name} should render`).toBe(false);
        expect(error.message).toBe(expectedFile(path.join(DIR, name, "error.txt"), error.message));
        return;
      }
      expect(name.startsWith("ok-"), `${name} should fail`).toBe(true);
      expect(result).toBe(expectedFile(path.join(DIR, name, "output.md"), result));
      // Rendering again changes nothing.
      expect(renderPage({ text: result, file: "README.md", table, names })).toBe(result);
    });
  }

  test("every case has its expected file", () => {
    for (const name of readdirSync(DIR)) {
      const expected = name.startsWith("ok-") ? "output.md" : "error.txt";
      expect(existsSync(path.join(DIR, name, expected)), `${name}/${expected}`).toBe(true);
    }
  });
});

describe("findRegions", () => {
  const page =
    "# A\n\n<!-- syllabus:start name=zzz -->\nx\n<!-- syllabus:end -->\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n";

  function problemsOf(text: string, names?: readonly string[]) {
    try {
      findRegions(parseMarkdown(text), "R.md", names ? { names } : {});
    } catch (error) {
      if (error instanceof MarkerError) return plain(error.diagnostics);
      throw error;
    }
    throw new Error("expected a MarkerError");
  }

  test("without a list of names any well-formed name is accepted, and regions come in page order", () => {
    const regions = findRegions(parseMarkdown(page), "R.md");
    expect(regions.map((r) => [r.name, page.slice(r.contentStart, r.contentEnd)])).toEqual([
      ["zzz", "\nx\n"],
      [undefined, "\n"],
    ]);
    expect(findRegion(parseMarkdown(page), "R.md")).toEqual({
      contentStart: regions[0]?.contentStart,
      contentEnd: regions[0]?.contentEnd,
    });
  });

  test("an unknown name with no near one lists the catalog's tables", () => {
    expect(problemsOf(page, ["season-1", "season-2"])).toEqual([
      {
        file: "R.md",
        line: 3,
        col: 1,
        rule: "marker-unknown-name",
        message: 'no table named "zzz" in the catalog',
        hint: "the catalog's tables are: season-1, season-2",
        severity: "error",
      },
    ]);
  });

  test("a name with a space in it is malformed, not a name cut at the space", () => {
    expect(problemsOf("<!-- syllabus:start name=season 1 -->\nx\n<!-- syllabus:end -->\n")).toEqual([
      {
        file: "R.md",
        line: 1,
        col: 1,
        rule: "marker-name",
        message: 'malformed region name in "<!-- syllabus:start name=season 1 -->"',
        hint: "write <!-- syllabus:start name=NAME --> with a NAME of letters, digits, ., _ and - (a key of tables in the catalog)",
        severity: "error",
      },
    ]);
  });

  test("name= must open the attributes and hold the rest of them, on one line", () => {
    const malformed = (marker: string) => ({
      file: "R.md",
      line: 1,
      col: 1,
      rule: "marker-name",
      message: `malformed region name in "${marker}"`,
      hint: "write <!-- syllabus:start name=NAME --> with a NAME of letters, digits, ., _ and - (a key of tables in the catalog)",
      severity: "error",
    });
    expect(problemsOf("<!-- syllabus:start xname=a -->\n<!-- syllabus:end -->\n")).toEqual([
      malformed("<!-- syllabus:start xname=a -->"),
    ]);
    expect(problemsOf("<!-- syllabus:start name=a\nb -->\n\n<!-- syllabus:end -->\n")).toEqual([
      malformed("<!-- syllabus:start name=a\nb -->"),
    ]);
  });

  test("an unknown name when the catalog has no tables: the hint says how to add one", () => {
    expect(problemsOf(page, [])).toEqual([
      {
        file: "R.md",
        line: 3,
        col: 1,
        rule: "marker-unknown-name",
        message: 'no table named "zzz" in the catalog',
        hint: "add tables: { zzz: { where: { … } } } to the catalog, or remove name=zzz",
        severity: "error",
      },
    ]);
  });

  test("an indented marker is quoted without its indentation; a problem spans the whole marker", () => {
    try {
      findRegions(parseMarkdown("  <!-- syllabus:start name=! -->\n"), "R.md");
    } catch (error) {
      const [first] = (error as MarkerError).messages;
      expect(first?.reason).toBe('malformed region name in "<!-- syllabus:start name=! -->"');
      expect(first?.place).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 33 } });
      return;
    }
    throw new Error("expected a MarkerError");
  });

  test("an unnamed region has no name key at all", () => {
    const [region] = findRegions(parseMarkdown("<!-- syllabus:start -->\n<!-- syllabus:end -->\n"), "R.md");
    expect(region).toStrictEqual({ contentStart: 23, contentEnd: 24 });
  });

  test("spaces inside a marker make it a typo, not a marker in the wrong case", () => {
    expect(problemsOf("<!-- Syllabus: Start -->\n")).toEqual([
      {
        file: "R.md",
        line: 1,
        col: 1,
        rule: "marker-typo",
        message: 'misspelt marker: "<!-- Syllabus: Start -->"',
        hint: "did you mean <!-- syllabus:start -->?",
        severity: "error",
      },
    ]);
  });

  test("a marker with a name is still recognised in a list, and misspelt with a name", () => {
    expect(problemsOf("- <!-- syllabus:start name=season-1 -->\n").map((p) => [p.rule, p.message])).toEqual([
      [
        "marker-placement",
        "<!-- syllabus:start --> marker must stand alone on its own line, outside lists, quotes and tables",
      ],
    ]);
    expect(problemsOf("<!-- syllabus  start name=season-one -->\n").map((p) => [p.rule, p.hint])).toEqual([
      ["marker-typo", "did you mean <!-- syllabus:start -->?"],
    ]);
  });

  test("text after a marker on its line makes it misplaced; spaces before name= are any number", () => {
    expect(
      problemsOf("<!-- syllabus:start --> the table\n\n<!-- syllabus:end -->\n").map((p) => p.rule),
    ).toEqual(["marker-placement", "marker-unbalanced"]);
    const text = "<!-- syllabus:start   name=a -->\nx\n<!-- syllabus:end -->\n";
    expect(findRegions(parseMarkdown(text), "R.md").map((r) => r.name)).toEqual(["a"]);
  });

  test("a marker at the end of an HTML block is misplaced, not a marker", () => {
    expect(problemsOf("<div><!-- syllabus:start -->\n\nx\n\n<!-- syllabus:end -->\n")).toEqual([
      {
        file: "R.md",
        line: 1,
        col: 1,
        rule: "marker-placement",
        message:
          "<!-- syllabus:start --> marker must stand alone on its own line, outside lists, quotes and tables",
        hint: "move <!-- syllabus:start --> to a line of its own at the top level of the page",
        severity: "error",
      },
      {
        file: "R.md",
        line: 5,
        col: 1,
        rule: "marker-unbalanced",
        message: "<!-- syllabus:end --> without a <!-- syllabus:start --> before it",
        hint: "add <!-- syllabus:start --> above the table, or remove this marker",
        severity: "error",
      },
    ]);
  });

  test("problems come in page order, though a start never closed is found last", () => {
    expect(
      problemsOf("<!-- syllabus:start -->\n\n<!-- Syllabus:End -->\n").map((p) => `${p.line} ${p.rule}`),
    ).toEqual(["1 marker-unbalanced", "3 marker-case"]);
  });

  test("a MarkerError's message is its problems' lines", () => {
    try {
      findRegions(parseMarkdown("<!-- syllabus:end name=a -->\n"), "R.md");
    } catch (error) {
      expect(error).toBeInstanceOf(MarkerError);
      expect((error as MarkerError).name).toBe("MarkerError");
      expect((error as MarkerError).message).toBe(
        [
          "R.md:1:1: error: <!-- syllabus:end --> takes no name [marker-name]",
          "  hint: write the end marker as <!-- syllabus:end -->",
          "R.md:1:1: error: <!-- syllabus:end --> without a <!-- syllabus:start --> before it [marker-unbalanced]",
          "  hint: add <!-- syllabus:start --> above the table, or remove this marker",
        ].join("\n"),
      );
      return;
    }
    throw new Error("expected a MarkerError");
  });
});
