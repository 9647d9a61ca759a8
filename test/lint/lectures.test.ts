// The lint rules' view of the lectures: each lecture's name, group, titles and links with the YAML
// path of each value, read from plain data (custom fields and locale maps included).
import { describe, expect, test } from "vitest";
import { lectureViews } from "../../src/lint/lectures.js";

describe("a lecture's name and group", () => {
  test("named by id, else label (a locale map's first text), else number, else its place", () => {
    expect(
      lectureViews([
        { id: "intro", label: "L", number: 1 },
        { label: "HW1", number: 2 },
        { label: { zh: "作业", en: "HW" }, number: 3 },
        { label: 9, number: 4 },
        { number: 5 },
        {},
        null,
        "not a lecture",
      ]).map((view) => view.name),
    ).toEqual([
      "lecture intro",
      "lecture HW1",
      "lecture 作业",
      "lecture 9",
      "lecture 5",
      "lecture #6",
      "lecture #7",
      "lecture #8",
    ]);
  });

  test("a number only when it is one; a label map without text names the lecture by number", () => {
    const [text, map] = lectureViews([
      { number: "3", label: { zh: 1, en: ["x"] } },
      { number: 4, label: { zh: 1 } },
    ]);
    expect([text?.number, text?.name, "number" in (text ?? {}), map?.number, map?.name]).toEqual([
      undefined,
      "lecture #1",
      false,
      4,
      "lecture 4",
    ]);
  });

  test("grouped by season and group together; named by group, else season, else the catalog", () => {
    expect(
      lectureViews([
        { season: 2 },
        { season: 2, group: "Module 1" },
        { group: { zh: 5, en: "Mod" } },
        { group: 4 },
        { season: "2", group: ["x"] },
        {},
      ]).map((view) => [view.groupKey, view.groupName]),
    ).toEqual([
      ["[2,null]", "season 2"],
      ['[2,"Module 1"]', "group Module 1"],
      ['[null,"Mod"]', "group Mod"],
      ['[null,"4"]', "group 4"],
      ["[null,null]", "the catalog"],
      ["[null,null]", "the catalog"],
    ]);
  });

  test("null where text is expected is no text: no name, no group, no title", () => {
    expect(lectureViews([{ label: null, group: null, title: null }])).toEqual([
      {
        index: 0,
        name: "lecture #1",
        groupKey: "[null,null]",
        groupName: "the catalog",
        titles: [],
        links: [],
      },
    ]);
  });

  test("each view keeps its index", () => {
    expect(lectureViews([{}, {}, {}]).map((view) => view.index)).toEqual([0, 1, 2]);
  });
});

describe("a lecture's titles", () => {
  test("one title, or one per locale with text, each at its path", () => {
    expect(
      lectureViews([
        { title: "A" },
        { title: { zh: "标题", en: 7, fr: "Titre" } },
        { title: ["A"] },
        { title: 3 },
        {},
      ]).map((view) => view.titles),
    ).toEqual([
      [{ text: "A", path: ["lectures", 0, "title"] }],
      [
        { text: "标题", path: ["lectures", 1, "title", "zh"] },
        { text: "Titre", path: ["lectures", 1, "title", "fr"] },
      ],
      [],
      [],
      [],
    ]);
  });
});

describe("a lecture's links", () => {
  test("a URL or ./path, {label, url}, a list of parts, in any field that is not text", () => {
    expect(
      lectureViews([
        {
          id: "https://example.org/id",
          label: "./label",
          title: "https://example.org/title",
          summary: "https://example.org/summary",
          group: "./group",
          video: "HTTP://example.org/v",
          code: [{ label: "a", url: "./a/" }, { label: "no url" }, { label: "b", url: "https://x.org/b" }],
          review: { url: "./r.md" },
          slides: "unavailable",
          notes: "mailto:someone@example.org",
          extra: [
            { url: "ftp://x.org/f" },
            { url: 5 },
            { url: ["https://x.org/list"] },
            null,
            "./bare-string-in-a-list",
          ],
          other: { url: "relative/path" },
          count: 3,
        },
      ])[0]?.links,
    ).toEqual([
      { field: "video", url: "HTTP://example.org/v", path: ["lectures", 0, "video"] },
      { field: "code", url: "./a/", path: ["lectures", 0, "code", 0, "url"] },
      { field: "code", url: "https://x.org/b", path: ["lectures", 0, "code", 2, "url"] },
      { field: "review", url: "./r.md", path: ["lectures", 0, "review", "url"] },
    ]);
  });

  test("a link target is http(s):// or ./ at the start, nothing else", () => {
    expect(
      lectureViews([
        {
          a: "see https://example.org",
          b: "x./y",
          c: "https:/example.org",
          d: ".//x",
          e: "https://example.org",
        },
      ])[0]?.links.map((link) => link.field),
    ).toEqual(["d", "e"]);
  });
});
