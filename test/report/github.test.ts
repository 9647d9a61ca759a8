// syllabus report --issue against a mock GitHub REST API on loopback that records every request: the
// whole life of the issue over five nights, a lost or corrupt state, retries, and where the token goes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { REPORT_HELP } from "../../src/cli/help.js";
import { main } from "../../src/cli/main.js";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { startServer, type TestServer } from "../helpers/server.js";

const FIXTURES = path.join(ROOT, "test/fixtures/report");
const night = (n: number) =>
  n === 3
    ? [path.join(FIXTURES, "night-3.shard-1.json"), path.join(FIXTURES, "night-3.shard-2.json")]
    : [path.join(FIXTURES, `night-${n}.json`)];
const DATES = ["", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01"];
const NAMES: [string, string][] = [
  ["07.CPM", "A"],
  ["BV1if421X7jB", "B"],
  ["BV1sV4y1A7xb", "B2"],
  ["-qd6P1tjo4rnvMv7m_e9Og", "C"],
  ["653303123", "D"],
  ["08.MoE", "E"],
  ["BV15a4y1c7dv", "G"],
  ["BV1Gh411w7HC", "H"],
];

interface Recorded {
  method: string;
  path: string;
  query: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

interface MockIssue {
  number: number;
  title: string;
  state: "open" | "closed";
  body: string;
  labels: string[];
  comments: string[];
  pull_request?: object;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message: string;
}

/** The issues part of the GitHub REST API under /api/v3 (as on GitHub Enterprise), for OWNER/REPO = o/r. */
class MockGithub {
  issues: MockIssue[] = [];
  requests: Recorded[] = [];
  faults: Fault[] = [];
  /** As GitHub does when the token may not set labels: they are dropped, silently. */
  dropLabels = false;
  server!: TestServer;

  async start() {
    this.server = await startServer((req, res) => this.handle(req, res));
    return this;
  }

  get apiUrl() {
    return `${this.server.origin}/api/v3`;
  }

  /** The requests as METHOD PATH, the query left out. */
  calls(from = 0) {
    return this.requests.slice(from).map((r) => `${r.method} ${r.path}`);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://mock");
      const method = req.method ?? "";
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      this.requests.push({
        method,
        path: url.pathname,
        query: url.search,
        authorization: req.headers.authorization,
        body,
      });
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
        res.end(JSON.stringify(data));
      };
      const fault = this.faults.findIndex((f) => f.method === method && f.path.test(url.pathname));
      if (fault >= 0) {
        const [f] = this.faults.splice(fault, 1);
        if (f) return send(f.status, { message: f.message }, f.headers);
      }
      const issueUrl = (n: number) => `https://github.com/o/r/issues/${n}`;
      const view = (i: MockIssue) => ({
        number: i.number,
        title: i.title,
        state: i.state,
        body: i.body,
        labels: i.labels.map((name) => ({ name })),
        html_url: issueUrl(i.number),
        ...(i.pull_request ? { pull_request: i.pull_request } : {}),
      });
      const one = /^\/api\/v3\/repos\/o\/r\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
      const issue = one ? this.issues.find((i) => i.number === Number(one[1])) : undefined;
      if (method === "GET" && url.pathname === "/api/v3/repos/o/r/issues") {
        const label = url.searchParams.get("labels") ?? "";
        const found = this.issues
          .filter((i) => i.labels.includes(label))
          .sort((a, b) => b.number - a.number)
          .map(view);
        return send(200, found);
      }
      if (method === "POST" && url.pathname === "/api/v3/repos/o/r/issues" && body) {
        const created: MockIssue = {
          number: this.issues.length + 1,
          title: String(body.title),
          state: "open",
          body: String(body.body),
          labels: this.dropLabels ? [] : ((body.labels as string[]) ?? []),
          comments: [],
        };
        this.issues.push(created);
        return send(201, view(created));
      }
      if (method === "PATCH" && issue && !one?.[2] && body) {
        if (typeof body.body === "string") issue.body = body.body;
        if (body.state === "open" || body.state === "closed") issue.state = body.state;
        return send(200, view(issue));
      }
      if (method === "POST" && issue && one?.[2] && body) {
        issue.comments.push(String(body.body));
        return send(201, { id: issue.comments.length, body: body.body });
      }
      send(404, { message: "Not Found" });
    });
  }
}

/** An issue body as its sections, each with the fixture's short names of its rows' links. */
function sections(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current = "";
  for (const line of body.split("\n")) {
    if (line.startsWith("### ")) {
      current = line.slice(4);
      out[current] = [];
    } else if (current && line.startsWith("| ") && !line.startsWith("| Lecture") && !line.startsWith("| -")) {
      const name = NAMES.find(([key]) => line.includes(key))?.[1] ?? line;
      out[current]?.push(name);
    }
  }
  return out;
}

let github: MockGithub;
let env: Record<string, string | undefined>;

beforeEach(async () => {
  github = await new MockGithub().start();
  env = {
    GITHUB_API_URL: github.apiUrl,
    GITHUB_REPOSITORY: "o/r",
    GITHUB_TOKEN: "s3cret-token",
    GITHUB_SHA: "4f1c2e9",
    GITHUB_SERVER_URL: undefined,
    GITHUB_RUN_ID: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    SYLLABUS_GITHUB_SECOND_MS: "1",
  };
});

afterEach(async () => {
  await github.server.close();
});

const report = (n: number, extra: string[] = []) =>
  runMain(["report", ...night(n), "--issue", "--date", DATES[n] ?? "", ...extra], { env });

describe("the nightly issue over five nights", () => {
  test("created, edited with new/still/recovered, closed with a comment when clean, reopened when broken again", async () => {
    // A pull request with the same label is not the issue.
    github.issues.push({
      number: 1,
      title: "Fix links",
      state: "open",
      body: "",
      labels: ["broken-links"],
      comments: [],
      pull_request: {},
    });
    const list = "GET /api/v3/repos/o/r/issues";

    const first = await report(1);
    expect(first).toMatchObject({
      code: 0,
      stderr: "syllabus: opened issue #2 https://github.com/o/r/issues/2\n",
    });
    expect(github.calls()).toEqual([list, "POST /api/v3/repos/o/r/issues"]);
    expect(github.requests[0]?.query).toBe(
      "?labels=broken-links&state=all&sort=created&direction=desc&per_page=30",
    );
    expect(github.requests[1]?.body).toMatchObject({ title: "Broken links", labels: ["broken-links"] });
    const issue = github.issues[1] as MockIssue;
    expect(sections(issue.body)).toEqual({ "Newly broken (2)": ["A", "B"], "Suspect (1)": ["C"] });

    let from = github.requests.length;
    expect(await report(2)).toMatchObject({
      code: 0,
      stderr: "syllabus: updated issue #2 https://github.com/o/r/issues/2\n",
    });
    expect(github.calls(from)).toEqual([list, "PATCH /api/v3/repos/o/r/issues/2"]);
    expect(sections(issue.body)).toEqual({
      "Newly broken (1)": ["C"],
      "Still broken (1)": ["A"],
      "Suspect (1)": ["E"],
      "Recovered since last report (1)": ["B"],
    });

    // Night 3 comes as two shards, merged.
    from = github.requests.length;
    const third = await report(3);
    expect(third.code).toBe(0);
    expect(github.calls(from)).toEqual([list, "PATCH /api/v3/repos/o/r/issues/2"]);
    expect(third.stdout).toBe(
      readFileSync(path.join(FIXTURES, "night-3.expected.md"), "utf8").replaceAll(
        "mindspore-courses/step_into_llm/blob",
        "o/r/blob",
      ),
    );
    expect(issue.body.startsWith(third.stdout)).toBe(true);
    expect(issue.body.slice(third.stdout.length)).toBe(
      [
        "",
        "<sub>Kept up to date by <code>syllabus report</code>: edits to this text are overwritten on the next run.</sub>",
        "",
        '<!-- syllabus-report-state: {"v":1,"d":"2026-11-29","l":{' +
          '"https://github.com/mindspore-courses/step_into_llm/tree/master/Season2.step_into_llm/07.CPM":["2026-11-27",3,"b"],' +
          '"https://mp.weixin.qq.com/s/-qd6P1tjo4rnvMv7m_e9Og":["2026-11-27",3,"b"],' +
          '"https://www.bilibili.com/video/BV15a4y1c7dv/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429":["2026-11-29",1,"b"],' +
          '"https://www.bilibili.com/video/BV1Gh411w7HC/?spm_id_from=333.999.0.0&vd_source=eb3a45e6eb4dccc5795f97586b78f429":["2026-11-29",1,"s"],' +
          '"https://zhuanlan.zhihu.com/p/653303123":["2026-11-27",3,"u"]}} -->',
        "",
      ].join("\n"),
    );

    from = github.requests.length;
    expect(await report(4)).toMatchObject({
      code: 0,
      stderr: "syllabus: closed issue #2 https://github.com/o/r/issues/2\n",
    });
    expect(github.calls(from)).toEqual([
      list,
      "POST /api/v3/repos/o/r/issues/2/comments",
      "PATCH /api/v3/repos/o/r/issues/2",
    ]);
    expect(issue.state).toBe("closed");
    expect(issue.comments).toEqual([
      "No broken links on 2026-11-30 (7 checked). 5 recovered since the last report. Closing; this issue reopens when a link breaks again.",
    ]);
    expect(sections(issue.body)).toEqual({ "Recovered since last report (5)": ["H", "G", "A", "C", "D"] });
    expect(issue.body).toContain('<!-- syllabus-report-state: {"v":1,"d":"2026-11-30","l":{}} -->');

    from = github.requests.length;
    expect(await report(5)).toMatchObject({
      code: 0,
      stderr: "syllabus: reopened issue #2 https://github.com/o/r/issues/2\n",
    });
    expect(github.calls(from)).toEqual([
      list,
      "PATCH /api/v3/repos/o/r/issues/2",
      "POST /api/v3/repos/o/r/issues/2/comments",
    ]);
    expect(github.requests.at(-2)?.body).toMatchObject({ state: "open" });
    expect(issue.state).toBe("open");
    expect(issue.comments.at(-1)).toBe("Links broke again on 2026-12-01: 1 newly broken. Reopening.");
    expect(sections(issue.body)).toEqual({ "Newly broken (1)": ["A"] });
    expect(github.issues).toHaveLength(2); // one issue, kept
  });

  test("an issue someone else labelled later is not taken over: the one with the state comment is kept", async () => {
    await report(1);
    github.issues.push({
      number: 2,
      title: "The CPM link is dead",
      state: "open",
      body: "Lecture 18's code link answers 404.",
      labels: ["broken-links"],
      comments: [],
    });
    expect(await report(2)).toMatchObject({
      code: 0,
      stderr: "syllabus: updated issue #1 https://github.com/o/r/issues/1\n",
    });
    expect(github.issues[1]?.body).toBe("Lecture 18's code link answers 404.");
    expect(sections(github.issues[0]?.body ?? "")).toMatchObject({ "Still broken (1)": ["A"] });
  });

  test("a label GitHub dropped on creation is a warning: the next run could not find the issue", async () => {
    github.dropLabels = true;
    expect(await report(1)).toMatchObject({
      code: 0,
      stderr:
        "syllabus: opened issue #1 https://github.com/o/r/issues/1\n" +
        'syllabus: warning: issue #1 did not get the label "broken-links" (may the token set labels?); the next run will not find it\n',
    });
  });

  test("an all-clear night with no issue opens none; a closed issue with nothing to remember is left alone", async () => {
    expect(await report(4)).toMatchObject({
      code: 0,
      stderr: "syllabus: no broken links; no issue to keep\n",
    });
    expect(github.calls()).toEqual(["GET /api/v3/repos/o/r/issues"]);
    github.issues.push({
      number: 1,
      title: "Broken links",
      state: "closed",
      body: '<!-- syllabus-report-state: {"v":1,"d":"2026-11-29","l":{}} -->',
      labels: ["broken-links"],
      comments: [],
    });
    expect((await report(4)).code).toBe(0);
    expect(github.calls()).toEqual(["GET /api/v3/repos/o/r/issues", "GET /api/v3/repos/o/r/issues"]);
  });

  test("only a suspect link and no issue yet: the issue is created to remember it, and closed at once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-report-"));
    const results = JSON.parse(readFileSync(night(4)[0] as string, "utf8"));
    results.links[0] = {
      ...results.links[0],
      verdict: "unverifiable",
      status: null,
      reason: "connect timeout after 4 attempts",
    };
    writeFileSync(path.join(dir, "suspect.json"), JSON.stringify(results));
    const result = await runMain(
      ["report", path.join(dir, "suspect.json"), "--issue", "--date", "2026-11-30"],
      { env },
    );
    expect(result.stderr).toBe(
      "syllabus: opened issue #1 https://github.com/o/r/issues/1\nsyllabus: closed issue #1 https://github.com/o/r/issues/1\n",
    );
    expect(github.calls()).toEqual([
      "GET /api/v3/repos/o/r/issues",
      "POST /api/v3/repos/o/r/issues",
      "PATCH /api/v3/repos/o/r/issues/1",
    ]);
    expect(github.issues[0]?.state).toBe("closed");
    expect(github.issues[0]?.body).toContain('["2026-11-30",1,"s"]');
  });
});

describe("a lost or corrupt history", () => {
  test.each([
    [
      "a body rewritten by hand",
      "Fixed the CPM link, I think.",
      "the state comment is missing from the issue body",
    ],
    [
      "a cut state comment",
      'Report\n\n<!-- syllabus-report-state: {"v":1,"d":"2026-11-27","l":{"https://github.com -->',
      "the state comment in the issue body is not valid JSON",
    ],
  ])(
    "%s: the history starts again, with a note in the body and a warning; no crash",
    async (_, body, problem) => {
      github.issues.push({
        number: 7,
        title: "Broken links",
        state: "open",
        body,
        labels: ["broken-links"],
        comments: [],
      });
      const result = await report(2);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        `syllabus: warning: issue #7: ${problem}; the history starts again\nsyllabus: updated issue #7 https://github.com/o/r/issues/7\n`,
      );
      const issue = github.issues[0] as MockIssue;
      expect(issue.body.split("\n")[0]).toBe(
        `> **Note:** history was reset: ${problem}; every failing link counts from tonight.`,
      );
      // A is broken for the second night, but with no history it is new again; C's timeout is suspect again.
      expect(sections(issue.body)).toEqual({ "Newly broken (1)": ["A"], "Suspect (2)": ["C", "E"] });
      expect(issue.body).toContain('<!-- syllabus-report-state: {"v":1,"d":"2026-11-28","l":{');
    },
  );
});

describe("API failures", () => {
  test("5xx, 429 and both kinds of 403 rate limit are retried with backoff; the run succeeds", async () => {
    const now = String(Math.floor(Date.now() / 1000));
    github.faults.push(
      { method: "GET", path: /\/issues$/, status: 502, message: "Bad Gateway" },
      { method: "GET", path: /\/issues$/, status: 503, message: "Service Unavailable" },
      { method: "POST", path: /\/issues$/, status: 429, message: "Too Many Requests" },
      {
        method: "POST",
        path: /\/issues$/,
        status: 403,
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": now },
        message: "API rate limit exceeded for installation ID 1.",
      },
      {
        method: "POST",
        path: /\/issues$/,
        status: 403,
        headers: { "retry-after": "2" },
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    );
    const result = await report(1);
    expect(result.code).toBe(0);
    expect(github.calls()).toEqual([
      ...Array(3).fill("GET /api/v3/repos/o/r/issues"),
      ...Array(4).fill("POST /api/v3/repos/o/r/issues"),
    ]);
    expect(github.issues).toHaveLength(1);
    expect(result.stderr.split("\n").filter((line) => line.includes("rate limit"))).toEqual([
      expect.stringMatching(
        /^syllabus: GitHub API rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues; retrying in \d+ s$/,
      ),
      "syllabus: GitHub API secondary rate limit on POST /repos/{owner}/{repo}/issues; retrying in 2 s",
    ]);
  });

  test("a rate limit that resets in an hour is not waited for: exit 2 at once", async () => {
    const inAnHour = String(Math.floor(Date.now() / 1000) + 3600);
    github.faults.push({
      method: "GET",
      path: /\/issues$/,
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": inAnHour },
      message: "API rate limit exceeded for installation ID 1.",
    });
    const result = await report(1);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: GitHub API: GET /repos/OWNER/REPO/issues failed (HTTP 403): API rate limit exceeded for installation ID 1.; try again later\n",
    });
    expect(github.calls()).toEqual(["GET /api/v3/repos/o/r/issues"]);
  });

  test("a 5xx that lasts: three retries, then a clear message and exit 2 (never 3)", async () => {
    for (let i = 0; i < 4; i++)
      github.faults.push({ method: "GET", path: /\/issues$/, status: 500, message: "Server Error" });
    const result = await report(1);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "syllabus: GitHub API: GET /repos/OWNER/REPO/issues failed (HTTP 500): Server Error\n",
    });
    expect(github.calls()).toEqual(Array(4).fill("GET /api/v3/repos/o/r/issues"));
  });

  test("an API that cannot be reached: retried, then exit 2 naming the URL", async () => {
    const gone = await startServer((_req, res) => res.end());
    await gone.close();
    const result = await runMain(["report", ...night(1), "--issue"], {
      env: { ...env, GITHUB_API_URL: gone.origin },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^syllabus: GitHub API: GET \/repos\/OWNER\/REPO\/issues failed: could not reach http:\/\/127\.0\.0\.1:\d+ \(.*ECONNREFUSED.*\)\n$/,
    );
  });

  test("a 403 that is not a rate limit is not retried: exit 2 with what the token needs", async () => {
    github.faults.push({
      method: "POST",
      path: /\/issues$/,
      status: 403,
      message: "Resource not accessible by integration",
    });
    const result = await report(1);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "syllabus: GitHub API: POST /repos/OWNER/REPO/issues failed (HTTP 403): Resource not accessible by integration; the token needs permission to write issues (permissions: issues: write)\n",
    );
    expect(github.calls()).toEqual(["GET /api/v3/repos/o/r/issues", "POST /api/v3/repos/o/r/issues"]);
  });

  test.each([
    [{ GITHUB_TOKEN: undefined }, "report --issue needs GITHUB_TOKEN"],
    [{ GITHUB_REPOSITORY: undefined }, "report --issue needs GITHUB_REPOSITORY"],
    [{ GITHUB_TOKEN: "", GITHUB_REPOSITORY: "" }, "report --issue needs GITHUB_TOKEN and GITHUB_REPOSITORY"],
  ])("missing %j: exit 2, nothing sent", async (unset, message) => {
    const result = await runMain(["report", ...night(1), "--issue"], { env: { ...env, ...unset } });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `syllabus: ${message} (in a workflow: env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }})\n`,
    });
    expect(github.requests).toEqual([]);
  });

  test("GITHUB_REPOSITORY that is not OWNER/REPO: exit 2, nothing sent", async () => {
    const result = await runMain(["report", ...night(1), "--issue"], {
      env: { ...env, GITHUB_REPOSITORY: "o" },
    });
    expect(result).toMatchObject({
      code: 2,
      stderr: 'syllabus: GITHUB_REPOSITORY must be OWNER/REPO, got "o"\n',
    });
    expect(github.requests).toEqual([]);
  });

  test("a malformed results file: exit 2 naming it, before anything is sent", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-report-"));
    const bad = path.join(dir, "links.json");
    writeFileSync(bad, '{"version":1,"links":[{"url":"https://a.example/"}]}');
    const result = await runMain(["report", bad, "--issue"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `syllabus: ${bad}: not a syllabus links report (at links.0.kind: Invalid option: expected one of "remote"|"local"); expected the output of syllabus links --format json\n`,
    );
    expect(github.requests).toEqual([]);
  });
});

describe("the token", () => {
  test("goes to the API origin only: a link in the report pointing at another local server is never fetched", async () => {
    const other = await startServer((_req, res) => res.writeHead(200).end());
    try {
      const dir = mkdtempSync(path.join(tmpdir(), "syllabus-report-"));
      const results = JSON.parse(readFileSync(night(1)[0] as string, "utf8"));
      results.links[0] = {
        ...results.links[0],
        url: `${other.origin}/gone`,
        verdict: "broken",
        status: 404,
        reason: "HTTP 404: not found",
      };
      writeFileSync(path.join(dir, "links.json"), JSON.stringify(results));
      const result = await runMain(
        ["report", path.join(dir, "links.json"), "--issue", "--date", "2026-11-27"],
        {
          env: { ...env, GITHUB_SERVER_URL: other.origin, GITHUB_RUN_ID: "42" },
        },
      );
      expect(result.code).toBe(0);
      expect(github.issues[0]?.body).toContain(`<${other.origin}/gone>`);
      expect(github.issues[0]?.body).toContain(`](${other.origin}/o/r/blob/4f1c2e9/catalog.yaml#L`);
      expect(other.requests).toEqual([]);
      expect(github.requests.map((r) => r.authorization)).toEqual([
        "token s3cret-token",
        "token s3cret-token",
      ]);
      expect(result.stdout + result.stderr).not.toContain("s3cret");
    } finally {
      await other.close();
    }
  });
});

describe("the token on a redirect", () => {
  test("an API answer redirecting to another origin is followed without the token", async () => {
    const other = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end("[]");
    }, "127.0.0.2");
    try {
      github.faults.push({
        method: "GET",
        path: /\/issues$/,
        status: 307,
        headers: { location: `${other.origin}/moved` },
        message: "Temporary Redirect",
      });
      const result = await report(1);
      expect(result.code).toBe(0);
      expect(other.requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
        ["GET", "/moved", undefined],
      ]);
      expect(github.requests.map((r) => r.authorization)).toEqual([
        "token s3cret-token",
        "token s3cret-token",
      ]);
    } finally {
      await other.close();
    }
  });
});

describe("without --issue", () => {
  test("reads stdin, prints the report, appends it to the job summary, sends nothing; --fail-on-broken exits 1", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-report-"));
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "# Earlier step\n");
    let stdout = "";
    let stderr = "";
    const io = {
      out: (text: string) => {
        stdout += text;
      },
      err: (text: string) => {
        stderr += text;
      },
      stdin: async () => readFileSync(night(1)[0] as string, "utf8"),
    };
    const saved = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = summary;
    try {
      expect(await main(["report", "--date", "2026-11-27"], io)).toBe(0);
      expect(await main(["report", "-", "--date", "2026-11-27", "--fail-on-broken"], io)).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
    expect(stderr).toBe("");
    expect(stdout.split("\n")[0]).toBe(
      "**2 broken links (2 new)** · 1 suspect — 7 links checked on 2026-11-27: 3 ok, 2 broken, 2 unverifiable.",
    );
    expect(readFileSync(summary, "utf8")).toBe(`# Earlier step\n${stdout}`);
    expect(github.requests).toEqual([]);
  });

  test("--help prints REPORT_HELP on stdout, exit 0", async () => {
    expect(await runMain(["report", "--help"])).toEqual({ code: 0, stdout: REPORT_HELP, stderr: "" });
  });

  test("--catalog: lectures are named as the catalog's table names them; an invalid catalog is exit 2", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "syllabus-report-"));
    writeFileSync(
      path.join(dir, "catalog.yaml"),
      "table:\n  number: Lecture {n}\nlectures:\n  - number: 18\n    title: CPM-Bee\n",
    );
    const named = await runMain(["report", ...night(1), "--catalog", path.join(dir, "catalog.yaml")], {
      env,
    });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("| Lecture 18 CPM-Bee | code |");
    expect(named.stdout).not.toContain("第");
    writeFileSync(path.join(dir, "catalog.yaml"), "lectures: 3\n");
    const invalid = await runMain(
      ["report", ...night(1), "--issue", "--catalog", path.join(dir, "catalog.yaml")],
      {
        env,
      },
    );
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe("");
    expect(github.requests).toEqual([]); // checked before anything is sent
  });

  test("no file and no stdin: a usage error, exit 2", async () => {
    const result = await runMain(["report"], { env });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "syllabus: report reads the results of syllabus links --format json from files or stdin; none was given\nRun: syllabus report --help\n",
    });
  });

  test.each([
    [["--confirm-after", "0"], '--confirm-after takes a whole number of runs, 1 or more; got "0"'],
    [
      ["--unverifiable-after", "two"],
      '--unverifiable-after takes a whole number of runs, 1 or more; got "two"',
    ],
    [["--date", "29.11.2026"], '--date takes YYYY-MM-DD, got "29.11.2026"'],
  ])("%j is a usage error", async (args, message) => {
    const result = await runMain(["report", ...night(1), ...args], { env });
    expect(result).toEqual({ code: 2, stdout: "", stderr: `syllabus: ${message}\n` });
  });
});
