// IssueApi against a loopback server: how GitHub's answers become issues, and each failure a
// message with the hint that fixes it (never a stack trace).
import { afterEach, describe, expect, test } from "vitest";
import { IssueApi } from "../../src/report/github.js";
import { InputError } from "../../src/util/errors.js";
import { startServer, type TestServer } from "../helpers/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server answering every request with this status and JSON body. */
async function answering(status: number, body: unknown): Promise<IssueApi> {
  server = await startServer((_req, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  return new IssueApi({
    baseUrl: `${server.origin}//`,
    token: "t",
    repository: "o/r",
    retries: 0,
    secondMs: 1,
  });
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}

describe("IssueApi", () => {
  test("GITHUB_REPOSITORY must be exactly OWNER/REPO", () => {
    for (const repository of ["o", "o/", "/r", "o/r/x", ""]) {
      expect(() => new IssueApi({ baseUrl: "http://127.0.0.1:9", token: "t", repository })).toThrow(
        `GITHUB_REPOSITORY must be OWNER/REPO, got "${repository}"`,
      );
    }
  });

  test("issues are read as they are: labels by name or as strings, no body as empty, any state but closed as open", async () => {
    const api = await answering(200, [
      { number: 1, state: "closed", body: null, html_url: "u1", labels: ["a", { name: "b" }, {}] },
      { number: 2, state: "weird", html_url: "u2" },
      { number: 3, state: "open", body: "x", html_url: "u3", labels: [], pull_request: {} },
    ]);
    expect(await api.listIssues("a")).toEqual([
      { number: 1, state: "closed", body: "", url: "u1", labels: ["a", "b", ""] },
      { number: 2, state: "open", body: "", url: "u2", labels: [] },
    ]);
    // The base URL's trailing slashes are dropped: one slash before the path.
    expect(server?.requests[0]?.url).toBe(
      "/repos/o/r/issues?labels=a&state=all&sort=created&direction=desc&per_page=30",
    );
    expect(server?.requests[0]?.headers.authorization).toBe("token t");
    expect(server?.requests[0]?.headers["user-agent"]).toMatch(/^course-syllabus report/);
  });

  test.each([
    [401, "Bad credentials", "; check GITHUB_TOKEN"],
    [404, "Not Found", "; check GITHUB_REPOSITORY, and that the token can see the repository"],
    [410, "Issues are disabled for this repo", "; issues are disabled for this repository"],
    [422, "Validation Failed", ""],
  ])("HTTP %i: the message and its hint", async (status, message, hint) => {
    const api = await answering(status, { message });
    expect(await failure(api.comment(5, "hi"))).toBe(
      `GitHub API: POST /repos/OWNER/REPO/issues/{issue_number}/comments failed (HTTP ${status}): ${message}${hint}`,
    );
  });
});

describe("IssueApi: rate limits", () => {
  /** A server answering a secondary rate limit (Retry-After: `after` s) to the first `limited` requests. */
  async function limitedApi(after: number, limited: number, retries: number, warnings: string[]) {
    let n = 0;
    server = await startServer((_req, res) => {
      if (n++ < limited) {
        res.writeHead(403, { "content-type": "application/json", "retry-after": String(after) });
        return void res.end(JSON.stringify({ message: "You have exceeded a secondary rate limit" }));
      }
      res.writeHead(201, { "content-type": "application/json" }).end("{}");
    });
    return new IssueApi({
      baseUrl: server.origin,
      token: "t",
      repository: "o/r",
      retries,
      secondMs: 1,
      warn: (message) => warnings.push(message),
    });
  }

  test("a wait of up to 120 s is made, and told; the request then succeeds", async () => {
    const warnings: string[] = [];
    const api = await limitedApi(120, 1, 3, warnings);
    await api.comment(5, "hi");
    expect(server?.requests).toHaveLength(2);
    expect(warnings).toEqual([
      "GitHub API secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retrying in 120 s",
    ]);
  });

  test("a wait over 120 s is not made: the request fails at once, with when to try", async () => {
    const warnings: string[] = [];
    const api = await limitedApi(121, 1, 3, warnings);
    expect(await failure(api.comment(5, "hi"))).toBe(
      "GitHub API: POST /repos/OWNER/REPO/issues/{issue_number}/comments failed (HTTP 403): You have exceeded a secondary rate limit; try again later",
    );
    expect([server?.requests.length, warnings]).toEqual([1, []]);
  });

  test("the retries setting counts the waits: retries 1 waits once, then fails", async () => {
    const warnings: string[] = [];
    const api = await limitedApi(1, 5, 1, warnings);
    await failure(api.comment(5, "hi"));
    expect([server?.requests.length, warnings.length]).toEqual([2, 1]);
  });

  test("a 403 that is not a rate limit names the permission the token needs", async () => {
    const api = await answering(403, { message: "Resource not accessible by integration" });
    expect(await failure(api.createIssue("t", "b", "links"))).toBe(
      "GitHub API: POST /repos/OWNER/REPO/issues failed (HTTP 403): Resource not accessible by integration; the token needs permission to write issues (permissions: issues: write)",
    );
  });

  test("no answer at all: the message says the API could not be reached, and where", async () => {
    const closed = await startServer(() => {});
    const origin = closed.origin;
    await closed.close();
    const api = new IssueApi({ baseUrl: origin, token: "t", repository: "o/r", retries: 0, secondMs: 1 });
    expect(await failure(api.listIssues("links"))).toMatch(
      new RegExp(`^GitHub API: GET /repos/OWNER/REPO/issues failed: could not reach ${origin} \\(.+\\)$`),
    );
  });
});

describe("IssueApi: what is sent", () => {
  test("create, update and comment: each route with its parameters, the issue read back", async () => {
    const bodies: unknown[] = [];
    server = await startServer((req, res) => {
      let data = "";
      req.on("data", (chunk) => {
        data += chunk;
      });
      req.on("end", () => {
        bodies.push(JSON.parse(data || "null"));
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ number: 7, state: "open", body: "b", html_url: "u7", labels: ["links"] }));
      });
    });
    const api = new IssueApi({
      baseUrl: server.origin,
      token: "t",
      repository: "o/r",
      retries: 0,
      secondMs: 1,
    });
    const issue = { number: 7, state: "open", body: "b", url: "u7", labels: ["links"] };
    expect(await api.createIssue("Title", "Body", "links")).toEqual(issue);
    expect(await api.updateIssue(7, { state: "closed" })).toEqual(issue);
    await api.comment(7, "Done");
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /repos/o/r/issues",
      "PATCH /repos/o/r/issues/7",
      "POST /repos/o/r/issues/7/comments",
    ]);
    expect(bodies).toEqual([
      { title: "Title", body: "Body", labels: ["links"] },
      { state: "closed" },
      { body: "Done" },
    ]);
  });
});
