// The workflows init writes: which `uses:` references are accepted, how the catalog path and the
// watched paths are written into YAML and path filters.
import { describe, expect, test } from "vitest";
import { escapeGlob, fillWorkflow, isActionRef, WORKFLOW_NAMES } from "../../src/init/workflows.js";

describe("isActionRef", () => {
  test("OWNER/REPO@REF, OWNER/REPO/PATH@REF and ./PATH are action references", () => {
    for (const ref of [
      "course-syllabus/syllabus@v0",
      "owner/repo@main",
      "o.w-n_er/re.po@v1.2.3",
      "owner/repo/sub/dir@release/v1",
      "./",
      "./actions/syllabus",
    ]) {
      expect([ref, isActionRef(ref)]).toEqual([ref, true]);
    }
  });

  test("anything else is not: no ref, no owner, spaces, a parent folder, text around a valid ref", () => {
    for (const ref of [
      "owner/repo",
      "repo@v1",
      "@v1",
      "owner/repo@",
      "owner/repo@v 1",
      "../action",
      "./../action",
      "owner/repo/../x@v1",
      "x owner/repo@v1",
      "owner/repo@v1 x",
      "owner/repo@v1\n",
      ".",
      "",
    ]) {
      expect([ref, isActionRef(ref)]).toEqual([ref, false]);
    }
  });
});

describe("fillWorkflow", () => {
  const fill = (catalog: string, watch: string[] = []) =>
    fillWorkflow("uses: {{action}}\ncatalog: {{catalog}}\npaths: {{paths}}", {
      action: "owner/repo@v1",
      catalog,
      watch,
    });

  test("every placeholder is filled, each occurrence", () => {
    expect(
      fillWorkflow("{{action}} {{action}} {{catalog}}", { action: "./", catalog: "c.yaml", watch: [] }),
    ).toBe("./ ./ c.yaml");
  });

  test("a plain path with a letter extension is written plain", () => {
    expect(fill("catalog.yaml", ["catalog.yaml", "docs/README.tpl.md"])).toBe(
      'uses: owner/repo@v1\ncatalog: catalog.yaml\npaths: ["catalog.yaml", "docs/README.tpl.md"]',
    );
    expect(fill("course/sub-dir/c_1.yml")).toContain("catalog: course/sub-dir/c_1.yml\n");
  });

  test("a path YAML could read as a number, a boolean, null or another type is double-quoted", () => {
    for (const catalog of [
      "1.5",
      "null",
      "true",
      "yes",
      "2024-01-01",
      "1e3",
      "catalog",
      "c.1",
      "~",
      "a b.yaml",
    ]) {
      expect(fill(catalog)).toContain(`catalog: ${JSON.stringify(catalog)}\n`);
    }
  });

  test("a path starting with something other than a letter or _ is quoted; _ and one leading letter are plain", () => {
    expect(fill("-c.yaml")).toContain('catalog: "-c.yaml"\n');
    expect(fill(".c.yaml")).toContain('catalog: ".c.yaml"\n');
    expect(fill("_c.yaml")).toContain("catalog: _c.yaml\n");
    expect(fill("c.yaml")).toContain("catalog: c.yaml\n");
    expect(fill("x/c.yaml; rm")).toContain('catalog: "x/c.yaml; rm"\n');
  });

  test("no watched path: an empty list", () => {
    expect(fill("c.yaml", [])).toContain("paths: []");
  });
});

describe("escapeGlob", () => {
  test("every pattern character of a path filter is escaped with a backslash, other text is kept", () => {
    expect(escapeGlob("*?+[]!\\")).toBe("\\*\\?\\+\\[\\]\\!\\\\");
    expect(escapeGlob("docs/a-b_c.d (1).md")).toBe("docs/a-b_c.d (1).md");
    expect(escapeGlob("a*b*c")).toBe("a\\*b\\*c");
  });
});

test("init writes three workflows: check, render, nightly", () => {
  expect(WORKFLOW_NAMES).toEqual(["syllabus-check.yml", "syllabus-render.yml", "syllabus-nightly.yml"]);
});
