// One catalog, two languages: each output renders its locale; a missing translation falls back to
// the default locale and is a warning at the map's place; a broken map is an error at its place.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";

const FIXTURES = path.join(ROOT, "test/fixtures/locales");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function course(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-locales-")));
  dirs.push(dir);
  mkdirSync(path.join(dir, ".git"));
  cpSync(path.join(FIXTURES, "catalog.yaml"), path.join(dir, "catalog.yaml"));
  writeFileSync(path.join(dir, "README.md"), "# 课程\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n");
  writeFileSync(
    path.join(dir, "README.en.md"),
    "# Course\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n",
  );
  return dir;
}

const WARNINGS = [
  'catalog.yaml:36:16: warning: lecture 1: "video" part 2 label has no en translation; the zh text is shown [locale/missing-translation]',
  "  hint: add en: … to this map",
  'catalog.yaml:39:12: warning: lecture 2: "title" has no en translation; the zh text is shown [locale/missing-translation]',
  "  hint: add en: … to this map",
];

describe("a catalog in two locales", () => {
  test("render writes each output in its locale and warns once per missing translation, exit 0", async () => {
    const dir = course();
    mkdirSync(path.join(dir, "node_modules")); // where the render cache would record a current run
    const result = await runMain(["render"], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: [...WARNINGS, "README.md: written", "README.en.md: written", ""].join("\n"),
    });
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(
      [
        "# 课程",
        "",
        "<!-- syllabus:start -->",
        "| 章节 | 标题 | 简介 | 视频 |",
        "| :-: | - | - | - |",
        "| 第一讲 | 变换器 | 多头 自注意力 | [上](https://v.example/1) [下](https://v.example/2) |",
        "| 第二讲 | 量化 | | 更新中 |",
        "<!-- syllabus:end -->",
        "",
      ].join("\n"),
    );
    expect(readFileSync(path.join(dir, "README.en.md"), "utf8")).toBe(
      [
        "# Course",
        "",
        "<!-- syllabus:start -->",
        "| Lecture | Title | 简介 | Video |",
        "| :-: | - | - | - |",
        "| Lecture 1 | Transformer | Multi-head self-attention | [Part 1](https://v.example/1) [下](https://v.example/2) |",
        "| Lecture 2 | 量化 | | Coming soon |",
        "<!-- syllabus:end -->",
        "",
      ].join("\n"),
    );

    // A second run is current, and says the warnings again (a run with warnings is not cached).
    const again = await runMain(["render", "--check"], { cwd: dir });
    expect(again).toEqual({
      code: 0,
      stdout: "",
      stderr: [...WARNINGS, "README.md, README.en.md: up to date", ""].join("\n"),
    });
  });

  test("validate reports the missing translations as warnings, exit 0", async () => {
    const dir = course();
    const result = await runMain(["validate"], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: [...WARNINGS, "catalog.yaml: 2 lectures, no errors, 2 warnings", ""].join("\n"),
    });
  });

  test("a broken translation is an error at its place, a problem inside one points into the map; nothing written", async () => {
    const dir = course();
    cpSync(path.join(FIXTURES, "broken.yaml"), path.join(dir, "catalog.yaml"));
    const result = await runMain(["render"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      [
        'catalog.yaml:5:13: error: output locale "eng" is not declared in course.locales [locale/undeclared]',
        '  hint: did you mean "en"? course.locales declares zh, en',
        'catalog.yaml:10:11: error: lecture 1: "title" must not be empty [empty-field]',
        "  hint: write the title, or remove the key if it is optional",
        'catalog.yaml:11:14: warning: lecture 1: "summary" has no en translation; the zh text is shown [locale/missing-translation]',
        "  hint: add en: … to this map",
        'catalog.yaml:11:24: error: lecture 1: "summary": "fr" is not a declared locale [locale/undeclared]',
        "  hint: course.locales declares zh, en",
        'catalog.yaml:13:29: error: lecture 1: "video" part 1 label: the en translation must be text, got number 1 [locale/not-text]',
        '  hint: quote it: "1"',
        'catalog.yaml:14:14: error: lecture 1: "url" uses the javascript: scheme, which is not allowed [bad-link]',
        "  hint: links must be http(s) URLs or ./paths inside the course repository",
        'catalog.yaml:16:12: error: lecture 2: "title" has no zh text (the default locale) [locale/missing-default]',
        "  hint: add zh: …; the default locale's text is shown wherever a translation is missing",
        'catalog.yaml:22:5: error: lecture 2: unknown key "titel" [unknown-key]',
        '  hint: did you mean "title"?',
        "7 problems found; nothing was written.",
        "",
      ].join("\n"),
    );
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(
      "# 课程\n\n<!-- syllabus:start -->\n<!-- syllabus:end -->\n",
    );
  });
});
