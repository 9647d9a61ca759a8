// Inline markdown values are read as a table cell reads them; plain text skips the parser, and
// must come out exactly as the parser would give it.
import fc from "fast-check";
import type { Table } from "mdast";
import { describe, expect, test } from "vitest";
import { parseInlineCells } from "../../src/markdown/inline.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

/** The cell's content as micromark reads `| value |` in a table, positions dropped. */
function parsedCell(value: string): unknown {
  const table = parseMarkdown(`| x |\n| - |\n| ${value.trim()} |`).children[0] as Table;
  const children = table.children[1]?.children[0]?.children ?? [];
  return JSON.parse(JSON.stringify(children, (key, v) => (key === "position" ? undefined : v)));
}

describe("parseInlineCells", () => {
  test("rich values become mdast; plain ones one text node; empty ones nothing", () => {
    expect(parseInlineCells(["**b** [l](u)", "  plain  text ", "", "a_b"])).toEqual([
      [
        { type: "strong", children: [{ type: "text", value: "b" }] },
        { type: "text", value: " " },
        { type: "link", title: null, url: "u", children: [{ type: "text", value: "l" }] },
      ],
      [{ type: "text", value: "plain  text" }],
      [],
      [{ type: "text", value: "a_b" }],
    ]);
  });

  test("a bare | stays inside its cell; an escaped one is left as written", () => {
    expect(parseInlineCells(["a | b", "c \\| d"])).toEqual([
      [{ type: "text", value: "a | b" }],
      [{ type: "text", value: "c | d" }],
    ]);
  });

  test("plain text skips the parser and gives what the parser gives", () => {
    const char = fc.constantFrom(..."aZ 0 1.-+#=()>/'\"?,;%$^{}引号".split(""), "www.", "http", "\t");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 20 }), (chars) => {
        const value = chars.join("");
        expect(parseInlineCells([value])[0]).toEqual(parsedCell(value));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  test("any one-line values parse as one cell each, however they open or close constructs", () => {
    const char = fc.constantFrom(
      ..."<!-- -->`*_[]()!|\\&#;>x:/\t".split(""),
      "<pre>",
      "```",
      "<![CDATA[",
      "&amp;",
      "www.a.b",
    );
    const value = fc.array(char, { maxLength: 15 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        expect(parseInlineCells(values)).toHaveLength(values.length);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
