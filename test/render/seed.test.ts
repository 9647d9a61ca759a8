// The main fixture: the real course README. Rendering the embedded catalog must reproduce its
// table lecture by lecture, and keep every other byte of the page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";
import { type RenderedOutput, renderOutputs } from "../../src/render/outputs.js";
import { ROOT, SEED, SHARED_SEED } from "../helpers/cli.js";
import { rowsOf, tablesOf } from "../helpers/tables.js";

const REPO = "https://github.com/mindspore-courses/step_into_llm";
const seed = readFileSync(SEED, "utf8");
let page: RenderedOutput;

beforeAll(async () => {
  const loaded = await loadCatalog(path.join(ROOT, "catalog.yaml"));
  [page] = (await renderOutputs(loaded)) as [RenderedOutput];
});

/** The seed's repository paths, as absolute URLs (course/README.md lives outside that repository). */
function absolute(url: string): string {
  if (!url.startsWith("./")) return url;
  return `${REPO}/${url.endsWith("/") ? "tree" : "blob"}/master/${url.slice(2)}`;
}

describe("embedded catalog → course/README.md", () => {
  test("the committed course/README.md is current", () => {
    expect(page.display).toBe("course/README.md");
    expect(page.current).toBe(page.next);
  });

  test("reproduces the seed's table lecture by lecture", () => {
    const [seedTable] = tablesOf(seed);
    const [ourTable] = tablesOf(page.next);
    if (!seedTable || !ourTable) throw new Error("no table");
    const seedRows = rowsOf(seedTable);
    const ourRows = rowsOf(ourTable);
    expect(ourRows.length).toBe(29); // header + 28 lectures
    expect(ourRows.length).toBe(seedRows.length);
    expect(ourTable.align).toEqual(seedTable.align);

    ourRows.forEach((row, r) => {
      const expected = (seedRows[r] ?? []).map((cell) => ({
        text: cell.text,
        urls: cell.urls.map(absolute),
      }));
      while (expected.length < 6) expected.push({ text: "", urls: [] });
      if (r === 23) {
        // Lecture 23: the seed's row has 5 cells, its review article in the code column.
        // The catalog holds it where it belongs (see the comment in catalog.yaml).
        expect(expected[4]).toEqual({
          text: "link",
          urls: ["https://mp.weixin.qq.com/s/7DvoB6Y27jaT0T85dJ7L-w"],
        });
        expected[4] = { text: "/", urls: [] };
        expected[5] = { text: "link", urls: ["https://mp.weixin.qq.com/s/7DvoB6Y27jaT0T85dJ7L-w"] };
      }
      // The seed pads cells and writes "上   下" with three spaces: text compares with runs folded.
      const fold = (cells: { text: string; urls: string[] }[]) =>
        cells.map((c) => ({ text: c.text.replace(/\s+/g, " "), urls: c.urls }));
      expect(fold(row), `row ${r}`).toEqual(fold(expected));
    });
  });

  test("every byte outside the table is the seed's, with repository links made absolute", () => {
    const region = /<!-- syllabus:start -->\n[\s\S]*?\n<!-- syllabus:end -->/;
    const seedTable = /\| 章节序号[\s\S]*?\| 第二十八讲[^\n]*/;
    const expected = seed
      .replace(seedTable, "TABLE")
      .replace("](./assets/groupchat_qq.png)", `](${REPO}/blob/master/assets/groupchat_qq.png)`)
      .replace(
        "](./assets/wechat_official_account.png)",
        `](${REPO}/blob/master/assets/wechat_official_account.png)`,
      )
      .replace('src="./assets/teachers.jpg"', `src="${REPO}/raw/master/assets/teachers.jpg"`)
      .replace('src="./assets/resources.png"', `src="${REPO}/raw/master/assets/resources.png"`)
      .replace('src="./assets/groupchat_qq.png"', `src="${REPO}/raw/master/assets/groupchat_qq.png"`)
      .replace('src="./assets/sign_up.png"', `src="${REPO}/raw/master/assets/sign_up.png"`)
      .replace(
        'src="./assets/wechat_official_account.png"',
        `src="${REPO}/raw/master/assets/wechat_official_account.png"`,
      );
    expect(page.next.replace(region, "TABLE")).toBe(expected);
    expect(page.next).not.toContain("./assets/");
    // The page comes from the template (the seed's bytes, relative links), not from the committed
    // page, which already holds the absolute links and would pass the checks above by itself.
    expect(page.template?.path).toBe(path.join(ROOT, "templates/step_into_llm.md"));
    expect(page.template?.text.replace(`${START_MARKER}\n${END_MARKER}`, "TABLE")).toBe(
      seed.replace(seedTable, "TABLE"),
    );
  });

  test("one changed lecture changes exactly one line of the table", async () => {
    const loaded = await loadCatalog(path.join(ROOT, "catalog.yaml"));
    const lecture = loaded.catalog.lectures.find((l) => l.number === 7);
    if (!lecture) throw new Error("no lecture 7");
    lecture.title = "Prompt Tuning (new title)";
    const [changed] = (await renderOutputs(loaded)) as [RenderedOutput];
    const before = page.next.split("\n");
    const after = changed.next.split("\n");
    expect(after.length).toBe(before.length);
    const differing = after.flatMap((line, i) => (line === before[i] ? [] : [line]));
    expect(differing).toHaveLength(1);
    expect(differing[0]).toMatch(/^\| 第七讲 \| Prompt Tuning \(new title\) \| /);
  });
});

describe("the seed fixture", () => {
  test.skipIf(!existsSync(SHARED_SEED))("is an exact copy of shared/fixtures/step_into_llm.README.md", () => {
    expect(readFileSync(SEED, "utf8")).toBe(readFileSync(SHARED_SEED, "utf8"));
  });
});
