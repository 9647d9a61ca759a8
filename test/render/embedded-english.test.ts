// The embedded course in English: course/README.en.md is rendered from the same catalog, in its
// en locale, from the English template; it is committed and current, and nothing falls back to Chinese.
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type LoadedCatalog, loadCatalog } from "../../src/catalog/load.js";
import { type RenderedOutput, renderOutputs, translationWarnings } from "../../src/render/outputs.js";
import { ROOT } from "../helpers/cli.js";
import { plain } from "../helpers/problems.js";
import { rowsOf, tablesOf } from "../helpers/tables.js";

let loaded: LoadedCatalog;
let pages: RenderedOutput[];

beforeAll(async () => {
  loaded = await loadCatalog(path.join(ROOT, "catalog.yaml"));
  pages = await renderOutputs(loaded);
});

describe("embedded catalog → course/README.en.md", () => {
  test("the Chinese page comes first, the English page second; both committed and current", () => {
    expect(loaded.locales).toEqual(["zh", "en"]);
    expect(pages.map((p) => [p.display, p.template && path.relative(ROOT, p.template.path)])).toEqual([
      ["course/README.md", "templates/step_into_llm.md"],
      ["course/README.en.md", "templates/step_into_llm.en.md"],
    ]);
    for (const page of pages) expect(page.current, page.display).toBe(page.next);
  });

  test("every text has its English translation", () => {
    expect(translationWarnings(loaded)).toEqual([]);
    expect(plain(loaded.warnings).map((w) => w.rule)).toEqual(["duplicate-link"]);
  });

  test("the English table: English headings, labels, placeholders and part labels", () => {
    const [table] = tablesOf((pages[1] as RenderedOutput).next);
    if (!table) throw new Error("no table");
    const rows = rowsOf(table).map((row) => row.map((cell) => cell.text));
    expect(rows[0]).toEqual(["Lecture", "Title", "Summary", "Video", "Slides & code", "Review"]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      Array.from({ length: 28 }, (_, i) => `Lecture ${i + 1}`),
    );
    expect(rows[10]?.slice(1, 3)).toEqual([
      "RLHF",
      "The core idea of RLHF: aligning an LLM with human behavior. RLHF step by step: fine-tuning the LLM, training a reward model on human feedback, and fine-tuning the model with the PPO reinforcement-learning algorithm.",
    ]);
    expect(rows[10]?.[5]).toBe("Coming soon");
    expect(rows[23]?.[3]).toBe("Part 1 Part 2");
    // Nothing in the English table is left in Chinese.
    const chinese = rows.flat().filter((text) => /\p{Script=Han}/u.test(text));
    expect(chinese).toEqual([]);
  });
});
