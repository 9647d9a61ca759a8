// The link report's formats read from one model: exact text, JSON, markdown and GitHub output of
// small hand-built reports, and the summary line in each of its shapes.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { FORMATTERS, type LinkReport, summarize, summaryLine } from "../../src/links/report/index.js";
import { LINK_RULES, linkMessages } from "../../src/links/report/messages.js";
import { displayUrl, findings, fragmentOf } from "../../src/links/report/model.js";
import type { CheckResult, LinkSource, LinkTarget } from "../../src/links/types.js";
import { plain } from "../helpers/problems.js";

const result = (over: Partial<CheckResult>): CheckResult => ({
  verdict: "ok",
  reason: "HTTP 200",
  attempts: 1,
  durationMs: 5,
  warnings: [],
  ...over,
});
const remote = (url: string, sources: LinkSource[]): LinkTarget => ({
  key: url,
  kind: "remote",
  url,
  sources,
});
const lecture = { number: 3, title: "Attention" };

/** A catalog link broken, a labelled lecture's link with a redirect, a page's fragments, one ok. */
function sampleReport(): LinkReport {
  return {
    entries: [
      {
        target: remote("https://example.com/gone", [
          { file: "catalog.yaml", line: 9, col: 12, lecture, field: "video" },
        ]),
        result: result({ verdict: "broken", status: 404, reason: "HTTP 404" }),
      },
      {
        target: remote("https://example.com/moved", [
          { file: "catalog.yaml", line: 20, col: 5, lecture: { number: 4, title: "Extra", label: "附录" } },
        ]),
        result: result({
          status: 301,
          warnings: ["permanent redirect to https://example.com/new"],
          finalUrl: "https://example.com/new",
          suggestion: "https://example.com/new",
        }),
      },
      {
        target: remote("https://example.com/page", [
          { file: "README.md", line: 7, col: 3, fragment: "intro" },
          { file: "README.md", line: 2, col: 1, fragment: "missing" },
          { file: "README.md", line: 2, col: 9 },
        ]),
        result: result({
          cached: true,
          fragments: {
            intro: { found: true },
            missing: { found: false, warning: "no anchor #missing on the page" },
          },
        }),
      },
      {
        target: remote("https://example.com/slow", [{ file: "README.md", line: 30, col: 1 }]),
        result: result({ verdict: "unverifiable", reason: "timed out after 1 s", attempts: 3 }),
      },
    ],
    excluded: 2,
    skipped: 1,
    fail: ["broken"],
  };
}

describe("the summary line", () => {
  test("counts, then what came from the cache, the warnings, the exclusions", () => {
    const summary = summarize(sampleReport());
    // Strict: no "unchanged", "changedSince" or "shard" key, not even undefined, without those options.
    expect(summary).toStrictEqual({
      links: 4,
      checked: 4,
      notChecked: 0,
      ok: 2,
      broken: 1,
      unverifiable: 1,
      cached: 1,
      warnings: 2,
      excluded: 2,
      failed: true,
    });
    expect(summaryLine(summary)).toBe(
      "4 links checked: 2 ok, 1 broken, 1 unverifiable (1 from cache, 2 warnings, 2 excluded)",
    );
  });

  test("one link, one warning, nothing else: singular words and no parenthesis", () => {
    const base = summarize({ entries: [], excluded: 0, skipped: 0, fail: [] });
    expect(summaryLine({ ...base, links: 1, checked: 1, ok: 1 })).toBe(
      "1 link checked: 1 ok, 0 broken, 0 unverifiable",
    );
    expect(summaryLine({ ...base, links: 1, checked: 1, ok: 1, warnings: 1 })).toBe(
      "1 link checked: 1 ok, 0 broken, 0 unverifiable (1 warning)",
    );
  });

  test("a shard and --changed-since are named", () => {
    const report: LinkReport = {
      ...sampleReport(),
      excluded: 0,
      shard: { index: 2, count: 3 },
      since: "origin/main",
      unchanged: 5,
    };
    const summary = summarize(report);
    expect([summary.shard, summary.unchanged, summary.changedSince]).toEqual([
      { index: 2, count: 3 },
      5,
      "origin/main",
    ]);
    expect(summaryLine(summary)).toBe(
      "shard 2/3: 4 links checked: 2 ok, 1 broken, 1 unverifiable (1 from cache, 2 warnings, 5 unchanged since origin/main, not checked)",
    );
  });

  test("offline: how many were tried, and how many remote links were not", () => {
    const offline = (url: string) => ({
      target: remote(url, [{ file: "README.md", line: 1, col: 1 }]),
      result: result({ verdict: "unverifiable", reason: "no network: getaddrinfo EAI_AGAIN" }),
    });
    const local = {
      target: { key: "file:///x", kind: "local" as const, url: path.resolve("x.md"), sources: [] },
      result: result({ reason: "file exists" }),
    };
    const none = summarize({
      entries: [offline("https://a.org/"), offline("https://b.org/")],
      excluded: 0,
      skipped: 0,
      fail: ["broken"],
    });
    expect(summaryLine(none)).toBe("0 of 2 links checked; 2 remote links not checked (no network)");
    const some = summarize({
      entries: [offline("https://a.org/"), local],
      excluded: 0,
      skipped: 0,
      fail: ["broken"],
    });
    expect([some.checked, some.notChecked, some.unverifiable, some.failed]).toEqual([1, 1, 1, false]);
    expect(summaryLine(some)).toBe(
      "1 of 2 links checked: 1 ok, 0 broken, 0 unverifiable; 1 remote link not checked (no network)",
    );
  });
});

describe("findings and their messages", () => {
  test("one per source that is not ok or has a warning, in file, line and column order", () => {
    expect(
      findings(sampleReport()).map(
        (f) => `${f.source.file}:${f.source.line}:${f.source.col} ${f.warnings.join("|")}`,
      ),
    ).toEqual([
      "catalog.yaml:9:12 ",
      "catalog.yaml:20:5 permanent redirect to https://example.com/new",
      "README.md:2:1 no anchor #missing on the page",
      "README.md:30:1 ",
    ]);
  });

  test("sorted by file, then line, then column, whatever the order of the links", () => {
    const broken = result({ verdict: "broken", reason: "HTTP 404" });
    const report: LinkReport = {
      entries: [
        {
          target: remote("https://a.org/1", [
            { file: "b.md", line: 3, col: 1 },
            { file: "b.md", line: 1, col: 9 },
          ]),
          result: broken,
        },
        {
          target: remote("https://a.org/2", [
            { file: "b.md", line: 2, col: 1 },
            { file: "b.md", line: 1, col: 2 },
            { file: "a.md", line: 9, col: 9 },
          ]),
          result: broken,
        },
      ],
      excluded: 0,
      skipped: 0,
      fail: [],
    };
    expect(findings(report).map((f) => `${f.source.file}:${f.source.line}:${f.source.col}`)).toEqual([
      "a.md:9:9",
      "b.md:1:2",
      "b.md:1:9",
      "b.md:2:1",
      "b.md:3:1",
    ]);
  });

  test("each finding is a problem: the verdict's rule, an error only for a failing verdict; warnings by kind", () => {
    const report = sampleReport();
    report.entries[0]?.result.warnings.push("served as text/plain");
    expect(plain(linkMessages(report))).toEqual([
      {
        file: "catalog.yaml",
        line: 9,
        col: 12,
        rule: "links/broken",
        message: "broken link in video: https://example.com/gone — HTTP 404",
        severity: "error",
      },
      {
        file: "catalog.yaml",
        line: 9,
        col: 12,
        rule: "links/warning",
        message: "https://example.com/gone — served as text/plain",
        severity: "warning",
      },
      {
        file: "catalog.yaml",
        line: 20,
        col: 5,
        rule: "links/redirected",
        message: "https://example.com/moved — permanent redirect to https://example.com/new",
        severity: "warning",
      },
      {
        file: "README.md",
        line: 2,
        col: 1,
        rule: LINK_RULES.fragment,
        message: "https://example.com/page#missing — no anchor #missing on the page",
        severity: "warning",
      },
      {
        file: "README.md",
        line: 30,
        col: 1,
        rule: "links/unverifiable",
        message: "unverifiable link: https://example.com/slow — timed out after 1 s",
        severity: "warning",
      },
    ]);
  });

  test("a fragment is judged only when its own check is recorded", () => {
    const checked = result({ fragments: { a: { found: false, warning: "no #a" } } });
    expect(fragmentOf(checked, { file: "f", line: 1, col: 1, fragment: "a" })).toEqual({
      found: false,
      warning: "no #a",
    });
    expect(fragmentOf(checked, { file: "f", line: 1, col: 1, fragment: "b" })).toBeUndefined();
    expect(fragmentOf(checked, { file: "f", line: 1, col: 1, fragment: "toString" })).toBeUndefined();
    expect(fragmentOf(result({}), { file: "f", line: 1, col: 1, fragment: "a" })).toBeUndefined();
  });

  test("a local link is shown relative to the working directory, with its fragment; control characters encoded", () => {
    const entry = (url: string, kind: "local" | "remote") => ({
      target: { key: url, kind, url, sources: [] },
      result: result({}),
    });
    const source = { file: "README.md", line: 1, col: 1 };
    expect(displayUrl(entry(path.resolve("docs/a.md"), "local"), { ...source, fragment: "part" })).toBe(
      path.join("docs", "a.md#part"),
    );
    expect(displayUrl(entry("/elsewhere/a\u001b[31m.md", "local"), source)).toBe("/elsewhere/a%1B[31m.md");
    expect(displayUrl(entry("https://example.com/docs/a.md", "remote"), source)).toBe(
      "https://example.com/docs/a.md",
    );
  });
});

describe("the formats", () => {
  test("text: findings grouped by lecture (its label, else its number) or by file, then the summary", () => {
    expect(FORMATTERS.text?.(sampleReport())).toBe(
      [
        "lecture 3 · Attention",
        "catalog.yaml:9:12: error: broken link in video: https://example.com/gone — HTTP 404 [links/broken]",
        "",
        "lecture 附录 · Extra",
        "catalog.yaml:20:5: warning: https://example.com/moved — permanent redirect to https://example.com/new [links/redirected]",
        "",
        "README.md",
        "README.md:2:1: warning: https://example.com/page#missing — no anchor #missing on the page [links/fragment]",
        "README.md:30:1: warning: unverifiable link: https://example.com/slow — timed out after 1 s [links/unverifiable]",
        "",
        "4 links checked: 2 ok, 1 broken, 1 unverifiable (1 from cache, 2 warnings, 2 excluded)",
        "",
      ].join("\n"),
    );
  });

  test("text: nothing found is the summary alone; offline, one line instead of one per link", () => {
    expect(FORMATTERS.text?.({ entries: [], excluded: 0, skipped: 0, fail: ["broken"] })).toBe(
      "0 links checked: 0 ok, 0 broken, 0 unverifiable\n",
    );
    const offline = {
      target: remote("https://a.org/", [{ file: "README.md", line: 1, col: 1 }]),
      result: result({ verdict: "unverifiable", reason: "no network" }),
    };
    expect(FORMATTERS.text?.({ entries: [offline], excluded: 0, skipped: 0, fail: ["broken"] })).toBe(
      "no network: 1 remote link not checked\n\n0 of 1 link checked; 1 remote link not checked (no network)\n",
    );
    const gone = {
      target: {
        key: "f",
        kind: "local" as const,
        url: path.resolve("gone.md"),
        sources: [{ file: "README.md", line: 4, col: 2 }],
      },
      result: result({ verdict: "broken", reason: "no such file or folder in the working tree" }),
    };
    expect(FORMATTERS.text?.({ entries: [offline, gone], excluded: 0, skipped: 0, fail: ["broken"] })).toBe(
      [
        "no network: 1 remote link not checked",
        "",
        "README.md",
        "README.md:4:2: error: broken link: gone.md — no such file or folder in the working tree [links/broken]",
        "",
        "1 of 2 links checked: 0 ok, 1 broken, 0 unverifiable; 1 remote link not checked (no network)",
        "",
      ].join("\n"),
    );
    expect(FORMATTERS.text?.({ entries: [offline, offline], excluded: 0, skipped: 0, fail: [] })).toBe(
      "no network: 2 remote links not checked\n\n0 of 2 links checked; 2 remote links not checked (no network)\n",
    );
  });

  test("json: every link sorted by URL with every field, each source's fragment verdict, and the problems", () => {
    const report = sampleReport();
    report.entries.reverse();
    const json = JSON.parse(FORMATTERS.json?.(report) ?? "");
    expect(json.version).toBe(1);
    expect(json.summary).toEqual(summarize(sampleReport()));
    expect(json.links.map((l: { url: string }) => l.url)).toEqual([
      "https://example.com/gone",
      "https://example.com/moved",
      "https://example.com/page",
      "https://example.com/slow",
    ]);
    expect(json.links[0]).toEqual({
      url: "https://example.com/gone",
      kind: "remote",
      verdict: "broken",
      status: 404,
      reason: "HTTP 404",
      finalUrl: null,
      suggestion: null,
      attempts: 1,
      durationMs: 5,
      cached: false,
      warnings: [],
      sources: [
        {
          file: "catalog.yaml",
          line: 9,
          col: 12,
          lecture: { number: 3, title: "Attention" },
          field: "video",
          fragment: null,
          fragmentFound: null,
          warnings: [],
        },
      ],
    });
    expect([json.links[1].status, json.links[1].finalUrl, json.links[1].suggestion]).toEqual([
      301,
      "https://example.com/new",
      "https://example.com/new",
    ]);
    expect(json.links[2].cached).toBe(true);
    expect(
      json.links[2].sources.map((s: Record<string, unknown>) => [
        s.lecture,
        s.field,
        s.fragment,
        s.fragmentFound,
        s.warnings,
      ]),
    ).toEqual([
      [null, null, "intro", true, []],
      [null, null, "missing", false, ["no anchor #missing on the page"]],
      [null, null, null, null, []],
    ]);
    expect(json.problems.map((p: { rule: string; line: number }) => `${p.rule}@${p.line}`)).toEqual([
      "links/broken@9",
      "links/redirected@20",
      "links/fragment@2",
      "links/unverifiable@30",
    ]);
  });

  test("markdown: a heading, the summary and a table of findings with escaped cells", () => {
    const report = sampleReport();
    report.entries[3]?.target.sources.push({ file: "a|b.md", line: 1, col: 2, field: "x" });
    expect(FORMATTERS.markdown?.(report)).toBe(
      [
        "## syllabus links",
        "",
        "4 links checked: 2 ok, 1 broken, 1 unverifiable (1 from cache, 2 warnings, 2 excluded)",
        "",
        "| verdict | where | lecture | link | reason |",
        "| - | - | - | - | - |",
        "| unverifiable | `a\\|b.md:1:2` | | <https://example.com/slow> | timed out after 1 s |",
        "| broken | `catalog.yaml:9:12` | 3 Attention (video) | <https://example.com/gone> | HTTP 404 |",
        "| warning | `catalog.yaml:20:5` | 附录 Extra | <https://example.com/moved> | permanent redirect to https\\://example.com/new |",
        "| warning | `README.md:2:1` | | <https://example.com/page#missing> | no anchor #missing on the page |",
        "| unverifiable | `README.md:30:1` | | <https://example.com/slow> | timed out after 1 s |",
        "",
      ].join("\n"),
    );
  });

  test("markdown: a finding's reason and warnings are joined by semicolons", () => {
    const report: LinkReport = {
      entries: [
        {
          target: remote("https://example.com/x", [{ file: "a.md", line: 1, col: 1 }]),
          result: result({ verdict: "broken", reason: "HTTP 404", warnings: ["served as text/plain"] }),
        },
      ],
      excluded: 0,
      skipped: 0,
      fail: ["broken"],
    };
    expect(FORMATTERS.markdown?.(report).split("\n").at(-2)).toBe(
      "| broken | `a.md:1:1` | | <https://example.com/x> | HTTP 404; served as text/plain |",
    );
  });

  test("markdown: no findings, no table", () => {
    expect(FORMATTERS.markdown?.({ entries: [], excluded: 0, skipped: 0, fail: [] })).toBe(
      "## syllabus links\n\n0 links checked: 0 ok, 0 broken, 0 unverifiable\n",
    );
  });

  test("github: one workflow command per finding, at its file and line", () => {
    expect(
      FORMATTERS.github?.(sampleReport())
        .split("\n")
        .map((l) => l.split(",title=")[0]),
    ).toEqual([
      "::error file=catalog.yaml,line=9,col=12",
      "::warning file=catalog.yaml,line=20,col=5",
      "::warning file=README.md,line=2,col=1",
      "::warning file=README.md,line=30,col=1",
      "",
    ]);
  });
});
