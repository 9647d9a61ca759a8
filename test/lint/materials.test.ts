// The material rules' pieces: which repository path a link names (and how a suggestion is written
// back in the link's own spelling), the nearest existing path, and the two rules on a small tree.
import { describe, expect, test } from "vitest";
import { lectureViews } from "../../src/lint/lectures.js";
import { missingPaths, nearestPath, repoLink, unreferencedMaterial } from "../../src/lint/materials.js";
import type { LintContext } from "../../src/lint/model.js";
import { treeFromListing } from "../../src/lint/tree.js";

const REPOSITORY = { url: "https://github.com/O/Course/", branch: "main" };

/** [path, the link rewritten to `N/文 x`], or undefined when the link names no repository path. */
function named(url: string, repository: { url: string; branch: string } | null = REPOSITORY) {
  const link = repoLink(url, repository ?? undefined);
  return link ? [link.path, link.withPath("N/文 x")] : undefined;
}

describe("the repository path a link names", () => {
  test.each([
    ["./a/b/?x=1#y", ["a/b", "./N/文 x/?x=1#y"]],
    ["./a%20b/c#top", ["a b/c", "./N/文 x#top"]],
    ["./a/%zz", ["a/%zz", "./N/文 x"]],
    ["./", ["", "./N/文 x/"]],
    ["./a//./b", ["a/b", "./N/文 x"]],
    // the course repository's own tree/blob/raw links, its owner and name in any case
    [
      "https://github.com/o/course/tree/main/S1/x/",
      ["S1/x", "https://github.com/O/Course/tree/main/N/%E6%96%87%20x/"],
    ],
    [
      "https://github.com/O/Course/blob/main/a.py#L2",
      ["a.py", "https://github.com/O/Course/blob/main/N/%E6%96%87%20x#L2"],
    ],
    [
      "https://github.com/O/Course/raw/main/a%20b.py?raw=1",
      ["a b.py", "https://github.com/O/Course/raw/main/N/%E6%96%87%20x?raw=1"],
    ],
    ["https://github.com/O/Course/tree/main", ["", "https://github.com/O/Course/tree/main/N/%E6%96%87%20x"]],
    [
      "https://github.com/O/Course/tree/main//a/./b",
      ["a/b", "https://github.com/O/Course/tree/main/N/%E6%96%87%20x"],
    ],
  ] as const)("%s → %j", (url, expected) => {
    expect(named(url)).toEqual(expected);
  });

  test.each([
    "https://github.com/O/Course/tree/dev/x",
    "https://github.com/O/Course/tree/mainx/x",
    "https://github.com/O/Course/commits/main/x",
    "https://github.com/O/Other/tree/main/x",
    "https://github.com/O/Course2/tree/main/x",
    "https://github.com/X/O/Course/tree/main/x",
    "https://github.com/O/Course",
    "a/b",
    "//x/y",
    "../x",
  ])("%s names no repository path", (url) => {
    expect(named(url)).toBeUndefined();
  });

  test("without a repository, only ./paths are repository paths", () => {
    expect(named("https://github.com/O/Course/tree/main/x", null)).toBeUndefined();
    expect(named("./x", null)).toEqual(["x", "./N/文 x"]);
  });

  test("a repository address without a trailing slash", () => {
    expect(
      named("https://github.com/O/Course/blob/main/x.md", {
        url: "https://github.com/O/Course",
        branch: "main",
      }),
    ).toEqual(["x.md", "https://github.com/O/Course/blob/main/N/%E6%96%87%20x"]);
  });
});

describe("the nearest existing path", () => {
  const tree = treeFromListing(
    [
      "S1/01.Intro/a.py",
      "S1/02.Attention/b.py",
      "S1/abc/x",
      "S1/abd/y",
      "S1/Transformer/t.py",
      "S1/longname-folder/z",
      "Top.md",
    ].join("\n"),
  );

  test.each([
    // the name without its ordinal starts alike, either way round
    ["S1/03.intro", "S1/01.Intro"],
    ["S1/Intro", "S1/01.Intro"],
    ["S1/transformers", "S1/Transformer"],
    // a close spelling; of two equally close, the first
    ["S1/07.Atention", "S1/02.Attention"],
    ["S1/abx", "S1/abc"],
    ["S1/Transfromer", "S1/Transformer"],
    ["S1/longname-fodler", "S1/longname-folder"],
    ["S1/02.Attention/b.pyy", "S1/02.Attention/b.py"],
    ["top.md", "Top.md"],
    // the rest of the path when it exists below the folder found, else the folder
    ["S2/01.Intro/a.py", "S1/01.Intro/a.py"],
    ["S/zz", "S1"],
    ["S1/1.Intro/a.py", "S1/01.Intro/a.py"],
    ["S1/1.Intro/zz.py", "S1/01.Intro"],
    ["S1/01.Intro/a.py/more", "S1/01.Intro/a.py"],
    // nothing alike: a name that is only an ordinal matches nothing, and is matched by nothing
    ["S1/99", undefined],
    ["S1/01.Intro/zzz", undefined],
  ] as const)("%s → %s", (missing, nearest) => {
    expect(nearestPath(tree, missing)).toBe(nearest);
  });

  test("a name that is only an ordinal is never taken for a close name (its core is empty)", () => {
    const years = treeFromListing("S1/2024/c.md\nS1/abc/d.md\n");
    expect([nearestPath(years, "S1/xyzw"), nearestPath(years, "S1/abcd")]).toEqual([undefined, "S1/abc"]);
  });

  test.each([
    // "9.abcdef": its core (6 letters) may differ in 2 → found; the whole name differs in 4
    [["01.abxdyf"], "S1/9.abcdef", "S1/01.abxdyf"],
    // a core of 10 letters may differ in 3, a whole name of 12 in 4
    [["01.abcdefgxyz"], "S1/9.abcdefghij", "S1/01.abcdefgxyz"],
    [["01.abcdefwxyz"], "S1/9.abcdefghij", undefined],
    // a missing name that starts the existing one
    [["02.Attention"], "S1/Atten", "S1/02.Attention"],
    // the closer of two, whichever comes first
    [["abcxy", "abcdx"], "S1/abcde", "S1/abcdx"],
  ] as const)("among %j, %s → %s (how close is close enough)", (names, missing, nearest) => {
    const only = treeFromListing(names.map((name) => `S1/${name}/f.md`).join("\n"));
    expect(nearestPath(only, missing)).toBe(nearest);
  });

  test("an existing folder has no nearest path below it", () => {
    expect(nearestPath(tree, "S1")).toBeUndefined();
  });
});

/** A context of these lectures on this listing (positions are not needed by the rules themselves). */
function context(
  lectures: unknown[],
  listing: string | undefined,
  extra: Partial<LintContext> = {},
): LintContext {
  return {
    lectures: lectureViews(lectures),
    locate: () => ({ line: 1, col: 1 }),
    repository: REPOSITORY,
    materials: { roots: [], ignore: [] },
    ...(listing !== undefined ? { tree: treeFromListing(listing) } : {}),
    ...extra,
  };
}

describe("lint/missing-path", () => {
  test("a path that leaves the repository (..) or exists is not reported; the rest are, with the folder searched", () => {
    const findings = missingPaths(
      context(
        [
          {
            code: "./S1/../../x",
            review: "./S1/x.md",
            video: "./S1/a/b/c.mp4",
            notes: "https://github.com/O/Course/tree/main/nothing",
          },
        ],
        "S1/x.md\nS1/a/quiz.py\nother.md\n",
      ),
    );
    expect(findings).toEqual([
      {
        rule: "lint/missing-path",
        path: ["lectures", 0, "video"],
        message: "lecture #1: video links S1/a/b/c.mp4, which is not in the course repository",
        hint: "nothing with a similar name in S1/a/; fix the path or remove the link",
      },
      {
        rule: "lint/missing-path",
        path: ["lectures", 0, "notes"],
        message: "lecture #1: notes links nothing, which is not in the course repository",
        hint: "nothing with a similar name in the repository's top folder; fix the path or remove the link",
      },
    ]);
  });

  test("without a tree, nothing", () => {
    expect(missingPaths(context([{ code: "./gone/" }], undefined))).toEqual([]);
  });
});

describe("lint/unreferenced-material", () => {
  const listing = "S1/01.A/a.py\nS1/02.B/b.py\nS1/03.C/c.py\nS1/notes.md\nS2/01.X/x.py\nlone.md\n";

  test("a folder linked directly, through a file in it or through a GitHub link is referenced", () => {
    const findings = unreferencedMaterial(
      context(
        [
          {
            code: "./S1/01.A/",
            review: "./S1/02.B/b.py",
            video: "https://github.com/O/Course/tree/main/S1/03.C",
            notes: "./S1/03.Cx/",
          },
        ],
        listing,
        { materials: { roots: ["S*"], ignore: [] } },
      ),
    );
    expect(findings).toEqual([
      {
        rule: "lint/unreferenced-material",
        path: ["lint", "materials", "roots", 0],
        message: "S2/01.X/ is linked from no lecture",
        hint: "link it from its lecture, or list it under lint.materials.ignore",
      },
    ]);
  });

  test("a folder under two roots is reported once, at the first; the top as a root; files are not material", () => {
    const findings = unreferencedMaterial(
      context([{ code: "./S1/01.A/" }], listing, {
        materials: { roots: ["S2", "S*", "."], ignore: ["S1/0[2]*"] },
      }),
    );
    expect(findings.map((f) => `${f.path.join(".")} ${f.message}`)).toEqual([
      "lint.materials.roots.0 S2/01.X/ is linked from no lecture",
      "lint.materials.roots.1 S1/02.B/ is linked from no lecture",
      "lint.materials.roots.1 S1/03.C/ is linked from no lecture",
      "lint.materials.roots.2 S2/ is linked from no lecture",
    ]);
  });

  test("ignored folders, and a link to a folder's parent, do not count as references", () => {
    const findings = unreferencedMaterial(
      context([{ code: "./S1/" }], listing, { materials: { roots: ["S1"], ignore: ["*/02.*", "**/03.C"] } }),
    );
    expect(findings.map((f) => f.message)).toEqual(["S1/01.A/ is linked from no lecture"]);
  });

  test("without a tree, or without roots, nothing", () => {
    expect(
      unreferencedMaterial(context([], undefined, { materials: { roots: ["S*"], ignore: [] } })),
    ).toEqual([]);
    expect(unreferencedMaterial(context([], listing))).toEqual([]);
  });
});
