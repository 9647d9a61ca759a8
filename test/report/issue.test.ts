// What becomes of the one issue, decided without GitHub: which issue is the report's, what to do
// with it for each state of the issue and of tonight's comparison, and what is said on the way.
import { describe, expect, test } from "vitest";
import { compare } from "../../src/report/compare.js";
import type { Issue } from "../../src/report/github.js";
import { applyIssueActions, type IssueAction, pickIssue, planIssue } from "../../src/report/issue.js";
import { renderReport } from "../../src/report/markdown.js";
import { mergeResults, type ResultLink } from "../../src/report/results.js";
import { emptyState, type ReportState, stateComment } from "../../src/report/state.js";

const OPTIONS = { title: "Broken links", label: "broken-links" };
const DATE = "2026-11-29";

function link(
  url: string,
  verdict: ResultLink["verdict"],
  status: number | null,
  reason: string,
): ResultLink {
  return { url, kind: "remote", verdict, status, reason, sources: [] };
}

function comparison(links: ResultLink[], previous: ReportState = emptyState(DATE), unverifiableAfter = 3) {
  return compare(mergeResults([links]), previous, { date: DATE, confirmAfter: 2, unverifiableAfter });
}

const ok = link("https://ok.example/", "ok", 200, "HTTP 200");
const gone = link("https://gone.example/", "broken", 404, "HTTP 404");
const slow = link("https://slow.example/", "unverifiable", null, "connect timeout after 4 attempts");
const walled = link("https://walled.example/", "unverifiable", 403, "bot wall (HTTP 403)");

const issue = (state: Issue["state"], body = "old body"): Issue => ({
  number: 7,
  state,
  body,
  url: "https://github.com/o/r/issues/7",
  labels: ["broken-links"],
});

const remembered: ReportState = {
  date: "2026-11-28",
  links: new Map([["https://slow.example/", { first: "2026-11-28", nights: 1, standing: "suspect" }]]),
};

describe("pickIssue", () => {
  test("the most recent issue holding the state comment, else the most recent, else none", () => {
    const withState = { ...issue("closed", `text\n${stateComment(emptyState(DATE))}`), number: 3 };
    const newer = { ...issue("open", "someone else's"), number: 9 };
    expect(pickIssue([newer, withState])?.number).toBe(3);
    expect(pickIssue([newer, { ...newer, number: 2 }])?.number).toBe(9);
    expect(pickIssue([])).toBeUndefined();
  });
});

describe("planIssue", () => {
  const body = "BODY";
  const create: IssueAction = { kind: "create", title: "Broken links", body, label: "broken-links" };

  test("no issue yet: created for a broken link", () => {
    expect(planIssue(undefined, comparison([gone]), body, OPTIONS)).toEqual([create]);
  });

  test("no issue yet and only a suspect link: created to remember it, and closed at once", () => {
    expect(planIssue(undefined, comparison([slow]), body, OPTIONS)).toEqual([
      create,
      { kind: "update", state: "closed" },
    ]);
  });

  test("no issue yet and nothing to tell or remember: nothing is done", () => {
    expect(planIssue(undefined, comparison([ok]), body, OPTIONS)).toEqual([]);
  });

  test("an open issue and a broken link: the body is edited, nothing else", () => {
    expect(planIssue(issue("open"), comparison([gone]), body, OPTIONS)).toEqual([{ kind: "update", body }]);
  });

  test("a closed issue and a broken link: reopened, with a comment counting what broke", () => {
    const previous: ReportState = {
      date: "2026-11-28",
      links: new Map([
        ["https://walled.example/", { first: "2026-11-26", nights: 3, standing: "unverifiable" }],
      ]),
    };
    const before: ReportState = {
      ...previous,
      links: new Map([
        ...previous.links,
        ["https://old.example/", { first: "2026-11-20", nights: 4, standing: "broken" }],
      ]),
    };
    const old = link("https://old.example/", "broken", 404, "HTTP 404");
    expect(planIssue(issue("closed"), comparison([gone, old, walled], before), body, OPTIONS)).toEqual([
      { kind: "update", body, state: "open" },
      {
        kind: "comment",
        body: "Links broke again on 2026-11-29: 1 newly broken, 1 still broken, 1 unverifiable for 3+ nights. Reopening.",
      },
    ]);
    expect(planIssue(issue("closed"), comparison([old], before), body, OPTIONS)[1]).toEqual({
      kind: "comment",
      body: "Links broke again on 2026-11-29: 1 still broken. Reopening.",
    });
  });

  test("a broken link removed from the course is counted as no longer linked, not as recovered", () => {
    const before: ReportState = {
      date: "2026-11-28",
      links: new Map([
        ["https://ok.example/", { first: "2026-11-27", nights: 2, standing: "broken" }],
        ["https://removed.example/", { first: "2026-11-27", nights: 2, standing: "broken" }],
      ]),
    };
    expect(planIssue(issue("open"), comparison([ok], before), body, OPTIONS)[0]).toEqual({
      kind: "comment",
      body: "No broken links on 2026-11-29 (1 checked). 1 recovered, 1 no longer linked since the last report. Closing; this issue reopens when a link breaks again.",
    });
    expect(renderReport(comparison([ok], before), { lectureLabel: "{n}" }).split("\n")[0]).toBe(
      "**All links pass** · 1 recovered · 1 no longer linked — 1 link checked on 2026-11-29: 1 ok, 0 broken, 0 unverifiable.",
    );
  });

  test("an open issue and all clear: a comment with the count checked and recovered, then closed", () => {
    const before: ReportState = {
      date: "2026-11-28",
      links: new Map([["https://ok.example/", { first: "2026-11-27", nights: 2, standing: "broken" }]]),
    };
    expect(planIssue(issue("open"), comparison([ok], before), body, OPTIONS)).toEqual([
      {
        kind: "comment",
        body: "No broken links on 2026-11-29 (1 checked). 1 recovered since the last report. Closing; this issue reopens when a link breaks again.",
      },
      { kind: "update", body, state: "closed" },
    ]);
    expect(planIssue(issue("open"), comparison([ok]), body, OPTIONS)[0]).toEqual({
      kind: "comment",
      body: "No broken links on 2026-11-29 (1 checked). Closing; this issue reopens when a link breaks again.",
    });
  });

  test("a closed issue, quiet tonight: the body is edited only when there is or was something to remember", () => {
    const memory = `text\n${stateComment(remembered)}`;
    const empty = `text\n${stateComment(emptyState(DATE))}`;
    expect(planIssue(issue("closed", empty), comparison([ok]), body, OPTIONS)).toEqual([]);
    expect(planIssue(issue("closed", memory), comparison([ok]), body, OPTIONS)).toEqual([
      { kind: "update", body },
    ]);
    expect(planIssue(issue("closed", empty), comparison([slow]), body, OPTIONS)).toEqual([
      { kind: "update", body },
    ]);
    expect(planIssue(issue("closed", "no state at all"), comparison([ok]), body, OPTIONS)).toEqual([]);
  });
});

describe("applyIssueActions", () => {
  function fakeApi(labels = ["broken-links"]) {
    const calls: string[] = [];
    let current: Issue | undefined;
    return {
      calls,
      api: {
        createIssue: async (title: string, body: string, label: string) => {
          calls.push(`create ${title} ${body} ${label}`);
          current = {
            number: 12,
            state: "open" as const,
            body,
            url: "https://github.com/o/r/issues/12",
            labels,
          };
          return current;
        },
        updateIssue: async (number: number, change: { body?: string; state?: "open" | "closed" }) => {
          // The whole change, as it would go into the PATCH body: nothing but the fields GitHub takes.
          calls.push(`update ${number} ${JSON.stringify(change)}`);
          current = { ...(current ?? issue("open")), number, ...change };
          return current;
        },
        comment: async (number: number, body: string) => {
          calls.push(`comment ${number} ${body}`);
        },
      },
    };
  }

  test("created and closed at once: both said, in order", async () => {
    const { api, calls } = fakeApi();
    const said: string[] = [];
    const result = await applyIssueActions(
      api,
      undefined,
      [
        { kind: "create", title: "T", body: "B", label: "broken-links" },
        { kind: "update", state: "closed" },
      ],
      (m) => said.push(m),
    );
    expect(calls).toEqual(["create T B broken-links", 'update 12 {"state":"closed"}']);
    expect(said).toEqual([
      "opened issue #12 https://github.com/o/r/issues/12",
      "closed issue #12 https://github.com/o/r/issues/12",
    ]);
    expect(result?.state).toBe("closed");
  });

  test("a label GitHub did not set is a warning naming the label", async () => {
    const { api } = fakeApi([]);
    const said: string[] = [];
    await applyIssueActions(api, undefined, [{ kind: "create", title: "T", body: "B", label: "x" }], (m) =>
      said.push(m),
    );
    expect(said).toEqual([
      "opened issue #12 https://github.com/o/r/issues/12",
      'warning: issue #12 did not get the label "x" (may the token set labels?); the next run will not find it',
    ]);
  });

  test("reopened, updated: said by what happened to the issue", async () => {
    const said: string[] = [];
    const { api, calls } = fakeApi();
    await applyIssueActions(
      api,
      issue("closed"),
      [
        { kind: "update", body: "B", state: "open" },
        { kind: "comment", body: "C" },
      ],
      (m) => said.push(m),
    );
    expect(calls).toEqual(['update 7 {"body":"B","state":"open"}', "comment 7 C"]);
    expect(said).toEqual(["reopened issue #7 https://github.com/o/r/issues/7"]);
    said.length = 0;
    await applyIssueActions(api, issue("open"), [{ kind: "update", body: "B", state: "open" }], (m) =>
      said.push(m),
    );
    expect(said).toEqual(["updated issue #7 https://github.com/o/r/issues/7"]);
  });

  test("no action: nothing sent, and said so; an action on no issue is skipped", async () => {
    const said: string[] = [];
    const { api, calls } = fakeApi();
    expect(await applyIssueActions(api, undefined, [], (m) => said.push(m))).toBeUndefined();
    expect(said).toEqual(["no broken links; no issue to keep"]);
    await applyIssueActions(
      api,
      undefined,
      [
        { kind: "comment", body: "C" },
        { kind: "update", body: "B" },
      ],
      () => {},
    );
    expect(calls).toEqual([]);
  });
});
