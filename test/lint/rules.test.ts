// Each lint rule on plain lectures (as the catalog holds them, format v2 shapes included), with
// positions from a stand-in locator: rule ids, places, messages and hints, exactly.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type LintContext, lintCatalog, type RuleLevels } from "../../src/lint/index.js";
import { lectureViews } from "../../src/lint/lectures.js";
import { treeFromListing } from "../../src/lint/tree.js";
import { plain } from "../helpers/problems.js";

/**
 * A stand-in for YAML positions: every path of the catalog numbered in document order (its "line"),
 * so a finding's line names its path, and "line N" in a message is the Nth path below.
 */
function context(
  lectures: unknown[],
  extra: Partial<LintContext> = {},
): { context: LintContext; paths: string[] } {
  const paths: string[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path.join("."));
    if (value && typeof value === "object")
      for (const [key, child] of Object.entries(value))
        walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  walk({ lectures, lint: { materials: { roots: extra.materials?.roots ?? [] } } }, []);
  const locate = (path: readonly (string | number)[]) => {
    const line = paths.indexOf(path.join(".")) + 1;
    if (line === 0) throw new Error(`no such path: ${path.join(".")}`);
    return { line, col: 1 };
  };
  return {
    context: { lectures: lectureViews(lectures), locate, materials: { roots: [], ignore: [] }, ...extra },
    paths,
  };
}

/** Findings as `path: severity [rule] message | hint`, the path written out instead of line:col. */
function lint(lectures: unknown[], extra: Partial<LintContext> = {}, levels: RuleLevels = {}): string[] {
  const { context: ctx, paths } = context(lectures, extra);
  const named = (text: string) =>
    text.replace(/\(line (\d+)\)/, (_, n) => `(line of ${paths[Number(n) - 1]})`);
  return plain(lintCatalog(ctx, "catalog.yaml", levels)).map(
    (d) => `${paths[d.line - 1]}: ${d.severity} [${d.rule}] ${named(d.message)} | ${d.hint}`,
  );
}

describe("lint/duplicate-resource", () => {
  test("one YouTube video in two spellings, in two lectures: named with the first one's line", () => {
    expect(
      lint([
        { number: 1, title: "A", video: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" },
        { number: 2, title: "B", video: [{ label: "Part 1", url: "https://youtu.be/dQw4w9WgXcQ?t=5" }] },
      ]),
    ).toEqual([
      "lectures.1.video.0.url: warning [lint/duplicate-resource] lecture 2: video links the same YouTube video as lecture 1's video (line of lectures.0.video) | a copy-pasted link? link lecture 2's own material, or remove this link",
    ]);
  });

  test("one WeChat article, one repository path, one page: each reported once, at the later lecture", () => {
    expect(
      lint([
        {
          number: 1,
          title: "A",
          code: "./s1/01/",
          review: "https://mp.weixin.qq.com/s/abcDEF123",
          notes: "https://example.org/notes/",
        },
        {
          number: 2,
          title: "B",
          code: "./s1/01",
          review: "https://mp.weixin.qq.com/s/abcDEF123?scene=1",
          notes: "http://www.example.org/notes?utm_source=x",
        },
      ]).filter((line) => line.includes("duplicate-resource")),
    ).toEqual([
      "lectures.1.code: warning [lint/duplicate-resource] lecture 2: code links the same repository path as lecture 1's code (line of lectures.0.code) | a copy-pasted link? link lecture 2's own material, or remove this link",
      "lectures.1.review: warning [lint/duplicate-resource] lecture 2: review links the same WeChat article as lecture 1's review (line of lectures.0.review) | a copy-pasted link? link lecture 2's own material, or remove this link",
      "lectures.1.notes: warning [lint/duplicate-resource] lecture 2: notes links the same page as lecture 1's notes (line of lectures.0.notes) | a copy-pasted link? link lecture 2's own material, or remove this link",
    ]);
  });

  test("two parts of one bilibili video (?p=1, ?p=2) and one link twice within a lecture are fine", () => {
    expect(
      lint([
        {
          number: 1,
          title: "A",
          video: [
            { label: "上", url: "https://www.bilibili.com/video/BV17x411w7KC?p=1" },
            { label: "下", url: "https://www.bilibili.com/video/BV17x411w7KC?p=2" },
          ],
          review: "https://www.bilibili.com/video/BV17x411w7KC?p=2",
        },
        { number: 2, title: "B", video: "https://www.bilibili.com/video/av170001?p=3" },
      ]),
    ).toEqual([
      "lectures.0.review: warning [lint/wrong-field] lecture 1: review links a video (www.bilibili.com), which belongs in video | video already holds a link: check which of the two is right, and move this one to video",
    ]);
  });
});

describe("lint/wrong-field", () => {
  test("an article as code, a notebook as review, a video as code: each with its likely field", () => {
    expect(
      lint([
        {
          number: 1,
          title: "A",
          code: "https://zhuanlan.zhihu.com/p/1",
          review: "./s1/01/demo.ipynb",
        },
        {
          number: 2,
          title: "B",
          code: "https://youtu.be/dQw4w9WgXcQ",
          video: "https://youtu.be/abcdefghijk",
        },
      ]),
    ).toEqual([
      "lectures.0.code: warning [lint/wrong-field] lecture 1: code links an article (zhuanlan.zhihu.com), which belongs in review | review already holds a link: check which of the two is right, and move this one to review",
      "lectures.0.review: warning [lint/wrong-field] lecture 1: review links code or slides (./s1/01/demo.ipynb), which belongs in code | code already holds a link: check which of the two is right, and move this one to code",
      "lectures.1.code: warning [lint/wrong-field] lecture 2: code links a video (youtu.be), which belongs in video | video already holds a link: check which of the two is right, and move this one to video",
    ]);
  });

  test("a custom links field may hold anything", () => {
    expect(lint([{ number: 1, title: "A", slides: "https://www.bilibili.com/video/BV17x411w7KC" }])).toEqual(
      [],
    );
  });
});

describe("lint/tracking-parameters", () => {
  test("the hint is the URL without them; other parameters stay", () => {
    expect(
      lint([
        {
          number: 1,
          title: "A",
          video: "https://www.bilibili.com/video/BV17x411w7KC/?p=2&spm_id_from=333.999.0.0&vd_source=ab",
          slides: [{ label: "deck", url: "https://example.org/deck.pdf?utm_source=x&utm_medium=y#page=2" }],
        },
      ]),
    ).toEqual([
      "lectures.0.video: warning [lint/tracking-parameters] lecture 1: video has tracking parameters spm_id_from, vd_source | use https://www.bilibili.com/video/BV17x411w7KC/?p=2",
      "lectures.0.slides.0.url: warning [lint/tracking-parameters] lecture 1: slides has tracking parameters utm_source, utm_medium | use https://example.org/deck.pdf#page=2",
    ]);
  });
});

describe("numbering, order and titles", () => {
  test("a gap of one and a gap of two, over the whole catalog", () => {
    expect(
      lint([1, 3, 4, 7].map((number) => ({ number, title: `T${number}` }))).map((l) => l.split(" | ")[0]),
    ).toEqual([
      "lectures.1.number: warning [lint/numbering-gap] lecture numbers jump from 1 to 3: 2 is missing",
      "lectures.3.number: warning [lint/numbering-gap] lecture numbers jump from 4 to 7: 5 to 6 are missing",
    ]);
  });

  test("numbers that restart in each group are counted within the group", () => {
    expect(
      lint([
        { number: 1, group: "Module 1", title: "A" },
        { number: 2, group: "Module 1", title: "B" },
        { number: 1, group: "Module 2", title: "C" },
        { number: 3, group: "Module 2", title: "D" },
      ]),
    ).toEqual([
      "lectures.3.number: warning [lint/numbering-gap] lecture numbers jump from 1 to 3 in group Module 2: 2 is missing | add the missing lecture, or renumber the lectures after the gap",
    ]);
  });

  test("a lecture after a higher number in its season; other seasons do not count", () => {
    expect(
      lint([
        { number: 1, season: 1, title: "A" },
        { number: 3, season: 1, title: "C" },
        { number: 2, season: 1, title: "B" },
        { number: 4, season: 2, title: "D" },
      ]),
    ).toEqual([
      "lectures.2.number: warning [lint/out-of-order] lecture 2 comes after lecture 3 (line of lectures.1) in season 1 | move it before lecture 3, or correct its number",
    ]);
    expect(
      lint([
        { number: 5, season: 2, title: "E" },
        { number: 1, season: 1, title: "A" },
        { number: 2, season: 1, title: "B" },
        { number: 3, season: 1, title: "C" },
        { number: 4, season: 1, title: "D" },
      ]),
    ).toEqual([]);
  });

  test("a title used twice (case, width and spacing aside), in one locale of a translated title", () => {
    expect(
      lint([
        { number: 1, title: "Prompt  Tuning" },
        { number: 2, title: "ｐrompt tuning " },
        { number: 3, label: "HW1", title: { zh: "作业", en: "Homework" } },
        { number: 4, label: "HW2", title: { zh: "作业二", en: "Homework" } },
      ]),
    ).toEqual([
      'lectures.1.title: warning [lint/duplicate-title] lecture 2: title "ｐrompt tuning" is also lecture 1\'s title (line of lectures.0.title) | give each lecture its own title, e.g. with the part it covers',
      'lectures.3.title.en: warning [lint/duplicate-title] lecture HW2: title "Homework" is also lecture HW1\'s title (line of lectures.2.title.en) | give each lecture its own title, e.g. with the part it covers',
    ]);
  });
});

describe("materials", () => {
  const tree = treeFromListing(
    [
      "S1/01.Intro/a.ipynb",
      "S1/02.CPM-Bee/run.py",
      "S1/03.RWKV/rwkv.pdf",
      "S1/assets/x.png",
      "S2/01.Extra/notes.md",
      "other/x.md",
    ].join("\n"),
  );
  const repository = { url: "https://github.com/o/course", branch: "main" };

  test("a path that is not there: an error with the nearest folder, as the link was written", () => {
    expect(
      lint(
        [
          { number: 1, title: "A", code: "./S1/01.Intro/" },
          { number: 2, title: "B", code: "https://github.com/o/course/tree/main/S1/07.CPM" },
          { number: 3, title: "C", code: "./S1/03.RWKW/rwkv.pdf", review: "./S1/01.Intro/b.md" },
          {
            number: 4,
            title: "D",
            code: "./nowhere/x/",
            other: "https://github.com/o/course/tree/dev/S1/99",
          },
        ],
        { tree, repository },
      ),
    ).toEqual([
      "lectures.1.code: error [lint/missing-path] lecture 2: code links S1/07.CPM, which is not in the course repository | did you mean https://github.com/o/course/tree/main/S1/02.CPM-Bee?",
      "lectures.2.code: error [lint/missing-path] lecture 3: code links S1/03.RWKW/rwkv.pdf, which is not in the course repository | did you mean ./S1/03.RWKV/rwkv.pdf?",
      "lectures.2.review: error [lint/missing-path] lecture 3: review links S1/01.Intro/b.md, which is not in the course repository | did you mean ./S1/01.Intro/a.ipynb?",
      "lectures.3.code: error [lint/missing-path] lecture 4: code links nowhere/x, which is not in the course repository | nothing with a similar name in the repository's top folder; fix the path or remove the link",
    ]);
  });

  test("folders under the roots that no lecture links, at the root that holds them; ignored ones not", () => {
    const { context: ctx, paths } = context(
      [{ number: 1, title: "A", code: "./S1/01.Intro/a.ipynb", slides: "./S1/02.CPM-Bee/" }],
      { tree, repository, materials: { roots: ["S*/"], ignore: ["*/assets"] } },
    );
    expect(
      plain(lintCatalog(ctx, "catalog.yaml")).map((d) => `${paths[d.line - 1]}: ${d.message} [${d.rule}]`),
    ).toEqual([
      "lint.materials.roots.0: S1/03.RWKV/ is linked from no lecture [lint/unreferenced-material]",
      "lint.materials.roots.0: S2/01.Extra/ is linked from no lecture [lint/unreferenced-material]",
    ]);
  });

  test("without a tree, the path rules say nothing", () => {
    expect(
      lint([{ number: 1, title: "A", code: "./gone/" }], { materials: { roots: ["S*"], ignore: [] } }),
    ).toEqual([]);
  });
});

describe("levels", () => {
  const lectures = [
    { number: 1, title: "A", video: "https://youtu.be/dQw4w9WgXcQ?si=abc" },
    { number: 3, title: "A" },
  ];

  test("each rule can be turned off or made an error", () => {
    expect(
      lint(lectures, {}, { "lint/tracking-parameters": "off", "lint/duplicate-title": "error" }).map(
        (l) => l.split(" | ")[0],
      ),
    ).toEqual([
      "lectures.1.number: warning [lint/numbering-gap] lecture numbers jump from 1 to 3: 2 is missing",
      'lectures.1.title: error [lint/duplicate-title] lecture 3: title "A" is also lecture 1\'s title (line of lectures.0.title)',
    ]);
  });
});

describe("clean catalogs", () => {
  test("lectures numbered in order, distinct titles and resources, links in their fields: no findings", () => {
    const lecture = fc.record({
      season: fc.integer({ min: 1, max: 3 }),
      video: fc.constantFrom("bilibili", "youtube", "none"),
      review: fc.constantFrom("wechat", "path", "unavailable"),
      code: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(lecture, { minLength: 1, maxLength: 12 }), (specs) => {
        const sorted = [...specs].sort((a, b) => a.season - b.season);
        const listing: string[] = [];
        const lectures = sorted.map((spec, i) => {
          const n = i + 1;
          const folder = `Season${spec.season}/${String(n).padStart(2, "0")}.Topic${n}`;
          listing.push(`${folder}/slides.pdf`, `Season${spec.season}/review/${n}.md`);
          return {
            number: n,
            season: spec.season,
            title: `Topic ${n}`,
            ...(spec.video === "bilibili" ? { video: `https://www.bilibili.com/video/av${1000 + n}/` } : {}),
            ...(spec.video === "youtube" ? { video: `https://youtu.be/video${n}xyz` } : {}),
            review:
              spec.review === "wechat"
                ? `https://mp.weixin.qq.com/s/article${n}`
                : spec.review === "path"
                  ? `./Season${spec.season}/review/${n}.md`
                  : "unavailable",
            code: spec.code ? `./${folder}/` : `./${folder}/slides.pdf`,
          };
        });
        const tree = treeFromListing(listing.join("\n"));
        const roots = { roots: ["Season*"], ignore: ["*/review"] };
        expect(lint(lectures, { tree, materials: roots })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("lint/duplicate-resource: kinds and which lecture is named", () => {
  test("a bilibili video linked by three lectures: the second and third both name the first", () => {
    expect(
      lint([
        { number: 1, title: "A", video: "https://www.bilibili.com/video/BV17x411w7KC" },
        { number: 2, title: "B", video: "https://www.bilibili.com/video/av170001" },
        { number: 3, title: "C", video: "https://b23.tv/BV17x411w7KC" },
      ]).map((line) => line.split(" | ")[0]),
    ).toEqual([
      "lectures.1.video: warning [lint/duplicate-resource] lecture 2: video links the same bilibili video as lecture 1's video (line of lectures.0.video)",
      "lectures.2.video: warning [lint/duplicate-resource] lecture 3: video links the same bilibili video as lecture 1's video (line of lectures.0.video)",
    ]);
  });

  test("a path above the repository has no key: never a duplicate", () => {
    expect(
      lint([
        { number: 1, title: "A", notes: "./../x" },
        { number: 2, title: "B", notes: "./../x" },
      ]),
    ).toEqual([]);
  });
});

describe("lint/wrong-field: the hint when the likely field is free", () => {
  test("a video in code, with no video link in the lecture: move it", () => {
    expect(lint([{ number: 1, title: "A", code: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" }])).toEqual([
      "lectures.0.code: warning [lint/wrong-field] lecture 1: code links a video (www.youtube.com), which belongs in video | move this link to video",
    ]);
  });

  test("an article in video, named by its host; links that say nothing or sit right are not reported", () => {
    expect(
      lint([
        {
          number: 1,
          title: "A",
          video: [
            { label: "a", url: "https://blog.csdn.net/x/article/details/1" },
            { label: "b", url: "https://example.org/page" },
          ],
          review: "https://zhuanlan.zhihu.com/p/1",
        },
      ]),
    ).toEqual([
      "lectures.0.video.0.url: warning [lint/wrong-field] lecture 1: video links an article (blog.csdn.net), which belongs in review | review already holds a link: check which of the two is right, and move this one to review",
    ]);
  });
});

describe("lint/tracking-parameters: each name once", () => {
  test("a parameter given twice is named once, and singular", () => {
    expect(
      lint([{ number: 1, title: "A", notes: "https://example.org/?utm_source=a&utm_source=b&q=1" }]),
    ).toEqual([
      "lectures.0.notes: warning [lint/tracking-parameters] lecture 1: notes has tracking parameter utm_source | use https://example.org/?q=1",
    ]);
  });
});

describe("lint/numbering-gap: numbers, not text", () => {
  test("9, 10, 13 are sorted as numbers: one gap, from 10 to 13; lectures without a number are skipped", () => {
    expect(
      lint([
        { number: 13, title: "C" },
        { title: "none" },
        { number: 9, title: "A" },
        { number: 10, title: "B" },
      ]).map((l) => l.split(" | ")[0]),
    ).toEqual([
      "lectures.0.number: warning [lint/numbering-gap] lecture numbers jump from 10 to 13: 11 to 12 are missing",
      "lectures.2.number: warning [lint/out-of-order] lecture 9 comes after lecture 13 (line of lectures.0) in the catalog",
      "lectures.3.number: warning [lint/out-of-order] lecture 10 comes after lecture 13 (line of lectures.0) in the catalog",
    ]);
  });

  test("a number used twice in a group counts once there, and the gap names the first lecture with the number", () => {
    expect(
      lint([
        { number: 1, season: 1, title: "A" },
        { number: 3, season: 1, title: "B" },
        { number: 3, season: 1, title: "C" },
        { number: 1, season: 2, title: "D" },
        { number: 2, season: 2, title: "E" },
      ]).map((l) => l.split(" | ")[0]),
    ).toEqual([
      "lectures.1.number: warning [lint/numbering-gap] lecture numbers jump from 1 to 3 in season 1: 2 is missing",
    ]);
  });
});

describe("lint/out-of-order: equal numbers and later lectures", () => {
  test("an equal number is not out of order; after a drop, the highest so far is still the one named", () => {
    expect(
      lint([
        { number: 1, title: "A" },
        { number: 1, title: "B" },
        { number: 5, title: "C" },
        { title: "no number" },
        { number: 3, title: "D" },
        { number: 4, title: "E" },
        { number: 5, title: "F" },
        { number: 6, title: "G" },
      ])
        .filter((l) => l.includes("out-of-order"))
        .map((l) => l.split(" | ")[0]),
    ).toEqual([
      "lectures.4.number: warning [lint/out-of-order] lecture 3 comes after lecture 5 (line of lectures.2) in the catalog",
      "lectures.5.number: warning [lint/out-of-order] lecture 4 comes after lecture 5 (line of lectures.2) in the catalog",
    ]);
  });
});

describe("lint/duplicate-title: locales and lectures", () => {
  test("one text in two locales, or a plain title and a translation, is not a duplicate", () => {
    expect(
      lint([
        { number: 1, title: { zh: "Transformer", en: "Transformer" } },
        { number: 2, title: { zh: "Attention" } },
        { number: 3, title: { en: "Attention" } },
        { number: 4, title: "Attention" },
      ]),
    ).toEqual([]);
  });

  test("three lectures with one title: each later one names the first", () => {
    expect(
      lint([
        { number: 1, title: { en: "Intro " } },
        { number: 2, title: { en: "intro" } },
        { number: 3, title: { en: " INTRO" } },
      ]).map((l) => l.split(" | ")[0]),
    ).toEqual([
      'lectures.1.title.en: warning [lint/duplicate-title] lecture 2: title "intro" is also lecture 1\'s title (line of lectures.0.title.en)',
      'lectures.2.title.en: warning [lint/duplicate-title] lecture 3: title "INTRO" is also lecture 1\'s title (line of lectures.0.title.en)',
    ]);
  });

  test("spacing inside a title: tabs and runs of spaces are one space", () => {
    expect(
      lint([
        { number: 1, title: "Prompt\tTuning" },
        { number: 2, title: "Prompt Tuning" },
        { number: 3, title: "PromptTuning" },
      ]).map((l) => l.split(" | ")[0]),
    ).toEqual([
      'lectures.1.title: warning [lint/duplicate-title] lecture 2: title "Prompt Tuning" is also lecture 1\'s title (line of lectures.0.title)',
    ]);
  });
});

describe("lintCatalog: order, levels, places", () => {
  test("findings sorted by line, then column, then message; each at its line:col in the file given", () => {
    const ctx: LintContext = {
      lectures: lectureViews([
        {
          number: 1,
          title: "B",
          video: "https://youtu.be/dQw4w9WgXcQ?si=1",
          code: "https://youtu.be/abcdefghijk?si=2",
        },
        { number: 3, title: "B" },
      ]),
      // Every place on one line: the columns and then the messages decide.
      locate: (at) => ({ line: 7, col: at.at(-1) === "title" ? 2 : at.length }),
      materials: { roots: [], ignore: [] },
    };
    expect(
      plain(lintCatalog(ctx, "docs/catalog.yaml", { "lint/wrong-field": "error" })).map(
        (d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule} ${d.message}`,
      ),
    ).toEqual([
      'docs/catalog.yaml:7:2 warning lint/duplicate-title lecture 3: title "B" is also lecture 1\'s title (line 7)',
      "docs/catalog.yaml:7:3 warning lint/tracking-parameters lecture 1: code has tracking parameter si",
      "docs/catalog.yaml:7:3 error lint/wrong-field lecture 1: code links a video (youtu.be), which belongs in video",
      "docs/catalog.yaml:7:3 warning lint/tracking-parameters lecture 1: video has tracking parameter si",
      "docs/catalog.yaml:7:3 warning lint/numbering-gap lecture numbers jump from 1 to 3: 2 is missing",
    ]);
  });

  test("an error rule made a warning, a warning rule left at its default", () => {
    const tree = treeFromListing("a.md\n");
    expect(
      lint(
        [{ number: 1, title: "A", code: "./b.md", video: "https://youtu.be/dQw4w9WgXcQ?si=1" }],
        { tree },
        { "lint/missing-path": "warning" },
      ).map((l) => l.split(" ")[1]),
    ).toEqual(["warning", "warning"]);
    expect(lint([{ number: 1, title: "A", code: "./b.md" }], { tree }).map((l) => l.split(" ")[1])).toEqual([
      "error",
    ]);
  });
});
