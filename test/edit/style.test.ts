// How fmt writes a catalog back (src/edit/style.ts): line endings and byte order mark as read,
// and the comments of a text as its YAML lexer sees them.
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { commentsOf, writeDocument } from "../../src/edit/style.js";

const written = (text: string) => writeDocument(parseDocument(text), text);

describe("writeDocument", () => {
  it("writes CRLF only when every line of the original ends in CRLF", () => {
    expect(written("a: 1\r\nb: 2\r\n")).toBe("a: 1\r\nb: 2\r\n");
    expect(written("a: 1\r\nb: 2\n")).toBe("a: 1\nb: 2\n");
    // A bare line feed as the very first byte counts too.
    expect(written("\na: 1\r\nb: 2\r\n")).toBe("a: 1\nb: 2\n");
  });

  it("writes a comment of several CRLF lines with one line break per line", () => {
    const text = "a:\r\n  b: 1\r\n  # x\r\n  # y\r\nc: 2\r\n";
    expect(written(text)).toBe(text);
  });

  it("keeps a byte order mark, and adds none", () => {
    expect(written("\uFEFFa: 1\n")).toBe("\uFEFFa: 1\n");
    expect(written("a: 1\n")).toBe("a: 1\n");
  });

  it("never folds a long line, indents nested lists and pads flow collections", () => {
    const long = `https://example.org/${"x".repeat(120)}`;
    expect(written(`a: ${long}\nb:\n- 1\nc: {d: 1}\n`)).toBe(`a: ${long}\nb:\n  - 1\nc: { d: 1 }\n`);
  });
});

describe("commentsOf", () => {
  it("lists every comment in order, trailing white space trimmed, and no # inside a string", () => {
    expect(commentsOf('a: 1 # x  \n# y\t\nb: "# no"\nc: [1, 2] # z\n')).toEqual(["# x", "# y", "# z"]);
  });
});
