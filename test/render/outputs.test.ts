// The file edge of rendering: which pages a catalog renders, in which locale, and which missing
// translations it warns about (only those of the locales a page shows).
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/load.js";
import { renderOutputs, translationWarnings } from "../../src/render/outputs.js";
import { plain } from "../helpers/problems.js";

const EMPTY = "<!-- syllabus:start -->\n<!-- syllabus:end -->\n";

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-outputs-")));
  mkdirSync(path.join(dir, ".git"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function load(catalogText: string) {
  const file = path.join(dir, "catalog.yaml");
  writeFileSync(file, catalogText);
  return loadCatalog(file, catalogText, { warnings: false });
}

const THREE = `course:
  locales: [zh, en, fr]
outputs:
  - path: zh.md
  - path: fr.md
    locale: fr
table:
  columns: [{ field: number, heading: "#" }, { field: title, heading: Title }]
lectures:
  - { number: 1, title: { zh: 一, en: One } }
  - { number: 2, title: { zh: 二, fr: Deux } }
`;

describe("renderOutputs", () => {
  test("each page shows its locale; a missing translation shows the default's text", async () => {
    for (const name of ["zh.md", "fr.md"]) writeFileSync(path.join(dir, name), EMPTY);
    const outputs = await renderOutputs(await load(THREE));
    expect(outputs.map((o) => [path.relative(dir, o.path), o.current, o.next])).toEqual([
      [
        "zh.md",
        EMPTY,
        `<!-- syllabus:start -->\n| # | Title |\n| - | - |\n| 第一讲 | 一 |\n| 第二讲 | 二 |\n<!-- syllabus:end -->\n`,
      ],
      [
        "fr.md",
        EMPTY,
        `<!-- syllabus:start -->\n| # | Title |\n| - | - |\n| 第一讲 | 一 |\n| 第二讲 | Deux |\n<!-- syllabus:end -->\n`,
      ],
    ]);
    expect(outputs.map((o) => [o.display, o.template])).toEqual([
      [path.join(dir, "zh.md"), undefined],
      [path.join(dir, "fr.md"), undefined],
    ]);
  });

  test("translation warnings are those of the shown locales, the default shown by a page without one", async () => {
    const loaded = await load(THREE);
    expect(plain(translationWarnings(loaded))).toEqual([
      {
        file: loaded.file,
        line: 10,
        col: 25,
        rule: "locale/missing-translation",
        message: 'lecture 1: "title" has no fr translation; the zh text is shown',
        hint: "add fr: … to this map",
        severity: "warning",
      },
    ]);
  });

  test("a page showing the default locale by name warns about nothing; unnamed pages show the default", async () => {
    const shown = THREE.replace("  - path: fr.md\n    locale: fr\n", "  - path: zh2.md\n    locale: zh\n");
    expect(translationWarnings(await load(shown))).toEqual([]);
  });

  test("a page or a template that is a folder is refused, naming which it is", async () => {
    const catalogText = (output: string) =>
      `outputs:\n  - ${output}\nlectures:\n  - { number: 1, title: One }\n`;
    mkdirSync(path.join(dir, "page.md"));
    await expect(renderOutputs(await load(catalogText("path: page.md")))).rejects.toThrow(
      `${path.join(dir, "page.md")}: page is a folder`,
    );
    mkdirSync(path.join(dir, "template.md"));
    await expect(
      renderOutputs(await load(catalogText("{ path: out.md, template: template.md }"))),
    ).rejects.toThrow(`${path.join(dir, "template.md")}: template is a folder`);
  });
});
