// Where a README link goes in the catalog: http(s) URLs as written, paths as ./path from the
// repository's top; anything the catalog cannot hold (another scheme, a fragment, a path leaving
// the repository) is undefined, so the cell is kept verbatim instead.
import { describe, expect, test } from "vitest";
import { catalogLink } from "../../src/import/links.js";

describe("catalogLink", () => {
  test("http(s) URLs are kept exactly as written", () => {
    expect(catalogLink("https://x.org/a?b=1#c", "/r/docs", "/r")).toBe("https://x.org/a?b=1#c");
    expect(catalogLink("http://x.org", "/r", "/r")).toBe("http://x.org");
    expect(catalogLink("HTTPS://X.org/a", "/r", "/r")).toBeUndefined();
  });

  test("a URL with no host, another scheme, a fragment, a protocol-relative URL, nothing or spaces is not a catalog link", () => {
    for (const url of [
      "https://",
      "https:///a",
      "mailto:a@b.c",
      "ftp://x.org/a",
      "javascript:alert(1)",
      "C:x",
      "#intro",
      "//x.org/a",
      "",
      "a b.md",
      "a\tb",
    ]) {
      expect({ url, link: catalogLink(url, "/r", "/r") }).toEqual({ url, link: undefined });
    }
  });

  test("a relative path is stored from the repository's top, whatever folder the README is in", () => {
    expect(catalogLink("slides/1.pdf", "/r", "/r")).toBe("./slides/1.pdf");
    expect(catalogLink("./slides/1.pdf", "/r/docs", "/r")).toBe("./docs/slides/1.pdf");
    expect(catalogLink("../code/a.py", "/r/docs/week1", "/r")).toBe("./docs/code/a.py");
    expect(catalogLink("a%20b.md", "/r", "/r")).toBe("./a%20b.md");
  });

  test("a path from the root (/x) starts at the repository's top, not the file system's", () => {
    expect(catalogLink("/code/a.py", "/r/docs", "/r")).toBe("./code/a.py");
    expect(catalogLink("/", "/r/docs", "/r")).toBe("./");
  });

  test("a folder keeps its trailing slash; the repository's top is ./", () => {
    expect(catalogLink("./week1/", "/r", "/r")).toBe("./week1/");
    expect(catalogLink("week1", "/r", "/r")).toBe("./week1");
    expect(catalogLink("./", "/r", "/r")).toBe("./");
    expect(catalogLink(".", "/r", "/r")).toBe("./");
    expect(catalogLink("../", "/r/docs", "/r")).toBe("./");
  });

  test("a path leaving the repository is not a catalog link (never ./../x)", () => {
    expect(catalogLink("../x", "/r", "/r")).toBeUndefined();
    expect(catalogLink("..", "/r", "/r")).toBeUndefined();
    expect(catalogLink("../../x", "/r/docs", "/r")).toBeUndefined();
    expect(catalogLink("/../x", "/r", "/r")).toBeUndefined();
    expect(catalogLink("../r2/x", "/r", "/r")).toBeUndefined();
    expect(catalogLink("..foo/x", "/r", "/r")).toBe("./..foo/x");
  });
});
