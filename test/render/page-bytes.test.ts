// "Touches nothing outside the region": every byte before the start marker and from the end marker
// on is the same after render, whatever the page holds — a byte order mark, CRLF, mixed line
// endings, trailing white space. A page that is not valid UTF-8 is refused, never re-encoded.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { catalog } from "../../src/catalog/schema.js";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";
import { renderPage } from "../../src/render/page.js";
import { buildTable } from "../../src/render/table.js";
import { runMain } from "../helpers/main.js";
import { problemLine } from "../helpers/problems.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CATALOG = `outputs:
  - path: README.md
lectures:
  - number: 1
    title: Transformer
    video: https://www.bilibili.com/video/BV16h4y1W7us/
`;
const TABLE_LF =
  "| 章节序号 | 章节名称 | 课程简介 | 视频 | 课件及代码 | 知识点总结 |\n| :-: | :-: | :- | :-: | :-: | :-: |\n| 第一讲 | Transformer | | [link](https://www.bilibili.com/video/BV16h4y1W7us/) | | |";

function course(page: Buffer, files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-bytes-"));
  writeFileSync(path.join(dir, "catalog.yaml"), CATALOG);
  writeFileSync(path.join(dir, "README.md"), page);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The bytes before the start marker's end and from the end marker on. */
function outside(page: Buffer): { before: Buffer; after: Buffer } {
  const start = page.indexOf(START_MARKER) + START_MARKER.length;
  const end = page.indexOf(END_MARKER);
  expect(start).toBeGreaterThanOrEqual(START_MARKER.length);
  expect(end).toBeGreaterThan(start);
  return { before: page.subarray(0, start), after: page.subarray(end) };
}

describe("render leaves every byte outside the region as it was", () => {
  test("BOM, CRLF, mixed line endings and trailing white space", async () => {
    const page = Buffer.concat([
      BOM,
      Buffer.from(
        `# Course  \r\nintro with trailing tab\t\nmixed endings\r\n   \n${START_MARKER}\r\nold table\r\n${END_MARKER}\r\nafter  \n\r\nlast line without a newline  `,
      ),
    ]);
    const dir = course(page);
    const result = await runMain(["render", "--no-cache"], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: "", stderr: "README.md: written\n" });
    const written = readFileSync(path.join(dir, "README.md"));
    expect(outside(written)).toEqual(outside(page));
    const region = written.subarray(outside(written).before.length, written.indexOf(END_MARKER)).toString();
    expect(region).toBe(`\r\n${TABLE_LF.replaceAll("\n", "\r\n")}\r\n`);
    // and the result is stable: the next render finds it current
    expect(await runMain(["render", "--no-cache"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: "README.md: up to date\n",
    });
  });

  test("a page starting with a BOM right before the start marker keeps both intact (issue 7.1)", async () => {
    const page = Buffer.concat([BOM, Buffer.from(`${START_MARKER}\n${END_MARKER}\n`)]);
    const dir = course(page);
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, "README.md"))).toEqual(
      Buffer.concat([BOM, Buffer.from(`${START_MARKER}\n${TABLE_LF}\n${END_MARKER}\n`)]),
    );
  });

  test("the issue's page: BOM, heading, markers; render twice, check once", async () => {
    const page = Buffer.concat([BOM, Buffer.from(`# C\n\n${START_MARKER}\n${END_MARKER}\n`)]);
    const dir = course(page);
    expect(await runMain(["render"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: "README.md: written\n",
    });
    const expected = Buffer.concat([
      BOM,
      Buffer.from(`# C\n\n${START_MARKER}\n${TABLE_LF}\n${END_MARKER}\n`),
    ]);
    expect(readFileSync(path.join(dir, "README.md"))).toEqual(expected);
    expect((await runMain(["render"], { cwd: dir })).stderr).toBe("README.md: up to date\n");
    expect((await runMain(["render", "--check", "--no-cache"], { cwd: dir })).code).toBe(0);
  });

  test("a template with a BOM gives a page with the BOM and the table, and --check agrees", async () => {
    const template = Buffer.concat([BOM, Buffer.from(`# T\n\n${START_MARKER}\n${END_MARKER}\n`)]);
    const dir = course(Buffer.from(""), { "template.md": template });
    writeFileSync(
      path.join(dir, "catalog.yaml"),
      CATALOG.replace("  - path: README.md\n", "  - path: README.md\n    template: template.md\n"),
    );
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, "README.md"))).toEqual(
      Buffer.concat([BOM, Buffer.from(`# T\n\n${START_MARKER}\n${TABLE_LF}\n${END_MARKER}\n`)]),
    );
    expect(await runMain(["render", "--check", "--no-cache"], { cwd: dir })).toEqual({
      code: 0,
      stdout: "",
      stderr: "README.md: up to date\n",
    });
  });

  test("property: text outside the region is kept byte for byte, whatever its line endings and BOM", () => {
    const table = buildTable(catalog.parse({ lectures: [{ number: 1, title: "T" }] }), (t) => t);
    const line = fc.string({ unit: fc.constantFrom("a", "中", " ", "\t", "é"), maxLength: 12 });
    const eol = fc.constantFrom("\n", "\r\n");
    const lines = fc
      .array(fc.tuple(line, eol), { maxLength: 5 })
      .map((ls) => ls.map(([l, e]) => l + e).join(""));
    fc.assert(
      fc.property(fc.boolean(), lines, eol, eol, lines, (bom, before, e1, e2, after) => {
        // The region is everything between the markers, the line break after the start marker included.
        const head = `${bom ? "\uFEFF" : ""}${before}${before === "" ? "" : "\n"}${START_MARKER}`;
        const tail = `${END_MARKER}${e2}${after}`;
        const out = renderPage({ text: `${head}${e1}${tail}`, file: "README.md", table });
        expect(out.startsWith(head)).toBe(true);
        expect(out.endsWith(tail)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a page that is not valid UTF-8 is refused, never re-encoded (issue 7.2)", () => {
  test("invalid bytes outside the region: exit 2 at their line:col, the page untouched", async () => {
    const page = Buffer.concat([
      Buffer.from(`# Course\nbad `),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`\n\n${START_MARKER}\n${END_MARKER}\n`),
    ]);
    const dir = course(page);
    const result = await runMain(["render", "--no-cache"], { cwd: dir });
    const diagnostic = problemLine({
      file: "README.md",
      line: 2,
      col: 5,
      severity: "error",
      rule: "invalid-utf8",
      message: "not valid UTF-8 (byte 0xFF)",
      hint: "save the file as UTF-8 (syllabus never re-encodes a file, so it refuses to guess)",
    });
    expect(result).toEqual({ code: 2, stdout: "", stderr: `${diagnostic}\n` });
    expect(readFileSync(path.join(dir, "README.md"))).toEqual(page);
  });

  test("a template with invalid bytes is refused the same way, and no page is written", async () => {
    const template = Buffer.concat([Buffer.from(`${START_MARKER}\n${END_MARKER}\n`), Buffer.from([0xc3])]);
    const dir = course(Buffer.from("old page\n"), { "t.md": template });
    writeFileSync(
      path.join(dir, "catalog.yaml"),
      CATALOG.replace("README.md\n", "README.md\n    template: t.md\n"),
    );
    const result = await runMain(["render", "--no-cache"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${problemLine({ file: "t.md", line: 3, col: 1, severity: "error", rule: "invalid-utf8", message: "not valid UTF-8 (byte 0xC3)", hint: "save the file as UTF-8 (syllabus never re-encodes a file, so it refuses to guess)" })}\n`,
    );
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe("old page\n");
  });
});

describe("files that are not pages", () => {
  test("template: /dev/zero is refused before reading (issue 7.5), with --allow-outside too", async () => {
    const dir = course(Buffer.from(""));
    writeFileSync(
      path.join(dir, "catalog.yaml"),
      CATALOG.replace("README.md\n", "README.md\n    template: /dev/zero\n"),
    );
    const result = await runMain(["render", "--no-cache", "--allow-outside"], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: /dev/zero: template is a device, not a regular file; nothing was read\n",
    });
  });
});
