// Adopting syllabus: import the seed README, render it back, and compare with the seed.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readCourseTable } from "../../src/import/read-table.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { SEED } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { rowsOf, tablesOf } from "../helpers/tables.js";

const seed = readFileSync(SEED, "utf8");

describe("import", () => {
  test("reads all 28 lectures and reports the irregular row of lecture 23 with its line", () => {
    const imported = readCourseTable(parseMarkdown(seed), "README.md", "/course", "/course");
    expect(imported.lectures).toHaveLength(28);
    expect(imported.lectures.map((l) => l.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(imported.numberFormat).toBe("第{zh}讲");
    expect(imported.columns.map((c) => c.field)).toEqual([
      "number",
      "title",
      "summary",
      "video",
      "code",
      "review",
    ]);
    expect(imported.diagnostics).toEqual([
      {
        file: "README.md",
        line: 75,
        col: 1,
        severity: "warning",
        rule: "irregular-row",
        message: "row of lecture 23 has 5 cells, the header has 6",
        hint: "imported the cells in order; check lecture 23 in the catalog",
      },
    ]);
    expect(imported.lectures[22]?.video).toEqual([
      {
        label: "上",
        url: "https://www.bilibili.com/video/BV1if421X7jB/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429",
      },
      {
        label: "下",
        url: "https://www.bilibili.com/video/BV1QM4m1z7FV/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429",
      },
    ]);
    expect(imported.lectures[9]?.review).toBe("pending");
    expect(imported.lectures[7]?.code).toBe("unavailable");
    expect(imported.lectures[24]).toEqual({ number: 25, title: "RAG" });
  });

  test("import → render (in place) gives the seed's lectures, numbers, titles, summaries and URLs", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-import-"));
    writeFileSync(path.join(dir, "README.md"), seed);
    const imported = await runMain(["import", "README.md", "--markers"], { cwd: dir });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe("");
    expect(imported.stderr).toBe(
      [
        "README.md:75:1: warning: row of lecture 23 has 5 cells, the header has 6 [irregular-row]",
        "  hint: imported the cells in order; check lecture 23 in the catalog",
        "catalog.yaml: imported 28 lectures from README.md",
        "README.md: markers added around the table; run syllabus render --catalog catalog.yaml",
        "",
      ].join("\n"),
    );
    const rendered = await runMain(["render"], { cwd: dir });
    expect(rendered.stderr).toBe("README.md: written\n");
    expect(rendered.code).toBe(0);

    const page = readFileSync(path.join(dir, "README.md"), "utf8");
    const seedRows = rowsOf(tablesOf(seed)[0] as never);
    const ourRows = rowsOf(tablesOf(page)[0] as never);
    expect(ourRows).toHaveLength(seedRows.length);
    ourRows.forEach((row, r) => {
      const expected = seedRows[r] ?? [];
      row.forEach((cell, c) => {
        const want = expected[c] ?? { text: "", urls: [] };
        expect({ row: r, col: c, text: cell.text, urls: cell.urls }).toEqual({
          row: r,
          col: c,
          text: want.text.replace(/\s+/g, " "),
          urls: want.urls,
        });
      });
    });
    // Outside the table nothing moved: the page is the seed plus the two marker lines.
    const withoutTable = (text: string) => text.replace(/\| 章节序号[\s\S]*\| 第二十八讲[^\n]*/, "TABLE");
    expect(withoutTable(page)).toBe(
      withoutTable(seed).replace("TABLE", "<!-- syllabus:start -->\nTABLE\n<!-- syllabus:end -->"),
    );
    // A second render changes nothing; the check agrees.
    expect((await runMain(["render"], { cwd: dir })).stderr).toBe("README.md: up to date\n");
    expect((await runMain(["render", "--check"], { cwd: dir })).code).toBe(0);
  });

  test("never overwrites a catalog without --force", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-import-"));
    writeFileSync(path.join(dir, "README.md"), seed);
    writeFileSync(path.join(dir, "catalog.yaml"), "mine\n");
    const result = await runMain(["import", "README.md"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "syllabus: catalog.yaml already exists; nothing was written\n  hint: use --force to overwrite it\n",
    );
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toBe("mine\n");
    expect((await runMain(["import", "README.md", "--force"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=/,
    );
  });

  test("an English table maps its headings and numbers", () => {
    const readme = [
      "| Lecture | Title | Description | Video | Slides/Code | Notes |",
      "| --- | --- | --- | --- | --- | --- |",
      "| Lecture 1 | Intro | Hello | [Part 1](https://youtu.be/a) [Part 2](https://youtu.be/b) | [link](slides/1/) | TBD |",
      "| Lecture 2 | Next | | [link](https://youtu.be/c) | - | |",
    ].join("\n");
    const imported = readCourseTable(parseMarkdown(readme), "README.md", "/c", "/c");
    expect(imported.numberFormat).toBe("Lecture {n}");
    expect(imported.lectures).toEqual([
      {
        number: 1,
        title: "Intro",
        summary: "Hello",
        video: [
          { label: "Part 1", url: "https://youtu.be/a" },
          { label: "Part 2", url: "https://youtu.be/b" },
        ],
        code: "./slides/1/",
        review: "pending",
      },
      { number: 2, title: "Next", video: "https://youtu.be/c", code: "unavailable" },
    ]);
    expect(imported.placeholders).toEqual({ unavailable: "-", pending: "TBD" });
  });
});
