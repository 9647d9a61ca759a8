// remark loads only when a render needs it: a computation that needs it first is run again after
// loading, any other failure is the computation's own; and a fresh CLI process renders a page that
// needs remark (a code block in the page, escapes in a cell) exactly as one that never loads it.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { MarkdownNotLoaded, withMarkdown } from "../../src/markdown/lazy.js";
import { runCli } from "../helpers/cli.js";

describe("withMarkdown", () => {
  test("a computation that needed remark before it was loaded runs again and gives its result", async () => {
    let runs = 0;
    const result = await withMarkdown(() => {
      runs++;
      if (runs === 1) throw new MarkdownNotLoaded("not yet");
      return 42;
    });
    expect({ result, runs }).toEqual({ result: 42, runs: 2 });
  });

  test("any other failure is thrown as it is, after one run", async () => {
    let runs = 0;
    const failure = new Error("bad page");
    await expect(
      withMarkdown(() => {
        runs++;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(runs).toBe(1);
  });
});

describe("render in a fresh process", () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-lazy-")));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("a page and a cell that need remark render as remark writes them", async () => {
    mkdirSync(path.join(dir, ".git"));
    writeFileSync(
      path.join(dir, "catalog.yaml"),
      'outputs:\n  - path: README.md\nlectures:\n  - number: 1\n    title: "*A* `b|c`"\n  - number: 2\n    title: Plain\n',
    );
    // The fenced block makes the page more than the line scanner reads: remark parses it.
    const page =
      "# C\n\n```\n<!-- syllabus:start -->\n```\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n";
    writeFileSync(path.join(dir, "README.md"), page);
    const run = await runCli(["render"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "README.md: written\n" });
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(
      page.replace(
        "<!-- syllabus:start -->\n<!-- syllabus:end -->",
        [
          "<!-- syllabus:start -->",
          "| 章节序号 | 章节名称 | 课程简介 | 视频 | 课件及代码 | 知识点总结 |",
          "| :-: | :-: | :- | :-: | :-: | :-: |",
          "| 第一讲 | \\*A\\* \\`b\\|c\\` | | | | |",
          "| 第二讲 | Plain | | | | |",
          "<!-- syllabus:end -->",
        ].join("\n"),
      ),
    );
  });
});
