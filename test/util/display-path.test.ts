import { describe, expect, test } from "vitest";
import { displayPath } from "../../src/util/text-file.js";

describe("displayPath", () => {
  test("a file inside the working directory is shown relative to it", () => {
    expect(displayPath("/r/course/catalog.yaml", "/r/course")).toBe("catalog.yaml");
    expect(displayPath("/r/course/a/b.md", "/r/course")).toBe("a/b.md");
  });

  test("the directory itself, its parent and a sibling are shown absolute", () => {
    expect(displayPath("/r/course", "/r/course")).toBe("/r/course");
    expect(displayPath("/r", "/r/course")).toBe("/r");
    expect(displayPath("/r/other/a.md", "/r/course")).toBe("/r/other/a.md");
  });

  test('a folder whose name starts with ".." is inside, shown relative', () => {
    expect(displayPath("/r/course/..notes/a.md", "/r/course")).toBe("..notes/a.md");
  });

  test("without a directory given, the process's working directory is used", () => {
    expect(displayPath(`${process.cwd()}/x/y.yaml`)).toBe("x/y.yaml");
  });
});
