// Catalog text rules: control characters in any text, credentials and length of URLs, ./paths that
// leave the course repository after normalisation. Checked on both the fast and positioned paths.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { quickValidate } from "../../src/catalog/quick.js";
import { MAX_URL_LENGTH, textFindings, withoutCredentials } from "../../src/catalog/text-rules.js";
import { validateCatalog } from "../../src/catalog/validate.js";
import { runMain } from "../helpers/main.js";
import { plain } from "../helpers/problems.js";

const catalogWith = (lecture: string) => `lectures:\n  - number: 1\n    title: T\n${lecture}`;

describe("control characters (issue 7.3)", () => {
  test("BEL in a title is an error at the title, naming the character and its index", () => {
    const result = validateCatalog('lectures:\n  - number: 1\n    title: "ab\\acd"\n', "catalog.yaml");
    expect(result.catalog).toBeUndefined();
    expect(plain(result.diagnostics)).toEqual([
      {
        file: "catalog.yaml",
        line: 3,
        col: 12,
        severity: "error",
        rule: "control-character",
        message: 'lecture 1: "title" contains the control character U+0007 (BEL) at character 3',
        hint: "remove it: control characters are invisible, and git treats a page holding them as binary",
      },
    ]);
  });

  test("a raw NUL byte is reported where it stands, in any text field (here a column heading)", () => {
    const text = "table:\n  columns:\n    - { field: title, heading: a\u0000b }\nlectures: []\n";
    expect(
      plain(validateCatalog(text, "c.yaml").diagnostics).map((d) => [d.line, d.col, d.rule, d.message]),
    ).toEqual([
      [3, 33, "control-character", '"heading" contains the control character U+0000 (NUL) at character 2'],
    ]);
  });

  test("tabs and line breaks are text, not control characters; C1 controls are refused", () => {
    expect(textFindings({ lectures: [{ number: 1, title: "a\tb", summary: "one\r\ntwo\n" }] })).toEqual([]);
    expect(textFindings({ course: { title: "x\u0085" } }).map((f) => f.message)).toEqual([
      '"title" contains the control character U+0085 at character 2',
    ]);
  });
});

describe("URLs with credentials and overlong URLs (issue 7.14, catalog side)", () => {
  test("credentials are refused and never echoed", () => {
    const result = validateCatalog(
      catalogWith("    video: https://user:hunter2@www.bilibili.com/video/BV1/\n"),
      "catalog.yaml",
    );
    expect(plain(result.diagnostics)).toEqual([
      {
        file: "catalog.yaml",
        line: 4,
        col: 12,
        severity: "error",
        rule: "url-credentials",
        message: 'lecture 1: "video" URL holds a user name or password (before the @ of the host)',
        hint: "remove the credentials: the README shows every link to all its readers",
      },
    ]);
    expect(JSON.stringify(result.diagnostics)).not.toContain("hunter2");
  });

  test("a value quoted by another rule has its credentials masked", () => {
    const result = validateCatalog(catalogWith("    video: //user:hunter2@example.org/x\n"), "catalog.yaml");
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'lecture 1: "video" is not a link: "//***@example.org/x"',
    ]);
  });

  test("an @ in the path or query is not a credential", () => {
    expect(textFindings({ lectures: [{ video: "https://example.org/@user?x=a@b" }] })).toEqual([]);
  });

  test(`a URL of ${MAX_URL_LENGTH} characters passes; one more is refused`, () => {
    const url = (length: number) => `https://example.org/${"a".repeat(length - 20)}`;
    expect(url(MAX_URL_LENGTH)).toHaveLength(MAX_URL_LENGTH);
    expect(textFindings({ lectures: [{ video: url(MAX_URL_LENGTH) }] })).toEqual([]);
    expect(textFindings({ lectures: [{ video: [{ label: "a", url: url(MAX_URL_LENGTH + 1) }] }] })).toEqual([
      {
        path: ["lectures", 0, "video", 0, "url"],
        rule: "url-too-long",
        message: `lecture #1: "url" is ${MAX_URL_LENGTH + 1} characters long, more than the limit of ${MAX_URL_LENGTH}`,
        hint: "link a shorter address (a share link, or the page without tracking parameters)",
      },
    ]);
  });
});

describe("./paths stay inside the course repository after normalisation (issue 7.8)", () => {
  test.each([
    ["./../../../../etc/passwd", true],
    ["./a/../../b", true],
    ["./%2e%2e/x", true],
    ["./a\\..\\..\\x", true],
    ["./..", true],
    ["./a/../b", false],
    ["./..foo/x", false],
    ["./Season1/02.BERT/", false],
    ["./", false],
    ["./%zz/../..", true], // a malformed escape: judged as written
    ["./x?a=../../../y", false], // the query is not part of the path
    ["./x#/../../..", false], // nor is the fragment
  ])("%s leaves: %s", (value, leaves) => {
    const rules = textFindings({ lectures: [{ number: 3, code: value }] }).map((f) => f.rule);
    expect(rules).toEqual(leaves ? ["path-outside-repository"] : []);
  });

  test("the fast path does not accept what the rules refuse", () => {
    expect(quickValidate(catalogWith("    code: ./a/b\n"), true)).toBeDefined();
    expect(quickValidate(catalogWith("    code: ./../b\n"), true)).toBeUndefined();
  });

  test("links never checks such a path: the catalog is refused first (exit 2, no report)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-escape-"));
    writeFileSync(path.join(dir, "catalog.yaml"), catalogWith("    code: ./../../../../etc/passwd\n"));
    const result = await runMain(["links", "--no-cache"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      'catalog.yaml:4:11: error: lecture 1: "code" path "./../../../../etc/passwd" leaves the course repository [path-outside-repository]',
    );
    expect(result.stderr).toMatch(/1 problem found; nothing was written\.\n$/);
  });
});

describe("rule details", () => {
  test("controls are named where they have a short name, else shown as U+XXXX", () => {
    const messages = textFindings({ a: "x\u0008", b: "\u007F", c: "\u001F", d: "\u0085" }).map(
      (f) => f.message,
    );
    expect(messages).toEqual([
      '"a" contains the control character U+0008 (BS) at character 2',
      '"b" contains the control character U+007F (DEL) at character 1',
      '"c" contains the control character U+001F at character 1',
      '"d" contains the control character U+0085 at character 1',
    ]);
  });

  test("a string at the top is named catalog; a lecture without a number by its place", () => {
    expect(textFindings("\u0007").map((f) => [f.path, f.message])).toEqual([
      [[], '"catalog" contains the control character U+0007 (BEL) at character 1'],
    ]);
    expect(textFindings({ lectures: [{}, { number: "2", title: "\u0007" }] }).map((f) => f.message)).toEqual([
      'lecture #2: "title" contains the control character U+0007 (BEL) at character 1',
    ]);
  });

  test("userinfo in a URL the parser refuses is still refused; the repository URL is checked too", () => {
    const findings = textFindings({
      course: { repository: { url: "https://me:pw@github.com/o/r" } },
      lectures: [{ number: 1, video: "https://me@[bad/x" }],
    });
    expect(findings.map((f) => [f.path, f.rule])).toEqual([
      [["course", "repository", "url"], "url-credentials"],
      [["lectures", 0, "video"], "url-credentials"],
    ]);
  });

  test("credentials are checked on http(s) links only, and masked after every //", () => {
    expect(textFindings({ lectures: [{ number: 1, code: "./me:pw@x/" }] })).toEqual([]);
    expect(withoutCredentials("see https://a:b@x.example/ and http://c@y.example/")).toBe(
      "see https://***@x.example/ and http://***@y.example/",
    );
  });
});
