// Local targets: files and folders in the working tree, fragments against a markdown file's anchors,
// and the anchors of remote HTML pages.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  type AnchorCache,
  checkLocal,
  hasAnchor,
  htmlAnchors,
  markdownAnchors,
} from "../../src/links/local.js";
import { ROOT } from "../helpers/cli.js";

const DIR = path.join(ROOT, "test/fixtures/links");

describe("checkLocal with a fragment", () => {
  test.each([
    ["sub", "x"],
    ["logo.png", "x"],
  ])("%s#%s: exists, the fragment is not checked (not a markdown file)", async (file, fragment) => {
    const result = await checkLocal(path.join(DIR, file), fragment);
    expect(result).toEqual({
      verdict: "ok",
      reason: "exists (fragment not checked: not a markdown file)",
      attempts: 1,
      durationMs: expect.any(Number),
      warnings: [],
    });
  });

  test("a found heading: ok, the finding in `fragments`; case does not matter", async () => {
    const result = await checkLocal(path.join(DIR, "guide.md"), "Install");
    expect([result.verdict, result.reason, result.fragments]).toEqual([
      "ok",
      "heading #Install exists",
      { Install: { found: true } },
    ]);
  });

  test("a fragment that is not valid percent-encoding: broken, saying so", async () => {
    const result = await checkLocal(path.join(DIR, "guide.md"), "%E0%A4%A");
    expect([result.verdict, result.reason, result.fragments]).toEqual([
      "broken",
      "the fragment #%E0%A4%A is not valid percent-encoding (UTF-8 expected)",
      { "%E0%A4%A": { found: false } },
    ]);
  });

  test("a .MARKDOWN file is read as markdown; its anchors are read once per run", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-local-"));
    const file = path.join(dir, "NOTES.MARKDOWN");
    writeFileSync(file, "# Café\n");
    const cache: AnchorCache = new Map();
    const found = await checkLocal(file, "caf%C3%A9", cache);
    const missing = await checkLocal(file, "tea", cache);
    expect([found.verdict, missing.verdict, missing.reason]).toEqual([
      "ok",
      "broken",
      "no heading or anchor #tea in the file",
    ]);
    expect([...cache.keys()]).toEqual([file]);
  });

  test("anchors already in the cache are used, the file is not read again", async () => {
    const file = path.join(DIR, "guide.md");
    const cache: AnchorCache = new Map([[file, Promise.resolve(new Set(["only-in-cache"]))]]);
    const before = Date.now();
    const result = await checkLocal(file, "only-in-cache", cache);
    const took = Date.now() - before;
    expect(result.verdict).toBe("ok");
    // The time it took, as measured around the call: never more (nor below zero).
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.durationMs).toBeLessThanOrEqual(took);
  });
});

describe("anchors", () => {
  test("hasAnchor: decoded, without GitHub's user-content- prefix, lower case tried too; undefined if malformed", () => {
    const anchors = new Set(["café", "install"]);
    expect(
      ["caf%C3%A9", "user-content-install", "INSTALL", "user-content-", "%zz"].map((f) =>
        hasAnchor(anchors, f),
      ),
    ).toEqual([true, true, true, false, undefined]);
  });

  test("markdownAnchors: heading slugs and the id or name of raw HTML", () => {
    expect([...markdownAnchors("# A b\n\n<div id=x1></div>\n\n<a name='y2'>y</a>\n")]).toEqual([
      "a-b",
      "x1",
      "y2",
    ]);
  });

  test("htmlAnchors: id and name, quoted or not, any case, user-content- dropped", () => {
    const html = `<h2 id="user-content-intro">x</h2><a NAME='old'></a><p id=plain>`;
    expect([...htmlAnchors(html)]).toEqual(["intro", "old", "plain"]);
  });
});
