// Marker fixtures: test/fixtures/markers/<case>/input.md, with output.md when rendering succeeds
// or error.txt with the exact message when it must fail. UPDATE_FIXTURES=1 regenerates them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { catalog } from "../../src/catalog/schema.js";
import { MarkerError } from "../../src/markdown/markers.js";
import { renderPage } from "../../src/render/page.js";
import { buildTable, tableSelection } from "../../src/render/table.js";
import { expectedFile, ROOT } from "../helpers/cli.js";

const DIR = path.join(ROOT, "test/fixtures/markers");
const parsed = catalog.parse({
  tables: {
    "season-1": { where: { season: 1 } },
    "season-2": { where: { season: 2 }, columns: [{ field: "title", heading: "Title" }] },
  },
  lectures: [
    {
      number: 1,
      season: 1,
      title: "Transformer",
      video: "https://www.bilibili.com/video/BV16h4y1W7us/",
      code: "unavailable",
    },
    { number: 2, season: 2, title: "BERT", review: "pending" },
  ],
});
// Each region gets its table by name; the unnamed region the whole table.
const table = (name: string | undefined) =>
  buildTable(parsed, (target) => target, tableSelection(parsed, name));
const names = Object.keys(parsed.tables);

describe("markers", () => {
  for (const name of readdirSync(DIR).sort()) {
    test(name, () => {
      const input = readFileSync(path.join(DIR, name, "input.md"), "utf8");
      let result: string;
      try {
        result = renderPage({ text: input, file: "README.md", table, names });
      } catch (error) {
        if (!(error instanceof MarkerError)) throw error;
        expect(name.startsWith("ok-"), `${name} should render`).toBe(false);
        expect(error.message).toBe(expectedFile(path.join(DIR, name, "error.txt"), error.message));
        return;
      }
      expect(name.startsWith("ok-"), `${name} should fail`).toBe(true);
      expect(result).toBe(expectedFile(path.join(DIR, name, "output.md"), result));
      // Rendering again changes nothing.
      expect(renderPage({ text: result, file: "README.md", table, names })).toBe(result);
    });
  }

  test("every case has its expected file", () => {
    for (const name of readdirSync(DIR)) {
      const expected = name.startsWith("ok-") ? "output.md" : "error.txt";
      expect(existsSync(path.join(DIR, name, expected)), `${name}/${expected}`).toBe(true);
    }
  });
});
