// Rendering from a template: the page is the template (not the committed page) with the table in its
// region and every repository link outside the region rewritten for the page's place — inline links,
// images, reference definitions and HTML src/href alike.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { CatalogError } from "../../src/catalog/catalog-error.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { END_MARKER, START_MARKER } from "../../src/markdown/markers.js";
import { renderOutputs } from "../../src/render/outputs.js";
import { renderPage } from "../../src/render/page.js";
import { plain } from "../helpers/problems.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

const REPO = "https://github.com/o/c";
const TABLE =
  "| 章节序号 | 章节名称 | 课程简介 | 视频 | 课件及代码 | 知识点总结 |\n| :-: | :-: | :- | :-: | :-: | :-: |\n| 第一讲 | A | | | | |";
const TEMPLATE = [
  "# Course",
  "",
  "See [the slides](./slides/1/) and ![logo](assets/logo.png), [ref][r] and [site](https://x.org/).",
  "",
  '<img src="./assets/t.jpg"> <a href="notes/a.md#x">notes</a>',
  "",
  START_MARKER,
  "| old | [kept](./inside/) |",
  END_MARKER,
  "",
  "[r]: ./docs/ref.md",
  "",
].join("\n");

function course(catalogText: string, files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), "syllabus-template-")));
  mkdirSync(path.join(dir, ".git"));
  writeFileSync(path.join(dir, "catalog.yaml"), catalogText);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const LECTURES = "lectures:\n  - number: 1\n    title: A\n";

describe("render from a template", () => {
  test("a page outside the repository's checkout gets absolute URLs, the committed page is ignored", async () => {
    const catalogText = `course:\n  repository:\n    url: ${REPO}\n    branch: dev\noutputs:\n  - path: site/README.md\n    template: template.md\n${LECTURES}`;
    const dir = course(catalogText, { "template.md": TEMPLATE, "site/README.md": "stale committed page\n" });
    const [page] = await renderOutputs(await loadCatalog(path.join(dir, "catalog.yaml")));
    expect(page?.current).toBe("stale committed page\n");
    expect(page?.template).toEqual({ path: path.join(dir, "template.md"), text: TEMPLATE });
    expect(page?.next).toBe(
      [
        "# Course",
        "",
        `See [the slides](${REPO}/tree/dev/slides/1/) and ![logo](${REPO}/raw/dev/assets/logo.png), [ref][r] and [site](https://x.org/).`,
        "",
        `<img src="${REPO}/raw/dev/assets/t.jpg"> <a href="${REPO}/blob/dev/notes/a.md#x">notes</a>`,
        "",
        START_MARKER,
        TABLE,
        END_MARKER,
        "",
        `[r]: ${REPO}/blob/dev/docs/ref.md`,
        "",
      ].join("\n"),
    );
  });

  test("a page in a subfolder of the checkout gets links relative to its folder", async () => {
    const catalogText = `outputs:\n  - path: docs/zh/README.md\n    template: template.md\n${LECTURES}`;
    const dir = course(catalogText, { "template.md": TEMPLATE });
    const [page] = await renderOutputs(await loadCatalog(path.join(dir, "catalog.yaml")));
    expect(page?.current).toBeNull();
    expect(page?.next).toBe(
      [
        "# Course",
        "",
        "See [the slides](../../slides/1/) and ![logo](../../assets/logo.png), [ref][r] and [site](https://x.org/).",
        "",
        '<img src="../../assets/t.jpg"> <a href="../../notes/a.md#x">notes</a>',
        "",
        START_MARKER,
        TABLE,
        END_MARKER,
        "",
        "[r]: ../ref.md",
        "",
      ].join("\n"),
    );
  });

  test("without a template the committed page is the text, and its links are left as they are", async () => {
    const dir = course(`outputs:\n  - path: docs/README.md\n${LECTURES}`, { "docs/README.md": TEMPLATE });
    const [page] = await renderOutputs(await loadCatalog(path.join(dir, "catalog.yaml")));
    expect(page?.template).toBeUndefined();
    expect(page?.next).toBe(TEMPLATE.replace("| old | [kept](./inside/) |", TABLE));
  });

  test("a missing page without a template is an error at its path in the catalog, with a hint", async () => {
    const dir = course(`outputs:\n  - path: README.md\n${LECTURES}`, {});
    const loaded = await loadCatalog(path.join(dir, "catalog.yaml"));
    const error = await renderOutputs(loaded).catch((e) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect(plain(error.messages)).toEqual([
      {
        file: loaded.file,
        line: 2,
        col: 11,
        rule: "missing-page",
        message: 'outputs[0].path "README.md": the page does not exist',
        hint: `create it with ${START_MARKER} and ${END_MARKER} where the table goes, or give this output a template`,
        severity: "error",
      },
    ]);
  });

  test("a misspelt page: every missing one is named, each with the file of its folder it likely means", async () => {
    const catalogText = `outputs:\n  - path: docs/READMEE.md\n  - path: docs/README.en.md\n  - path: nowhere/README.md\n${LECTURES}`;
    const dir = course(catalogText, {
      "docs/README.md": "x\n",
      "docs/README.en.md": "x\n",
      "docs/notes.txt": "",
    });
    const error = await renderOutputs(await loadCatalog(path.join(dir, "catalog.yaml"))).catch((e) => e);
    expect(plain(error.messages).map((p) => [p.line, p.message, p.hint?.split("? ")[0]])).toEqual([
      [2, 'outputs[0].path "docs/READMEE.md": the page does not exist', 'did you mean "docs/README.md"'],
      [
        4,
        'outputs[2].path "nowhere/README.md": the page does not exist',
        "create it with " +
          START_MARKER +
          " and " +
          END_MARKER +
          " where the table goes, or give this output a template",
      ],
    ]);
  });

  test("a catalog without outputs is an input error naming the catalog", async () => {
    const dir = course(LECTURES, {});
    await expect(renderOutputs(await loadCatalog(path.join(dir, "catalog.yaml")))).rejects.toThrow(
      "catalog.yaml: no outputs to render\n  hint: add\n    outputs:\n      - path: README.md",
    );
  });
});

describe("renderPage with a rebase", () => {
  const table = { type: "table" as const, align: [], children: [] };
  const rebase = (url: string, kind: string) => `${kind}:${url}`;

  test("a URL that the link text repeats is rewritten where the destination is, not in the text", () => {
    const text = `[./a.md](./a.md)\n\n${START_MARKER}\n${END_MARKER}\n`;
    expect(renderPage({ text, file: "t.md", table, rebase })).toBe(
      `[./a.md](link:./a.md)\n\n${START_MARKER}\n| |\n${END_MARKER}\n`,
    );
  });

  test("HTML href is a link and src an image; a destination written with an escape is left as written", () => {
    const text = `<a href="./a.md"><img src="./i.png"></a>\n\n[e](./x\\_y.md)\n\n${START_MARKER}\n${END_MARKER}\n`;
    expect(renderPage({ text, file: "t.md", table, rebase })).toBe(
      `<a href="link:./a.md"><img src="image:./i.png"></a>\n\n[e](./x\\_y.md)\n\n${START_MARKER}\n| |\n${END_MARKER}\n`,
    );
  });

  test("links the resolver leaves alone and links inside the region are not edited", () => {
    const text = `[a](https://x.org/)\n\n${START_MARKER}\n[b](./b.md)\n${END_MARKER}\n`;
    const keep = (url: string) => url;
    expect(renderPage({ text, file: "t.md", table, rebase: keep })).toBe(
      `[a](https://x.org/)\n\n${START_MARKER}\n| |\n${END_MARKER}\n`,
    );
    // With a resolver that rewrites everything, the link in the region is still left to the table.
    expect(renderPage({ text, file: "t.md", table, rebase })).toBe(
      `[a](link:https://x.org/)\n\n${START_MARKER}\n| |\n${END_MARKER}\n`,
    );
  });
});
