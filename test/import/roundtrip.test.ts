// syllabus import end to end (in-process): the seed, the report of tables taken and skipped, --map,
// several tables with named regions, and problems told at README places with nothing written.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildCatalog } from "../../src/import/build-catalog.js";
import { catalogLink } from "../../src/import/links.js";
import { readLessonTables } from "../../src/import/read-table.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";
import { SEED } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

const seed = readFileSync(SEED, "utf8");

function folder(readme: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "syllabus-import-"));
  writeFileSync(path.join(dir, "README.md"), readme);
  return dir;
}

describe("import of the seed", () => {
  test("reads all 28 lectures as number + 第{zh}讲, each link with its own text and separator", () => {
    const read = readLessonTables(parseMarkdown(seed), {
      file: "README.md",
      page: seed,
      catalogLink: (url) => catalogLink(url, "/course", "/course"),
      renderLink: (target) => target,
    });
    const { data, numberFormat } = buildCatalog(read, "README.md");
    const lectures = data.lectures as Record<string, unknown>[];
    expect(numberFormat).toBe("第{zh}讲");
    expect(lectures.map((l) => l.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(read.tables[0]?.columns.map((c) => [c.field, c.type, c.separator])).toEqual([
      ["number", undefined, undefined],
      ["title", undefined, undefined],
      ["summary", undefined, undefined],
      ["video", undefined, "   "],
      ["code", undefined, undefined],
      ["review", undefined, undefined],
    ]);
    expect(lectures[22]?.video).toEqual([
      {
        label: "上",
        url: "https://www.bilibili.com/video/BV1if421X7jB/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429",
      },
      {
        label: "下",
        url: "https://www.bilibili.com/video/BV1QM4m1z7FV/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429",
      },
    ]);
    expect(lectures[9]?.review).toBe("pending");
    expect(lectures[7]?.code).toBe("unavailable");
    expect(lectures[24]).toEqual({ number: 25, title: "RAG" });
    expect(read.skipped).toEqual([
      {
        at: { line: 90, col: 1 },
        heading: "加入我们",
        reason: "an HTML <table>, not a Markdown table: import reads Markdown tables only",
      },
    ]);
  });

  test("never overwrites a catalog without --force", async () => {
    const dir = folder(seed);
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
});

describe("syllabus import", () => {
  const twoModules = [
    "# Course",
    "",
    "## Module 1",
    "",
    "| Lesson | Title | Quiz |",
    "| :-: | --- | --- |",
    "| 1 | Intro | [quiz](https://q.org/1) |",
    "",
    "## Module 2",
    "",
    "| Lesson | Title | Quiz |",
    "| :-: | --- | --- |",
    "| 1 | Deeper | |",
    "",
    "## Team",
    "",
    "| Name | Role |",
    "| - | - |",
    "| A | B |",
    "",
  ].join("\n");

  test("several lesson tables: one named region each, the report says what was taken and skipped", async () => {
    const dir = folder(twoModules);
    const result = await runMain(["import", "README.md", "--markers"], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: [
        'README.md:5:1: table "Module 1" imported as region module-1: 1 lecture; columns Lesson → number, Title → title, Quiz → quiz (custom, markdown)',
        'README.md:11:1: table "Module 2" imported as region module-2: 1 lecture; columns Lesson → number, Title → title, Quiz → quiz (custom, markdown)',
        'README.md:17:1: table "Team" skipped: no known course column besides the title (headings: Name, Role)',
        "catalog.yaml: imported 2 lectures from README.md",
        "README.md: markers added around 2 tables; run syllabus render",
        "",
      ].join("\n"),
    });
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(
      twoModules
        .replace(
          "| Lesson | Title | Quiz |\n| :-: | --- | --- |\n| 1 | Intro |",
          "<!-- syllabus:start name=module-1 -->\n$&",
        )
        .replace("| [quiz](https://q.org/1) |", "$&\n<!-- syllabus:end -->")
        .replace(
          "| Lesson | Title | Quiz |\n| :-: | --- | --- |\n| 1 | Deeper |",
          "<!-- syllabus:start name=module-2 -->\n$&",
        )
        .replace("| 1 | Deeper | |", "$&\n<!-- syllabus:end -->"),
    );
    const catalog = readFileSync(path.join(dir, "catalog.yaml"), "utf8");
    expect(catalog).toContain("tables:\n  module-1:\n    where:\n      group: Module 1\n");
    expect(catalog).toContain("  - id: module-1-1\n    number: 1\n    group: Module 1\n    title: Intro\n");
  });

  test("a CRLF README gets CRLF marker lines, and render then leaves it as it is", async () => {
    const readme =
      "# C\r\n\r\n| No | Title | Video |\r\n|:-:|---|---|\r\n| 01 | **A** | [v](https://v.org/1) |\r\n\r\nend\r\n";
    const dir = folder(readme);
    expect((await runMain(["import", "README.md", "--markers"], { cwd: dir })).code).toBe(0);
    const marked = readFileSync(path.join(dir, "README.md"), "utf8");
    expect(marked).toBe(
      readme
        .replace("| No |", "<!-- syllabus:start -->\r\n| No |")
        .replace("(https://v.org/1) |", "$&\r\n<!-- syllabus:end -->"),
    );
    expect((await runMain(["render", "--no-cache"], { cwd: dir })).stderr).toBe("README.md: up to date\n");
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(marked);
  });

  test("--map names a column the synonym list does not know; a --map matching no heading is refused", async () => {
    const readme = "| Was | Wann |\n| - | - |\n| Intro | Mo |\n";
    const dir = folder(readme);
    const mapped = await runMain(["import", "README.md", "--map", "Was=title", "--map", "Wann=day"], {
      cwd: dir,
    });
    expect(mapped.code).toBe(0);
    expect(mapped.stderr).toContain("columns Was → title, Wann → day (custom, markdown)");
    expect(readFileSync(path.join(dir, "catalog.yaml"), "utf8")).toContain("    title: Intro\n    day: Mo\n");

    const unused = await runMain(["import", "README.md", "--force", "--map", "Wer=title"], { cwd: dir });
    expect(unused).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'syllabus: README.md: --map names "Wer", which no table of the page has as a heading; nothing was written\n  hint: write the heading as the table shows it, e.g. --map "Lesson Number=number"\n',
    });
    const bad = await runMain(["import", "README.md", "--force", "--map", "Was"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'syllabus: --map "Was" is not Heading=field\n  hint: e.g. --map "Lesson Number=number" or --map "Colab=colab"\nRun: syllabus import --help\n',
    );
  });

  test("no lesson table: every table skipped is listed with its reason, and nothing is written", async () => {
    const dir = folder("## Team\n\n| Name | Role |\n| - | - |\n| A | B |\n");
    const result = await runMain(["import", "README.md"], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        "syllabus: README.md: no lesson table found; nothing was written",
        '  README.md:3:1: table "Team" skipped: no known course column besides the title (headings: Name, Role)',
        '  hint: a lesson table has a title column (Title, 标题, 章节名称, Topic …) and one more known column; name a column with --map "Heading=title"',
        "",
      ].join("\n"),
    });
    expect(readdirSync(dir)).toEqual(["README.md"]);
  });

  test("a problem of the catalog about to be written is told at its README cell, and nothing is written", async () => {
    const readme = "| No | Title | Video |\n| - | - | - |\n| 1 | Intro | - |\n| 2 |  | - |\n";
    const dir = folder(readme);
    const result = await runMain(["import", "README.md", "--markers"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^README\.md:4:1: error: lecture 2: .*title.*\n/);
    expect(result.stderr).not.toContain("catalog.yaml:");
    expect(result.stderr).toMatch(/nothing was written\.\n$/);
    expect(readdirSync(dir)).toEqual(["README.md"]);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(readme);
  });
});
