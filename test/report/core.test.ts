// The pure core of syllabus report: reading and merging results, the flake guard, the history across
// nights, the state comment and its failures, and the issue body's size limit.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { failureOf } from "../../src/report/classify.js";
import { type Comparison, compare, needsAttention } from "../../src/report/compare.js";
import { ISSUE_BODY_MAX, renderIssueBody, renderReport } from "../../src/report/markdown.js";
import { mergeResults, parseResults, type ResultLink, type Results } from "../../src/report/results.js";
import { emptyState, fitState, type ReportState, readState, stateComment } from "../../src/report/state.js";
import { InputError } from "../../src/util/errors.js";
import { expectedFile, ROOT } from "../helpers/cli.js";

const FIXTURES = path.join(ROOT, "test/fixtures/report");
const read = (name: string) => parseResults(readFileSync(path.join(FIXTURES, name), "utf8"), name);
const NIGHTS: Record<number, string[]> = {
  1: ["night-1.json"],
  2: ["night-2.json"],
  3: ["night-3.shard-1.json", "night-3.shard-2.json"],
  4: ["night-4.json"],
  5: ["night-5.json"],
};
const DATES = ["", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"];
/** The fixture's links by a short name, so that the expectations read. */
const NAMES: Record<string, string> = {
  "https://github.com/mindspore-courses/step_into_llm/tree/master/Season2.step_into_llm/07.CPM": "A",
  "https://www.bilibili.com/video/BV1if421X7jB/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429":
    "B",
  "https://www.bilibili.com/video/BV1sV4y1A7xb/": "B2",
  "https://mp.weixin.qq.com/s/-qd6P1tjo4rnvMv7m_e9Og": "C",
  "https://zhuanlan.zhihu.com/p/653303123": "D",
  "https://github.com/mindspore-courses/step_into_llm/tree/master/Season2.step_into_llm/08.MoE": "E",
  "https://www.bilibili.com/video/BV15a4y1c7dv/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429":
    "G",
  "https://www.bilibili.com/video/BV1Gh411w7HC/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429":
    "H",
};
const OPTIONS = { confirmAfter: 2, unverifiableAfter: 3 };

function night(n: number): Results {
  return mergeResults((NIGHTS[n] ?? []).map(read));
}

/** Runs nights 1..last, each against the state the one before left. */
function nights(last: number, options = OPTIONS): Comparison[] {
  const out: Comparison[] = [];
  let state: ReportState = emptyState(DATES[1] ?? "");
  for (let n = 1; n <= last; n++) {
    const c = compare(night(n), state, { ...options, date: DATES[n] ?? "" });
    out.push(c);
    state = c.state;
  }
  return out;
}

function outline(c: Comparison) {
  const name = (row: { url: string }) => NAMES[row.url] ?? row.url;
  const withHistory = (rows: Comparison["stillBroken"]) =>
    rows.map((r) => `${name(r)} ${r.history.first} ${r.history.nights}`);
  return {
    newlyBroken: withHistory(c.newlyBroken),
    stillBroken: withHistory(c.stillBroken),
    suspect: withHistory(c.suspect),
    unverifiable: withHistory(c.unverifiable),
    watching: withHistory(c.watching),
    recovered: c.recovered.map((r) => `${name(r)} was ${r.was}${r.link ? "" : ", gone"}`),
  };
}

function link(
  url: string,
  verdict: ResultLink["verdict"],
  status: number | null,
  reason: string,
): ResultLink {
  return { url, kind: "remote", verdict, status, reason, sources: [] };
}

describe("reading results", () => {
  test("a file that is not JSON names itself and says what was expected", () => {
    expect(() => parseResults("{", "links.json")).toThrow(InputError);
    expect(() => parseResults("{", "links.json")).toThrow(
      /^links\.json: not JSON \(.+\); expected the output of syllabus links --format json$/,
    );
  });

  test("empty input (an empty stdin) says so", () => {
    expect(() => parseResults(" \n", "stdin")).toThrow(
      "stdin: empty; expected the output of syllabus links --format json",
    );
  });

  test("JSON of another shape names the file and the first wrong field", () => {
    const wrong = JSON.stringify({ version: 1, links: [{ url: "https://a.example/", verdict: "gone" }] });
    expect(() => parseResults(wrong, "shard-2.json")).toThrow(
      'shard-2.json: not a syllabus links report (at links.0.kind: Invalid option: expected one of "remote"|"local"); expected the output of syllabus links --format json',
    );
    expect(() => parseResults('{"version":2,"links":[]}', "stdin")).toThrow(
      "stdin: not a syllabus links report (at version: Invalid input: expected 1); expected the output of syllabus links --format json",
    );
  });

  test("shards merge by URL: sources joined without repeats, the worse verdict wins, counts recomputed", () => {
    const source = (line: number) => ({
      file: "catalog.yaml",
      line,
      col: 5,
      lecture: { number: line, title: "T" },
      field: "video",
      fragment: null,
    });
    const a = { ...link("https://a.example/", "ok", 200, "HTTP 200"), sources: [source(9), source(3)] };
    const b = {
      ...link("https://a.example/", "unverifiable", null, "connect timeout"),
      sources: [source(3), source(7)],
    };
    const c = { ...link("https://b.example/", "broken", 404, "HTTP 404: not found"), sources: [source(1)] };
    const merged = mergeResults([[a], [c, b]]);
    expect(merged.summary).toEqual({ links: 2, ok: 0, broken: 1, unverifiable: 1 });
    expect(merged.links.map((l) => [l.url, l.verdict, l.sources.map((s) => s.line)])).toEqual([
      ["https://a.example/", "unverifiable", [3, 7, 9]],
      ["https://b.example/", "broken", [1]],
    ]);
  });
});

describe("merging shards: ties and order", () => {
  const at = (file: string, line: number, col: number, fragment: string | null = null) => ({
    file,
    line,
    col,
    lecture: null,
    field: null,
    fragment,
  });

  test("of two equal verdicts the first shard's result is kept", () => {
    const first = link("https://a.example/", "broken", 404, "HTTP 404");
    const second = link("https://a.example/", "broken", 410, "HTTP 410");
    expect(mergeResults([[first], [second]]).links.map((l) => [l.status, l.reason])).toEqual([
      [404, "HTTP 404"],
    ]);
  });

  test("sources are sorted by file, then line, then column; one place with two fragments is two sources", () => {
    const a = {
      ...link("https://a.example/", "ok", 200, "HTTP 200"),
      sources: [
        at("b.md", 1, 1),
        at("a.md", 2, 9),
        at("a.md", 2, 3),
        at("a.md", 2, 3, "x"),
        at("a.md", 1, 5),
      ],
    };
    const b = { ...link("https://a.example/", "ok", 200, "HTTP 200"), sources: [at("a.md", 2, 3, "x")] };
    expect(
      mergeResults([[a], [b]]).links[0]?.sources.map(
        (s) => `${s.file}:${s.line}:${s.col}${s.fragment ?? ""}`,
      ),
    ).toEqual(["a.md:1:5", "a.md:2:3", "a.md:2:3x", "a.md:2:9", "b.md:1:1"]);
  });

  test("a report that is not an object names no field", () => {
    expect(() => parseResults("[]", "x.json")).toThrow(
      "x.json: not a syllabus links report (Invalid input: expected object, received array); expected the output of syllabus links --format json",
    );
  });
});

describe("the flake guard's classes", () => {
  test.each([
    ["broken", 404, "HTTP 404: not found", "confirmed"],
    ["broken", 410, "HTTP 410: not found", "confirmed"],
    ["broken", null, "DNS: the host name does not exist", "confirmed"],
    ["broken", 200, "the video does not exist or was deleted (code -404)", "confirmed"],
    ["broken", 200, "deleted by the publisher (该内容已被发布者删除)", "confirmed"],
    ["broken", null, "file not found", "confirmed"],
    ["broken", 503, "server error (HTTP 503) after 4 attempts", "transient"],
    ["broken", null, "connection refused after 4 attempts", "transient"],
    ["unverifiable", 429, "rate limited (HTTP 429) after 4 attempts", "transient"],
    ["unverifiable", null, "connect timeout after 4 attempts", "transient"],
    ["unverifiable", null, "no response headers in time after 4 attempts", "transient"],
    ["unverifiable", null, "connection reset after 4 attempts", "transient"],
    ["unverifiable", 200, "bilibili rate limit (code -799)", "transient"],
    ["unverifiable", 403, "bot wall: HTTP 403 with a challenge", "unverifiable"],
    ["unverifiable", 412, "bot wall (HTTP 412)", "unverifiable"],
    ["unverifiable", 401, "login required (HTTP 401)", "unverifiable"],
    ["unverifiable", null, "no network", "offline"],
    ["ok", 200, "HTTP 200", undefined],
    ["broken", 500, "HTTP 500", "transient"],
    ["broken", 499, "HTTP 499", "confirmed"],
    ["unverifiable", 428, "HTTP 428", "unverifiable"],
    ["unverifiable", null, "the body stalled", "transient"],
    ["unverifiable", null, "Request Timed Out", "transient"],
    ["unverifiable", 200, "temporarily unavailable", "transient"],
    ["unverifiable", null, "network unreachable", "transient"],
    ["broken", null, "a page about no network (HTTP 404)", "confirmed"],
    ["unverifiable", 403, "bot wall, unlike no network", "unverifiable"],
  ] as const)("%s %s %s → %s", (verdict, status, reason, expected) => {
    expect(failureOf({ verdict, status, reason })).toBe(expected);
  });
});

describe("nights in a row", () => {
  test("five nights of the fixture: new, still, suspect, unverifiable, recovered each night", () => {
    expect(nights(5).map(outline)).toEqual([
      {
        newlyBroken: ["A 2026-11-27 1", "B 2026-11-27 1"],
        stillBroken: [],
        suspect: ["C 2026-11-27 1"],
        unverifiable: [],
        watching: ["D 2026-11-27 1"],
        recovered: [],
      },
      {
        // C timed out a second time: broken now, counted from its first night.
        newlyBroken: ["C 2026-11-27 2"],
        stillBroken: ["A 2026-11-27 2"],
        suspect: ["E 2026-11-28 1"],
        unverifiable: [],
        watching: ["D 2026-11-27 2"],
        recovered: ["B was broken, gone"],
      },
      {
        newlyBroken: ["G 2026-11-29 1"],
        stillBroken: ["A 2026-11-27 3", "C 2026-11-27 3"],
        suspect: ["H 2026-11-29 1"],
        unverifiable: ["D 2026-11-27 3"],
        watching: [],
        recovered: ["E was suspect"],
      },
      {
        newlyBroken: [],
        stillBroken: [],
        suspect: [],
        unverifiable: [],
        watching: [],
        recovered: [
          "A was broken",
          "H was suspect",
          "G was broken",
          "C was broken",
          "D was unverifiable",
        ].sort((a, b) => urlOf(a).localeCompare(urlOf(b))),
      },
      {
        // Broken again after a clean night: new again, and counted from tonight.
        newlyBroken: ["A 2026-12-01 1"],
        stillBroken: [],
        suspect: [],
        unverifiable: [],
        watching: [],
        recovered: [],
      },
    ]);
  });

  test("--confirm-after 3: a timeout is suspect on two runs and broken on the third; a 404 at once", () => {
    const timeout = link("https://t.example/", "unverifiable", null, "connect timeout after 4 attempts");
    const gone = link("https://g.example/", "broken", 404, "HTTP 404: not found");
    const results = mergeResults([[timeout, gone]]);
    let state = emptyState("2026-01-01");
    const seen: string[][] = [];
    for (const date of ["2026-01-01", "2026-01-02", "2026-01-03"]) {
      const c = compare(results, state, { date, confirmAfter: 3, unverifiableAfter: 3 });
      seen.push(
        [...c.newlyBroken, ...c.stillBroken, ...c.suspect].map((r) => `${r.url} ${r.history.standing}`),
      );
      state = c.state;
    }
    expect(seen).toEqual([
      ["https://g.example/ broken", "https://t.example/ suspect"],
      ["https://g.example/ broken", "https://t.example/ suspect"],
      ["https://t.example/ broken", "https://g.example/ broken"],
    ]);
  });

  test("a suspect link that passes on the next run is recovered, and never counted as broken", () => {
    const url = "https://flaky.example/";
    const first = compare(
      mergeResults([[link(url, "broken", 502, "server error (HTTP 502) after 4 attempts")]]),
      emptyState("2026-01-01"),
      { date: "2026-01-01", ...OPTIONS },
    );
    const second = compare(mergeResults([[link(url, "ok", 200, "HTTP 200")]]), first.state, {
      date: "2026-01-02",
      ...OPTIONS,
    });
    expect([first.suspect.length, first.newlyBroken.length]).toEqual([1, 0]);
    expect([second.recovered, second.newlyBroken, [...second.state.links]]).toEqual([
      [{ url, link: link(url, "ok", 200, "HTTP 200"), was: "suspect" }],
      [],
      [],
    ]);
  });

  test("a watched unverifiable link that passes before its Nth night was never news: dropped quietly", () => {
    const url = "https://walled.example/";
    const walled = mergeResults([[link(url, "unverifiable", 412, "bot wall (HTTP 412)")]]);
    const first = compare(walled, emptyState("2026-01-01"), { date: "2026-01-01", ...OPTIONS });
    const second = compare(mergeResults([[link(url, "ok", 200, "HTTP 200")]]), first.state, {
      date: "2026-01-02",
      ...OPTIONS,
    });
    expect(first.watching.map((r) => r.url)).toEqual([url]);
    expect([second.recovered, second.state.links.size]).toEqual([[], 0]);
  });

  test("links not tried for want of network keep their history and their place, and are counted", () => {
    const url = "https://gone.example/";
    const first = compare(
      mergeResults([[link(url, "broken", 404, "HTTP 404: not found")]]),
      emptyState("x"),
      {
        date: "2026-01-01",
        ...OPTIONS,
      },
    );
    const offline = compare(mergeResults([[link(url, "unverifiable", null, "no network")]]), first.state, {
      date: "2026-01-02",
      ...OPTIONS,
    });
    expect(offline.offline).toBe(1);
    // Still listed as broken (so an offline runner does not close the issue), not a night more.
    expect([
      offline.newlyBroken,
      offline.stillBroken.map((r) => [r.url, r.history]),
      offline.recovered,
    ]).toEqual([[], [[url, { first: "2026-01-01", nights: 1, standing: "broken" }]], []]);
    expect(offline.state.links.get(url)).toEqual({ first: "2026-01-01", nights: 1, standing: "broken" });
    expect(needsAttention(offline)).toBe(true);
  });
});

function urlOf(line: string): string {
  const name = line.split(" ")[0];
  return Object.entries(NAMES).find(([, n]) => n === name)?.[0] ?? "";
}

describe("the state comment", () => {
  const state: ReportState = {
    date: "2026-11-29",
    links: new Map([
      ["https://a.example/x?q=<b>--></b>", { first: "2026-11-27", nights: 3, standing: "broken" }],
      ["https://b.example/", { first: "2026-11-29", nights: 1, standing: "suspect" }],
    ]),
  };

  test("is compact JSON in one hidden comment, and reads back the same; no URL can end it early", () => {
    const comment = stateComment(state);
    expect(comment).toBe(
      '<!-- syllabus-report-state: {"v":1,"d":"2026-11-29","l":{"https://a.example/x?q=\\u003cb\\u003e--\\u003e\\u003c/b\\u003e":["2026-11-27",3,"b"],"https://b.example/":["2026-11-29",1,"s"]}} -->',
    );
    expect(readState(`Some text\n\n${comment}\n`)).toEqual({ state });
  });

  test.each([
    ["", "the state comment is missing from the issue body"],
    ["A body someone rewrote by hand.", "the state comment is missing from the issue body"],
    ["<!-- syllabus-report-state: {", "the state comment in the issue body is not closed"],
    ['<!-- syllabus-report-state: {"v":1, -->', "the state comment in the issue body is not valid JSON"],
    [
      '<!-- syllabus-report-state: {"v":9,"d":"2026-01-01","l":{}} -->',
      "the state comment in the issue body is not version 1",
    ],
    [
      '<!-- syllabus-report-state: {"v":1,"d":"yesterday","l":{}} -->',
      "the state comment in the issue body is malformed",
    ],
    [
      '<!-- syllabus-report-state: {"v":1,"d":"2026-01-01","l":{"https://a.example/":["2026-01-01","3","b"]}} -->',
      'the state comment in the issue body is malformed (at "https://a.example/")',
    ],
    [
      '<!-- syllabus-report-state: {"v":1,"d":"2026-01-01","l":{"https://a.example/":["2026-01-01",3,"x"]}} -->',
      'the state comment in the issue body is malformed (at "https://a.example/")',
    ],
  ])("a corrupt or missing state is a problem, never a crash: %j", (body, problem) => {
    expect(readState(body)).toEqual({ problem });
  });

  test.each([
    ['{"https://a.example/":["2026-01-01",2.5,"b"]}', "a fraction of a night"],
    ['{"https://a.example/":["01/01/2026",2,"b"]}', "a first night that is not a date"],
    ['{"https://a.example/":"2026-01-01"}', "an entry that is not a list"],
    ['{"https://a.example/":[20260101,2,"b"]}', "a first night that is not a string"],
  ])("an entry with %s is malformed at its URL (%s)", (links) => {
    expect(readState(`<!-- syllabus-report-state: {"v":1,"d":"2026-01-01","l":${links}} -->`)).toEqual({
      problem: 'the state comment in the issue body is malformed (at "https://a.example/")',
    });
  });

  test("a count of 0 nights or less reads as 1; each standing reads back by its code", () => {
    const read = readState(
      '<!-- syllabus-report-state: {"v":1,"d":"2026-01-02","l":{"https://a/":["2026-01-01",0,"u"],"https://b/":["2026-01-01",-4,"s"],"https://c/":["2026-01-01",5,"b"]}} -->',
    );
    expect(read.state?.links).toEqual(
      new Map([
        ["https://a/", { first: "2026-01-01", nights: 1, standing: "unverifiable" }],
        ["https://b/", { first: "2026-01-01", nights: 1, standing: "suspect" }],
        ["https://c/", { first: "2026-01-01", nights: 5, standing: "broken" }],
      ]),
    );
  });

  test("a state that fits exactly is kept whole; one character less and a link is dropped", () => {
    const size = stateComment(state).length;
    expect(fitState(state, size)).toEqual({ state, dropped: 0 });
    const cut = fitState(state, size - 1);
    expect(cut.dropped).toBe(1);
    expect([...cut.state.links.keys()]).toEqual(["https://b.example/"]);
    expect(stateComment(cut.state).length).toBeLessThanOrEqual(size - 1);
  });

  test("the size of each link kept is estimated on the safe side, and closely: < and > count six characters", () => {
    const many: ReportState = { date: "2026-11-29", links: new Map() };
    for (let i = 0; i < 40; i++)
      many.links.set(`https://x.example/<${i}>`, { first: "2026-11-01", nights: i, standing: "broken" });
    for (const max of [300, 500, 900, 1500]) {
      const length = stateComment(fitState(many, max).state).length;
      expect(length).toBeLessThanOrEqual(max);
      // At most one link (about 55 characters here) and a character per link kept are left unused.
      expect(length).toBeGreaterThan(max - 100);
    }
  });

  test("too large a state keeps suspect and unverifiable links first, then as many broken as fit", () => {
    const big: ReportState = { date: "2026-11-29", links: new Map() };
    for (let i = 0; i < 500; i++)
      big.links.set(`https://broken.example/${i}`, { first: "2026-11-01", nights: 9, standing: "broken" });
    big.links.set("https://suspect.example/", { first: "2026-11-29", nights: 1, standing: "suspect" });
    big.links.set("https://walled.example/", { first: "2026-11-20", nights: 9, standing: "unverifiable" });
    const { state: kept, dropped } = fitState(big, 2000);
    expect(stateComment(kept).length).toBeLessThanOrEqual(2000);
    expect([...kept.links.keys()].slice(0, 2)).toEqual([
      "https://suspect.example/",
      "https://walled.example/",
    ]);
    expect(dropped).toBe(502 - kept.links.size);
    expect(kept.links.size).toBeGreaterThan(20);
  });
});

describe("the Markdown", () => {
  test("night 3 of the fixture renders as test/fixtures/report/night-3.expected.md", () => {
    const c = nights(3)[2] as Comparison;
    const markdown = renderReport(c, {
      lectureLabel: "第{zh}讲",
      blobBase: "https://github.com/mindspore-courses/step_into_llm/blob/4f1c2e9",
    });
    expect(markdown).toBe(expectedFile(path.join(FIXTURES, "night-3.expected.md"), markdown));
  });

  test("the README's example of the nightly issue is that fixture", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const expected = readFileSync(path.join(FIXTURES, "night-3.expected.md"), "utf8");
    const example = /<!-- report-example:start -->\n([\s\S]*?)<!-- report-example:end -->/.exec(readme)?.[1];
    expect(example).toBe(expected);
  });

  test("--lecture-label {n}: lectures named with digits; cells escape markdown and stay on one line", () => {
    const source = {
      file: "catalog.yaml",
      line: 4,
      col: 3,
      lecture: { number: 7, title: "a | b\n  *c*" },
      field: "code",
      fragment: "part-2",
    };
    const results = mergeResults([
      [{ ...link("https://x.example/", "broken", 404, "HTTP 404: not found"), sources: [source] }],
    ]);
    const c = compare(results, emptyState("2026-01-01"), { date: "2026-01-01", ...OPTIONS });
    expect(renderReport(c, { lectureLabel: "Lecture {n}" })).toBe(
      [
        "**1 broken link (1 new)** — 1 link checked on 2026-01-01: 0 ok, 1 broken, 0 unverifiable.",
        "",
        "### Newly broken (1)",
        "",
        "| Lecture | Field | Link | Reason | Line |",
        "| - | - | - | - | - |",
        "| Lecture 7 a \\| b \\*c\\* | code | <https://x.example/#part-2> | HTTP 404: not found | catalog.yaml:4 |",
        "",
      ].join("\n"),
    );
  });

  test("a lecture with its own label (HW1) is named by it, not by the label format", () => {
    const source = {
      file: "catalog.yaml",
      line: 9,
      col: 5,
      lecture: { number: 3, label: "HW1", title: "Homework" },
      field: "video",
      fragment: null,
    };
    const results = mergeResults([
      [{ ...link("https://x.example/", "broken", 410, "HTTP 410"), sources: [source] }],
    ]);
    const c = compare(results, emptyState("2026-01-01"), { date: "2026-01-01", ...OPTIONS });
    expect(renderReport(c, { lectureLabel: "Lecture {n}" }).split("\n")).toContain(
      "| HW1 Homework | video | <https://x.example/> | HTTP 410 | catalog.yaml:9 |",
    );
  });

  test("local files as code, links without a place, watched and offline counts, notes, and blob links", () => {
    const source = (file: string, line: number, fragment: string | null = null) => ({
      file,
      line,
      col: 3,
      lecture: null,
      field: null,
      fragment,
    });
    const results = mergeResults([
      [
        {
          ...link("docs/a b.md", "broken", null, "file not found"),
          kind: "local",
          sources: [source("docs/x y.md", 2, "top")],
        },
        { ...link("https://gone.example/", "broken", 404, "HTTP 404\nnot found"), sources: [] },
        link("https://w1.example/", "unverifiable", 403, "bot wall"),
        link("https://w2.example/", "unverifiable", 403, "bot wall"),
        link("https://off.example/", "unverifiable", null, "no network"),
      ],
    ]);
    const c = compare(results, emptyState("2026-01-01"), { date: "2026-01-01", ...OPTIONS });
    const options = {
      lectureLabel: "第{zh}讲",
      blobBase: "https://github.com/o/r/blob/abc",
      notes: ["history was reset"],
    };
    expect(renderReport(c, options)).toBe(
      [
        "> **Note:** history was reset",
        "",
        "**2 broken links (2 new)** — 5 links checked on 2026-01-01: 0 ok, 2 broken, 3 unverifiable.",
        "",
        "2 unverifiable links are watched: listed here once unverifiable for 3 nights in a row.",
        "",
        "1 link could not be checked (no network); their history is kept.",
        "",
        "### Newly broken (2)",
        "",
        "| Lecture | Field | Link | Reason | Line |",
        "| - | - | - | - | - |",
        "| | | `docs/a b.md#top` | file not found | [docs/x y.md:2](https://github.com/o/r/blob/abc/docs/x%20y.md#L2) |",
        "| | | <https://gone.example/> | HTTP 404 not found | |",
        "",
      ].join("\n"),
    );
    const one = compare(
      mergeResults([[link("https://w1.example/", "unverifiable", 403, "bot wall")]]),
      emptyState("2026-01-01"),
      { date: "2026-01-01", ...OPTIONS },
    );
    expect(renderReport(one, { lectureLabel: "{n}" })).toBe(
      [
        "**All links pass** — 1 link checked on 2026-01-01: 0 ok, 0 broken, 1 unverifiable.",
        "",
        "1 unverifiable link is watched: listed here once unverifiable for 3 nights in a row.",
        "",
      ].join("\n"),
    );
  });

  test("an all-clear night says so", () => {
    const c = nights(4)[3] as Comparison;
    expect(renderReport(c, { lectureLabel: "第{zh}讲" }).split("\n")[0]).toBe(
      "**All links pass** · 5 recovered — 7 links checked on 2026-11-30: 7 ok, 0 broken, 0 unverifiable.",
    );
  });
});

describe("the issue body's size", () => {
  function manyBroken(count: number): Comparison {
    const links = Array.from({ length: count }, (_, i) => ({
      ...link(
        `https://broken.example/a/rather/long/path/to/make/rows/wide/${i}`,
        "broken",
        404,
        "HTTP 404: not found",
      ),
      sources: [
        {
          file: "catalog.yaml",
          line: i + 1,
          col: 12,
          lecture: { number: i + 1, title: "一个相当长的讲座标题" },
          field: "review",
          fragment: null,
        },
      ],
    }));
    const suspect = link("https://flaky.example/", "unverifiable", null, "connect timeout after 4 attempts");
    return compare(mergeResults([[...links, suspect]]), emptyState("2026-01-01"), {
      date: "2026-01-01",
      ...OPTIONS,
    });
  }

  test("600 broken links: the body stays under 65,536 characters, says how many rows are cut, keeps the flake guard's state", () => {
    const c = manyBroken(600);
    const body = renderIssueBody(c, {
      lectureLabel: "第{zh}讲",
      runUrl: "https://github.com/o/r/actions/runs/42",
    });
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    expect(body.length).toBeGreaterThan(ISSUE_BODY_MAX - 1000); // cut no more than needed
    const shown = body.split("\n").filter((line) => line.startsWith("| 第")).length;
    expect(body).toContain(
      `… and ${600 - shown} more rows not shown here (see the job summary of [this run](https://github.com/o/r/actions/runs/42)).`,
    );
    // The suspect link's section comes after the 600 broken ones: its rows are cut, its count is not.
    expect(body).toContain("### Suspect (1)");
    const state = readState(body).state;
    expect(state?.links.get("https://flaky.example/")).toEqual({
      first: "2026-01-01",
      nights: 1,
      standing: "suspect",
    });
    expect(body).toContain(`the history of ${601 - (state?.links.size ?? 0)} broken links was not kept`);
  });

  test("a tight limit: exactly the rows that fit are shown, one hidden row in the singular, no run link without a run", () => {
    const broken = Array.from({ length: 3 }, (_, i) => ({
      ...link(`https://b.example/${i}`, "broken", 404, "HTTP 404"),
      sources: [
        {
          file: "catalog.yaml",
          line: i + 1,
          col: 1,
          lecture: { number: i + 1, title: "t" },
          field: "review",
          fragment: null,
        },
      ],
    }));
    const c = compare(mergeResults([broken]), emptyState("2026-01-01"), { date: "2026-01-01", ...OPTIONS });
    const full = renderIssueBody(c, { lectureLabel: "第{zh}讲" });
    const rows = full.split("\n").filter((line) => line.startsWith("| 第"));
    expect(rows).toHaveLength(3);
    // One character less than the whole body: the last row must go, and no more.
    const cut = renderIssueBody(c, { lectureLabel: "第{zh}讲" }, full.length - 1);
    expect(cut.length).toBeLessThanOrEqual(full.length - 1);
    expect(cut.split("\n").filter((line) => line.startsWith("| 第"))).toEqual(rows.slice(0, 2));
    expect(cut).toContain("\n\n… and 1 more row not shown here (see the job summary).\n\n");
  });

  test("a body that fits is not cut", () => {
    const c = manyBroken(3);
    const body = renderIssueBody(c, { lectureLabel: "第{zh}讲" });
    expect(body).toBe(
      `${renderReport(c, { lectureLabel: "第{zh}讲" })}\n<sub>Kept up to date by <code>syllabus report</code>: edits to this text are overwritten on the next run.</sub>\n\n${stateComment(c.state)}\n`,
    );
  });
});

describe("properties of the state comment", () => {
  const date = fc
    .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const history = fc.record({
    first: date,
    nights: fc.integer({ min: 1, max: 10_000 }),
    standing: fc.constantFrom("broken" as const, "suspect" as const, "unverifiable" as const),
  });
  const url = fc
    .array(fc.oneof(fc.string({ unit: "grapheme" }), fc.constantFrom("-->", "<!--", "<", ">", '"', "\\")), {
      minLength: 1,
    })
    .map((parts) => parts.join(""))
    .filter((u) => u !== "");
  const state = fc.record({
    date,
    links: fc.uniqueArray(fc.tuple(url, history), {
      selector: ([url]) => url,
      maxLength: 20,
    }),
  });

  test("any state written into any body reads back the same, whatever the URLs hold (-->, <, quotes)", () => {
    fc.assert(
      fc.property(state, fc.string(), fc.string(), (s, before, after) => {
        const written: ReportState = { date: s.date, links: new Map(s.links) };
        const body = `${before.replaceAll("<!--", "")}\n${stateComment(written)}\n${after}`;
        expect(readState(body)).toEqual({ state: written });
      }),
    );
  });

  test("any body at all gives a state or a problem, never an exception", () => {
    const marker = fc.constantFrom("", "<!-- syllabus-report-state: ", "-->", '{"v":1,"d":"2026-01-01","l":');
    const body = fc
      .array(fc.oneof(fc.string(), marker, fc.json()), { maxLength: 8 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(body, (text) => {
        const read = readState(text);
        expect(read.state !== undefined || typeof read.problem === "string").toBe(true);
      }),
    );
  });
});
