// Several tables from one catalog: a page holds named regions, each rendered with its table's
// selection and columns, through `syllabus render` in place.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { runMain } from "../helpers/main.js";

const CATALOG = `outputs:
  - path: README.md
table:
  columns:
    - { field: label, heading: Lesson, type: label }
    - { field: title, heading: Title, type: markdown }
    - { field: video, heading: Video, link: Watch, separator: " · " }
tables:
  module-1: { where: { group: Module 1 } }
  module-2:
    where: { group: Module 2 }
    columns: [{ field: title, heading: Title }, { field: author, heading: Author }]
lectures:
  - { number: 0, label: "00", group: Module 1, title: "**Welcome**", video: "https://v.org/0" }
  - number: 1
    group: Module 1
    title: "[Tokens](./docs/tokens.md)"
    video: [{ url: "https://v.org/1a" }, { label: Part 2, url: "https://v.org/1b" }]
  - { label: HW1, group: Module 2, title: Homework, author: "Jane<br/>Joe" }
`;

const PAGE = `# Course

## Module 1

<!-- syllabus:start name=module-1 -->
<!-- syllabus:end -->

## Module 2

<!-- syllabus:start name=module-2 -->
<!-- syllabus:end -->
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "syllabus-regions-"));
  writeFileSync(path.join(dir, "catalog.yaml"), CATALOG);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("named regions", () => {
  test("each region shows its table's lectures in its columns; a second render changes nothing", async () => {
    writeFileSync(path.join(dir, "README.md"), PAGE);
    const result = await runMain(["render"], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: "README.md: written\n" });
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(`# Course

## Module 1

<!-- syllabus:start name=module-1 -->
| Lesson | Title | Video |
| - | - | - |
| 00 | **Welcome** | [Watch](https://v.org/0) |
| 第一讲 | [Tokens](./docs/tokens.md) | [Watch](https://v.org/1a) · [Part 2](https://v.org/1b) |
<!-- syllabus:end -->

## Module 2

<!-- syllabus:start name=module-2 -->
| Title | Author |
| - | - |
| Homework | Jane<br/>Joe |
<!-- syllabus:end -->
`);
    expect(await runMain(["render", "--check"], { cwd: dir })).toMatchObject({ code: 0 });
  });

  test("a region naming no table is an error at its line, with did you mean; nothing is written", async () => {
    const page = PAGE.replace("name=module-2", "name=modul-2");
    writeFileSync(path.join(dir, "README.md"), page);
    const result = await runMain(["render"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'README.md:10:1: error: no table named "modul-2" in the catalog [marker-unknown-name]\n  hint: did you mean name=module-2?\n',
    );
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toBe(page);
  });
});
