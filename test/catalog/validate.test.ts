// Each schema rule's message, place and hint, exactly as a maintainer reads them: one test per
// branch of validate.ts that turns a zod issue into the catalog's words.
import { describe, expect, test } from "vitest";
import { validateWithPositions } from "../../src/catalog/validate.js";
import { formatProblem } from "../../src/util/problem.js";
import { plain } from "../helpers/problems.js";

function problems(text: string): string[] {
  const result = validateWithPositions(text, "catalog.yaml");
  expect(result.catalog).toBeUndefined();
  return result.diagnostics.map(formatProblem);
}

const lecture = (extra: string) => `lectures:\n  - number: 1\n    title: A\n${extra}`;

describe("link cells", () => {
  test.each([
    ["a number", "    video: 42\n"],
    ["true", "    video: true\n"],
  ])("a cell that is %s is neither a link nor a list of parts, reported once", (_, cell) => {
    expect(problems(lecture(cell))).toEqual([
      'catalog.yaml:4:12: error: lecture 1: "video" is neither a link nor a list of links [bad-link]\n' +
        '  hint: write a URL, a ./path, "unavailable", "pending", a {label, url} mapping or a list of them',
    ]);
  });

  test("a mapping is one link, and its url is checked like any link", () => {
    const valid = validateWithPositions(lecture("    video: { label: Watch, url: https://x.org/v }\n"), "x");
    expect(valid.catalog?.lectures[0]?.video).toEqual({ label: "Watch", url: "https://x.org/v" });
    expect(problems(lecture("    video: { url: x }\n"))).toEqual([
      'catalog.yaml:4:19: error: lecture 1: "url" is not a link: "x" [bad-link]\n' +
        '  hint: paths inside the course repository start with ./ (write "./x")',
    ]);
  });

  test("a bad part of a list is reported at its url, not as a union failure", () => {
    expect(problems(lecture("    video:\n      - label: 上\n        url: nope\n"))).toEqual([
      'catalog.yaml:6:14: error: lecture 1: "url" is not a link: "nope" [bad-link]\n' +
        '  hint: paths inside the course repository start with ./ (write "./nope")',
    ]);
  });

  test("a part marked unavailable is told to mark the whole cell instead", () => {
    expect(problems(lecture("    code:\n      - label: a\n        url: unavailable\n"))).toEqual([
      'catalog.yaml:6:14: error: lecture 1: a labelled part needs a link, got "unavailable" [bad-link]\n' +
        "  hint: mark the whole cell as unavailable instead of one part",
    ]);
  });

  test("a misspelt state is suggested; an absolute path is told to start with ./", () => {
    expect(problems(lecture("    code: unavailble\n    review: /abs/x\n"))).toEqual([
      'catalog.yaml:4:11: error: lecture 1: "code" is not a link: "unavailble" [bad-link]\n' +
        '  hint: did you mean "unavailable"?',
      'catalog.yaml:5:13: error: lecture 1: "review" is not a link: "/abs/x" [bad-link]\n' +
        '  hint: paths inside the course repository start with ./ (write "./abs/x")',
    ]);
  });

  test("http:/ has no host; white space is caught in upper-case HTTPS too; any scheme but http(s) is named", () => {
    expect(
      problems(
        lecture("    video: http:/\n    code: HTTPS://a.example/x y\n    review: FTP://a.example/x\n"),
      ),
    ).toEqual([
      'catalog.yaml:4:12: error: lecture 1: "video" is not a link: "http:/" [bad-link]\n  hint: the URL has no host',
      'catalog.yaml:5:11: error: lecture 1: "code" URL contains white space [bad-link]\n' +
        "  hint: encode spaces as %20, or remove the stray text",
      'catalog.yaml:6:13: error: lecture 1: "review" uses the FTP: scheme, which is not allowed [bad-link]\n' +
        "  hint: links must be http(s) URLs or ./paths inside the course repository",
    ]);
  });

  test("a long value is quoted cut at 57 characters with ...", () => {
    const value = "y".repeat(80);
    expect(problems(lecture(`    video: ${value}\n`))).toEqual([
      `catalog.yaml:4:12: error: lecture 1: "video" is not a link: "${"y".repeat(57)}..." [bad-link]\n` +
        `  hint: paths inside the course repository start with ./ (write "./${value}")`,
    ]);
    const sixty = "z".repeat(60);
    expect(problems(lecture(`    video: ${sixty}\n`))[0]).toContain(`is not a link: "${sixty}" [bad-link]`);
  });

  test("an empty or blank label is empty; a label key misspelt is suggested", () => {
    expect(
      problems(
        lecture(
          "    video:\n      - label: '  '\n        url: https://a.example/\n" +
            "    code:\n      - lable: 上\n        url: https://a.example/c\n",
        ),
      ),
    ).toEqual([
      'catalog.yaml:5:16: error: lecture 1: "label" must not be empty [empty-field]\n' +
        "  hint: write the label, or remove the key if it is optional",
      'catalog.yaml:8:9: error: lecture 1: unknown key "lable" [unknown-key]\n  hint: did you mean "label"?',
    ]);
  });
});

describe("types", () => {
  test("a list where a mapping belongs: the hint says how a mapping is written", () => {
    expect(problems("course: [a]\nlectures: []\n")).toEqual([
      'catalog.yaml:1:9: error: "course" must be a mapping (key: value), got a list [wrong-type]\n' +
        "  hint: write key: value pairs, indented under this key",
    ]);
  });

  test("an empty value is nothing (null) and asks for text; true is told to be quoted", () => {
    expect(problems("lectures:\n  - number: 1\n    title:\n  - number: 2\n    title: true\n")).toEqual([
      'catalog.yaml:3:11: error: lecture 1: "title" must be text, got nothing (null) [wrong-type]\n' +
        "  hint: write text here",
      'catalog.yaml:5:12: error: lecture 2: "title" must be text, got boolean true [wrong-type]\n' +
        '  hint: quote it: "true"',
    ]);
  });

  test("a fractional season asks for a whole number", () => {
    expect(problems("lectures:\n  - number: 1\n    season: 1.5\n    title: A\n")).toEqual([
      'catalog.yaml:3:13: error: lecture 1: "season" must be a whole number, got number 1.5 [wrong-type]\n' +
        "  hint: use a whole number such as 12",
    ]);
  });

  test("a header value must be text, named by its header", () => {
    expect(problems("links:\n  hosts:\n    example.org:\n      headers: { X: 1 }\nlectures: []\n")).toEqual([
      'catalog.yaml:4:21: error: "X" must be text, got number 1 [wrong-type]\n  hint: quote it: "1"',
    ]);
  });

  test("an empty document misses lectures, at 1:1", () => {
    expect(problems("~\n")).toEqual([
      'catalog.yaml:1:1: error: missing required field "lectures" [missing-field]\n  hint: add "lectures:" here',
    ]);
  });

  test("a verdict that is not text lists the allowed values without a suggestion", () => {
    expect(problems("links:\n  fail: [1]\nlectures: []\n")).toEqual([
      'catalog.yaml:2:10: error: "fail" must be one of broken, unverifiable, got number 1 [bad-value]\n' +
        "  hint: use one of broken, unverifiable",
    ]);
  });
});

describe("numbers out of range", () => {
  test("a setting beyond 2^53 is too large, with the general hint", () => {
    expect(problems("links:\n  timeouts:\n    connect: 1e400\nlectures: []\n")).toEqual([
      "catalog.yaml:3:14: error: connect 1e400 is too large [out-of-range]\n" +
        "  hint: write a number between 0 and 9007199254740991",
    ]);
  });

  test('"positive" is said as "at least 1", with the setting\'s own hint', () => {
    expect(problems("links:\n  bodyCap: 0\nlectures: []\n")).toEqual([
      'catalog.yaml:2:12: error: "bodyCap" must be at least 1, got number 0 [out-of-range]\n' +
        "  hint: write a number at least 1",
    ]);
  });

  test("a lecture whose number cannot be shown exactly is named by its place (#1)", () => {
    expect(problems("lectures:\n  - number: 1e30\n    title: A\n    video: pendng\n")).toEqual([
      "catalog.yaml:2:13: error: lecture number 1e30 is too large [out-of-range]\n" +
        "  hint: lecture numbers count from 0",
      'catalog.yaml:4:12: error: lecture #1: "video" is not a link: "pendng" [bad-link]\n' +
        '  hint: did you mean "pending"?',
    ]);
  });
});

describe("unknown keys deeper in the settings", () => {
  test("under a host and under placeholders, with the nearest known key", () => {
    expect(
      problems(
        "table:\n  placeholders:\n    pendng: x\nlinks:\n  hosts:\n    example.org:\n      concurency: 2\nlectures: []\n",
      ),
    ).toEqual([
      'catalog.yaml:3:5: error: unknown key "pendng" [unknown-key]\n  hint: did you mean "pending"?',
      'catalog.yaml:7:7: error: unknown key "concurency" [unknown-key]\n  hint: did you mean "concurrency"?',
    ]);
  });
});

describe("rules across lectures", () => {
  test("a link repeated in another lecture is a warning at the copy; the catalog is still valid", () => {
    const text =
      "lectures:\n  - number: 1\n    title: A\n    video: https://a.example/x\n" +
      "  - number: 2\n    title: B\n    code: https://a.example/x\n";
    const result = validateWithPositions(text, "catalog.yaml");
    expect(result.catalog?.lectures.map((l) => l.number)).toEqual([1, 2]);
    expect(result.diagnostics.map(formatProblem)).toEqual([
      "catalog.yaml:7:11: warning: lecture 2: code repeats a link [duplicate-link]\n" +
        "  hint: lecture 1 (line 4) links the same URL; a copy-pasted link?",
    ]);
  });

  test("the same link twice in one lecture (video and code) is no warning", () => {
    const text = lecture("    video: https://a.example/x\n    code: https://a.example/x\n");
    const result = validateWithPositions(text, "catalog.yaml");
    expect(result.diagnostics).toEqual([]);
    expect(result.catalog?.lectures[0]?.code).toBe("https://a.example/x");
  });

  test("a number used again later names the line of its first use, not the one between", () => {
    expect(
      problems(
        "lectures:\n  - number: 2\n    title: A\n  - number: 3\n    title: B\n  - number: 2\n    title: C\n",
      ),
    ).toEqual([
      "catalog.yaml:6:13: error: lecture number 2 is used twice [duplicate-number]\n" +
        "  hint: it is already used at line 2; give each lecture its own number",
    ]);
  });
});

describe("control characters", () => {
  test("one written as an escape is reported at the value's start, counting characters of the value", () => {
    expect(problems('lectures:\n  - number: 1\n    title: "A\\x07"\n')).toEqual([
      'catalog.yaml:3:12: error: lecture 1: "title" contains the control character U+0007 (BEL) at character 2 [control-character]\n' +
        "  hint: remove it: control characters are invisible, and git treats a page holding them as binary",
    ]);
  });
});

describe("list items and nested settings", () => {
  test("an item of a list is named by its list, in lectures, parts and settings", () => {
    expect(problems("lectures:\n  - Transformer\n")).toEqual([
      'catalog.yaml:2:5: error: lecture #1: each item of "lectures" must be a mapping (key: value), got "Transformer" [wrong-type]\n' +
        "  hint: write key: value pairs, indented under this key",
    ]);
    expect(problems(lecture("    video:\n      - https://a.example/\n"))).toEqual([
      'catalog.yaml:5:9: error: lecture 1: each item of "video" must be a mapping (key: value), got "https://a.example/" [wrong-type]\n' +
        "  hint: write key: value pairs, indented under this key",
    ]);
    expect(problems('links:\n  accept: ["200"]\nlectures: []\n')).toEqual([
      'catalog.yaml:2:12: error: each item of "accept" must be a number, got "200" [wrong-type]\n' +
        "  hint: remove the quotes",
    ]);
  });

  test("quoted digits with spaces are still told to drop the quotes; other text is asked for a number", () => {
    expect(problems('lectures:\n  - number: " 3"\n    title: A\n  - number: "3a"\n    title: B\n')).toEqual([
      'catalog.yaml:2:13: error: lecture #1: "number" must be a number, got " 3" [wrong-type]\n' +
        "  hint: remove the quotes",
      'catalog.yaml:4:13: error: lecture #2: "number" must be a number, got "3a" [wrong-type]\n' +
        "  hint: write a number here",
    ]);
  });

  test("a host's settings must be a mapping; unknown keys under outputs and timeouts are suggested", () => {
    expect(
      problems(
        "outputs:\n  - path: README.md\n    tmplate: t.md\nlinks:\n  timeouts:\n    conect: 1\n  hosts:\n    a.example: 1\nlectures: []\n",
      ),
    ).toEqual([
      'catalog.yaml:3:5: error: unknown key "tmplate" [unknown-key]\n  hint: did you mean "template"?',
      'catalog.yaml:6:5: error: unknown key "conect" [unknown-key]\n  hint: did you mean "connect"?',
      'catalog.yaml:8:16: error: "a.example" must be a mapping (key: value), got number 1 [wrong-type]\n' +
        "  hint: write key: value pairs, indented under this key",
    ]);
  });

  test("a misspelt key hides only the missing field it stands for", () => {
    expect(problems("lectures:\n  - numbr: 1\n")).toEqual([
      'catalog.yaml:2:5: error: lecture #1: missing required field "title" [missing-field]\n  hint: add "title:" here',
      'catalog.yaml:2:5: error: lecture #1: unknown key "numbr" [unknown-key]\n  hint: did you mean "number"?',
    ]);
  });

  test("a list that must not be empty, a list written as text, and lectures left empty", () => {
    expect(problems("table:\n  columns: []\noutputs: README.md\nlectures:\n")).toEqual([
      'catalog.yaml:2:12: error: "columns" must hold at least 1 item [empty-list]\n  hint: add an item, or remove the key',
      'catalog.yaml:3:10: error: "outputs" must be a list, got "README.md" [wrong-type]\n' +
        '  hint: start each item on its own line with "- "',
      'catalog.yaml:4:10: error: "lectures" must be a list, got nothing (null) [wrong-type]\n' +
        '  hint: start each item on its own line with "- "',
    ]);
  });

  test("a repository URL ending in / is not the repository's address; a bad include pattern is named", () => {
    expect(
      problems(
        'course:\n  repository:\n    url: https://github.com/o/r/\nlinks:\n  include: ["[a"]\nlectures: []\n',
      ),
    ).toEqual([
      'catalog.yaml:3:10: error: "url" must be the https:// address of the repository, got "https://github.com/o/r/" [bad-url]\n' +
        "  hint: write it as https://github.com/OWNER/NAME",
      'catalog.yaml:5:13: error: "include": not a valid regular expression: "[a" [bad-pattern]\n' +
        "  hint: fix the regular expression; escape ( ) [ ] . with a backslash to match them literally",
    ]);
  });
});

describe("numbers at the edge of exactness", () => {
  test("2^53 - 1 is a lecture number shown as written; 2^53 is too large and the lecture is named by place", () => {
    expect(problems('lectures:\n  - number: 9007199254740991\n    title: ""\n')).toEqual([
      'catalog.yaml:3:12: error: lecture 9007199254740991: "title" must not be empty [empty-field]\n' +
        "  hint: write the title, or remove the key if it is optional",
    ]);
    expect(problems('lectures:\n  - number: 9007199254740992\n    title: ""\n')).toEqual([
      "catalog.yaml:2:13: error: lecture number 9007199254740992 is too large [out-of-range]\n" +
        "  hint: lecture numbers count from 0",
      'catalog.yaml:3:12: error: lecture #1: "title" must not be empty [empty-field]\n' +
        "  hint: write the title, or remove the key if it is optional",
    ]);
  });

  test("settings beyond the exact range are too large or too small, with the range in the hint", () => {
    expect(
      problems("links:\n  perHost: 9007199254740992\n  interval: -9007199254740992\nlectures: []\n"),
    ).toEqual([
      "catalog.yaml:2:12: error: perHost 9007199254740992 is too large [out-of-range]\n" +
        "  hint: write a number between 0 and 9007199254740991",
      "catalog.yaml:3:13: error: interval -9007199254740992 is too small [out-of-range]\n" +
        "  hint: write a number between 0 and 9007199254740991",
    ]);
  });

  test("a season below 1 or hugely negative counts from 1", () => {
    expect(
      problems(
        "lectures:\n  - number: 1\n    season: 0\n    title: A\n  - number: 2\n    season: -99999999999999999999\n    title: B\n",
      ),
    ).toEqual([
      'catalog.yaml:3:13: error: lecture 1: "season" must be at least 1, got number 0 [out-of-range]\n' +
        "  hint: seasons count from 1",
      "catalog.yaml:6:13: error: lecture 2: season -99999999999999999999 is too small [out-of-range]\n" +
        "  hint: seasons count from 1",
    ]);
  });

  test("a schema error skips the rules across lectures: refused with that error alone, no duplicate-link warning", () => {
    const result = validateWithPositions(
      "lectures:\n  - number: 1\n    title: A\n    video: https://a.example/x\n" +
        '  - number: 2\n    title: ""\n    video: https://a.example/x\n',
      "catalog.yaml",
    );
    expect(result.catalog).toBeUndefined();
    expect(plain(result.diagnostics).map((d) => `${d.line}:${d.col} ${d.severity} ${d.rule}`)).toEqual([
      "6:12 error empty-field",
    ]);
  });
});

describe("edges of the link and number rules", () => {
  test("a scheme is allowed only when it is exactly http or https", () => {
    expect(problems(lecture("    video: httpx://a.example/\n"))).toEqual([
      'catalog.yaml:4:12: error: lecture 1: "video" uses the httpx: scheme, which is not allowed [bad-link]\n' +
        "  hint: links must be http(s) URLs or ./paths inside the course repository",
    ]);
  });

  test("the no-host hint is for a bare http(s): with at most two slashes, nothing else", () => {
    const hints = (value: string) =>
      problems(lecture(`    video: "${value}"\n`)).map((p) => p.split("\n")[1]);
    expect(hints("https:")).toEqual(["  hint: the URL has no host"]);
    expect(hints("a/https://")).toEqual([
      '  hint: paths inside the course repository start with ./ (write "./a/https://")',
    ]);
    expect(hints("https:/x")).toEqual([
      '  hint: paths inside the course repository start with ./ (write "./https:/x")',
    ]);
    expect(hints("//x/y")).toEqual([
      '  hint: paths inside the course repository start with ./ (write "./x/y")',
    ]);
  });

  test("white space is a URL problem only in a value that starts as a URL", () => {
    expect(problems(lecture('    video: "see https://a.example/ x"\n'))).toEqual([
      'catalog.yaml:4:12: error: lecture 1: "video" is not a link: "see https://a.example/ x" [bad-link]\n' +
        '  hint: paths inside the course repository start with ./ (write "./see https://a.example/ x")',
    ]);
  });

  test("digits after other text are not told to drop the quotes", () => {
    expect(problems('lectures:\n  - number: "a3"\n    title: A\n')[0]?.split("\n")[1]).toBe(
      "  hint: write a number here",
    );
  });

  test("minus infinity is too small, not too large", () => {
    expect(problems("links:\n  interval: -1e400\nlectures: []\n")).toEqual([
      "catalog.yaml:2:13: error: interval -1e400 is too small [out-of-range]\n" +
        "  hint: write a number between 0 and 9007199254740991",
    ]);
  });

  test("a duplicate key does not hide the schema's problems", () => {
    expect(problems("lectures:\n  - number: 1\n    title: A\n    title: B\n    video: nope\n")).toEqual([
      'catalog.yaml:4:5: error: duplicate key "title": a key may appear only once in a mapping [duplicate-key]\n' +
        '  hint: "title" is already set at line 3; remove or rename one of the two',
      'catalog.yaml:5:12: error: lecture 1: "video" is not a link: "nope" [bad-link]\n' +
        '  hint: paths inside the course repository start with ./ (write "./nope")',
    ]);
  });
});
