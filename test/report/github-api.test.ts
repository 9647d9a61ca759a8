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
