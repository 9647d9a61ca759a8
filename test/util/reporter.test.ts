// The one reporter: syllabus's problems (vfile messages) as text, JSON and workflow commands, and
// the same messages read by unified's own vfile-reporter (compatibility with the ecosystem).
import { VFileMessage } from "vfile-message";
import { reporter } from "vfile-reporter";
import { describe, expect, test } from "vitest";
import { validateCatalog } from "../../src/catalog/validate.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { findRegions } from "../../src/markdown/markers.js";
import { exitCodeFor } from "../../src/util/exit-code.js";
import { problem } from "../../src/util/problem.js";
import {
  escapeData,
  escapeProperty,
  formatProblems,
  problemRecords,
  severityCounts,
  toVFiles,
} from "../../src/util/reporter.js";

const CATALOG = [
  "lectures:",
  "  - number: 1",
  "    titel: A",
  "    title: A",
  "    video: https://a.example/x",
  "  - number: 2",
  "    title: B",
  "    video: https://a.example/x",
  "",
].join("\n");

/** Real problems: a schema error and a cross-lecture warning from the catalog, a marker error from a page. */
function realMessages() {
  const catalog = validateCatalog(CATALOG, "catalog.yaml").diagnostics;
  let markers: ReturnType<typeof validateCatalog>["diagnostics"] = [];
  try {
    findRegions(parseMarkdown("# Course\n\n<!-- Syllabus:Start -->\n"), "README.md");
  } catch (error) {
    markers = (error as { messages: typeof markers }).messages;
  }
  return [...catalog, ...markers];
}

describe("vfile-reporter reads syllabus's messages as it reads any unified tool's", () => {
  test("grouped by file, with place, severity, reason, rule id and source", () => {
    expect(reporter(toVFiles(realMessages()), { color: false })).toBe(
      [
        "catalog.yaml",
        '3:5      error   lecture 1: unknown key "titel"                      unknown-key    syllabus',
        "8:12     warning lecture 2: video repeats a link                     duplicate-link syllabus",
        "",
        "README.md",
        '3:1-3:24 error   marker in the wrong case: "<!-- Syllabus:Start -->" marker-case    syllabus',
        "",
        "3 messages (✖ 2 errors, ⚠ 1 warning)",
      ].join("\n"),
    );
  });
});

describe("formatProblems", () => {
  const messages = [
    problem({
      file: "c.yaml",
      line: 2,
      col: 3,
      rule: "r/one",
      message: "m, one: 100%",
      severity: "error",
      hint: "h",
    }),
    problem({
      file: "p.md",
      line: 4,
      col: 1,
      endLine: 4,
      endCol: 9,
      rule: "links/broken",
      message: "broken link: https://x.example/ — HTTP 404",
      severity: "warning",
      url: "https://x.example/",
    }),
  ];

  test("text: the one line shape, the hint on an indented line", () => {
    expect(formatProblems(messages, "text")).toBe(
      "c.yaml:2:3: error: m, one: 100% [r/one]\n  hint: h\n" +
        "p.md:4:1: warning: broken link: https://x.example/ — HTTP 404 [links/broken]\n",
    );
  });

  test("json: version 1 with its fields, plus the end of the place and the URL where known", () => {
    expect(JSON.parse(formatProblems(messages, "json"))).toEqual({
      version: 1,
      summary: { errors: 1, warnings: 1 },
      problems: [
        {
          file: "c.yaml",
          line: 2,
          col: 3,
          severity: "error",
          rule: "r/one",
          message: "m, one: 100%",
          hint: "h",
        },
        {
          file: "p.md",
          line: 4,
          col: 1,
          severity: "warning",
          rule: "links/broken",
          message: "broken link: https://x.example/ — HTTP 404",
          hint: null,
          endLine: 4,
          endCol: 9,
          url: "https://x.example/",
        },
      ],
    });
  });

  test("github: workflow commands, escaped as the runner reads them, titled by rule id", () => {
    expect(formatProblems(messages, "github")).toBe(
      "::error file=c.yaml,line=2,col=3,title=r/one::m, one: 100%25%0Ah\n" +
        "::warning file=p.md,line=4,col=1,title=links/broken::broken link: https://x.example/ — HTTP 404\n",
    );
  });
});

describe("the parts of the reporter every command's summary and annotations rely on", () => {
  const at = (severity: "error" | "warning") =>
    problem({ file: "f", line: 1, col: 1, rule: "r", message: "m", severity });

  test("severityCounts: 'no problems', singular and plural, errors before warnings", () => {
    expect(severityCounts([])).toBe("no problems");
    expect(severityCounts([at("error")])).toBe("1 error");
    expect(severityCounts([at("warning")])).toBe("1 warning");
    expect(severityCounts([at("warning"), at("error"), at("warning")])).toBe("1 error, 2 warnings");
    expect(severityCounts([at("error"), at("error")])).toBe("2 errors");
    expect(severityCounts([at("error"), at("warning")])).toBe("1 error, 1 warning");
  });

  test("a record has no url key when the problem has no URL", () => {
    expect(problemRecords([at("error")])).toStrictEqual([
      { file: "f", line: 1, col: 1, severity: "error", rule: "r", message: "m", hint: null },
    ]);
  });

  test("workflow commands escape %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("a%b\r\nc: d, e")).toBe("a%25b%0D%0Ac: d, e");
    expect(escapeProperty("C:\\x,y%\r\n")).toBe("C%3A\\x%2Cy%25%0D%0A");
  });

  test("a message without a file or rule id is printed with empty ones, in every format", () => {
    const bare = new VFileMessage("from a plugin");
    expect(formatProblems([bare], "text")).toBe(":1:1: warning: from a plugin []\n");
    expect(formatProblems([bare], "github")).toBe("::warning file=,line=1,col=1,title=::from a plugin\n");
    expect(problemRecords([bare])).toStrictEqual([
      { file: "", line: 1, col: 1, severity: "warning", rule: "", message: "from a plugin", hint: null },
    ]);
    expect(toVFiles([bare]).map((file) => [file.path, file.messages])).toEqual([[undefined, [bare]]]);
  });
});

describe("exitCodeFor: the one place an exit code is chosen", () => {
  const at = (rule: string, severity: "error" | "warning") =>
    problem({ file: "f", line: 1, col: 1, rule, message: "m", severity });

  test("no errors → 0; only findings among the errors → 1; an input problem among them → 2", () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor([at("unknown-key", "warning"), at("lint/missing-path", "warning")])).toBe(0);
    expect(exitCodeFor([at("lint/missing-path", "error"), at("links/broken", "error")])).toBe(1);
    expect(exitCodeFor([at("render/stale", "error"), at("fmt/unformatted", "error")])).toBe(1);
    expect(exitCodeFor([at("links/broken", "error"), at("yaml-syntax", "error")])).toBe(2);
    expect(exitCodeFor([at("marker-missing", "error")])).toBe(2);
    // An error with no rule id is not a finding: the input is at fault.
    const bare = new VFileMessage("from a plugin");
    bare.fatal = true;
    expect(exitCodeFor([bare])).toBe(2);
  });
});

describe("a thrown CatalogError carries its messages on vfiles", () => {
  test("vfile-reporter prints a refused catalog's problems from error.files", async () => {
    const { CatalogError, loadCatalog } = await import("../../src/catalog/load.js");
    const error = await loadCatalog("catalog.yaml", "lectures:\n  - number: 1\n    titel: A\n").catch(
      (e: unknown) => e,
    );
    if (!(error instanceof CatalogError)) throw new Error("expected a CatalogError");
    expect(reporter(error.files, { color: false })).toBe(
      ["catalog.yaml", '3:5 error lecture 1: unknown key "titel" unknown-key syllabus', "", "✖ 1 error"].join(
        "\n",
      ),
    );
  });
});
