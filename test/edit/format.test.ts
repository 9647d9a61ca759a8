import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LECTURE_ORDER, TOP_LEVEL_ORDER } from "../../src/catalog/key-order.js";
import { assertNothingLost, FormatLossError, formatCatalog, isCanonical } from "../../src/edit/format.js";
import { commentsOf } from "../../src/edit/style.js";
import { InputError } from "../../src/util/errors.js";
import { type CatalogCase, catalogArb, catalogText } from "../helpers/catalog-arb.js";
import { expectedFile, ROOT } from "../helpers/cli.js";

const FIXTURES = path.join(ROOT, "test/fixtures/fmt");

describe("fmt fixtures (input.yaml → expected.yaml; a case named fix-* or fix runs with --fix)", () => {
  const cases = readdirSync(FIXTURES).sort();
  it("has the cases", () => {
    expect(cases).toEqual(["commented", "fix", "styles", "v2"]);
  });
  it.each(cases)("%s", (name) => {
    const input = readFileSync(path.join(FIXTURES, name, "input.yaml"), "utf8");
    const { text } = formatCatalog(input, { fix: name.startsWith("fix") });
    expect(text).toBe(expectedFile(path.join(FIXTURES, name, "expected.yaml"), text));
    // Every comment is still there, word for word, and the result is a fixed point.
    expect(commentsOf(text).sort()).toEqual(commentsOf(input).sort());
    expect(formatCatalog(text).text).toBe(text);
  });
});

describe("formatCatalog", () => {
  it("leaves the embedded catalog.yaml byte for byte as it is", () => {
    const text = readFileSync(path.join(ROOT, "catalog.yaml"), "utf8");
    expect(formatCatalog(text)).toEqual({ text, fixes: [] });
    expect(isCanonical(text)).toBe(true);
  });

  it("puts the top level and every lecture in canonical order and keeps the modeline first", () => {
    const input = [
      "# yaml-language-server: $schema=./catalog.schema.json",
      "lectures:",
      "  - review: ./r.md",
      "    title: T",
      "    number: 1",
      "table:",
      "  link: link",
      "course:",
      "  title: C",
      "",
    ].join("\n");
    expect(formatCatalog(input).text).toBe(
      [
        "# yaml-language-server: $schema=./catalog.schema.json",
        "",
        "course:",
        "  title: C",
        "table:",
        "  link: link",
        "lectures:",
        "  - number: 1",
        "    title: T",
        "    review: ./r.md",
        "",
      ].join("\n"),
    );
  });

  it("keeps a comment written above a key after a nested map above that key, not inside the map", () => {
    const text = [
      "course:",
      "  repository:",
      "    url: https://github.com/o/r",
      "    # about the repository",
      "  # about the locales",
      "  locales: [ zh, en ]",
      "lectures: []",
      "",
    ].join("\n");
    expect(formatCatalog(text).text).toBe(text);
    // Two levels up: the comment stays above the top-level key, which moves with it.
    const top = [
      "lectures: []",
      "course:",
      "  repository:",
      "    url: https://github.com/o/r",
      "    # about the repository",
      "# about the outputs",
      "outputs: []",
      "",
    ].join("\n");
    expect(formatCatalog(top).text).toBe(
      [
        "course:",
        "  repository:",
        "    url: https://github.com/o/r",
        "    # about the repository",
        "# about the outputs",
        "outputs: []",
        "lectures: []",
        "",
      ].join("\n"),
    );
  });

  it("moves the schema modeline to the first line, where editors read it", () => {
    const input = "# The course.\n# yaml-language-server: $schema=./catalog.schema.json\n\nlectures: []\n";
    expect(formatCatalog(input).text).toBe(
      "# yaml-language-server: $schema=./catalog.schema.json\n# The course.\n\nlectures: []\n",
    );
    const attached = "# The course.\n# yaml-language-server: $schema=./catalog.schema.json\nlectures: []\n";
    expect(formatCatalog(attached).text).toBe(
      "# yaml-language-server: $schema=./catalog.schema.json\n# The course.\nlectures: []\n",
    );
  });

  it("keeps CRLF line endings and a byte order mark", () => {
    const input = "\uFEFFlectures:\r\n  - title: T # t\r\n    number: 1\r\ncourse: {}\r\n";
    expect(formatCatalog(input).text).toBe(
      "\uFEFFcourse: {}\r\nlectures:\r\n  - number: 1\r\n    title: T # t\r\n",
    );
  });

  it("removes tracking parameters only with fix, and says where", () => {
    const input =
      "lectures:\n  - number: 1\n    title: T\n    video: https://youtu.be/abcdefghijk?si=Q&t=3\n";
    expect(formatCatalog(input).text).toBe(input);
    expect(formatCatalog(input, { fix: true })).toEqual({
      text: "lectures:\n  - number: 1\n    title: T\n    video: https://youtu.be/abcdefghijk?t=3\n",
      fixes: [{ line: 4, col: 12, where: "lecture 1 video", message: "tracking parameters removed (si)" }],
    });
  });

  it("moves a link to the field its site says, when that field is free, comments and all", () => {
    const input = [
      "lectures:",
      "  - number: 23",
      "    title: T",
      "    # the article went into the wrong column",
      "    code: https://mp.weixin.qq.com/s/7DvoB6Y27jaT0T85dJ7L-w # review",
      "    video: https://www.bilibili.com/video/BV1if421X7jB/",
      "",
    ].join("\n");
    expect(formatCatalog(input, { fix: true })).toEqual({
      text: [
        "lectures:",
        "  - number: 23",
        "    title: T",
        "    video: https://www.bilibili.com/video/BV1if421X7jB/",
        "    # the article went into the wrong column",
        "    review: https://mp.weixin.qq.com/s/7DvoB6Y27jaT0T85dJ7L-w # review",
        "",
      ].join("\n"),
      fixes: [
        {
          line: 5,
          col: 5,
          where: "lecture 23 code",
          message: "link moved to review, where its site says it belongs",
        },
      ],
    });
  });

  it("swaps two links that sit in each other's field", () => {
    const input =
      "lectures:\n  - number: 1\n    title: T\n    video: https://github.com/o/r\n    code: https://youtu.be/abcdefghijk\n";
    const { text, fixes } = formatCatalog(input, { fix: true });
    expect(text).toBe(
      "lectures:\n  - number: 1\n    title: T\n    video: https://youtu.be/abcdefghijk\n    code: https://github.com/o/r\n",
    );
    expect(fixes.map((f) => `${f.where}: ${f.message}`)).toEqual([
      "lecture 1 video: link moved to code, where its site says it belongs",
      "lecture 1 code: link moved to video, where its site says it belongs",
    ]);
  });

  it.each([
    ["the target field holds a placeholder", "    code: https://zhihu.com/p/1\n    review: pending\n"],
    [
      "the target field holds a link of its own kind",
      "    code: https://zhihu.com/p/1\n    review: https://zhihu.com/p/2\n",
    ],
    [
      "the parts disagree",
      "    code:\n      - { label: a, url: https://zhihu.com/p/1 }\n      - { label: b, url: https://github.com/o/r }\n",
    ],
    ["the site says nothing", "    code: https://example.org/notes\n"],
    ["a markdown file in a repository may be either", "    code: ./notes/1.md\n"],
  ])("moves nothing when %s", (_, fields) => {
    const input = `lectures:\n  - number: 1\n    title: T\n${fields}`;
    expect(formatCatalog(input, { fix: true })).toEqual({ text: input, fixes: [] });
  });

  it("fixes the seed catalog's misplaced review and its tracking parameters, nothing else", () => {
    const input = readFileSync(path.join(ROOT, "test/fixtures/lint/seed/catalog.yaml"), "utf8");
    const { fixes } = formatCatalog(input, { fix: true });
    expect(fixes.filter((f) => f.message.startsWith("link moved"))).toEqual([
      {
        line: 182,
        col: 5,
        where: "lecture 23 code",
        message: "link moved to review, where its site says it belongs",
      },
    ]);
    expect(fixes.every((f) => f.message.startsWith("link moved") || f.message.startsWith("tracking"))).toBe(
      true,
    );
  });

  it("names each fix by the field it was made in; text fields stay as written", () => {
    const input = [
      "lectures:",
      "  - number: 1",
      "    title: https://example.org/?utm_source=x",
      "    code: https://zhihu.com/p/1?utm_source=x",
      "",
    ].join("\n");
    const { text, fixes } = formatCatalog(input, { fix: true });
    expect(text).toBe(
      "lectures:\n  - number: 1\n    title: https://example.org/?utm_source=x\n    review: https://zhihu.com/p/1\n",
    );
    expect(fixes).toEqual([
      {
        line: 4,
        col: 5,
        where: "lecture 1 code",
        message: "link moved to review, where its site says it belongs",
      },
      { line: 4, col: 11, where: "lecture 1 code", message: "tracking parameters removed (utm_source)" },
    ]);
  });

  it("names a lecture by its id, else its label, else its number", () => {
    const url = "https://example.org/?utm_source=x";
    const input = `lectures:\n  - { id: intro, number: 1, video: "${url}" }\n  - { label: HW1, code: "${url}" }\n`;
    expect(formatCatalog(input, { fix: true }).fixes.map((f) => f.where)).toEqual([
      "lecture intro video",
      "lecture HW1 code",
    ]);
  });

  it("refuses YAML it cannot read, with yaml's first error", () => {
    expect(() => formatCatalog("a: [1\n")).toThrow(/^not valid YAML: Flow sequence in block collection/);
    expect(() => formatCatalog("a: 1\na: 2\n")).toThrow(/^not valid YAML: Map keys must be unique/);
  });

  it("tells a canonical text from one that is not", () => {
    expect(isCanonical("zeta: 1\nalpha: 2\n")).toBe(true);
    expect(isCanonical("lectures: []\ncourse: {}\n")).toBe(false);
  });

  it("refuses to put an alias before its anchor, rather than fail", () => {
    const input = "lectures:\n  - number: 1\n    review: &r ./r.md\n    title: *r\n";
    expect(() => formatCatalog(input)).toThrow(
      /^cannot put the catalog in canonical order: the alias \*r would come before its anchor &r; nothing was written\n/,
    );
  });

  it("names an alias of a longer name in full when it would come before its anchor", () => {
    const input = "lectures:\n  - number: 1\n    review: &review-page ./r.md\n    title: *review-page\n";
    expect(() => formatCatalog(input)).toThrow(
      new InputError(
        "cannot put the catalog in canonical order: the alias *review-page would come before its anchor &review-page; nothing was written\n  hint: write the value out in place of the alias, or move the anchor to where canonical order puts it first",
      ),
    );
  });

  it("takes a second pass when the first text reads back with a comment in another place", () => {
    // The first pass writes `# b` at column 1 after a blank line below `table`; yaml reads that back
    // as `table`'s closing comment, so the text that reads back as itself has it indented.
    const input = "table:\n  link: link\n  # a\ncourse:\n  title: C\n# b\n";
    const { text } = formatCatalog(input);
    expect(text).toBe("course:\n  title: C\ntable:\n  link: link\n  # a\n\n  # b\n");
    expect(formatCatalog(text).text).toBe(text);
  });

  it("formats a catalog that uses one anchor more than 100 times (yaml's default alias limit)", () => {
    const lectures = Array.from({ length: 101 }, (_, i) => `  - number: ${i + 1}\n    author: *me\n`).join(
      "",
    );
    const input = `course:\n  title: &me Jane\nlectures:\n${lectures}`;
    expect(formatCatalog(input).text).toBe(input);
  });

  it("keeps aliases that still follow their anchors", () => {
    const input = "course: { title: &t C }\nlectures:\n  - title: *t\n    number: 1\n";
    expect(formatCatalog(input).text).toBe(
      "course: { title: &t C }\nlectures:\n  - number: 1\n    title: *t\n",
    );
  });
});

describe("the guard against loss (yaml keeps every comment known; this catches the unknown)", () => {
  it("passes a text with the same data and comments", () => {
    expect(() => assertNothingLost("b: 1 # x\na: 2\n", "a: 2\nb: 1 # x\n", { a: 2, b: 1 })).not.toThrow();
  });

  it("refuses a text that lost a comment, naming it and its line", () => {
    expect(() => assertNothingLost("a: 1\n# x\nb: 2\n", "a: 1\nb: 2\n", { a: 1, b: 2 })).toThrow(
      new FormatLossError('the comment "# x" (line 2) would not be kept'),
    );
  });

  it("refuses a text that yaml reads with errors, even when its data reads the same", () => {
    expect(() => assertNothingLost("a: 1\n", "a: 1\na: 1\n", { a: 1 })).toThrow(
      new FormatLossError("the formatted catalog would not hold the same data"),
    );
  });

  it("refuses a text that gained a comment (the counts differ), and is a FormatLossError", () => {
    let thrown: unknown;
    try {
      assertNothingLost("a: 1\n", "a: 1 # new\n", { a: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FormatLossError);
    expect((thrown as Error).name).toBe("FormatLossError");
    expect((thrown as Error).message).toBe(
      'fmt would lose something: the comment "" would not be kept; nothing was written',
    );
  });

  it("refuses a text whose comment was replaced by another, naming the one lost", () => {
    expect(() => assertNothingLost("a: 1\nb: 2 # x\n", "a: 1\nb: 2 # y\n", { a: 1, b: 2 })).toThrow(
      new FormatLossError('the comment "# x" (line 2) would not be kept'),
    );
  });

  it("names no line for a gained comment, even when a line holds the word undefined", () => {
    expect(() => assertNothingLost("a: undefined\n", "a: undefined # new\n", { a: "undefined" })).toThrow(
      new FormatLossError('the comment "" would not be kept'),
    );
  });

  it("refuses a text whose data differs", () => {
    expect(() => assertNothingLost("a: 1\n", "a: 2\n", { a: 1 })).toThrow(/would not hold the same data/);
  });
});

function keyOrder(text: string): { top: string[]; lectures: string[][] } {
  const data = parse(text) as Record<string, unknown> & { lectures: Record<string, unknown>[] };
  return { top: Object.keys(data), lectures: data.lectures.map((l) => Object.keys(l)) };
}

function canonicalRank(order: string[]) {
  return (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
}
function isSortedBy(keys: string[], rank: (key: string) => number): boolean {
  return keys.every((key, i) => i === 0 || rank(keys[i - 1] as string) <= rank(key));
}

describe("fmt properties (fast-check over key orders, comments and blank lines)", () => {
  it("is idempotent, keeps the data and every comment, and orders every key", () => {
    fc.assert(
      fc.property(catalogArb, (c) => {
        const input = catalogText(c as CatalogCase);
        const { text } = formatCatalog(input);
        expect(formatCatalog(text).text).toBe(text);
        expect(parse(text)).toEqual(parse(input));
        expect(commentsOf(text).sort()).toEqual(commentsOf(input).sort());
        const order = keyOrder(text);
        expect(isSortedBy(order.top, canonicalRank(TOP_LEVEL_ORDER))).toBe(true);
        for (const keys of order.lectures) expect(isSortedBy(keys, canonicalRank(LECTURE_ORDER))).toBe(true);
        // Custom fields keep their order among themselves.
        const customs = keyOrder(input).lectures.map((keys) =>
          keys.filter((k) => !LECTURE_ORDER.includes(k)),
        );
        expect(order.lectures.map((keys) => keys.filter((k) => !LECTURE_ORDER.includes(k)))).toEqual(customs);
        if (c.header)
          expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./catalog.schema.json");
      }),
      { numRuns: 300 },
    );
    // 300 catalogs: about 20 s on a loaded 2-core machine, over the suite's default limit.
  }, 60_000);

  it("formats a CRLF catalog to the CRLF form of what its LF form formats to", () => {
    fc.assert(
      fc.property(catalogArb, (c) => {
        const lf = catalogText(c as CatalogCase);
        const crlf = lf.replaceAll("\n", "\r\n");
        expect(formatCatalog(crlf).text).toBe(formatCatalog(lf).text.replaceAll("\n", "\r\n"));
      }),
      { numRuns: 30 },
    );
  });

  it("gives one text for every order of the same keys (no comments, no blank lines)", () => {
    const plain = { above: undefined, after: undefined, blank: false };
    fc.assert(
      fc.property(catalogArb, (c) => {
        const bare: CatalogCase = {
          header: false,
          top: c.top,
          decorations: c.decorations.map(() => plain),
          lectures: c.lectures.map(([keys]) => [keys, keys.map(() => plain)]),
        };
        const sorted: CatalogCase = {
          ...bare,
          top: [...bare.top].sort(
            (a, b) => canonicalRank(TOP_LEVEL_ORDER)(a) - canonicalRank(TOP_LEVEL_ORDER)(b),
          ),
          lectures: bare.lectures.map(([keys, d]) => [
            [...keys].sort((a, b) => canonicalRank(LECTURE_ORDER)(a) - canonicalRank(LECTURE_ORDER)(b)),
            d,
          ]),
        };
        expect(formatCatalog(catalogText(bare)).text).toBe(catalogText(sorted));
      }),
      { numRuns: 200 },
    );
  });
});
