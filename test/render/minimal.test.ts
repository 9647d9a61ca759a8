// Minimal change: a re-rendered region keeps the bytes of every row whose canonical content is
// unchanged, so adopting syllabus on a hand-made table is a no-op and one changed lecture changes
// one line, whatever the table's padding, alignment-row dashes or escaping.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { keepUnchangedRows } from "../../src/render/minimal.js";
import { SEED } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const NEW = ["| # | Title |", "| :-: | - |", "| 1 | A & B |", "| 2 | B |", "| 3 | C |"].join("\n");

describe("keepUnchangedRows", () => {
  test("padded rows, wide dashes and needless escapes are kept when the content is the same", () => {
    const old = ["|  #  | Title   |", "|:---:|---------|", "|  1  | A \\& B   |", "| 2 | B |", "|3|C|"].join(
      "\n",
    );
    expect(keepUnchangedRows(`\n${old}\n`, NEW)).toBe(old);
  });

  test("a changed row is written canonically; its neighbours keep their bytes", () => {
    const old = [
      "|  #  | Title |",
      "|:---:|-------|",
      "|  1  | A & B |",
      "|  2  | Bee   |",
      "|  3  | C     |",
    ];
    expect(keepUnchangedRows(old.join("\n"), NEW).split("\n")).toEqual([
      old[0],
      old[1],
      old[2],
      "| 2 | B |",
      old[4],
    ]);
  });

  test("an inserted and a removed lecture change only their own lines", () => {
    const old = ["| # | Title |", "|:-:|---|", "|  1  | A & B |", "|  3  | C |", "|  4  | D |"];
    expect(keepUnchangedRows(old.join("\n"), NEW).split("\n")).toEqual([
      old[0],
      old[1],
      old[2],
      "| 2 | B |",
      old[3],
    ]);
  });

  test("a changed alignment rewrites the header and delimiter rows together, not the lecture rows", () => {
    const old = ["| # | Title |", "|---|---|", "|  1  | A & B |", "| 2 | B |", "| 3 | C |"];
    expect(keepUnchangedRows(old.join("\n"), NEW).split("\n")).toEqual([
      "| # | Title |",
      "| :-: | - |",
      ...old.slice(2),
    ]);
  });

  test("a row with fewer cells than the header equals a row whose last cells are empty", () => {
    const next = ["| a | b |", "| - | - |", "| x | |"].join("\n");
    expect(keepUnchangedRows("| a | b |\n|--|--|\n|  x  |", next)).toBe("| a | b |\n|--|--|\n|  x  |");
  });

  test("cells beyond the header's are not shown, so a row holding them is unchanged", () => {
    const next = ["| a | b |", "| - | - |", "| x | y |"].join("\n");
    expect(keepUnchangedRows("| a | b |\n|--|--|\n|  x  | y | z |", next)).toBe(
      "| a | b |\n|--|--|\n|  x  | y | z |",
    );
  });

  test("a table of a header and no rows keeps its bytes when unchanged", () => {
    expect(keepUnchangedRows("|  a  |\n|:-:|", "| a |\n| :-: |")).toBe("|  a  |\n|:-:|");
  });

  test("a changed heading with the same alignment rewrites the header and delimiter rows", () => {
    const old = ["| # | Name |", "| :-: | - |", "|  1  | A & B |", "| 2 | B |", "| 3 | C |"];
    expect(keepUnchangedRows(old.join("\n"), NEW).split("\n")).toEqual([
      "| # | Title |",
      "| :-: | - |",
      ...old.slice(2),
    ]);
  });

  test("lines of white space around the table are not part of it", () => {
    const old = ["|  #  | Title |", "|:-:|--|", "| 1 | A & B |", "| 2 | B |", "| 3 | C |"].join("\n");
    expect(keepUnchangedRows(`\n  \n${old}\n\t\n`, NEW)).toBe(old);
  });

  test("beyond 2,000 changed rows the diff stops and rows are matched by their place", () => {
    // 1,002 rows in reverse order are 2,002 edits apart; the one row whose content stays in its place
    // keeps its padding. (A diff without the limit pairs r500 with no row at all.)
    const rows = Array.from({ length: 1002 }, (_, i) => `| r${i} |`);
    const old = ["| a |", "| - |", ...[...rows].reverse()];
    old[502] = "|  r500  |";
    const out = keepUnchangedRows(old.join("\n"), ["| a |", "| - |", ...rows].join("\n")).split("\n");
    expect(out).toEqual(["| a |", "| - |", ...rows.slice(0, 500), "|  r500  |", ...rows.slice(501)]);
  });

  test("a region that is not one table (first render, prose, two tables) gets the canonical table", () => {
    expect(keepUnchangedRows("\n", NEW)).toBe(NEW);
    expect(keepUnchangedRows("\nSome text\nmore\n", NEW)).toBe(NEW);
    expect(keepUnchangedRows("| # | Title |\n|-|-|\n| 1 | A & B |\n\n| x |\n|-|\n", NEW)).toBe(NEW);
    expect(keepUnchangedRows("| # | Title |\n|-|-|\n| 1 | A & B |\nnot a row\n", NEW)).toBe(NEW);
  });

  test("a CRLF region is read line by line; the kept bytes carry no line ending of their own", () => {
    const old = "\r\n|  #  | Title |\r\n|:-:|--|\r\n| 1 | A & B |\r\n| 2 | B |\r\n| 3 | C |\r\n";
    expect(keepUnchangedRows(old, NEW)).toBe(
      ["|  #  | Title |", "|:-:|--|", "| 1 | A & B |", "| 2 | B |", "| 3 | C |"].join("\n"),
    );
  });
});

describe("the seed README: import --markers, then render", () => {
  let dir: string;
  let imported: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "syllabus-minimal-"));
    writeFileSync(path.join(dir, "README.md"), readFileSync(SEED));
    const result = await runMain(["import", "README.md", "--markers"], { cwd: dir });
    expect(result.code).toBe(0);
    // The seed separates lecture 23's two videos by three spaces: import declares that separator.
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toContain('separator: "   "');
    imported = readFileSync(path.join(dir, "README.md"), "utf8");
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the seed's aligned, padded table with :----: delimiters is kept byte for byte", async () => {
    expect(imported).toMatch(/^\|:----:\|:----:\|:-{44}\|/m);
    const result = await runMain(["render"], { cwd: dir });
    expect(result.stderr).toBe("README.md: up to date\n");
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(imported);
  });

  test("changing one lecture changes exactly that lecture's line", async () => {
    const catalogPath = path.join(dir, "catalog.yaml");
    const text = readFileSync(catalogPath, "utf8");
    writeFileSync(catalogPath, text.replace("title: BERT", "title: BERT, revisited"));
    expect((await runMain(["render"], { cwd: dir })).code).toBe(0);
    const before = imported.split("\n");
    const after = readFileSync(path.join(dir, "README.md"), "utf8").split("\n");
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i]));
    expect(changed.map((i) => after[i])).toEqual([
      "| 第二讲 | BERT, revisited | 基于Transformer Encoder的BERT模型设计：MLM和NSP任务。BERT进行下游任务微调的范式。 | [link](https://www.bilibili.com/video/BV1xs4y1M72q/?spm_id_from=333.999.0.0\\&vd_source=eb3a45e6eb4dccc5795f97586b78f429) | [link](./Season1.step_into_chatgpt/2.BERT/) | [link](./Season1.step_into_chatgpt/0.Course-Review/2-BERT.md) |",
    ]);
    expect(before[changed[0] as number]).toMatch(/^\| 第二讲 \|\s+BERT\s+\|/);
  });
});
