// URLs in raw HTML (<img src>, <a href>): the attribute, the URL as written, and where each begins,
// so link reports and rebasing point at the right byte.
import { describe, expect, test } from "vitest";
import { htmlUrls } from "../../src/markdown/html-urls.js";

describe("htmlUrls", () => {
  test("every src and href with the URL's offset and the attribute's offset", () => {
    const html = '<a href="./a.md"><img src="b.png"></a>';
    expect(htmlUrls(html)).toEqual([
      { attribute: "href", url: "./a.md", offset: 9, attributeOffset: 3 },
      { attribute: "src", url: "b.png", offset: 27, attributeOffset: 22 },
    ]);
    expect(html.slice(9, 15)).toBe("./a.md");
    expect(html.slice(27, 32)).toBe("b.png");
  });

  test("attribute names in any case, single quotes, and spaces around the equals sign", () => {
    expect(htmlUrls("<IMG SRC = 'x.png'>")).toEqual([
      { attribute: "src", url: "x.png", offset: 12, attributeOffset: 5 },
    ]);
    expect(htmlUrls('<A HREF="y">')).toEqual([
      { attribute: "href", url: "y", offset: 9, attributeOffset: 3 },
    ]);
  });

  test("a quote of the other kind stays inside the URL; the value ends at its own quote", () => {
    expect(htmlUrls(`<a href="it's.md" title="t">`).map((u) => u.url)).toEqual(["it's.md"]);
    expect(htmlUrls(`<a href='say "hi".md'>`).map((u) => u.url)).toEqual(['say "hi".md']);
  });

  test("the URL's offset is its own, even when the attribute's name is written inside it", () => {
    expect(htmlUrls('<a href="href">')).toEqual([
      { attribute: "href", url: "href", offset: 9, attributeOffset: 3 },
    ]);
  });

  test("only whole attribute names: xsrc= and hrefs= are not URLs, an unquoted value is not read", () => {
    expect(htmlUrls('<x xsrc="a" hrefs="b" href=c>')).toEqual([]);
  });

  test("no attributes, no URLs; an empty value is an empty URL placed just after its closing quote", () => {
    expect(htmlUrls("<br/>")).toEqual([]);
    expect(htmlUrls('<a href="">')).toEqual([{ attribute: "href", url: "", offset: 10, attributeOffset: 3 }]);
  });
});
