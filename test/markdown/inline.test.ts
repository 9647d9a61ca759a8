// Inline markdown values are read as a table cell reads them; plain text skips the parser, and
// must come out exactly as the parser would give it.
import fc from "fast-check";
import type { Table } from "mdast";
import { beforeAll, describe, expect, test } from "vitest";
import { parseInlineCells } from "../../src/markdown/inline.js";
import { loadMarkdown } from "../../src/markdown/lazy.js";
import { parseMarkdown } from "../../src/markdown/markdown.js";

// The CLI loads remark when a render first needs it; these tests call the render core directly.
beforeAll(loadMarkdown);

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

  test("each character that can open a construct, and www. in any case, sends the value to the parser", () => {
    const text = (value: string) => [{ type: "text", value }];
    const link = (url: string, label: string) => [
      { type: "link", title: null, url, children: [{ type: "text", value: label }] },
    ];
    const values = [
      "a\\.b",
      "`a`",
      "*a*",
      "_a_",
      "<b>",
      "&amp;",
      "~~a~~",
      "https://a.bc",
      "a@b.co",
      "WWW.a.bc",
    ];
    expect(parseInlineCells(values)).toEqual([
      text("a.b"),
      [{ type: "inlineCode", value: "a" }],
      [{ type: "emphasis", children: [{ type: "text", value: "a" }] }],
      [{ type: "emphasis", children: [{ type: "text", value: "a" }] }],
      [{ type: "html", value: "<b>" }],
      text("&"),
      [{ type: "delete", children: [{ type: "text", value: "a" }] }],
      link("https://a.bc", "https://a.bc"),
      link("mailto:a@b.co", "a@b.co"),
      link("http://WWW.a.bc", "WWW.a.bc"),
    ]);
  });

  test("a | after an even run of backslashes is escaped, after an odd run it already is", () => {
    expect(parseInlineCells(["a \\\\| b", "a \\\\\\| b", "a \\\\ | b"])).toEqual([
      [{ type: "text", value: "a \\| b" }],
      [{ type: "text", value: "a \\| b" }],
      [{ type: "text", value: "a \\ | b" }],
    ]);
  });

  test("a value with a line break (validation refuses it) cannot be one cell: a bug, said as such", () => {
    for (const values of [["*a*\nb"], ["*a*", "`b`\nc"]]) {
      expect(() => parseInlineCells(values)).toThrow(
        new Error("parseInlineCells: the values did not parse as one table row each"),
      );
    }
  });

  test("plain text skips the parser and gives what the parser gives", () => {
    const char = fc.constantFrom(
      ..."aZ 0 1.-+#=()>/'\"?,;:&%$^{}引号".split(""),
      "www.",
      "http",
      "https://a.b",
      "&amp;",
      "&#38;",
      "\t",
    );
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
